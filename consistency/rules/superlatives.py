"""A superlative's span: since when an event is the deadliest, strongest, costliest (value-conflict, part "superlative-span").

"The deadliest quake since 2004" says the last deadlier one struck in 2004;
"the deadliest in more than six decades" says it struck more than sixty
years before the report; "the most powerful ever" that there was none. Of
one event and one measure (data/superlatives.csv: deadliest, strongest,
costliest ...), two spans conflict when the last greater event cannot fall
in both: 2004 is not more than six decades before 2023, and there was no
greater event if the event is the greatest ever. Spans that only bound the
past ("in more than six decades", "in more than a century", "ever") agree
with one another. "One of the deadliest" is no superlative of the event.
"""

from __future__ import annotations

import csv
import datetime as dt
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ..align import consensus_conflicts, same_spelling
from ..align.frames import event_words
from ..model import Claim, Discrepancy, Mention, Sentence, Severity
from ..text import sentences
from .base import Context, as_do, part

__all__ = ["in_superlative_span", "superlative_span_conflicts", "spans_of"]

_YEARS = {"year": 1, "years": 1, "decade": 10, "decades": 10, "century": 100, "centuries": 100}
_SCALE = {"nearly": 0.9, "almost": 0.9}  # "nearly six decades": at least 54 years
_BARE = 2  # "in decades", "in years": at least a couple of them
_UNIT = r"years?|decades?|centur(?:y|ies)"
_SPAN = (
    r"(?:since\s+(?:(?:a|an|the)\s+)?(?P<year>1[5-9]\d\d|20\d\d)(?!\d)"
    r"|in\s+(?:(?P<hedge>more\s+than|over|nearly|almost|about|some)\s+)?(?P<count>[a-z]+|\d+)\s+(?P<unit>" + _UNIT + r")\b"
    r"|in\s+(?P<bare>decades|years|centuries)\b"
    r"|in\s+(?:the\s+)?(?:last|past)\s+(?:(?P<count2>[a-z]+|\d+)\s+)?(?P<unit2>" + _UNIT + r")\b"
    r"|(?P<ever>(?:to\s+)?ever\b|to\s+date\b|on\s+record\b|in\s+(?:its|the\s+country['’]s|recorded)\s+history\b))"
)
_ONE_OF = re.compile(r"\bone\s+of\s+(?:the\s+)?(?:[\w'’]+\s+){0,2}$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Span:
    dimension: str  # "deaths"
    low: float  # the years the last greater event may have been in, [low, high]; none at all when both are -inf
    high: float


@cache
def _dimensions() -> dict[str, str]:
    with resources.files("consistency.data").joinpath("superlatives.csv").open(encoding="utf-8", newline="") as f:
        return {row["phrase"]: row["dimension"] for row in csv.DictReader(f)}


@cache
def _numbers() -> dict[str, float]:
    with resources.files("consistency.data").joinpath("number_words.csv").open(encoding="utf-8", newline="") as f:
        return {row["word"]: float(row["value"]) for row in csv.DictReader(f) if row["role"] in ("digit", "article")}


@cache
def _pattern() -> re.Pattern[str]:
    words = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(_dimensions(), key=len, reverse=True))
    return re.compile(
        rf"(?<![\w-])(?P<sup>{words})(?:(?P<everfix>-ever\b)|(?P<gap>(?:\s+(?!since\b|in\b)[\w'’-]+){{0,6}}?)\s+{_SPAN})",
        re.IGNORECASE,
    )


def _count(word: str | None) -> float | None:
    if word is None:
        return 1.0
    return float(word) if word.isdigit() else _numbers().get(word.lower())


def _span(m: re.Match[str], year: int) -> tuple[float, float] | None:
    """The years the last greater event may fall in, for a report of `year`."""
    if m["everfix"] or m["ever"]:
        return -math.inf, -math.inf
    if m["year"]:
        return float(m["year"]), float(m["year"])
    if m["bare"]:
        return -math.inf, year - _BARE * _YEARS[m["bare"].lower()]
    count = _count(m["count"] if m["unit"] else m["count2"])
    if count is None:
        return None
    unit = _YEARS[(m["unit"] or m["unit2"]).lower()]
    scale = _SCALE.get((m["hedge"] or "").lower().split(" ")[0], 1.0)
    return -math.inf, year - scale * count * unit


def spans_of(sentence: Sentence, year: int) -> list[tuple[re.Match[str], Span]]:
    """The superlatives of a sentence that say since when, with their spans, for a report of `year`."""
    out = []
    for m in _pattern().finditer(sentence.text):
        if _ONE_OF.search(sentence.text, 0, m.start()):
            continue  # "one of the most powerful earthquakes it ever experienced"
        found = _span(m, year)
        if found is not None:
            dimension = _dimensions()[" ".join(m["sup"].lower().split())]
            out.append((m, Span(dimension, *found)))
    return out


