"""One source says someone did a thing, another that they did not (entity-conflict, part "denied").

"Prime Minister Ana Ruiz attended the summit in Geneva" and "Ana Ruiz did not
attend the summit in Geneva" cannot both be right. The doer is the name
right before the verb, or a "He" or "She" that opens the sentence, standing
for the first person the last sentence naming one names ("Ana Ruiz landed.
She attended the summit"), or for anyone when it opens its document, or the
agent of a passive ("was founded in 1998 by Tom Reyes", "was not directed by
Tom Reyes"), or a relation to another name ("is a member of the Kell Quartet",
"has never been a member of the Kell Quartet": its noun in its tense); the verb is read in the past ("attended", "won", "has signed",
"played for") or negated ("did not attend", "never signed", "hasn't won"),
and compared by its dictionary form ("won" and "win"). The two sentences
must say the rest alike (what was attended, where) and speak for
overlapping times ("has not signed" in 2019, "has signed" in 2024 is
news, not a conflict): "did not attend the funeral" says nothing against
"attended the summit", and "did not arrive until Tuesday" denies no arrival.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from ..align import context_similarity
from ..caches import bounded
from ..claim_building import agent_verb, passive_agent_verb, past_verb_with, verb_lemma
from ..intervals import ranges_overlap
from ..model import Claim, Discrepancy, Severity
from ..terms import stem
from .base import Context, part
from .pronouns import ANYONE, is_named

__all__ = ["denied_facts"]

# "did not attend", "has never signed", "hasn't won", "never visited": the verb a name is said not to have done
_NEGATED_VERB = re.compile(
    r"^\s+(?:(?:did|does|do|has|have|had)\s+(?:not|never)|(?:didn|doesn|don|hasn|haven|hadn)['’]t|never)\s+"
    r"(?:(?:yet|ever|even|[a-z]+ly)\s+)?(?P<verb>[a-z]{3,})\b"  # "has not yet signed", "did not actually attend"
)
_PERFECT = re.compile(r"^\s+(?:has|have|had)(?=\s)")  # "has signed": the verb after the auxiliary
# How much of the rest of the two sentences (names and the verb aside) must agree for them to tell one fact:
# "the summit in Geneva" twice, not "the funeral" against "the summit".
SAME_FACT = 0.5


# A name said to hold a relation to a named other, or denied it: "X is a member of the Kell Quartet", "X has
# never been a member of the Kell Quartet", "X was not the owner of Halden Farm". The relation is its noun, its
# tense ("has been" is now, "had been" then) and the other's words as written, so "was the owner" is not set
# against "is not the owner", nor "a member of the council" against "not a member of the party".
_RELATION = re.compile(
    r"^\s+(?P<aux>is|was|has|had)\s+(?P<neg>(?:not|never)\s+)?(?P<been>been\s+)?(?:an?|the)\s+"
    r"(?P<noun>[a-z]{3,})\s+of\s+(?:the\s+)?(?P<whom>[A-Z][^,;:.()]*?)"
    r"(?=\s*[,;:.()]|\s*$|\s+(?:in|on|at|from|until|since|for|when|who|which|and|but|after|before|during)\b)"
)
_PRESENT = ("is", "has")

# A deed supposed, not told ("if Labour won the seat"), or a denial bounded in time ("has not visited since
# 2019", "did not win again"): neither says whether the thing was done at the other source's time.
_SUPPOSED = re.compile(r"\b(?:if|unless|whether|should|would|could|might)\b[^,;]*$", re.IGNORECASE)
_BOUNDED = re.compile(r"\b(?:since|again|anymore|any more|any longer|no longer|until|till)\b", re.IGNORECASE)


# Sentences whose names' verbs are kept: a story's reports repeat one another's sentences.
_POLARITIES_KEPT = 1 << 12


def polarity_of(c: Claim) -> tuple[str, bool] | None:
    """The verb the name of claim `c` does, in its dictionary form, and whether the sentence denies it."""
    rel = c.sentence.start
    return _polarity_at(c.sentence.text, c.start - rel, c.end - rel)


@bounded(maxsize=_POLARITIES_KEPT)
def _polarity_at(text: str, start: int, end: int) -> tuple[str, bool] | None:
    """`polarity_of` the name at [start, end) of a sentence's `text`."""
    after = text[end:]
    if _SUPPOSED.search(text[:start]) or _BOUNDED.search(after):
        return None
    passive = passive_agent_verb(text[:start])
    if passive is not None:  # "was founded in 1998 by Tom Reyes": Tom Reyes founded it
        return verb_lemma(passive[0]), passive[1]
    relation = _RELATION.match(after)
    if relation is not None and (relation["been"] is not None) == (relation["aux"] in ("has", "had")):
        tense = "is" if relation["aux"] in _PRESENT else "was"
        whom = " ".join(relation["whom"].split())
        return f"{tense} {relation['noun']} of {whom}", relation["neg"] is not None
    denied = _NEGATED_VERB.match(after)
    if denied:
        return verb_lemma(denied["verb"]), True
    perfect = _PERFECT.match(after)
    after = after[perfect.end() :] if perfect else after
    done = agent_verb(after) or past_verb_with(after)  # "directed it", "played for Tarvo United"
    return (verb_lemma(done), False) if done else None


