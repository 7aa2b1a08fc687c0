"""One match given two different scores (value-conflict, part "score").

"Orton led the Bears to a 29-13 victory over the Colts" and "the Bears lost
to the Colts 21-14" cannot both be right. Two scores are of one match when
their sentences share a named side and every name standing next to either
score (the sides of its match) is named in the other document; a document
that names a third side may report another match. Scores compare as pairs of
counts, whoever is named first: "lost 21-14" and "a 14-21 defeat" agree;
a score of part of a match ("on aggregate", "at half-time") is compared only
with a score of the same part.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..align import CLOSE_SECOND, mutual_conflicts, name_tokens
from ..intervals import ranges_overlap
from ..model import Claim, Discrepancy, Severity
from .base import Context, part

__all__ = ["score_conflicts"]

_SIDES_REACH = 60  # characters either side of a score in which the names of its match's sides stand
_NAME_WORD = re.compile(r"[\w'’-]+")
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+")
# "won 3-2 in Lisbon": where a match was played is no side ("in Harbour City's 3-1 win": a side's possessive is)
_VENUE = re.compile(r"\bin\s+(?:[A-Z][\w-]*\s*)+(?P<own>['’]s\b)?")
_ONE_MATCH = 0.5  # two scores that share a side and name no third one are of one match


def _sides(c: Claim) -> tuple[frozenset[str], ...]:
    """The names standing next to the score in its sentence, each as its word stems: the sides of its match
    (not where it was played: "won 3-2 in Lisbon")."""
    rel = c.sentence.start
    window = c.sentence.text[max(0, c.start - rel - _SIDES_REACH) : c.end - rel + _SIDES_REACH]
    window = _VENUE.sub(lambda m: m.group() if m["own"] else " ", window)
    near = name_tokens((" ".join(_NAME_WORD.findall(window)),))  # "lost 2-0 to Castellan.": a side ends its sentence
    return tuple(words for name in c.subject if (words := name_tokens((name,))) and words <= near)


def _covered(sides: tuple[frozenset[str], ...], named: frozenset[str]) -> bool:
    """Whether a document names each of these sides, by any word of its name ("Colts", "Indianapolis Colts")."""
    return all(words & named for words in sides)


def _words(sides: tuple[frozenset[str], ...]) -> frozenset[str]:
    return frozenset().union(*sides)


def _named_in(ctx: Context) -> dict[str, frozenset[str]]:
    """The words of the names each document gives: its names read, and its capitalised words ("Norrland,
    coached by Anders Holm, ..." names a side that opens its sentence)."""
    out: dict[str, set[str]] = {doc: set(name_tokens(tuple(_CAPITALISED.findall(d.text)))) for doc, d in ctx.documents.items()}
    for c in ctx.claims:
        if c.mention.kind == "entity":
            out.setdefault(c.doc, set()).update(name_tokens((c.mention.canonical or c.mention.text,)))
    return {doc: frozenset(words) for doc, words in out.items()}


def _same_time(a: Claim, b: Claim) -> bool:
    """Scores dated apart are two matches; one whose date is not known may be of either."""
    return a.time is None or b.time is None or ranges_overlap(a.time, b.time)


@part(
    "value-conflict",
    "score",
    example='"Kell Harbour beat Drummond Rovers 29-13" (a) vs "Drummond Rovers lost to Kell Harbour 21-14" (b)',
)
def score_conflicts(ctx: Context) -> Iterator[Discrepancy]:
    """One match given two different scores by two sources.

    The scores' sentences share a named side, each source names every side
    standing next to the other's score, their dates (when both are known)
    overlap, and the two pairs of counts differ.
    """
    scores = [c for c in ctx.claims if c.mention.kind == "score" and c.subject]
    named = _named_in(ctx)
    sides = {id(c): _sides(c) for c in scores}

    def keys(c: Claim):
        story = ctx.story_of(c.doc)
        return ((story, t) for t in _words(sides[id(c)]))

    def one_match(a: Claim, b: Claim) -> float:
        sa, sb = sides[id(a)], sides[id(b)]
        if a.mention.unit != b.mention.unit:
            return 0.0  # "4-3 on aggregate" is not the second leg's 2-1, nor the half-time score
        if not _words(sa) & _words(sb) or not _covered(sa, named.get(b.doc, frozenset())) or not _covered(
            sb, named.get(a.doc, frozenset())
        ):
            return 0.0
        return 1.0 if _same_time(a, b) else 0.0

    def agree(a: Claim, b: Claim) -> bool:
        return (a.mention.low, a.mention.high) == (b.mention.low, b.mention.high)

    for a, b, _ in mutual_conflicts(scores, keys, one_match, agree, threshold=_ONE_MATCH, close=CLOSE_SECOND):
        yield Discrepancy(
            kind="value-conflict",
            severity=Severity.error,
            summary=f"{a.doc} gives the score {a.mention.text}, {b.doc} {b.mention.text}",
            claims=(a, b),
            explanation=(
                f"Both scores are of the match between {', '.join(sorted(_words(sides[id(a)]) & _words(sides[id(b)])))}; "
                f"{a.mention.value_text} and {b.mention.value_text} differ."
            ),
        )