def in_superlative_span(c: Claim) -> bool:
    """Whether a figure is the span of a superlative ("a century" in "the strongest quake in more than a
    century"): it says since when the event is the greatest, and is no quantity of the story that may change."""
    start, end = c.mention.start - c.sentence.start, c.mention.end - c.sentence.start
    return any(m.start() <= start and end <= m.end() for m in _pattern().finditer(c.sentence.text))


def spans_agree(a: Span, b: Span) -> bool:
    """The last greater event may fall in both spans; a bound on the past agrees with "never"."""
    if a.high == -math.inf or b.high == -math.inf:
        return a.low == -math.inf and b.low == -math.inf
    return max(a.low, b.low) <= min(a.high, b.high)


def _event(sentence: Sentence) -> str | None:
    words = event_words()
    for word in re.findall(r"[\w-]+", sentence.text.lower()):
        if word in words:
            return words[word]
    return None


# Whose record it is: a name in the possessive right before the superlative ("Morocco's deadliest", "the world's").
_SCOPE = re.compile(r"(?:^|\s)(?:the\s+)?(?P<scope>[A-Za-z][\w-]*)['’]s\s+$")
_GENERIC_SCOPES = frozenset({"country", "nation", "region", "state", "province", "city", "island", "its"})


def _scope(sentence: Sentence, m: re.Match[str]) -> tuple[str, ...]:
    """The record's owner as a one-name subject, or none when unnamed or generic ("the country's")."""
    found = _SCOPE.search(sentence.text, max(0, m.start() - 40), m.start())
    if found is None or found["scope"].lower() in _GENERIC_SCOPES:
        return ()
    return (found["scope"],)


def _claims(ctx: Context) -> dict[tuple[int, str, str], list[tuple[Claim, Span]]]:
    """Superlative spans as claims, by story, event and measure; each claim's mention spans the superlative."""
    sup = _pattern()
    groups: dict[tuple[int, str, str], list[tuple[Claim, Span]]] = {}
    for doc_id, doc in ctx.documents.items():
        when = doc.published or ctx.story_date
        if when is None or doc_id not in ctx.sentence_terms or not sup.search(doc.text):
            continue
        for sentence in sentences(doc.text):
            event = _event(sentence)
            if event is None:
                continue
            for m, span in spans_of(sentence, when.year):
                claim = _claim(doc_id, sentence, m, span, _scope(sentence, m), when)
                groups.setdefault((ctx.story_of(doc_id), event, span.dimension), []).append((claim, span))
    return groups


def _claim(doc: str, sentence: Sentence, m: re.Match[str], span: Span, subject: tuple[str, ...], when: dt.date) -> Claim:
    start, end = sentence.start + m.start(), sentence.start + m.end()
    first = dt.date(int(span.low), 1, 1) if math.isfinite(span.low) else None
    last = dt.date(int(span.high), 12, 31) if math.isfinite(span.high) else None
    mention = Mention(kind="date", text=m.group(), start=start, end=end, date=first, date_end=last, grain="year")
    return Claim(doc=doc, mention=mention, sentence=sentence, subject=subject, published=when)


def _since(span: Span) -> str:
    if span.high == -math.inf:
        return "no greater one ever"
    if span.low == span.high:
        return f"the last greater one in {span.high:.0f}"
    return f"the last greater one in {span.high:.0f} or before"


@part(
    "value-conflict",
    "superlative-span",
    example='"the flood was the deadliest since 1998" (a) vs "the deadliest flood in more than a century" (b)',
)
def superlative_span_conflicts(ctx: Context) -> Iterator[Discrepancy]:
    """One event the greatest of its kind for spans that cannot both hold: "deadliest since 2004" / "in six decades".

    A span says when the last greater event was: in a year ("since 2004"),
    more than so long before the report ("in more than six decades"), or
    never ("the most powerful ever"). Spans of one event and one measure
    (deadliest, strongest, costliest) conflict when no year fits both. The
    span most sources agree with is the reference.
    """
    groups = _claims(ctx)
    span = {id(c): s for pairs in groups.values() for c, s in pairs}

    def agree(a: Claim, b: Claim) -> bool:
        return spans_agree(span[id(a)], span[id(b)])

    def same_scope(a: Claim, b: Claim) -> bool:  # "Morocco's deadliest" and "the world's deadliest" are two records
        return not (a.subject and b.subject) or same_spelling(a.subject[0], b.subject[0])

    for (_, event, dimension), pairs in sorted(groups.items(), key=lambda kv: kv[0][1:]):
        for odd, sides in consensus_conflicts([c for c, _ in pairs], same_scope, agree):
            reference = sides[0]
            yield Discrepancy(
                kind="value-conflict",
                severity=Severity.error,
                summary=f"{odd.doc}: \"{odd.mention.text}\"; {reference.doc}: \"{reference.mention.text}\"{as_do(sides, reference)}",
                claims=(odd, reference),
                explanation=(
                    f"Both rank the {event} by its {dimension}: {odd.doc} puts {_since(span[id(odd)])}, "
                    f"{reference.doc} {_since(span[id(reference)])}; no year fits both."
                ),
            )

