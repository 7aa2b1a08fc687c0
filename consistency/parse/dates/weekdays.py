"""Readers of weekdays and days of the month: "on Monday", "last Friday", "Saturday the 23rd", "the 21st".

News convention: "on Monday" in a Tuesday story is yesterday, and in a Monday
story today; "last Friday" is the Friday of the previous calendar week, "next
Friday" that of the following one. Without a publication date these are still
found, with no date.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator

from . import periods
from .hits import (
    STEPS,
    Context,
    Hit,
    Reader,
    compile_pattern,
    count_number,
    day_hit,
    day_number,
    is_capitalised,
    month_number,
)
from .periods import Span
from .vocabulary import alternation, normalise, rows, vocabulary

__all__ = ["readers"]

_WEEKDAY = (
    r"\b(?:(?P<mod>last|next|this|previous|past|coming|upcoming)\s+)?(?P<w>@WDFULL@|@WDALONE@)(?:['’]s)?"
    r"(?:\s*,?\s*(?P<post>(?:of\s+|from\s+)?(?:next|last|this|previous|past)\s+week|after\s+next|before\s+last)\b"
    r"|\s+(?P<post_alone>next|last)(?=\s*(?:[.,;:!?)]|$))"  # "on Tuesday next", "Friday last"
    r"|\s+(?P<week_on>week)(?![\w'’-]|\s+(?:\d|one|two|three|four|five)\b))?"  # "Monday week": a week after the coming Monday
)
# a weekday after another that has a modifier, joined by "and", "or" or a comma, shares the modifier
_SHARED_MODIFIER = compile_pattern(
    r"\b(?P<mod>last|next|this|previous|past|coming|upcoming)\s+(?:week(?:['’]s)?\s*[-,]?\s*)?@WDFULL@"
    r"(?:\s*,\s*@WDFULL@)*\s*(?:,|and|or|&)\s*$"
)
_WEEK_THEN_WEEKDAY = r"\b(?P<mod>next|last|this|previous|past)\s+week(?:['’]s)?\s*[-,]?\s*(?:on\s+)?(?P<w>@WD@)"
# not "Friday 10:30", nor "on Tuesday, 4,700 appointments"
_WEEKDAY_DAY = r"\b(?P<w>@WD@),?\s+(?P<the>the\s+)?(?P<d>@DAY@|@ORD@)(?![\w]|[:.,]\d)"
_WEEKDAY_NUMERIC = r"\b(?P<w>@WD@),?\s+(?P<m>[0-3]?\d)[./](?P<d>[0-3]?\d)(?!\d|[./]\d)"
_NTH_WEEKDAY = (
    r"\b(?:the\s+)?(?P<n>first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)\s+(?P<w>@WDFULL@|day|weekend)\s+"
    r"(?:of|in)\s+"
    r"(?:(?P<m>@MON@)(?:\s*,?\s*(?P<y>\d{4})(?!\d))?|(?:the\s+)?(?P<mod>next|last|this|current|previous|coming)\s+month"
    r"|the\s+month\b)"
)
# "the third Tuesday": of the publication's month; not "a second Friday", "the third Sunday in a row"
_NTH_WEEKDAY_ALONE = (
    r"\b(?:the\s+)?(?P<n>first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+(?P<w>@WDFULL@)"
    r"(?!['’]s|\s+(?:of|in|after|before|@SERIES@)\b|[\s,]+(?:@MON@|\d))"
)
_NTH_DAY_OF_YEAR = (
    r"\b(?:the\s+)?(?P<n>first|last|final)\s+day\s+of\s+"
    r"(?:(?P<year>@YEAR@)(?!\d)|(?:the\s+)?(?:(?P<mod>next|last|this|current|previous|coming)\s+)?year\b)"
)
_WEEK_OF = (
    r"\b(?:the\s+)?week(?P<end>end)?\s+of\s+(?:the\s+)?"
    r"(?:(?P<m>@MON@)\s*(?P<d>@DAY@)(?![\w])|(?P<d2>@DAY@)(?:\s+of)?\s+(?P<m2>@MON@)"
    r"|(?<=the\s)(?P<d3>[0-3]?\d(?:st|nd|rd|th))(?![\w-])(?!\s+of\b))(?:\s*,?\s*(?P<y>\d{4})(?!\d))?"
)
_DAY_OF_MONTH = (
    r"\b(?:the\s+)?(?P<d>@DAY@|@ORD@)(?:\s*(?:-|–|to|till|until|through|and)\s*(?:the\s+)?(?P<d2>@DAY@))?\s+"
    r"(?P<of>of\s+)?(?:the\s+)?(?P<mod>next|last|this|current|previous|coming)\s+month\b"
)
_NTH_WEEK = (
    r"\b(?:the\s+)?(?P<n>first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)(?P<back>\s+last)?\s+week"
    r"\s+(?:of|in)\s+"
    r"(?:(?P<m>@MON@)(?:\s*,?\s*(?P<y>\d{4})(?!\d))?|(?P<year>@YEAR@)(?!\d)"
    r"|(?:the\s+)?(?P<mod>next|last|this|current|previous|coming)\s+(?P<u>month|year)|the\s+(?P<this>month|year)\b)"
)
_WEEKDAYS_AHEAD = r"\b(?P<n>@NUM@)\s+(?P<w>@WDNAME@)s\s+(?P<dir>from\s+(?:now|today)|ago)\b"
# "on the 21st"; a run of two ("from the 17th to the 19th") closes with a day after "to", "and" or "through"
_THE_DAY = (
    r"\b(?:on|by|until|till|since|before|after|for|from|between|(?<=(?:st|nd|rd|th)\s)(?P<closes>to|and|through))"
    r"\s+the\s+(?P<d>[0-3]?\d(?:st|nd|rd|th))\b"
    r"(?!\s*(?:of\b|-|–)|\s+(?!(?:to|and|through|until|till)\s+the\s+[0-3]?\d(?:st|nd|rd|th)\b)[a-z])"
)
_DAY_BEFORE = re.compile(r"(?P<n>\d{1,2})(?:st|nd|rd|th)\s$")  # the day that opens a run, before "to the 19th"
_DAY_AFTER = re.compile(r"\s+(?:to|and|through|until|till)\s+the\s+(?P<n>\d{1,2})(?:st|nd|rd|th)\b(?P<noun>\s+[a-z])?")
_WEEK_NUMBER = r"\b(?:the\s+)?week\s+(?P<n>[1-9]|[1-4]\d|5[0-3])(?!\d)(?:\s+(?:of\s+)?(?P<y>(?:19|20)\d\d)(?!\d))?"
_NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5,
        "5th": 5, "last": -1, "final": -1}

_ONE_DAY = dt.timedelta(days=1)
_ONE_WEEK = dt.timedelta(weeks=1)
_FOLLOWED_BY_WORD = re.compile(r"[ \t]+[\w$£€]")
# a spelled ordinal that begins a compound or a phrase: "on Wednesday third-quarter sales", "on Monday second round"
_BEGINS_A_PHRASE = re.compile(r"(?:-|[ \t]+)[^\W\d_]")
_OF_NEXT = re.compile(r"[ \t]+of\b", re.IGNORECASE)  # "Tuesday the second of December": the month's day after all


@functools.cache
def _figure_goes_on() -> re.Pattern[str]:
    """What follows a decimal that is a figure, not a day: a percent or a word of scale (data/scales.csv): "4.5%",
    "2.5 million people"."""
    scales = alternation(r["form"] for r in rows("scales.csv") if r["attach"] == "word")
    return re.compile(rf"\s*(?:%|per\s?cent\b|(?:{scales})\b)", re.IGNORECASE)


def _weekday(word: str) -> int:
    return vocabulary().weekdays[normalise(word)]


def _looks_like_a_name(ctx: Context, start: int) -> bool:
    """ "Dev Sunday", "Bloody Sunday", "The Sunday Times": a weekday after a capitalised word or an article."""
    before = ctx.word_before(start)
    lowered = normalise(before)
    if lowered in ("the", "a", "an", "every", "each", "one", "some", "any"):
        return True
    return is_capitalised(before) and lowered not in vocabulary().kind("weekday_lead") and lowered not in _time_zones()


@functools.cache
def _time_zones() -> frozenset[str]:
    """The zones a clock time is given in: "at 0300 GMT Tuesday" dates the time, names nothing."""
    return frozenset(normalise(row["form"]) for row in rows("time_zones.csv"))


def _read_weekday(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    if normalise(m["w"].rstrip(".")) in vocabulary().weekday_abbreviations and not is_capitalised(ctx.written(m, "w")):
        return  # "wed" in lower case is a verb; "Thurs" is Thursday
    weekday = _weekday(m["w"])
    modifier = normalise(m["mod"] or "")
    if m.groupdict().get("week_on"):
        day = periods.weekday_near(ctx.published + _ONE_DAY, weekday, future=True) + _ONE_WEEK if ctx.published else None
        yield day_hit(m.start(), m.end(), day)
        return
    modifier = modifier or normalise(m.groupdict().get("post_alone") or "")
    if not modifier and not m.groupdict().get("post"):
        shared = _SHARED_MODIFIER.search(ctx.lowered, max(0, m.start() - 60), m.start())
        modifier = normalise(shared["mod"]) if shared else ""  # "next Tuesday or Wednesday": next week's too
    if ctx.published and (nearest := periods.nearest_weekday(ctx.published, weekday, modifier)):
        yield day_hit(m.start(), m.end(), nearest)
        return
    step = STEPS.get(modifier)
    post = m.groupdict().get("post")
    if step is None and post:
        step = STEPS[normalise(post).removeprefix("of ").removeprefix("from ").removesuffix(" week")]
    if step is None and _looks_like_a_name(ctx, m.start("w")):
        return
    day = None
    if ctx.published and step is not None:
        day = periods.weekday_in_week(ctx.published, weekday, step)
    elif ctx.published:
        lean = ctx.lean(m.start())
        future = lean == "future" or (lean == "" and _event_to_come(m, ctx))
        day = periods.weekday_near(ctx.published, weekday, future=future)
    yield day_hit(m.start(), m.end(), day)


_POSSESSIVE_END = re.compile(r"['’]s\b")
_TO_VERB = re.compile(r"\bto\s+[a-z]+\s+$")  # "to attend Saturday's concert", "to watch Friday's final"


@functools.cache
def _forward_leads() -> re.Pattern[str]:
    """Words before a weekday's event that look forward to it (date_words.csv "forward_lead"): "ahead of
    Saturday's final", "organisers expect 40,000 for Friday's concert"."""
    return re.compile(rf"\b(?:{alternation(vocabulary().spellings('forward_lead'))})\b", re.IGNORECASE)


