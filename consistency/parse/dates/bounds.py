"""Open bounds: "by the end of the year", "by the end of Friday", "before March 3", "since 2019", "after May 9".

A date after a bound word stands for every day on one side of it, as a
hedged figure stands for an interval ("more than 5" is (5, inf)): "by the
end of the year" is every day up to 31 December, not a day nor the last
months of the year; "before March 3" every day up to 2 March; "since 2019"
every day from 1 January 2019; "after May 9" every day from 10 May. The open
end is the calendar's first or last day (``dt.date.min``, ``dt.date.max``),
as a figure's open end is infinite; outputs show it as empty. The bound word
goes to the mention's `hedge`, and its span keeps to the date's own words, as
a figure's text leaves out its hedge.

The bound words and which side they open are data (``bound`` in
date_words.csv): until (by, until, no later than, on or before), before
(before, prior to), since (since, on or after, no earlier than, not before),
after (after, later than). A bound word after a count or a unit ("two days before", "the
week after") counts from the date instead, which is another reader's work,
so it opens no bound; nor does any bound word before a date that owns a noun
("destroyed by Friday's storm", "gathered after Sunday's explosion" name the storm's and the
explosion's day, not a deadline or the days after it). Nor does "until" after a verb that puts a thing off
("adjourned sentencing until Friday", data/called_off_verbs.csv): that is the new day itself.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from .hits import Context, Hit, put_off_until
from .periods import Span
from .vocabulary import alternation, normalise, rows, vocabulary

__all__ = ["day_in_year", "with_bounds"]

_DAY = dt.timedelta(days=1)
_POSSESSIVE = re.compile(r"['’]s?$")
_REACH = 40  # characters before a date that its bound word may stand in


@functools.cache
def _day_part_owning() -> re.Pattern[str]:
    """A part of the day right after a date that owns the noun after it: "Friday night's earthquake"
    (data/times_of_day.csv)."""
    words = alternation({w for r in rows("times_of_day.csv") for w in normalise(r["phrase"]).split()})
    return re.compile(rf"\s+(?:{words})['’]s\b")


@functools.cache
def _bound_before() -> re.Pattern[str]:
    words = alternation(vocabulary().spellings("bound"))
    return re.compile(rf"(?<![\w'’-])(?P<w>{words})\s+(?:the\s+)?(?P<end>(?:end|close)\s+of\s+(?:the\s+)?)?$")


def _counts_from(word: str) -> bool:
    """ "days", "week", "three", "2": a word that makes what follows an offset ("two days before")."""
    if not word:
        return False
    v, word = vocabulary(), normalise(word)
    return word.isdigit() or word in v.kind("count") or word in v.kind("unit") or word.removesuffix("s") in v.kind("unit")


def with_bounds(hits: list[Hit], ctx: Context) -> list[Hit]:
    """Each hit after a bound word, opened on the side the word names."""
    side_of = vocabulary().kind("bound")
    for hit in hits:
        if hit.span is None and hit.day is None:
            continue  # unresolved, and no day of a year to bound ("born after November 4" keeps its bound)
        found = _bound_before().search(ctx.lowered, max(0, hit.start - _REACH), hit.start)
        if found is None or _counts_from(ctx.word_before(found.start())) or put_off_until(ctx, hit.start):
            continue  # "postponed until Sunday" names the new day
        if _POSSESSIVE.search(ctx.lowered, hit.start, hit.end) or _day_part_owning().match(ctx.lowered, hit.end):
            continue  # "destroyed by Friday's storm", "after Friday night's quake": the owned noun's day
        if hit.span is not None:
            # "by the end of Friday": the bound is Friday's last day, as "by the end of the year" is 31 December's
            hit.span = _opened(hit.span, side_of[normalise(found["w"])], bool(found["end"]) or _names_an_end(ctx, hit))
        hit.hedge = ctx.text[found.start("w") : found.end("w")]
    return hits


def day_in_year(month: int, day: int, hedge: str | None, year: int) -> tuple[dt.date, dt.date] | None:
    """The days a day written without its year stands for once placed in `year`, opened by its bound word:
    "after November 4" in 1987 is 5 November 1987 onwards, "June 3" is 3 June (None: no such day that year)."""
    try:
        span = Span(dt.date(year, month, day), dt.date(year, month, day), "day")
    except ValueError:
        return None  # 29 February
    side = vocabulary().kind("bound").get(normalise(hedge)) if hedge else None
    if side is not None:
        span = _opened(span, side, names_an_end=False)
    return span.start, span.end


def _names_an_end(ctx: Context, hit: Hit) -> bool:
    """ "before the end of the year" bounds the period's last day, not the start of its end."""
    return re.match(r"(?:the\s+)?(?:end|close)\b", ctx.lowered[hit.start : hit.end]) is not None


def _opened(span: Span, side: str, names_an_end: bool) -> Span:
    if side == "until" or (side == "before" and names_an_end):
        return Span(dt.date.min, span.end, span.grain)
    if side == "before":
        return Span(dt.date.min, max(dt.date.min, span.start - _DAY), span.grain)
    if side == "since":
        return Span(span.start, dt.date.max, span.grain)
    return Span(min(dt.date.max, span.end + _DAY), dt.date.max, span.grain)
