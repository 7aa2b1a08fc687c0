"""Readers of dates written in numbers: 10/29/2017, 29.10.2017, the runs "10/1-11/2/2017" and "between
10/1 and 11/7", and "on 4/22".

The order of the numbers is the desk's (`Context.date_order`), except where
a number above 12 can only be the day.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...terms import stopwords
from . import periods
from .absolute import NOT_AFTER, RUN_JOINER
from .hits import Context, Hit, Reader, compile_pattern, full_year, is_capitalised
from .periods import Span

__all__ = ["readers"]

_SLASHED = r"(?<![\w./,$£€¥#])(?P<a>\d{1,2})(?P<s>/)(?P<b>\d{1,2})/(?P<y>\d{4}|\d\d)(?!\d|[./]\d)"
_HYPHENED = NOT_AFTER + r"(?P<a>\d{1,2})(?P<s>-)(?P<b>\d{1,2})-(?P<y>\d{4}|\d\d)(?!\d|[./-]\d)"
_DOTTED = NOT_AFTER + r"(?P<a>\d{1,2})(?P<s>\.)(?P<b>\d{1,2})\.(?P<y>\d{4})(?!\d|[./-]\d)"
# "10/1-11/2/2017", "between 10/1 and 11/7": a run of all-number days, the first without its year
_NUMERIC_RUN = (
    r"(?<![\w./,$£€¥#-])(?:(?P<cue>from|between)\s+)?(?P<a>\d{1,2})/(?P<b>\d{1,2})" + RUN_JOINER
    + r"(?P<a2>\d{1,2})/(?P<b2>\d{1,2})(?:/(?P<y>\d{4}|\d\d))?(?!\d|[./]\d|\s*(?:%|percent\b|of\b))"
)
# "on 4/22", "since 10/1": a day written in numbers without its year, after a word that makes it a day; after
# a word that also leads a fraction ("cut by 3/4", "for 2/3 of voters") only with a number that is a day
_NUMERIC_DAY = (
    r"\b(?P<pre>on|since|until|till|by|for|before|after|from)\s+(?P<a>\d{1,2})/(?P<b>\d{1,2})"
    r"(?!\d|[./]\d|\s*(?:-|–|%|percent\b|of\b|to\b|and\b))"
)
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")
_DAY_LEADS = frozenset({"on", "since", "until", "till"})  # the rest lead a fraction too: "cut by 3/4"
_MONTHS_IN_YEAR = 12


def _read_numeric(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    """10/29/2017, 29.10.2017, 17/10/29: three numbers read in the desk's date order (`ctx.date_order`)."""
    year, month, day = _numeric_parts(int(m["a"]), int(m["b"]), m["y"], ctx)
    date = periods.valid_date(year, month, day)
    if date:
        yield Hit(m.start(), m.end(), periods.day_span(date), "day")


def _numeric_parts(a: int, b: int, last: str, ctx: Context) -> tuple[int, int, int]:
    """Year, month and day of the numbers a/b/last.

    A number above 12 can only be the day, whatever the order (21/04/2016 is
    21 April under every setting). Otherwise MDY reads a as the month, DMY as
    the day; YMD reads a two-digit first number as the year (25/04/03 is 3 April
    2025), and a date that ends in a four-digit year month before day.
    """
    if ctx.date_order == "YMD" and len(last) == 2:
        return full_year(f"{a:02d}", ctx.published), b, int(last)
    year = full_year(last, ctx.published)
    if a > 12 or (b <= 12 and ctx.date_order == "DMY"):
        return year, b, a
    return year, a, b


def _read_numeric_run(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    """A run of days written in numbers: with the last one's year, or after "from" or "between" (a
    fraction, "between 1/3 and 1/2 of voters", is followed by what it divides)."""
    joiner = ctx.lowered[m.end("b") : m.start("a2")].strip()
    if not (m["y"] or m["cue"]) or (joiner == "and" and m["cue"] != "between"):
        return
    year, month, day = _numeric_parts(int(m["a"]), int(m["b"]), m["y"] or "2000", ctx)
    _, last_month, last_day = _numeric_parts(int(m["a2"]), int(m["b2"]), m["y"] or "2000", ctx)
    if not (1 <= month <= 12 and 1 <= last_month <= 12):
        return
    if m["y"]:
        last = periods.valid_date(year, last_month, last_day)
        first = periods.valid_date(year - (1 if (month, day) > (last_month, last_day) else 0), month, day)
    elif ctx.published:
        first, last = periods.run_in_year(month, day, last_month, last_day, ctx.published, ctx.lean(m.start()))
    else:
        yield Hit(m.start(), m.end(), None, "day")
        return
    if first and last and first <= last:
        yield Hit(m.start(), m.end(), Span(first, last, "day"), "day")


def _read_numeric_day(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    """ "on 4/22", "since 10/1": a day when what follows ends the phrase (a stop, a function word, a name);
    "voted on 2/3 majority" is a fraction."""
    if m["pre"].lower() not in _DAY_LEADS and not _only_a_day(int(m["a"]), int(m["b"]), ctx):
        return  # "cut by 3/4", "for 2/3", "odds for 15/2": a fraction, unless the day's number can be no month
    after = _NEXT_WORD.match(ctx.text, m.end())
    if after and not (is_capitalised(after[1]) or after[1].lower() in stopwords()):
        return
    year, month, day = _numeric_parts(int(m["a"]), int(m["b"]), "2000", ctx)
    if not (1 <= month <= 12 and periods.valid_date(2000, month, day)):
        return  # 2000 is a leap year: "on 2/29" stays a day
    found = periods.pick_year(month, day, ctx.published, ctx.lean(m.start())) if ctx.published else None
    yield Hit(m.start("a"), m.end(), periods.day_span(found) if found else None, "day", month=month, day=day)


def _only_a_day(a: int, b: int, ctx: Context) -> bool:
    """Whether the number in the day's place of the desk's order is above 12 and the month's is not: 12/31 under
    MDY, 31/12 under DMY."""
    month, day = (b, a) if ctx.date_order == "DMY" else (a, b)
    return month <= _MONTHS_IN_YEAR < day


def readers() -> list[Reader]:
    table = [
        (_SLASHED, _read_numeric), (_HYPHENED, _read_numeric), (_DOTTED, _read_numeric),
        (_NUMERIC_RUN, _read_numeric_run), (_NUMERIC_DAY, _read_numeric_day),
    ]
    return [(compile_pattern(pattern), handler) for pattern, handler in table]
