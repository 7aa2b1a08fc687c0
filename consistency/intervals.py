"""Intervals: the one home of "do these overlap", of widening, and of how ranges read as text.

Figures stand for half-open intervals [low, high) (DESIGN.md): a bare "85%"
is [84.5, 85.5), a hedge widens it, a missing bound is unbounded ("more than
5" reaches to infinity). A point interval (low == high, a reference row with
an exact value) stands for its one value. Dates and claim times are closed
day ranges [first day, last day].

A desk may accept a relative tolerance between sources (``tolerance = 0.02``
in consistency.toml, or ``--tolerance``): each finite bound of every figure
then moves outwards by that fraction of its size, so "85%" [84.5, 85.5)
becomes [82.81, 87.21) and no longer conflicts with "87%". The default is no
tolerance: two figures conflict only when their intervals do not overlap.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .model import Mention

__all__ = [
    "bounds",
    "overlap",
    "widen",
    "figures_overlap",
    "whole_counts_overlap",
    "bound_excludes_value",
    "interval_text",
    "ranges_overlap",
    "date_range_text",
    "clock_text",
    "clock_reading",
]

DateRange = tuple[dt.date, dt.date]


def bounds(m: Mention) -> tuple[float, float]:
    """A figure's [low, high): its own bounds, else its value, else unbounded on that side."""
    lo = m.low if m.low is not None else (m.value if m.value is not None else -math.inf)
    hi = m.high if m.high is not None else (m.value if m.value is not None else math.inf)
    return lo, hi


def overlap(lo1: float, hi1: float, lo2: float, hi2: float) -> bool:
    """Whether [lo1, hi1) and [lo2, hi2) share a point.

    An interval whose bounds meet stands for its one value, which overlaps
    an interval from its low bound up to and including its high bound.
    """
    if lo1 == hi1:
        return lo2 <= lo1 <= hi2
    if lo2 == hi2:
        return lo1 <= lo2 <= hi1
    return lo1 < hi2 and lo2 < hi1


def widen(low: float, high: float, tolerance: float) -> tuple[float, float]:
    """[low, high) widened outwards by `tolerance` (a fraction) of each finite bound's size."""
    if tolerance <= 0:
        return low, high
    if math.isfinite(low):
        low -= tolerance * abs(low)
    if math.isfinite(high):
        high += tolerance * abs(high)
    return low, high


def figures_overlap(a: Mention, b: Mention, tolerance: float = 0.0) -> bool:
    """Whether two figures' intervals, each widened by `tolerance`, share any point.

    With no tolerance, two whole counts must share a whole number, and a strict bound
    never agrees with its own value stated bare ("more than 72%" and "72%").
    """
    factor = _unit_factor(a, b)
    if factor is not None:  # "8,000 acres" is 3,237 hectares
        low, high = bounds(b)
        return overlap(*widen(*bounds(a), tolerance), *widen(low * factor, high * factor, tolerance))
    if _both_around(a, b):
        # "about £310m" and "around £370m": each hedge says the true figure is near its own, so one figure must lie
        # near the other; two widened intervals would let two estimates a fifth apart agree
        return _within(a.value, widen(*bounds(b), tolerance)) or _within(b.value, widen(*bounds(a), tolerance))
    if tolerance <= 0 and (whole := whole_counts_overlap(a, b)) is not None:
        return whole
    if tolerance <= 0 and bound_excludes_value(a, b):
        return False
    return overlap(*widen(*bounds(a), tolerance), *widen(*bounds(b), tolerance))


_AROUND = "around"  # the hedge rule of "about", "around", "roughly" (data/hedges.csv): the figure, give or take


def _both_around(a: Mention, b: Mention) -> bool:
    return all(m.hedge is not None and m.value is not None and _hedge_rule(m.hedge) == _AROUND for m in (a, b))


def _within(value: float, interval: tuple[float, float]) -> bool:
    return interval[0] <= value <= interval[1]


def _unit_factor(a: Mention, b: Mention) -> float | None:
    """The factor that turns figure `b`'s unit into `a`'s, when they differ and convert (acres and hectares,
    basis points and percentage points)."""
    from .parse.figures.numbers import unit_factor  # the parser's own table of units

    return unit_factor(a.unit, b.unit) if a.kind == b.kind and a.kind in ("quantity", "percent") else None


# hedge rules that bound a count strictly: "more than 33" is 34 or more, "fewer than 12" at most 11
_STRICT_ABOVE, _STRICT_BELOW = "above", "below"
_OPEN_ABOVE, _OPEN_BELOW = ("above", "at_least"), ("below", "up_to")


def _hedge_rule(hedge: str) -> str | None:
    from .parse.figures.vocabulary import normalise_form, vocabulary  # the parser's own reading of its hedges

    found = vocabulary().hedges.get(normalise_form(hedge.lstrip("-"), False))
    return found[0] if found else None


