"""One thing of a kind that a report names alone, where others name another (entity-conflict, part "lone-name").

Reports name a story's things by what they are: "the Les Lanches run", "the
Aït Ouzzine crossing", "carmaker Aldwick Motors", "Ardley Reservoir". Where
two reports or more name one such thing for a fact, and one report names
another of the same kind, telling the same fact in other words, and no report
names both, the lone report has likely put the wrong name: "the slide crossed
the Grand-Ruz run" against "caught in the slide on the Les Lanches run" and
"came down across the Les Lanches run". A story with two things of a kind
names both somewhere, or tells each with its own fact; a name the others
also write, anywhere, is no lone one. A kind a report gives to two names
("Wembley Stadium" and "Principality Stadium" in a report of a tour) is one
the story has many of, and its names are not compared.

The kind of a name is the noun it is said before ("the Carvalhal dam",
"the Tanaro river") or its own last word when that is an English noun
("Aldwick Motors", "Ardley Reservoir", "Wexbury General Hospital"); an
area ("the Al Haouz region") is none, as areas nest. Two
sentences tell the same fact when they share a word rarer than everyday
English besides the kind and the names ("swept", "minibus", "investors").
People are left to the parts that know their roles: a report quotes its own
witnesses, whom no other report names.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from functools import cache

from ..align import read_per_writing
from ..align.frames import event_words
from ..align.rarity import rarity, zipf
from ..data import rows
from ..model import Claim, Discrepancy, Severity
from ..terms import content_terms
from .base import Context, as_do, part
from .surroundings import everyday, noun_described

__all__ = ["lone_name_conflicts"]

# A name's last word is its kind when it is at least this common in general English written as a word ("Motors",
# "Reservoir", "Infirmary", "Crossing"), not a word of a name ("Lanches", "Bouhou").
KIND_WORD_ZIPF = 3.0
# Two sentences tell the same fact when the words they share, besides the kind and the names, weigh at least this
# much beyond everyday English (align.rarity: a word's rarity less 1): one word as rare as "swept" (0.35) or
# "reopen", or a few less rare ones ("investor", "supply", "agree"). A shared "professor" (0.03) or "firm" (0.07)
# says nothing of the fact.
SAME_FACT = 0.2
_OTHERS_AT_LEAST = 2  # reports that name the other thing: one report against one is no consensus
_ROLES_LEFT = frozenset({"person"})
_LEADING_THE = re.compile(r"^(?:[Tt]he)\s+")


def _name(c: Claim) -> str:
    return _LEADING_THE.sub("", c.mention.canonical or c.mention.text).strip()


def _kinds(c: Claim, text: str) -> frozenset[str]:
    """What a name is: the noun it is said before ("the Les Lanches run" → "run"), or its own last word when
    that is an English noun ("Aldwick Motors" → "motors")."""
    kinds = set()
    described = noun_described(text, c.start, c.end)
    if described is not None:
        kinds.add(described.lower())
    words = _name(c).split()
    if len(words) > 1 and zipf(words[-1]) >= KIND_WORD_ZIPF:
        kinds.add(words[-1].lower())
    return frozenset(kinds) - _areas()


def _told_words(c: Claim) -> frozenset[str]:
    """The stems of a sentence's words written in lower case: what it tells, without its names; with the event each
    word of an event names (data/frame_words.csv), so "the blast" and "the explosion" tell one fact."""
    lower = [w for w in c.sentence.text.split() if not w[:1].isupper()]
    events = event_words()
    return frozenset(content_terms(" ".join(lower))) | {
        events[word] for word in (w.strip(".,;:!?\"'()").lower() for w in lower) if word in events
    }


def _same_fact(a: Claim, b: Claim, words: dict[int, frozenset[str]], kinds: frozenset[str]) -> float:
    shared = {s for s in words[id(a)] & words[id(b)] if not everyday(s)} - {k.lower() for k in kinds}
    return sum(rarity(s) - 1 for s in shared)


def _one_kind_of_name(a: list[Claim], b: list[Claim]) -> bool:
    """Whether two names may be of one kind: a place and a firm are not; a name of no kind told may be either."""
    roles_a, roles_b = {c.mention.role for c in a}, {c.mention.role for c in b}
    return bool(roles_a & roles_b) or None in roles_a | roles_b


def _many_of_a_kind(ctx: Context, claims: list[Claim], kinds: dict[int, frozenset[str]]) -> dict[int, set[str]]:
    """The kinds each story has many of: those a report gives to two names ("Wembley Stadium" and "Principality
    Stadium" in one report of a tour), neither within the other."""
    named: dict[tuple[str, str], set[str]] = defaultdict(set)
    for c in claims:
        for kind in kinds[id(c)]:
            named[(c.doc, kind)].add(_name(c))
    many: dict[int, set[str]] = defaultdict(set)
    for (doc, kind), names in named.items():
        if any(not _within(a, b) for a in names for b in names if a < b):
            many[ctx.story_of(doc)].add(kind)
    return many


def _writes(text: str, name: str) -> bool:
    """Whether a text writes a name, in the singular or the plural ("Atlas Mountain", "Atlas Mountains")."""
    return re.search(r"(?<![\w'’-])" + re.escape(name) + r"s?(?![\w'’-])", text) is not None


@cache
def _areas() -> frozenset[str]:
    """Nouns of areas ("region", "province", "district": data/area_nouns.csv): such places nest, the Al Haouz
    region within the Atlas Mountains region, so two of them are no two answers to one question."""
    return frozenset(r["noun"] for r in rows("area_nouns.csv"))


def _within(a: str, b: str) -> bool:
    """Whether one name is the other or lies within it, word by word ("Smitvaart", "Smitvaart Salvage")."""
    x, y = a.lower().split(), b.lower().split()
    short, long = (x, y) if len(x) <= len(y) else (y, x)
    return any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1))


