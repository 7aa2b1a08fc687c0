"""Readers of dates relative to publication: weekdays, yesterday, "three years ago", "last week", holidays.

News convention: "on Monday" in a Tuesday story is yesterday, and in a Monday
story today; "last Friday" is the Friday of the previous calendar week, "next
Friday" that of the following one. Without a publication date these are still
found, with no date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from . import periods
from .hits import (
    Context,
    Hit,
    Reader,
    compile_pattern,
    count_number,
    day_number,
    is_capitalised,
    month_number,
)
from .periods import Span
from .vocabulary import normalise, vocabulary

__all__ = ["readers"]

_WEEKDAY = (
    r"\b(?:(?P<mod>last|next|this|previous|past|coming)\s+)?(?P<w>@WDFULL@)(?:['’]s)?"
    r"(?:\s*,?\s*(?P<post>(?:of\s+|from\s+)?(?:next|last|this|previous|past)\s+week|after\s+next|before\s+last)\b)?"
)
_WEEK_THEN_WEEKDAY = r"\b(?P<mod>next|last|this|previous|past)\s+week(?:['’]s)?\s*[-,]?\s*(?P<w>@WD@)"
_WEEKDAY_DAY = r"\b(?P<w>@WD@),?\s+(?P<the>the\s+)?(?P<d>@DAY@|@ORD@)(?![\w])"
_WEEKDAY_NUMERIC = r"\b(?P<w>@WD@),?\s+(?P<m>1[0-2]|0?[1-9])[./](?P<d>[0-3]?\d)(?!\d|[./]\d)"
_DAY_WORD = (
    r"\b(?:(?P<pre>the\s+day\s+before|the\s+day\s+after|day\s+before|day\s+after)\s+)?"
    r"(?P<w>today|tonight|yesterday|tomorrow|this\s+morning|this\s+afternoon|this\s+evening|last\s+night)"
    r"(?:s|['’]s)?\b"
)
_AGO = (
    r"\b(?P<n>@NUM@)\s+(?P<u>@UNIT@)s?\s+"
    r"(?P<dir>ago|hence|from\s+now|from\s+today|from\s+tomorrow|from\s+yesterday|before\s+now)\b"
)
_IN_UNITS = r"\bin\s+(?P<n>@NUM@)\s+(?P<u>@UNIT@)s?(?:['’]?\s+time)?\b"
_PERIOD = (
    r"\b(?P<mod>(?:the\s+)?(?:last|past|previous|prior|this|current|present|next|coming|upcoming|following)|the)\s+"
    r"(?:calendar\s+|fiscal\s+|financial\s+)?(?P<u>week|weekend|month|quarter|qtr|year|yr|decade|century)(?:['’]s)?\b"
    r"(?![-–]\w)"
)
_ROLLING = (
    r"\b(?P<mod>(?:the\s+)?(?:last|past|next|coming|previous))\s+(?P<n>@NUM@)\s+(?P<u>@UNIT@)s?\b"
    r"(?!\s+(?:ago|of)\b)"
)

_NTH_WEEKDAY = (
    r"\b(?:the\s+)?(?P<n>first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)\s+(?P<w>@WDFULL@|day)\s+"
    r"(?:of|in)\s+"
    r"(?:(?P<m>@MON@)(?:\s*,?\s*(?P<y>\d{4})(?!\d))?|(?:the\s+)?(?P<mod>next|last|this|current|previous|coming)\s+month)"
)
_DAY_OF_MONTH = (
    r"\b(?:the\s+)?(?P<d>@DAY@|@ORD@)(?:\s*(?:-|–|to|till|until|through|and)\s*(?:the\s+)?(?P<d2>@DAY@))?\s+"
    r"(?P<of>of\s+)?(?:the\s+)?(?P<mod>next|last|this|current|previous|coming)\s+month\b"
)
_NTH_WEEK = (
    r"\b(?:the\s+)?(?P<n>first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)\s+week\s+(?:of|in)\s+"
    r"(?:(?P<m>@MON@)(?:\s*,?\s*(?P<y>\d{4})(?!\d))?|(?P<year>@YEAR@)(?!\d)"
    r"|(?:the\s+)?(?P<mod>next|last|this|current|previous|coming)\s+(?P<u>month|year))"
)
_WEEKDAYS_AHEAD = r"\b(?P<n>@NUM@)\s+(?P<w>@WDFULL@)s\s+from\s+(?:now|today)\b"
_THE_DAY = (
    r"\b(?:on|by|until|till|since|before|after|for|from)\s+the\s+(?P<d>[0-3]?\d(?:st|nd|rd|th))\b"
    r"(?!\s*(?:of\b|-|–)|\s+[a-z])"
)
_UPCOMING = r"\b(?:(?P<n>@NUM@)\s+upcoming|upcoming\s+(?P<ahead>@NUM@))\s+(?P<u>@UNIT@)s?\b"
_UNIT_PART = r"\b(?:beginning|start|end|middle|rest|remainder)\s+of\s+(?P<u>week|month|year)\b"

_NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5,
        "5th": 5, "last": -1, "final": -1}
_STEP = {"last": -1, "past": -1, "previous": -1, "prior": -1, "this": 0, "current": 0, "present": 0,
         "next": 1, "coming": 1, "upcoming": 1, "after next": 1, "before last": -1}
# The grain of a point reached by counting units: "three years ago" is known to the year.
_POINT_GRAIN = {"day": "day", "week": "day", "fortnight": "day", "month": "month", "quarter": "month",
                "year": "year", "decade": "year", "century": "year"}
_UNIT = {"qtr": "quarter", "yr": "year"}
_FOLLOWED_BY_WORD = re.compile(r"[ \t]+[\w$£€]")


def _weekday(word: str) -> int:
    return vocabulary().weekdays[normalise(word)]


def _unit(word: str) -> str:
    word = normalise(word)
    return _UNIT.get(word, word)


def _day(ctx: Context, start: int, end: int, day: dt.date | None, rank: int = 0) -> Hit:
    return Hit(start, end, periods.day_span(day) if day else None, "day", rank=rank)


def _looks_like_a_name(ctx: Context, start: int) -> bool:
    """ "Dev Sunday", "Bloody Sunday", "The Sunday Times": a weekday after a capitalised word or an article."""
    before = ctx.word_before(start)
    lowered = normalise(before)
    if lowered in ("the", "a", "an", "every", "each", "one", "some", "any"):
        return True
    return is_capitalised(before) and lowered not in vocabulary().kind("weekday_lead")


def _read_weekday(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    weekday = _weekday(m["w"])
    step = _STEP.get(normalise(m["mod"] or ""))
    post = m.groupdict().get("post")
    if step is None and post:
        step = _STEP[normalise(post).removeprefix("of ").removeprefix("from ").removesuffix(" week")]
    if step is None and _looks_like_a_name(ctx, m.start("w")):
        return
    day = None
    if ctx.published and step is not None:
        day = periods.weekday_in_week(ctx.published, weekday, step)
    elif ctx.published:
        day = periods.weekday_near(ctx.published, weekday, future=ctx.lean(m.start()) == "future")
    yield _day(ctx, m.start(), m.end(), day)


def _read_weekday_day(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    """ "Saturday the 23rd", "Mon 13th": the latest month in which that day falls on that weekday."""
    written = m["d"]
    if written.isdigit() and not m["the"] and _FOLLOWED_BY_WORD.match(ctx.text, m.end()):
        return  # "on Monday 21 people died"
    if normalise(m["w"]) in vocabulary().weekday_abbreviations and not is_capitalised(ctx.written(m, "w")):
        return
    day, weekday = day_number(written), _weekday(m["w"])
    if day is None or not 1 <= day <= 31:
        return
    found = None
    if ctx.published:
        future = ctx.lean(m.start()) == "future"
        first = ctx.published.replace(day=1)
        options = [periods.valid_date(s.year, s.month, day) for k in range(-14, 15)
                   if (s := periods.shift(first, k, "month"))]
        options = [d for d in options if d and d.weekday() == weekday]
        if future:
            found = min((d for d in options if d >= ctx.published), default=None)
        else:
            found = max((d for d in options if d <= ctx.published + dt.timedelta(days=7)), default=None)
    yield _day(ctx, m.start(), m.end(), found)


def _read_weekday_numeric(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    month, day = int(m["m"]), int(m["d"])
    found = periods.pick_year(month, day, ctx.published, ctx.lean(m.start())) if ctx.published else None
    if 1 <= day <= 31:
        yield _day(ctx, m.start(), m.end(), found)


def _month_of(m: re.Match[str], ctx: Context) -> tuple[int, int] | None:
    """The year and month named by "March", "October 2014" or "next month"."""
    groups = m.groupdict()
    if groups.get("m") and groups.get("y"):
        return int(groups["y"]), month_number(groups["m"])
    if not ctx.published:
        return None
    if groups.get("m"):
        first = periods.pick_year(month_number(groups["m"]), None, ctx.published, ctx.lean(m.start()))
    else:
        first = periods.shift(ctx.published.replace(day=1), _STEP[normalise(m["mod"])], "month")
    return (first.year, first.month) if first else None


def _read_nth_weekday(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    """ "the first Friday of next month", "last Monday of March"."""
    month = _month_of(m, ctx)
    day = None
    if month and normalise(m["w"]) == "day":
        last = periods.month_span(*month)
        day = last.start if _NTH[normalise(m["n"])] == 1 else last.end if _NTH[normalise(m["n"])] == -1 else None
    elif month:
        day = periods.nth_weekday(month[0], month[1], _weekday(m["w"]), _NTH[normalise(m["n"])])
    if month is None or day is not None:
        yield _day(ctx, m.start(), m.end(), day)


def _read_nth_week(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    """ "the first week of March" starts on its first Monday; "the last week of 2019" is ISO week 52."""
    nth = _NTH[normalise(m["n"])]
    unit = normalise(m["u"] or "month") if not m["year"] else "year"
    if m["year"] or unit == "year":
        year = int(m["year"]) if m["year"] else (ctx.published.year + _STEP[normalise(m["mod"])]
                                                  if ctx.published else None)
        monday = _iso_week(year, nth) if year else None
    else:
        month = _month_of(m, ctx)
        monday = periods.nth_weekday(month[0], month[1], 0, nth) if month else None
    span = periods.week_span(monday) if monday else None
    if monday or not ctx.published:
        yield Hit(m.start(), m.end(), span, "week")


def _iso_week(year: int, nth: int) -> dt.date | None:
    weeks = dt.date(year, 12, 28).isocalendar()[1]
    number = nth if nth > 0 else weeks + 1 + nth
    return dt.date.fromisocalendar(year, number, 1) if 1 <= number <= weeks else None


def _read_weekdays_ahead(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    """ "three Fridays from now": the third Friday after today."""
    count = count_number(m["n"])
    if count is None or count != int(count) or count < 1:
        return
    day = None
    if ctx.published:
        first = periods.weekday_near(ctx.published + dt.timedelta(days=1), _weekday(m["w"]), future=True)
        day = first + dt.timedelta(weeks=int(count) - 1)
    yield _day(ctx, m.start(), m.end(), day)


def _read_the_day(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    """ "on the 21st": the latest month with that day, up to a week ahead of publication."""
    day = day_number(m["d"])
    if day is None or not 1 <= day <= 31:
        return
    found = None
    if ctx.published:
        first = ctx.published.replace(day=1)
        options = [periods.valid_date(s.year, s.month, day) for k in (-2, -1, 0, 1) if (s := periods.shift(first, k, "month"))]
        horizon = ctx.published + dt.timedelta(days=7)
        found = max((d for d in options if d and d <= horizon), default=None)
    yield _day(ctx, m.start("d") - 4, m.end(), found)


def _read_day_of_month(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    """ "the 20th of next month", "between 4 and 22 this month"."""
    written = m["d"]
    if written.isdigit() and not (m["of"] or m["d2"]):
        return  # "killed 3 this month" is a count
    day, last = day_number(written), day_number(m["d2"]) if m["d2"] else None
    month = _month_of(m, ctx)
    if day is None:
        return
    span = None
    if month:
        first = periods.valid_date(month[0], month[1], day)
        end = periods.valid_date(month[0], month[1], last) if last else first
        if not (first and end and first <= end):
            return
        span = Span(first, end, "day")
    yield Hit(m.start(), m.end(), span, "day")


def _read_upcoming(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    """ "two upcoming weeks": the week two weeks ahead."""
    count, unit = count_number(m["n"] or m["ahead"]), _unit(m["u"])
    if count is None:
        return
    anchor = periods.shift(ctx.published, count, unit) if ctx.published else None
    span = periods.period_span(unit, anchor) if anchor else None
    yield Hit(m.start(), m.end(), span, unit)


def _read_unit_part(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    """ "end of year": the unit is the current one, and only its part is a date."""
    span = periods.period_span(_unit(m["u"]), ctx.published) if ctx.published else None
    yield Hit(m.start("u"), m.end("u"), span, _unit(m["u"]), needs_part=True)


def _read_day_word(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    word = normalise(m["w"])
    offset = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(word, 0)
    if m["pre"]:
        offset += 1 if "after" in m["pre"] else -1
    day = ctx.published + dt.timedelta(days=offset) if ctx.published else None
    yield _day(ctx, m.start(), m.end(), day)


def _point_hit(m: re.Match[str], ctx: Context, count: float, unit: str, base_offset: int = 0) -> Hit:
    point = None
    if ctx.published:
        point = periods.shift(ctx.published + dt.timedelta(days=base_offset), count, unit)
    grain = _POINT_GRAIN.get(unit, "day")
    return Hit(m.start(), m.end(), Span(point, point, grain) if point else None, grain)


def _read_ago(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    count, unit, direction = count_number(m["n"]), _unit(m["u"]), normalise(m["dir"])
    if count is None:
        return
    sign = -1 if direction in ("ago", "before now") else 1
    base = {"from tomorrow": 1, "from yesterday": -1}.get(direction, 0)
    yield _point_hit(m, ctx, sign * count, unit, base)


def _read_in_units(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    """ "in two weeks" is a date ahead, but "the first time in 10 years" a duration."""
    before = normalise(ctx.word_before(m.start()))
    if before.endswith("est") or before in vocabulary().kind("duration_lead") or any(c.isdigit() for c in before):
        return
    count = count_number(m["n"])
    if count is not None:
        yield _point_hit(m, ctx, count, _unit(m["u"]))


def _weekend(ctx: Context, modifier: str, pos: int) -> Span | None:
    if not ctx.published:
        return None
    if modifier == "the":
        saturday = periods.weekday_near(ctx.published, 5, future=ctx.lean(pos) == "future")
    else:
        saturday = periods.weekday_in_week(ctx.published, 5, _STEP[modifier])
    return Span(saturday, saturday + dt.timedelta(days=1), "day")


def _read_period(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    """ "last week", "this year", "the past decade" (rolling), "the year" (only as a part: "the end of the year")."""
    modifier, unit = normalise(m["mod"]), _unit(m["u"])
    if modifier in ("the previous", "the prior", "the following", "following"):
        return  # told from the story's own time, not from publication
    if unit == "weekend":
        yield Hit(m.start(), m.end(), _weekend(ctx, modifier.removeprefix("the "), m.start()), "day")
        return
    needs_part = modifier == "the"
    rolling = modifier in ("the past", "the last")
    modifier = modifier.removeprefix("the ") if modifier != "the" else "this"
    span = None
    if ctx.published and rolling:
        back = periods.shift(ctx.published, -1, unit)
        span = Span(back, ctx.published, _POINT_GRAIN[unit]) if back else None
    elif ctx.published:
        anchor = periods.shift(ctx.published, _STEP[modifier], unit)
        span = periods.period_span(unit, anchor) if anchor else None
    yield Hit(m.start(), m.end(), span, unit if not rolling else _POINT_GRAIN[unit], needs_part=needs_part)


def _read_rolling(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    """ "the past two years", "next three months": from publication back or ahead."""
    modifier, unit, count = normalise(m["mod"]), _unit(m["u"]), count_number(m["n"])
    if count is None or modifier == "the previous":
        return
    span = None
    if ctx.published:
        forward = modifier.removeprefix("the ") in ("next", "coming")
        edge = periods.shift(ctx.published, count if forward else -count, unit)
        if edge and forward:
            span = Span(ctx.published + dt.timedelta(days=1), edge, _POINT_GRAIN.get(unit, "day"))
        elif edge:
            span = Span(edge, ctx.published, _POINT_GRAIN.get(unit, "day"))
    yield Hit(m.start(), m.end(), span, _POINT_GRAIN.get(unit, "day"))


def readers() -> list[Reader]:
    table = [
        (_WEEKDAY, _read_weekday), (_WEEK_THEN_WEEKDAY, _read_weekday), (_WEEKDAY_DAY, _read_weekday_day),
        (_WEEKDAY_NUMERIC, _read_weekday_numeric), (_DAY_WORD, _read_day_word), (_AGO, _read_ago),
        (_IN_UNITS, _read_in_units), (_PERIOD, _read_period), (_ROLLING, _read_rolling),
        (_NTH_WEEKDAY, _read_nth_weekday), (_NTH_WEEK, _read_nth_week),
        (_WEEKDAYS_AHEAD, _read_weekdays_ahead), (_THE_DAY, _read_the_day), (_DAY_OF_MONTH, _read_day_of_month), (_UNIT_PART, _read_unit_part),
        (_UPCOMING, _read_upcoming),
    ]
    return [(compile_pattern(pattern), handler) for pattern, handler in table]
