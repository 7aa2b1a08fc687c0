"""Periods counted back from the date they end on: "the year to March", "the three months to June".

Business and economics copy dates its figures by the period that ends at a
day, month or year: "inflation in the year to March", "the 12 months to
September", "the quarter ended June 30", "the week ending Oct. 12", "the
fiscal year ending in June", "the five years to 2023", "the decade to 2020".
Such a period runs from the day after the same date that many units earlier
up to the end of the date named: "the year to March 2024" is 1 April 2023 to
31 March 2024.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from . import periods
from .hits import Context, Hit, compile_pattern, count_number, unit_name
from .periods import Span

__all__ = ["with_periods_to"]

_REACH = 60  # characters before a date that the period leading up to it may take


@functools.cache
def _period_to() -> re.Pattern[str]:
    return compile_pattern(
        r"(?<![\w-])(?:(?P<n>@NUM@)\s+)?(?:(?:fiscal|financial|calendar)\s+)?(?P<u>week|month|quarter|year|decade)s?\s+"
        r"(?:to|ending|ended|through|up\s+to)\s+(?:in\s+)?(?:the\s+end\s+of\s+)?(?:the\s+)?$"
    )


def with_periods_to(hits: list[Hit], ctx: Context) -> list[Hit]:
    """Each date that ends a counted period, widened to the period."""
    out: list[Hit] = []
    for hit in hits:
        found = _period_to().search(ctx.lowered, max(0, hit.start - _REACH, out[-1].end if out else 0), hit.start)
        count = count_number(found["n"]) if found and found["n"] else 1
        if found is None or count is None:
            out.append(hit)
            continue
        span = _leading_up_to(hit.span, count, unit_name(found["u"])) if hit.span else None
        out.append(Hit(found.start(), hit.end, span, "day", hit.rank))
    return out


def _leading_up_to(end: Span, count: float, unit: str) -> Span | None:
    start = periods.shift(end.end + dt.timedelta(days=1), -count, unit)
    return Span(start, end.end, "day") if start else None
