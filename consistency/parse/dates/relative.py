"""Readers of dates counted from publication: "yesterday", "three years ago", "last week", "the past decade".

"last week" is the previous calendar week (Monday to Sunday); "the past
year" the twelve months up to publication. Without a publication date these
are still found, with no date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from ...terms import stopwords
from ..figures.vocabulary import DURATION_BASE
from ..figures.vocabulary import vocabulary as figure_vocabulary
from . import periods
from .hits import (
    STEPS,
    Context,
    Hit,
    Reader,
    compile_pattern,
    count_number,
    day_hit,
    unit_name,
)
from .periods import Span
from .vocabulary import alternation, normalise, vocabulary

__all__ = ["readers"]

_DAY_WORD = (
    r"\b(?:(?P<pre>the\s+day\s+before|the\s+day\s+after|day\s+before|day\s+after)\s+)?"
    r"(?P<w>today|tonight|yesterday|tomorrow|this\s+morning|this\s+afternoon|this\s+evening|last\s+night)"
    r"(?:s|['’]s)?\b"
)
# "and a half" after the count or the unit adds half a unit: "two and a half years ago", "a year and a half ago"
_HALF = r"(?:\s+and\s+an?\s+half)"
_AGO = (
    r"\b(?P<n>@NUM@)(?P<h1>" + _HALF + r")?\s+(?P<u>@UNIT@)s?(?P<h2>" + _HALF + r")?\s+"
    r"(?P<dir>ago|hence|from\s+now|from\s+today|from\s+tomorrow|from\s+yesterday|before\s+now)\b"
)
_IN_UNITS = r"\bin\s+(?P<n>@NUM@)(?P<h1>" + _HALF + r")?\s+(?P<u>@UNIT@)s?(?P<h2>" + _HALF + r")?(?:['’]?\s+time)?\b"
_WITHIN = r"\bwithin\s+(?P<n>@NUM@)\s+(?P<u>@UNIT@)s?\b(?!\s+(?:of|after|before)\b)"
_PERIOD = (
    r"\b(?P<mod>(?:the\s+)?(?:last|past|previous|prior|this|current|present|next|coming|upcoming|following)|the)\s+"
    r"(?:calendar\s+|fiscal\s+|financial\s+)?(?P<u>week-?end|@PERIODUNIT@)"
    r"(?:['’]s)?\b(?![-–]\w)(?:\s+(?P<post>after\s+next|before\s+last)\b)?"
)
_SPLIT_YEAR_WORD = re.compile(r"\b(?:fiscal|financial)\s")  # "the current financial year": a year split across two
_AFTER_THE = re.compile(r"\bthe\s+$")  # "the last season": a season's modifier read after its article
_TWO_AWAY = {"after next": 2, "before last": -2}  # "the week after next", "the year before last"
_ROLLING = (
    r"\b(?P<mod>(?:the\s+)?(?:last|past|next|coming|previous))\s+(?P<n>@NUM@)\s+(?P<u>@UNIT@)s?\b"
    r"(?!\s+(?:ago|of)\b)"
)

# the words before "last" that make it a verb: "to last", "will last", "could last"
_VERB_LEAD = re.compile(r"\b(?:to|will|would|could|can|may|might|must|should|shall|it|they|which|that)\s+$")
_VERB_LEAD_REACH = 8
_TOKENS = re.compile(r"\S+")
_UPCOMING = r"\b(?:(?P<n>@NUM@)\s+upcoming|upcoming\s+(?P<ahead>@NUM@))\s+(?P<u>@UNIT@)s?\b"
_UNIT_PART = r"\b(?:beginning|start|end|middle|rest|remainder)\s+of\s+(?P<u>week|month|year)\b"
# "by year-end", "at month end": the last part of the current period; "year to date": from its start
_UNIT_END = r"\b(?P<u>year|month|quarter)[\s-]+end\b(?!-)"
_NEXT_WORD = re.compile(r"[^\S\n]+([A-Za-z]+)")
_TO_DATE = r"\b(?P<u>year|month|quarter)[\s-]+to[\s-]+date\b"
# "by EOM", "at the BOM": a part of the current period written as capitals (date_words.csv part_abbreviation)
_PART_ABBREVIATION = r"\b(?P<a>@ABBR@)\b"

_CALENDAR_UNITS = frozenset({"week", "month", "quarter", "year"})  # decades ahead are counted from now

# The grain of a point reached by counting units: "three years ago" is known to the year.
_POINT_GRAIN = {"day": "day", "week": "day", "fortnight": "day", "month": "month", "quarter": "month",
                "year": "year", "decade": "year", "century": "year"}
# Weeks counted from now are a rough distance: "two weeks ago" said of a day 15 or 12 days back is
# not wrong, so the point keeps the grain of a week (a claim allows the days within half a week of it).
_ROUGH_GRAIN = {"week": "week", "fortnight": "week"}


def _read_upcoming(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    """ "two upcoming weeks": the week two weeks ahead."""
    count, unit = count_number(m["n"] or m["ahead"]), unit_name(m["u"])
    if count is None:
        return
    anchor = periods.shift(ctx.published, count, unit) if ctx.published else None
    span = periods.period_span(unit, anchor) if anchor else None
    yield Hit(m.start(), m.end(), span, unit)


def _read_unit_part(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    """ "end of year": the unit is the current one, and only its part is a date."""
    span = periods.period_span(unit_name(m["u"]), ctx.published) if ctx.published else None
    yield Hit(m.start("u"), m.end("u"), span, unit_name(m["u"]), needs_part=True)


def _read_unit_end(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    """ "by year-end", "at quarter end": the last part of the current year, quarter or month; not a
    noun's modifier ("a year-end bonus", "the year end of the company")."""
    after = _NEXT_WORD.match(ctx.text, m.end())
    following = after[1].lower() if after else ""
    if following and (following not in stopwords() or following == "of"):
        return
    unit = unit_name(m["u"])
    span = periods.part_of(periods.period_span(unit, ctx.published), "late", ctx.published) if ctx.published else None
    yield Hit(m.start(), m.end(), span, span.grain if span else "day")