def _whole_range(m: Mention) -> tuple[float, float] | None:
    """The whole numbers a count can be, as a closed range, or None when it is not a whole count.

    "33 critics" is exactly 33; "more than 33" is 34 and up; "at least 33" is 33 and up;
    "fewer than 12" is at most 11. A count read from a scale word ("2.3 million"), a hedge
    that widens both ways ("about 40") or a fraction is not a whole count.
    """
    if m.family != "count" or m.value is None or not float(m.value).is_integer() or m.low is None:
        return None
    v = float(m.value)
    if m.hedge is None:
        return (v, v) if m.high - m.low <= 1 else None
    rule = _hedge_rule(m.hedge)
    if rule in _OPEN_ABOVE and m.low == v:
        return (v + 1 if rule == _STRICT_ABOVE else v, math.inf)
    if rule in _OPEN_BELOW and m.high == v:
        return (0.0, v - 1 if rule == _STRICT_BELOW else v)
    return None


def _strict_bound(m: Mention) -> bool:
    """"more than 72%", "fewer than 20": a bound that leaves its own value out."""
    return m.hedge is not None and m.value is not None and _hedge_rule(m.hedge) in (_STRICT_ABOVE, _STRICT_BELOW)


def bound_excludes_value(a: Mention, b: Mention) -> bool:
    """Whether one figure is a strict bound at the very value the other states bare, in the same unit:
    "above 72%" says the figure is not the 72% the other source gives, whatever the rounding."""
    for bound, bare in ((a, b), (b, a)):
        if _strict_bound(bound) and bare.hedge is None and bare.value == bound.value and bare.unit == bound.unit:
            return True
    return False


def whole_counts_overlap(a: Mention, b: Mention) -> bool | None:
    """Whether two counts of whole things can be the same number (None when either is no whole count).

    Counts of people, cases or critics are whole: "over 33 critics" and "33 critics"
    share no whole number, though their intervals touch between 33 and 33.5.
    """
    ra, rb = _whole_range(a), _whole_range(b)
    if ra is None or rb is None:
        return None
    return ra[0] <= rb[1] and rb[0] <= ra[1]


_WHOLE_DIGITS_FROM = 1e6  # a figure this large is shown in whole digits: six significant digits would turn to exponents


def interval_text(low: float, high: float) -> str:
    """A figure's interval as a reader checks it, half-open: "[84.5, 85.5)"."""

    def fmt(x: float) -> str:
        if not math.isfinite(x):
            return str(x)  # "inf", "-inf"
        # "[2,350,000,000, 2,450,000,000)": whole digits for large sums, as a spreadsheet shows them, never "2.35e+09"
        return f"{x:,.2f}".rstrip("0").rstrip(".") if abs(x) >= _WHOLE_DIGITS_FROM else f"{x:,.6g}"

    return f"[{fmt(low)}, {fmt(high)})"


def ranges_overlap(a: DateRange | None, b: DateRange | None, within: dt.timedelta = dt.timedelta(0)) -> bool:
    """Whether two closed day ranges share a day (or lie `within` that much of each other).

    A range not known (None) has open ends, as a figure with no bound is
    unbounded ("more than 5" is (5, inf)): it may be any time, so it overlaps every range.
    """
    if a is None or b is None:
        return True
    return a[0] - within <= b[1] and b[0] - within <= a[1]


def date_range_text(first: dt.date | None, last: dt.date | None = None) -> str:
    """A day range as text: "2025-02-24", or "2025-02-24..2025-03-02" when it spans days; "" when unknown.

    An open end (the calendar's first or last day: "by 2030", "since 2019") is left empty: "..2030-12-31", "2019-01-01..".
    """
    if first is None:
        return ""
    if last is None or last == first:
        return first.isoformat()
    return f"{_day_text(first)}..{_day_text(last)}"


def clock_text(low: float, high: float) -> str:
    """Minutes from a day's midnight [low, high) as a clock reads: "23:11", "00:00–06:00", "after 23:00".

    Minutes past the day's end read on the next day's clock ("night" is "21:00–+1d 06:00").
    """

    if not math.isfinite(low) and not math.isfinite(high):
        return "any time"
    if not math.isfinite(high):
        return f"after {clock_reading(low)}"
    if not math.isfinite(low):
        return f"before {clock_reading(high)}"
    if high - low <= 1:
        return clock_reading(low)
    return f"{clock_reading(low)}–{clock_reading(high)}"


def clock_reading(minutes: float | None) -> str:
    """Minutes from the day's midnight as a clock reading: 1391 → "23:11", 1500 → "+1d 01:00"; "…" when unknown."""
    if minutes is None or not math.isfinite(minutes):
        return "…"
    days, minute = divmod(int(minutes), 1440)
    shown = f"{minute // 60:02d}:{minute % 60:02d}"
    return f"{days:+d}d {shown}" if days else shown


def _day_text(day: dt.date) -> str:
    return "" if day in (dt.date.min, dt.date.max) else day.isoformat()
