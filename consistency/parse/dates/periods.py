"""Calendar arithmetic: the ranges that date expressions stand for.

A range is a `Span` of two inclusive days and a grain. Weeks run Monday to
Sunday (ISO). Nothing here looks at the clock: every relative computation is
anchored on the publication date it is given.
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import NamedTuple

__all__ = [
    "Span",
    "whole",
    "nearest_weekday",
    "counted_part",
    "day_span",
    "week_span",
    "month_span",
    "quarter_span",
    "half_span",
    "year_span",
    "decade_span",
    "century_span",
    "period_span",
    "shift",
    "part_of",
    "valid_date",
    "pick_year",
    "run_in_year",
    "weekday_near",
    "weekday_in_week",
    "nth_weekday",
    "easter",
    "iso_interval",
    "interval_ends",
]

# The grain of the parts of a period: "early 2023" is known to the month.
_FINER = {"century": "decade", "decade": "year", "year": "month", "half": "month", "quarter": "month", "season": "day",
          "month": "day", "week": "day", "day": "day"}


class Span(NamedTuple):
    start: dt.date
    end: dt.date
    grain: str


def valid_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when the calendar has no such day (or year)."""
    try:
        return dt.date(year, month, day)
    except (ValueError, OverflowError):
        return None


def day_span(day: dt.date) -> Span:
    return Span(day, day, "day")


def week_span(day: dt.date) -> Span:
    monday = day - dt.timedelta(days=day.weekday())
    return Span(monday, monday + dt.timedelta(days=6), "week")


def month_span(year: int, month: int) -> Span:
    last = calendar.monthrange(year, month)[1]
    return Span(dt.date(year, month, 1), dt.date(year, month, last), "month")


def quarter_span(year: int, quarter: int) -> Span:
    first = 3 * (quarter - 1) + 1
    return Span(dt.date(year, first, 1), month_span(year, first + 2).end, "quarter")


def half_span(year: int, half: int) -> Span:
    first = 6 * (half - 1) + 1
    return Span(dt.date(year, first, 1), month_span(year, first + 5).end, "half")


