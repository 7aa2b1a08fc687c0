"""Periods counted back from the date they end on, "the year to March", "the three months to June", and
forward from the day they begin on, "the week beginning 3 June".

Business and economics copy dates its figures by the period that ends at a
day, month or year: "inflation in the year to March", "the 12 months to
September", "the quarter ended June 30", "the week ending Oct. 12", "the
fiscal year ending in June", "the five years to 2023", "the decade to 2020".
Such a period runs from the day after the same date that many units earlier
up to the end of the date named: "the year to March 2024" is 1 April 2023 to
31 March 2024. A period named by its first day ("the week beginning 3 June", "the week commencing
17 June", "the fortnight starting Monday") runs that many units from the day: 3 to 9 June.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from . import periods
from .hits import Context, Hit, compile_pattern, count_number, unit_name
from .periods import Span

__all__ = ["with_periods_to"]

_REACH = 60
_MONTHS_IN_HALF_YEAR = 6  # characters before a date that the period leading up to it may take


@functools.cache
def _period_to() -> re.Pattern[str]:
    return compile_pattern(
        r"(?<![\w-])(?:(?P<n>@NUM@)\s+)?(?:(?:fiscal|financial|calendar)\s+)?"
        r"(?P<half>half[\s-]+(?=year))?(?P<u>week|fortnight|month|quarter|year|decade)s?\s+"
        r"(?:(?:to|ending|ended|through|up\s+to)\s+(?:in\s+)?(?:the\s+end\s+of\s+)?(?:the\s+)?"
        r"|(?P<from>beginning|starting|commencing|begun|started)\s+(?:on\s+|from\s+)?(?:the\s+)?)$"
    )


def with_periods_to(hits: list[Hit], ctx: Context) -> list[Hit]:
    """Each date that ends or begins a counted period, widened to the period."""
    out: list[Hit] = []
    for hit in hits:
        found = _period_to().search(ctx.lowered, max(0, hit.start - _REACH, out[-1].end if out else 0), hit.start)
        count = count_number(found["n"]) if found and found["n"] else 1
        if found is None or count is None:
            out.append(hit)
            continue
        unit = unit_name(found["u"])
        if found["half"]:  # "the half year to June": six months
            count, unit = count * _MONTHS_IN_HALF_YEAR, "month"
        if not hit.span:
            span = None
        elif found["from"]:
            span = _running_from(hit.span, count, unit)
        else:
            span = _leading_up_to(hit.span, count, unit)
        out.append(Hit(found.start(), hit.end, span, "day", hit.rank))
    return out


def _leading_up_to(end: Span, count: float, unit: str) -> Span | None:
    start = periods.shift(end.end + dt.timedelta(days=1), -count, unit)
    return Span(start, end.end, "day") if start else None


def _running_from(first: Span, count: float, unit: str) -> Span | None:
    after = periods.shift(first.start, count, unit)
    return Span(first.start, after - dt.timedelta(days=1), "day") if after else None