def _doers(ctx: Context) -> dict[tuple[int, str, str], list[tuple[Claim, bool]]]:
    """Names that do or are denied a verb, grouped by story, name and verb; a pronoun's under its referent."""
    out: dict[tuple[int, str, str], list[tuple[Claim, bool]]] = defaultdict(list)
    for c in [*(c for c in ctx.claims if is_named(c)), *ctx.pronouns]:
        found = polarity_of(c)
        if found is not None:
            verb, denied = found
            out[(ctx.story_of(c.doc), c.mention.canonical, verb)].append((c, denied))
    for (story, name, verb), found in list(out.items()):
        if name == ANYONE:  # an opening pronoun meets every name of its story with the same verb
            for (story2, other, verb2), claims in out.items():
                if story2 == story and verb2 == verb and other != ANYONE:
                    claims.extend(found)
    return out


def _same_time(ctx: Context, a: Claim, b: Claim) -> bool:
    """Whether two sentences may speak of one deed: their own dates overlap; a sentence dated by its own
    words ("won on Thursday") against an undated one ("did not win") may; undated, their reports' dates must."""
    if a.time is not None and b.time is not None:
        return ranges_overlap(a.time, b.time)
    if a.time is not None or b.time is not None:
        return True
    return ctx.times_overlap(a, b)


def _rest_agrees(ctx: Context, a: Claim, b: Claim, verb: str) -> bool:
    ignore = {stem(w) for c in (a, b) for w in c.mention.canonical.split()} | {stem(verb), verb}
    return context_similarity(a, b, ctx.corpus, ignore=ignore) >= SAME_FACT


def _denial(verb: str) -> str:
    """How a verb or relation denied is told: "did not attend", "is not member of the Kell Quartet"."""
    tense, _, rest = verb.partition(" ")
    return f"{tense} not {rest}" if tense in ("is", "was") and rest else f"did not {verb}"


@part(
    "entity-conflict",
    "denied",
    example='"Ana Ruiz attended the summit in Geneva" (a) vs "Ana Ruiz did not attend the summit in Geneva" (b)',
)
def denied_facts(ctx: Context) -> Iterator[Discrepancy]:
    """One source says someone did a thing, another that they did not: "attended" / "did not attend".

    The doer is the name before the verb; the verb is compared by its
    dictionary form; the rest of the two sentences must tell the same fact,
    for overlapping times. One row per pair of documents and fact.
    """
    for (_, name, verb), found in sorted(_doers(ctx).items(), key=lambda kv: kv[0][1:]):
        name = name or "the one the pronoun stands for"
        done = [c for c, denied in found if not denied]
        denials = [c for c, denied in found if denied]
        reported: set[tuple[str, str]] = set()
        for b in denials:
            for a in done:
                if a.doc == b.doc or (a.doc, b.doc) in reported:
                    continue
                if not _same_time(ctx, a, b) or not _rest_agrees(ctx, a, b, verb):
                    continue
                reported.add((a.doc, b.doc))
                yield Discrepancy(
                    kind="entity-conflict",
                    severity=Severity.error,
                    summary=f"{name}: {verb} in {a.doc}, {_denial(verb)} in {b.doc}",
                    claims=(a, b),
                    explanation=(
                        f"{a.doc} says {name} did it (\"{verb}\"); {b.doc} says {name} did not, "
                        "in a sentence that otherwise tells the same fact."
                    ),
                )