def year_span(year: int) -> Span:
    return Span(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")


def split_year_span(first_year: int) -> Span:
    """A year split across two ("2026-27", "FY 2023-24"): a fiscal year, a season, an academic year, each body's
    starting in a month of its own. Read as the twelve months around the turn of its two years, July to June, so
    that it overlaps both calendar years and no split year before or after it."""
    return Span(dt.date(first_year, 7, 1), dt.date(first_year + 1, 6, 30), "year")


def decade_span(first_year: int) -> Span:
    return Span(dt.date(first_year, 1, 1), dt.date(first_year + 9, 12, 31), "decade")


def century_span(first_year: int) -> Span:
    return Span(dt.date(max(first_year, 1), 1, 1), dt.date(first_year + 99, 12, 31), "century")


def period_span(unit: str, day: dt.date) -> Span:
    """The calendar week, month, quarter, year, decade or century that holds `day`."""
    if unit == "week":
        return week_span(day)
    if unit == "month":
        return month_span(day.year, day.month)
    if unit == "quarter":
        return quarter_span(day.year, (day.month - 1) // 3 + 1)
    if unit == "year":
        return year_span(day.year)
    if unit == "decade":
        return decade_span(day.year - day.year % 10)
    if unit == "century":
        return century_span(day.year - day.year % 100)
    return day_span(day)


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


_MONTHS_IN = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}
_DAYS_IN = {"hour": 1 / 24, "day": 1, "week": 7, "fortnight": 14}  # hours count whole days: "in 48 hours"


def shift(day: dt.date, count: float, unit: str) -> dt.date | None:
    """`day` moved by `count` units (negative: back); None when out of the calendar."""
    try:
        if unit in _DAYS_IN:
            return day + dt.timedelta(days=round(count * _DAYS_IN[unit]))
        return _add_months(day, round(count * _MONTHS_IN[unit]))
    except (ValueError, OverflowError, KeyError):
        return None


def _cut(span: Span, unit: str, first: int, second: int) -> list[tuple[dt.date, dt.date]]:
    """Split a span in three at the `first` and `second` units from its start."""
    if unit == "day":
        a = span.start + dt.timedelta(days=first)
        b = span.start + dt.timedelta(days=second)
    elif unit == "month":
        a = _add_months(span.start, first)
        b = _add_months(span.start, second)
    else:
        a = span.start.replace(year=span.start.year + first)
        b = span.start.replace(year=span.start.year + second)
    one = dt.timedelta(days=1)
    return [(span.start, a - one), (a, b - one), (b, span.end)]


def _thirds(span: Span) -> list[tuple[dt.date, dt.date]]:
    """Early, middle and late parts: days 1-10/11-20/21-end of a month, Jan-Apr/May-Aug/Sep-Dec of a year."""
    if span.grain == "week":
        return _cut(span, "day", 3, 4)
    if span.grain == "month":
        return _cut(span, "day", 10, 20)
    if span.grain == "year":
        return _cut(span, "month", 4, 8)
    if span.grain == "half":
        return _cut(span, "month", 2, 4)
    if span.grain in ("quarter", "season"):
        return _cut(span, "month", 1, 2)
    if span.grain == "decade":
        return _cut(span, "year", 4, 7)
    if span.grain == "century":
        return _cut(span, "year", 34, 67)
    return [(span.start, span.end)] * 3


def counted_part(span: Span, count: float, unit: str, from_end: bool) -> Span | None:
    """The first (or with `from_end` the last) `count` units of `span`: "the first nine months of 2024"."""
    grain = "month" if unit in ("month", "quarter") else "day"
    if from_end:
        start = shift(span.end + dt.timedelta(days=1), -count, unit)
        return Span(max(start, span.start), span.end, grain) if start else None
    after = shift(span.start, count, unit)
    return Span(span.start, min(after - dt.timedelta(days=1), span.end), grain) if after else None


def part_of(span: Span, part: str, published: dt.date | None) -> Span | None:
    """A part of a period: early, mid, late, earlier (up to publication), later, rest, first or second half."""
    grain = _FINER.get(span.grain, span.grain)
    if part in ("early", "mid", "late"):
        start, end = _thirds(span)[("early", "mid", "late").index(part)]
        return Span(start, end, grain)
    if part in ("first half", "second half"):
        middle = _cut(span, "month", 6, 6)[0][1] if span.grain == "year" else span.start + (span.end - span.start) / 2
        if part == "first half":
            return Span(span.start, middle, grain)
        return Span(middle + dt.timedelta(days=1), span.end, grain)
    if published is None or not span.start <= published <= span.end:
        return None
    if part == "earlier":
        return Span(span.start, published, "day")
    return Span(published, span.end, "day")  # later, rest


def pick_year(month: int, day: int | None, published: dt.date, lean: str = "past") -> dt.date | None:
    """The start of the yearless date (month and day, or month alone) nearest sensible to `published`.

    Newspapers mostly date what has happened: with `lean` "past" (a sentence
    that tells what happened), the latest occurrence that starts no later than
    publication (a day date may also fall in the week ahead). "future" takes
    the first one that has not ended, "next" the first after publication,
    "last" the latest already over, and "this", or no lean at all (a date with
    no tense around it: a heading, a list, a schedule), the one in the
    publication year.
    """
    years = range(published.year - 8, published.year + 9) if (month, day) == (2, 29) else (
        range(published.year - 1, published.year + 2))
    options = []
    for year in years:
        start = valid_date(year, month, day or 1)
        if start is not None:
            end = start if day else month_span(year, month).end
            options.append((start, end))
    if not options:
        return None
    if lean in ("this", ""):
        return next((s for s, _ in options if s.year == published.year), None)
    if lean == "future":
        return min((s for s, e in options if e >= published), default=None)
    if lean == "next":
        return min((s for s, _ in options if s > published), default=None)
    if lean == "last":
        return max((s for s, e in options if e < published), default=None)
    horizon = published + dt.timedelta(days=7 if day else 0)
    return max((s for s, _ in options if s <= horizon), default=None)


def run_in_year(month: int, day: int, last_month: int, last_day: int, published: dt.date,
                 lean: str) -> tuple[dt.date | None, dt.date | None]:
    """The first and last days of a run written without its year: the year its first day takes, or
    in a clause about the future the one of a run still under way ("will be away between 10/1 and 11/7")."""
    first = pick_year(month, day, published, lean)
    if lean == "future" and first:
        earlier = valid_date(first.year - 1, month, day)
        if earlier and (end := valid_date(earlier.year, last_month, last_day)) and earlier <= published <= end:
            first = earlier
    return first, valid_date(first.year, last_month, last_day) if first else None


def weekday_near(published: dt.date, weekday: int, future: bool = False) -> dt.date:
    """The latest such weekday on or before publication (the same day counts), or with `future` the next."""
    if future:
        return published + dt.timedelta(days=(weekday - published.weekday()) % 7)
    return published - dt.timedelta(days=(published.weekday() - weekday) % 7)


_NEAREST = {"coming": 1, "upcoming": 1, "past": -1}  # modifiers that count from publication's day


def nearest_weekday(published: dt.date, weekday: int, modifier: str) -> dt.date | None:
    """ "this coming Friday", "the past Monday": the first such day after publication, or the last before it.

    Unlike "next Friday" and "last Friday", which name a calendar week, these
    count from the day itself. None for any other modifier.
    """
    direction = _NEAREST.get(modifier)
    if direction is None:
        return None
    return weekday_near(published + dt.timedelta(days=direction), weekday, future=direction > 0)


def weekday_in_week(published: dt.date, weekday: int, weeks: int) -> dt.date:
    """The weekday of the calendar week `weeks` away from publication's (-1 last week, 1 next)."""
    monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=weeks)
    return monday + dt.timedelta(days=weekday)


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date | None:
    """The nth (1-based; -1 the last) weekday of a month, or None when there is none."""
    days = [d for d in range(1, calendar.monthrange(year, month)[1] + 1) if dt.date(year, month, d).weekday() == weekday]
    index = nth - 1 if nth > 0 else nth
    if -len(days) <= index < len(days):
        return dt.date(year, month, days[index])
    return None


def easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


# the grains ISO 8601 writes a range's end in, and its length in each: "1970", "1970-12", "1970-12-01"
_ISO_LENGTHS = {"year": 4, "month": 7, "day": 10}
_ISO_GRAINS = {1: "year", 2: "month", 3: "day"}  # by the number of the end's parts


def whole(grain: str, day: dt.date) -> Span | None:
    """The whole year, month or day that holds `day`, at `grain`; None at any other grain."""
    if grain == "year":
        return year_span(day.year)
    if grain == "month":
        return month_span(day.year, day.month)
    return day_span(day) if grain == "day" else None


def _iso_end(span: Span) -> str | None:
    """One whole year, month or day as ISO 8601 writes it; None for any other range ("early March", a week)."""
    if whole(span.grain, span.start) != span:
        return None
    return span.start.isoformat()[: _ISO_LENGTHS[span.grain]]


def iso_interval(first: Span, last: Span) -> str | None:
    """A range written with both its ends ("between December 1970 and March 1971") as an ISO 8601 interval
    that keeps each end's precision: "1970-12/1971-03"; None when an end is no whole year, month or day."""
    ends = _iso_end(first), _iso_end(last)
    return None if None in ends else f"{ends[0]}/{ends[1]}"


def interval_ends(canonical: str | None) -> tuple[Span, Span] | None:
    """The two ends of an ISO 8601 interval made by `iso_interval` ("1970-12/1971-03"), else None."""
    if not canonical or "/" not in canonical:
        return None
    ends = []
    for end in canonical.split("/"):
        parts = [int(p) for p in end.split("-")]
        day = dt.date(parts[0], *(parts[1:] + [1, 1])[:2])
        ends.append(whole(_ISO_GRAINS[len(parts)], day))
    return ends[0], ends[1]