def _read_to_date(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    """ "up 20% year to date": from the start of the current year (quarter, month) to publication."""
    span = None
    if ctx.published:
        span = Span(periods.period_span(unit_name(m["u"]), ctx.published).start, ctx.published, "day")
    yield Hit(m.start(), m.end(), span, "day")


def _read_part_abbreviation(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    if not ctx.written(m, "a").isupper():
        return  # "boy", "eow" in lower case are words, not "the beginning of the year"
    part, unit = vocabulary().kind("part_abbreviation")[normalise(m["a"])].split()
    span = periods.part_of(periods.period_span(unit, ctx.published), part, ctx.published) if ctx.published else None
    yield Hit(m.start(), m.end(), span, span.grain if span else "day")


def _read_day_word(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    word = normalise(m["w"])
    offset = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(word, 0)
    if m["pre"]:
        offset += 1 if "after" in m["pre"] else -1
    day = ctx.published + dt.timedelta(days=offset) if ctx.published else None
    yield day_hit(m.start(), m.end(), day)


def _point_hit(m: re.Match[str], ctx: Context, count: float, unit: str, base_offset: int = 0) -> Hit:
    point = None
    if ctx.published:
        point = periods.shift(ctx.published + dt.timedelta(days=base_offset), count, unit)
    grain = _POINT_GRAIN.get(unit, "day")
    return Hit(m.start(), m.end(), Span(point, point, grain) if point else None, grain)


def _counted(m: re.Match[str]) -> float | None:
    """The count of units a match names, half a unit more when "and a half" follows the count or the unit."""
    count = count_number(m["n"])
    if count is not None and (m["h1"] or m["h2"]):
        count += 0.5
    return count


def _read_ago(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    count, unit, direction = _counted(m), unit_name(m["u"]), normalise(m["dir"])
    if count is None:
        return
    sign = -1 if direction in ("ago", "before now") else 1
    base = {"from tomorrow": 1, "from yesterday": -1}.get(direction, 0)
    hit = _point_hit(m, ctx, sign * count, unit, base)
    if unit in _ROUGH_GRAIN:
        hit.grain = _ROUGH_GRAIN[unit]
        hit.span = hit.span and hit.span._replace(grain=hit.grain)
    yield hit


def _read_in_units(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    """ "in two weeks" is a date ahead, but "the first time in 10 years" a duration, and so is "in 24 hours"
    in a sentence that tells what happened ("the storm dumped 30cm of snow in 24 hours")."""
    before = _TOKENS.findall(ctx.clause_before(m.start(), 40))[-3:]
    leads = vocabulary().kind("duration_lead")
    if any(normalise(word) in leads for word in before) or _counted_before(before):
        return  # "rose 5% in two years", "the highest level in 10 years", "three records in two days": durations
    if ctx.lean(m.start()) == "past" or _second_unit(ctx.text, m.end()):
        return  # "in 27 hours and 14 minutes", "in 19 hours 24 minutes": a stretch told in two units is how long it took
    count = _counted(m)
    if count is not None:
        yield _point_hit(m, ctx, count, unit_name(m["u"]))


def _counted_before(before: list[str]) -> bool:
    """Whether the words before "in two days" end with a count, or a count and its noun ("5% in two years", "three
    records in two days"): how long the count took, no day ahead ("a decision in two weeks" is one)."""
    if before and any(c.isdigit() for c in before[-1]):
        return True
    return any(w.lower() not in _ONE_THING and count_number(w) is not None for w in before[-2:])


_ONE_THING = frozenset({"a", "an"})  # an article counts one thing no stretch is told of: "a decision in two weeks"
_AND_COUNT = re.compile(r",?\s+(?:and\s+)?(?P<n>[\w-]+)\s+(?P<u>[a-z]+)", re.IGNORECASE)


def _second_unit(text: str, end: int) -> bool:
    """Whether a stretch of time goes on in a smaller unit of time ("in 27 hours and 14 minutes", "in 19 hours 24
    minutes"; the units of data/unit_conversions.csv whose base is a day)."""
    more = _AND_COUNT.match(text, end)
    if more is None or count_number(more["n"]) is None:
        return False
    unit = figure_vocabulary().units.get(more["u"].lower())
    return (figure_vocabulary().conversions.get(unit or "") or ("",))[0] == DURATION_BASE


def _read_within(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    """ "will be finished within two weeks": from publication up to that far ahead.

    Only in a clause about the future: "within two weeks the rebels had taken the city" counts from
    the story's own time, and "within 24 hours of the attack" from the event.
    """
    count = count_number(m["n"])
    if count is None or ctx.lean(m.start()) != "future":
        return
    edge = periods.shift(ctx.published, count, unit_name(m["u"])) if ctx.published else None
    yield Hit(m.start(), m.end(), Span(ctx.published, edge, "day") if edge else None, "day")


def _weekend(ctx: Context, modifier: str, pos: int) -> Span | None:
    if not ctx.published:
        return None
    if modifier == "the":  # "over the weekend" is the last one, "for the weekend" with no tense this week's
        lean = ctx.lean(pos)
        saturday = (periods.weekday_in_week(ctx.published, 5, 0) if lean == "" else
                    periods.weekday_near(ctx.published, 5, future=lean == "future"))
    else:
        saturday = periods.nearest_weekday(ctx.published, 5, modifier) or periods.weekday_in_week(ctx.published, 5, STEPS[modifier])
    return Span(saturday, saturday + dt.timedelta(days=1), "day")


def _read_period(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    """ "last week", "this year", "the past decade" (rolling), "the year" (only as a part: "the end of the year")."""
    modifier, unit = normalise(m["mod"]), unit_name(m["u"].replace("-", ""))  # "this week-end"
    if m["post"] and modifier == "the":
        yield from _two_away(m, ctx, unit, _TWO_AWAY[normalise(m["post"])])
        return
    if modifier in ("the previous", "the prior", "the following", "following"):
        return  # told from the story's own time, not from publication
    if normalise(m["u"]) == "season" and (modifier in ("the", "the last") or _AFTER_THE.search(ctx.lowered, 0, m.start())):
        return  # "the last season of the show" is its final one; "the end of the season" may fall in either year
    if unit == "weekend":
        yield Hit(m.start(), m.end(), _weekend(ctx, modifier.removeprefix("the "), m.start()), "day")
        return
    if unit == "fortnight":  # no calendar fortnight: "the past fortnight", "the next fortnight" count days
        if modifier in ("the", "this", "the this", "current", "the current"):
            return
        forward = modifier.removeprefix("the ") in ("next", "coming", "upcoming")
        span = _counted_window(ctx.published, 1, unit, forward) if ctx.published else None
        yield Hit(m.start(), m.end(), span, "day")
        return
    if unit == "year" and _SPLIT_YEAR_WORD.search(ctx.lowered, m.start(), m.end()) and modifier not in ("the past", "the"):
        # "the current financial year", "last fiscal year": the year split across two that holds publication's day
        # (periods.split_year_span), or the one before or after it
        span = None
        if ctx.published:
            first = ctx.published.year - (1 if ctx.published < periods.split_year_span(ctx.published.year).start else 0)
            span = periods.split_year_span(first + STEPS[modifier.removeprefix("the ")])
        yield Hit(m.start(), m.end(), span, "year")
        return
    needs_part = modifier == "the"
    rolling = modifier in ("the past", "the last")
    modifier = modifier.removeprefix("the ") if modifier != "the" else "this"
    span = None
    if ctx.published and rolling:
        back = periods.shift(ctx.published, -1, unit)
        span = Span(back, ctx.published, _POINT_GRAIN[unit]) if back else None
    elif ctx.published:
        anchor = periods.shift(ctx.published, STEPS[modifier], unit)
        span = periods.period_span(unit, anchor) if anchor else None
    yield Hit(m.start(), m.end(), span, unit if not rolling else _POINT_GRAIN[unit], needs_part=needs_part)


def _two_away(m: re.Match[str], ctx: Context, unit: str, step: int) -> Iterator[Hit]:
    """ "the week after next", "the month before last": the calendar period two away from publication's."""
    span = None
    if ctx.published and unit == "weekend":
        saturday = periods.weekday_in_week(ctx.published, 5, step)
        span = Span(saturday, saturday + dt.timedelta(days=1), "day")
    elif ctx.published and (anchor := periods.shift(ctx.published, step, unit)):
        span = periods.period_span(unit, anchor)
    if span or not ctx.published:
        yield Hit(m.start(), m.end(), span, span.grain if span else unit)


def _read_rolling(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    """ "the past two years", "next three months": from publication back or ahead.

    Counted in calendar units (weeks, months, quarters, years, decades), the
    window is made of whole units: "the next three months" runs from the
    first day of next month to the end of the third; "the past two years"
    from the start of the year two years back up to publication (which holds
    both the two whole years before this one and the rolling 24 months).
    Counted in days, it runs from the day after or up to publication.
    """
    modifier, unit, count = normalise(m["mod"]), unit_name(m["u"]), count_number(m["n"])
    if count is None or modifier == "the previous":
        return
    if modifier == "last" and _VERB_LEAD.search(ctx.lowered, max(0, m.start() - _VERB_LEAD_REACH), m.start()):
        return  # "is expected to last four weeks", "the strike will last three days": a verb, and a length of time
    span = None
    if ctx.published:
        forward = modifier.removeprefix("the ") in ("next", "coming")
        span = _counted_window(ctx.published, count, unit, forward)
    yield Hit(m.start(), m.end(), span, _POINT_GRAIN.get(unit, "day"))


def _counted_window(published: dt.date, count: float, unit: str, forward: bool) -> Span | None:
    grain = _POINT_GRAIN.get(unit, "day")
    edge = periods.shift(published, count if forward else -count, unit)
    if edge is None:
        return None
    if unit in _CALENDAR_UNITS:
        following = periods.shift(published, 1, unit)
        if forward:
            return Span(periods.period_span(unit, following).start, periods.period_span(unit, edge).end, grain) if following else None
        return Span(periods.period_span(unit, edge).start, published, grain)
    if forward:
        return Span(published + dt.timedelta(days=1), edge, grain)
    return Span(edge, published, grain)


def readers() -> list[Reader]:
    table = [
        (_DAY_WORD, _read_day_word), (_AGO, _read_ago), (_IN_UNITS, _read_in_units), (_WITHIN, _read_within), (_PERIOD, _read_period),
        (_ROLLING, _read_rolling), (_UNIT_PART, _read_unit_part), (_UPCOMING, _read_upcoming),
        (_UNIT_END, _read_unit_end), (_TO_DATE, _read_to_date),
        (_PART_ABBREVIATION.replace("@ABBR@", alternation(vocabulary().spellings("part_abbreviation"))),
         _read_part_abbreviation),
    ]
    return [(compile_pattern(pattern), handler) for pattern, handler in table]