@part(
    "entity-conflict",
    "lone-name",
    example='"the avalanche crossed the Kestle run" (a) vs "swept across the Harrow Gill run" (b, c)',
)
def lone_name_conflicts(ctx: Context) -> Iterator[Discrepancy]:
    """One report names a thing of a kind ("the Grand-Ruz run") where two or more others name another of the
    same kind ("the Les Lanches run") telling the same fact, and no report names both."""
    claims = [c for c in ctx.claims if c.mention.kind == "entity" and c.mention.role not in _ROLES_LEFT]
    kinds = read_per_writing(lambda c: _kinds(c, ctx.documents[c.doc].text), claims, ctx.writings)
    claims = [c for c in claims if kinds[id(c)]]
    words = read_per_writing(_told_words, claims, ctx.writings)
    many = _many_of_a_kind(ctx, claims, kinds)
    by_name: dict[tuple[int, str], list[Claim]] = defaultdict(list)
    for c in claims:
        by_name[(ctx.story_of(c.doc), _name(c))].append(c)
    # only names of a kind another name of their story has can be set against each other
    name_kinds = {key: {k for c in cs for k in kinds[id(c)]} - many[key[0]] for key, cs in by_name.items()}
    kind_counts = Counter((story, k) for (story, _), ks in name_kinds.items() for k in ks)
    by_name = {
        key: cs for key, cs in by_name.items() if any(kind_counts[(key[0], k)] > 1 for k in name_kinds[key])
    }
    # the reports of its story that write each name, anywhere
    writers = {
        (story, name): {d for d in ctx.documents if ctx.story_of(d) == story and _writes(ctx.documents[d].text, name)}
        for story, name in by_name
    }
    for (story, name), lone in sorted(by_name.items()):
        docs = writers[(story, name)]
        if len(docs) != 1:
            continue
        best: tuple[float, Claim, Claim, list[Claim]] | None = None
        for (other_story, other), theirs in by_name.items():
            if other_story != story or _within(name, other):
                continue
            if not _one_kind_of_name(lone, theirs):
                continue
            their_docs = writers[(story, other)]
            if len(their_docs) < _OTHERS_AT_LEAST or their_docs & docs:
                continue
            for a in lone:
                for b in theirs:
                    shared_kind = kinds[id(a)] & kinds[id(b)] - many[story]
                    if not shared_kind:
                        continue
                    weight = _same_fact(a, b, words, shared_kind)
                    if weight >= SAME_FACT and (best is None or weight > best[0]):
                        best = (weight, a, b, theirs)
        if best is None:
            continue
        _, odd, reference, theirs = best
        kind = sorted(kinds[id(odd)] & kinds[id(reference)] - many[story])[0]
        yield Discrepancy(
            kind="entity-conflict",
            severity=Severity.error,
            summary=(
                f"the {kind}: {odd.mention.text} in {odd.doc}, {reference.mention.text} in {reference.doc}"
                f"{as_do(theirs, reference)}"
            ),
            claims=(odd, reference),
            explanation=(
                f"{odd.doc} alone names {odd.mention.text}, where {len({c.doc for c in theirs})} reports name "
                f"{reference.mention.text} for the same fact and none names both."
            ),
        )