def _event_to_come(m: re.Match[str], ctx: Context) -> bool:
    """Whether a weekday in the possessive names an event still to come in a clause of no tense: "ahead of
    Tuesday's vote", "expected to attend Saturday's concert" in a report before it are the next such day
    (after the event, past-tense copy, "attended Saturday's concert", is read as the last one before this)."""
    if not _POSSESSIVE_END.match(ctx.text, m.end("w")):
        return False
    start = m.start()
    return bool(
        _TO_VERB.search(ctx.text, max(0, start - 30), start) or _forward_leads().search(ctx.clause_before(start))
        or ctx.told_to_come(start)  # "Thursday's stage will run from Llangollen, before Friday's time trial"
    )


def _ends_a_sentence(m: re.Match[str], ctx: Context) -> bool:
    """A weekday that ends its sentence or line, before what follows it: "on Monday.\n\nThe 24-year-old",
    "said on Monday. The 24-year-old" (not "Mon. the 23rd")."""
    gap = ctx.text[m.end("w") : m.start("d")]
    return "\n" in gap or (m["w"].endswith(".") and gap.lstrip()[:1].isupper())


def _read_weekday_day(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    """ "Saturday the 23rd", "Mon 13th": this month if the weekday fits, else the latest month it fits."""
    written = m["d"]
    if _ends_a_sentence(m, ctx):
        return  # "the club said on Monday. The 24-year-old has agreed": the number opens the next sentence
    if written.isdigit() and not m["the"] and _FOLLOWED_BY_WORD.match(ctx.text, m.end()):
        return  # "on Monday 21 people died"
    if written.isalpha() and _BEGINS_A_PHRASE.match(ctx.text, m.end()) and not _OF_NEXT.match(ctx.text, m.end()):
        # "reported on Wednesday third-quarter sales": the ordinal is the quarter's, not a day's; "stepped down on
        # Tuesday, the second cabinet resignation this year": the resignation's place in a series
        return
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
        this_month = [d for d in options if (d.year, d.month) == (first.year, first.month)]
        if this_month:
            found = this_month[0]
        elif future:
            found = min((d for d in options if d >= ctx.published), default=None)
        else:
            found = max((d for d in options if d <= ctx.published + dt.timedelta(days=7)), default=None)
    yield day_hit(m.start(), m.end(), found)


def _read_weekday_numeric(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    """ "Friday 4/3": month first, or day first for a DMY desk; a number above 12 can only be the day. A decimal
    after a weekday is a figure, not a day: "On Tuesday 4.5% more voted", "on Monday 2.5 million people"."""
    if ctx.text[m.end("m")] == "." and _figure_goes_on().match(ctx.text, m.end()):
        return
    month, day = int(m["m"]), int(m["d"])
    if month > 12 or (day <= 12 and ctx.date_order == "DMY"):
        month, day = day, month
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return
    found = periods.pick_year(month, day, ctx.published, ctx.lean(m.start())) if ctx.published else None
    yield day_hit(m.start(), m.end(), found)


def _month_of(m: re.Match[str], ctx: Context) -> tuple[int, int] | None:
    """The year and month named by "March", "October 2014" or "next month"."""
    groups = m.groupdict()
    if groups.get("m") and groups.get("y"):
        return int(groups["y"]), month_number(groups["m"])
    if not ctx.published:
        return None
    if groups.get("m"):
        first = periods.pick_year(month_number(groups["m"]), None, ctx.published, ctx.lean(m.start()))
    else:  # "next month", or "the month" (this one)
        first = periods.shift(ctx.published.replace(day=1), STEPS[normalise(m["mod"] or "this")], "month")
    return (first.year, first.month) if first else None


def _read_nth_weekday(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    """ "the first Friday of next month", "last Monday of March", "the third day of May", "the last weekend of June"."""
    month = _month_of(m, ctx)
    nth, what = _NTH[normalise(m["n"])], normalise(m["w"])
    if month is None:
        yield Hit(m.start(), m.end(), None, "day")
        return
    if what == "day":
        days = periods.month_span(*month)
        day = days.end if nth == -1 else periods.valid_date(month[0], month[1], nth)
    else:
        day = periods.nth_weekday(month[0], month[1], _weekday("saturday" if what == "weekend" else what), nth)
    if day is not None and what == "weekend":
        yield Hit(m.start(), m.end(), Span(day, day + dt.timedelta(days=1), "day"), "day")
    elif day is not None:
        yield day_hit(m.start(), m.end(), day)


def _read_nth_weekday_alone(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    """ "on the first Sunday", "third Tuesday": the nth such weekday of the publication's month."""
    if normalise(ctx.word_before(m.start())) in vocabulary().kind("series_lead"):
        return  # "a second Friday", "every first Monday": a count or a habit
    day = None
    if ctx.published:
        day = periods.nth_weekday(ctx.published.year, ctx.published.month, _weekday(m["w"]), _NTH[normalise(m["n"])])
    yield day_hit(m.start(), m.end(), day)


def _read_nth_day_of_year(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    """ "the last day of the year", "the first day of 2025"."""
    if m["year"]:
        year: int | None = int(m["year"])
    else:
        year = ctx.published.year + STEPS[normalise(m["mod"] or "this")] if ctx.published else None
    day = None
    if year is not None:
        days = periods.year_span(year)
        day = days.end if _NTH[normalise(m["n"])] == -1 else days.start
    yield day_hit(m.start(), m.end(), day)


def _read_week_of(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    """ "the week of October 6": the calendar week (Monday to Sunday) that holds the day; "the weekend of
    June 1" its Saturday and Sunday."""
    if m["d3"]:  # "the week of the 17th": of a month near publication
        day = day_number(m["d3"])
        found = _day_of_a_month_near(day, ctx, m.start()) if day and 1 <= day <= 31 and not m["y"] else None
        if found is None and ctx.published:
            return
        yield from _week_or_weekend(m, found)
        return
    month, day = month_number(m["m"] or m["m2"]), day_number(m["d"] or m["d2"])
    if day is None:
        return
    if m["y"]:
        found = periods.valid_date(int(m["y"]), month, day)
    else:
        found = periods.pick_year(month, day, ctx.published, ctx.lean(m.start())) if ctx.published else None
    if found is None and (m["y"] or ctx.published):
        return
    yield from _week_or_weekend(m, found)


def _week_or_weekend(m: re.Match[str], found: dt.date | None) -> Iterator[Hit]:
    span = periods.week_span(found) if found else None
    if m["end"]:  # "the weekend of June 1": the Saturday and Sunday of that day's week
        yield Hit(m.start(), m.end(), Span(span.end - _ONE_DAY, span.end, "day") if span else None, "day")
    else:
        yield Hit(m.start(), m.end(), span, "week")


def _read_nth_week(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    """ "the first week of March" starts on its first Monday, "the last week of October" holds its last
    Thursday; "the last week of 2019" is ISO week 52."""
    nth = _NTH[normalise(m["n"])]
    if m["back"]:
        nth = -abs(nth)  # "the third last week"
    unit = normalise(m["u"] or m["this"] or "month") if not m["year"] else "year"
    if m["year"] or unit == "year":
        year = int(m["year"]) if m["year"] else (ctx.published.year + STEPS[normalise(m["mod"] or "this")]
                                                  if ctx.published else None)
        monday = _iso_week(year, nth) if year else None
    else:
        month = _month_of(m, ctx)
        monday = _week_in_month(month[0], month[1], nth) if month else None
    span = periods.week_span(monday) if monday else None
    if monday or not ctx.published:
        yield Hit(m.start(), m.end(), span, "week")


def _read_week_number(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    """ "the week 31", "week 10 of 2019": an ISO week. A bare "Week 3" (a season's round) is not one."""
    if not (m["y"] or ctx.lowered.startswith("the", m.start())):
        return
    year = int(m["y"]) if m["y"] else (ctx.published.year if ctx.published else None)
    monday = _iso_week(year, int(m["n"])) if year else None
    if monday or not year:
        yield Hit(m.start(), m.end(), periods.week_span(monday) if monday else None, "week")


def _week_in_month(year: int, month: int, nth: int) -> dt.date | None:
    """The Monday of the nth week of a month, counted from its first Monday; counted back (-1 the last),
    from the week that holds its last Thursday, the last with most of its days in the month (as an ISO
    week is the year's that holds its Thursday)."""
    if nth > 0:
        return periods.nth_weekday(year, month, 0, nth)
    thursday = periods.nth_weekday(year, month, 3, nth)
    return thursday - dt.timedelta(days=3) if thursday else None


def _iso_week(year: int, nth: int) -> dt.date | None:
    weeks = dt.date(year, 12, 28).isocalendar()[1]
    number = nth if nth > 0 else weeks + 1 + nth
    return dt.date.fromisocalendar(year, number, 1) if 1 <= number <= weeks else None


def _read_weekdays_ahead(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    """ "three Fridays from now": the third Friday after today; "two Fridays ago" the second before it."""
    count = count_number(m["n"])
    if count is None or count != int(count) or count < 1:
        return
    day = None
    if ctx.published:
        ahead = normalise(m["dir"]) != "ago"
        step = 1 if ahead else -1
        first = periods.weekday_near(ctx.published + dt.timedelta(days=step), _weekday(m["w"]), future=ahead)
        day = first + dt.timedelta(weeks=step * (int(count) - 1))
    yield day_hit(m.start(), m.end(), day)


def _read_the_day(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    """ "on the 21st": in a sentence that tells what happened, the latest month with that day, up to a week
    ahead of publication; in a clause about the future the next such day; with no tense, this month's."""
    day = day_number(m["d"])
    if day is None or not 1 <= day <= 31:
        return
    other = (_DAY_BEFORE.search(ctx.lowered, max(0, m.start() - 8), m.start()) if m["closes"]
             else _DAY_AFTER.match(ctx.lowered, m.end()))
    if other and (int(other["n"]) >= day if m["closes"] else int(other["n"]) <= day or other["noun"]):
        return  # "moved from the 5th to the 3rd", "between the 3rd and the 5th place": ranks, not days
    yield day_hit(m.start("d") - 4, m.end(), _day_of_a_month_near(day, ctx, m.start()))


def _day_of_a_month_near(day: int, ctx: Context, at: int) -> dt.date | None:
    """The day of the month named by its number alone, by the tense of the clause at `at` (see _read_the_day)."""
    found = None
    if ctx.published:
        first = ctx.published.replace(day=1)
        options = [d for k in (-2, -1, 0, 1, 2)
                   if (s := periods.shift(first, k, "month")) and (d := periods.valid_date(s.year, s.month, day))]
        lean = ctx.lean(at)
        if lean == "future":
            found = min((d for d in options if d >= ctx.published), default=None)
        elif lean == "" and (this_month := periods.valid_date(first.year, first.month, day)):
            found = this_month
        else:
            horizon = ctx.published + dt.timedelta(days=7)
            found = max((d for d in options if d <= horizon), default=None)
    return found


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


def readers() -> list[Reader]:
    table = [
        (_WEEKDAY, _read_weekday), (_WEEK_THEN_WEEKDAY, _read_weekday), (_WEEKDAY_DAY, _read_weekday_day),
        (_WEEKDAY_NUMERIC, _read_weekday_numeric), (_NTH_WEEKDAY, _read_nth_weekday),
        (_NTH_WEEKDAY_ALONE, _read_nth_weekday_alone), (_NTH_WEEK, _read_nth_week),
        (_WEEKDAYS_AHEAD, _read_weekdays_ahead), (_THE_DAY, _read_the_day), (_DAY_OF_MONTH, _read_day_of_month),
        (_WEEK_NUMBER, _read_week_number), (_NTH_DAY_OF_YEAR, _read_nth_day_of_year), (_WEEK_OF, _read_week_of),
    ]
    return [(compile_pattern(pattern), handler) for pattern, handler in table]
