"""Named days and seasons: holidays with a rule for their date (holidays.csv), and the four seasons.

"Christmas 2013", "Diwali in 2019", "next Thanksgiving", "Easter two years ago". A holiday
without a year takes the occurrence nearest before publication in a sentence
that tells what happened, the next one when the clause speaks of the future,
and the one in the publication year when no verb gives a tense. One-word names that are also
ordinary words ("Christmas shopping") count only after a preposition.
A deadline (anchor working-day: "Tax Day") falling on a weekend or on a public day off
(day-off-observed) moves to the next working day. Jewish feasts begin at sunset: their range starts on the eve. An Islamic feast is dated by its day,
as the news dates it ("Eid al-Fitr fell on Wednesday").
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator

from . import calendars, periods, spelled
from .hits import Context, Hit, Reader, compile_pattern, count_number, full_year
from .periods import Span
from .vocabulary import Holiday, alternation, normalise, vocabulary

__all__ = ["holiday_on", "readers"]

_HOLIDAY = (
    r"\b(?:(?P<mod>last|next|this)\s+)?(?P<h>@HOL@)(?![a-z])"
    r"(?:\s*,?\s*(?:(?:in|of)\s+)?(?P<y>(?:1[5-9]|20)\d\d)(?!\d)"
    r"|\s+(?P<yw>@YEARW@)(?![\w-])"
    r"|\s+(?:of\s+)?(?P<yrel>last|next|this)\s+year"
    r"|\s+(?P<n>@NUM@)\s+(?P<u>year|yr|month)s?\s+(?P<dir>ago|from\s+now|hence)"
    r"|\s+in\s+(?P<ahead>@NUM@)\s+(?P<unit>year|yr|month)s?)?"
)
_SEASON = (
    r"\b(?:(?P<mod>this|last|next|current|coming|past)\s+"
    r"|(?P<lead>in|during|over|through|throughout)\s+(?:the\s+)?(?:@PART@[\s-]*)?)?"  # "in early summer": the part is read later
    r"(?P<s>@SEASON@)"
    r"(?:\s*,?\s*(?:of\s+)?(?P<y>(?:19|20)\d\d|['’]\d\d)(?:[/-](?P<y2>\d\d)(?![\d/-]))?(?!\d))?"
)
# "two summers ago": a season counted back from the one under way, or from the last one ended
_SEASONS_AGO = r"\b(?P<n>@NUM@)\s+(?P<s>@SEASONS@)s\s+ago\b"
# The local hour a Hindu feast's lunar day must hold at, by when the feast is kept: at sunrise, at
# midday, at dusk (pradosh), at moonrise on a waning moon's fourth day, at midnight.
_HINDU_HOURS = {"hindu-sunrise": 6.0, "hindu-midday": 12.0, "hindu-dusk": 18.0, "hindu-moonrise": 20.0,
                "hindu-midnight": 24.0}
_NAKSHATRA_HOUR = 8.4  # a lunar mansion is the day's when it still holds six nazhikas (2 h 24 min) after sunrise
_LEADS = {"on", "at", "over", "during", "before", "after", "by", "since", "until", "till", "for", "around"}
_STEP = {"last": -1, "this": 0, "next": 1}


def holiday_on(holiday: Holiday, year: int) -> Span | None:
    """The days the holiday takes in `year` (the first occurrence), by its rule."""
    day = _first_day(holiday, year)
    return Span(day, day + dt.timedelta(days=holiday.days - 1), "day") if day else None


def _first_day(holiday: Holiday, year: int) -> dt.date | None:
    month, day = holiday.month or 1, holiday.day or 1
    if holiday.anchor == "easter":
        base = periods.easter(year)
    elif holiday.anchor == "orthodox-easter":
        base = calendars.orthodox_easter(year)
    elif holiday.anchor == "hebrew":
        base = calendars.hebrew_date(year, month, day)
    elif holiday.anchor == "islamic":
        base = calendars.islamic_date(year, month, day)
    elif holiday.anchor == "islamic-last-weekday":
        base = calendars.islamic_last_weekday(year, month, holiday.weekday or 0)
    elif holiday.anchor == "chinese":
        base = calendars.chinese_new_year(year)
    elif holiday.anchor == "parsi":
        base = calendars.parsi_new_year(year)
    elif holiday.anchor in _HINDU_HOURS:
        base = calendars.hindu_lunar_date(year, month, day, _HINDU_HOURS[holiday.anchor])
    elif holiday.anchor == "sidereal":
        base = calendars.sidereal_ingress(year, month)
    elif holiday.anchor == "nakshatra":
        base = calendars.nakshatra_in_sign(year, month, day, _NAKSHATRA_HOUR)
    elif holiday.anchor == "nth-weekday":
        base = periods.nth_weekday(year, month, holiday.weekday or 0, holiday.nth or 1)
    else:
        base = periods.valid_date(year, month, day)
        if base is not None:
            base += dt.timedelta(days=_move(holiday, base))
        if base is not None and holiday.anchor == "working-day":
            closed = _days_off(year)
            while base.weekday() >= 5 or base in closed:  # a deadline on a weekend or a day off moves on
                base += dt.timedelta(days=1)
    return base + dt.timedelta(days=holiday.offset) if base else None


@functools.cache
def _days_off(year: int) -> frozenset[dt.date]:
    """The days in `year` on which a public holiday kept off work falls (holidays.csv day-off-observed)."""
    return frozenset(span.start for h in vocabulary().holidays.values() if h.anchor == "day-off-observed"
                     and (span := holiday_on(h, year)))


def _move(holiday: Holiday, day: dt.date) -> int:
    """Days from the nominal date to the holiday's day, by the anchor's rule."""
    weekday = holiday.weekday or 0
    if holiday.anchor in ("observed", "day-off-observed"):  # a weekend date is kept on the nearest working day
        return {5: -1, 6: 1}.get(day.weekday(), 0)
    if holiday.anchor == "on-or-before":
        return -((day.weekday() - weekday) % 7)
    if holiday.anchor == "on-or-after":
        return (weekday - day.weekday()) % 7
    if holiday.anchor == "not-sunday":
        return -1 if day.weekday() == 6 else 0
    if holiday.anchor == "nearest":
        ahead = (weekday - day.weekday()) % 7
        return ahead - 7 if ahead > 3 else ahead
    return 0


def _year_of(m: re.Match[str], published: dt.date) -> int | None:
    """The year named relative to publication: "of last year", "two years ago", "in 9 months"."""
    if m["yrel"]:
        return published.year + _STEP[normalise(m["yrel"])]
    count = count_number(m["n"] or m["ahead"])
    if count is None:
        return None
    unit = normalise(m["u"] or m["unit"]).removesuffix("s")
    sign = -1 if normalise(m["dir"] or "") == "ago" else 1
    target = periods.shift(published, sign * count, "month" if unit == "month" else "year")
    return target.year if target else None


def _read_holiday(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    name = normalise(m["h"])
    holiday = vocabulary().holidays[name]
    modifier = normalise(m["mod"] or "")
    written = int(m["y"]) if m["y"] else spelled.year_in_words(m["yw"]) if m["yw"] else None
    qualified = modifier or written or m["yrel"] or m["n"] or m["ahead"]
    before = normalise(ctx.word_before(m.start()))
    article = before in ("the", "a", "an") and holiday.days == 1  # "the Memorial Day weekend" is a period
    if article and " of " in name:  # a name built with "of" takes its article after a lead: "on the Ides of March"
        article = normalise(ctx.word_before(ctx.text.rfind(ctx.word_before(m.start()), 0, m.start()))) not in _LEADS
    if not qualified and (article or (" " not in name and before not in _LEADS)):
        return  # "Christmas shopping", "the Good Friday agreement" are not dates
    span = None
    pub = ctx.published
    if written:
        span = holiday_on(holiday, written)
    elif pub and (m["yrel"] or m["n"] or m["ahead"]):
        year = _year_of(m, pub)
        span = holiday_on(holiday, year) if year else None
    elif pub:
        options = [s for y in (pub.year - 1, pub.year, pub.year + 1) if (s := holiday_on(holiday, y))]
        lean = ctx.lean(m.start())
        if modifier == "this":  # "this Christmas": the coming one, unless the sentence tells of it as past
            lean = "past" if lean == "past" else "future"
        lean = modifier if modifier in ("next", "last") else lean
        if lean in ("next", "future"):
            span = min((s for s in options if s.end >= pub), default=None)
        elif lean == "last":
            span = max((s for s in options if s.end < pub), default=None)
        elif lean == "":
            span = holiday_on(holiday, pub.year)
        else:
            span = max((s for s in options if s.start <= pub + dt.timedelta(days=7)), default=None)
    yield Hit(m.start(), m.end(), span, "day")


def season_in(name: str, year: int) -> Span:
    """The astronomical season that starts in `year` (winter: the one that ends in it)."""
    start_month, start_day, end_month, end_day = vocabulary().seasons[name]
    first_year = year - 1 if end_month < start_month else year
    end_year = first_year + 1 if end_month < start_month else first_year
    return Span(dt.date(first_year, start_month, start_day), dt.date(end_year, end_month, end_day), "season")


def _read_season(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    """ "this summer", "last winter", "spring 2024"; a season named alone ("Arab Spring") is not a date.

    After "in", "during" or "over" a season takes its year from the tense: "fell in the spring" is the last
    one begun by publication, "will rise in the autumn" the next one to begin; with no tense it is no date,
    nor is a season's name that is also a word ("hurt in the fall").
    """
    modifier, name = normalise(m["mod"] or ""), normalise(m["s"])
    if m["lead"] and not m["y"]:
        if name in vocabulary().word_sense_seasons:
            return  # "injured in the fall": a word, unless a year or a modifier makes it the season
        modifier = {"past": "latest", "future": "coming"}.get(ctx.lean(m.start()), "")
    if not (modifier or m["y"]):
        return
    span = None
    pub = ctx.published
    if m["y"] and m["y2"]:  # "winter 2023/24": the season that runs across the two years, or the first's
        first = full_year(m["y"], pub)
        second = first - first % 100 + int(m["y2"])
        crosses = season_in(name, second)
        span = crosses if crosses.start.year == first and second == first + 1 else season_in(name, first)
    elif m["y"]:
        span = season_in(name, full_year(m["y"], pub))
    elif pub:
        options = [season_in(name, y) for y in (pub.year - 1, pub.year, pub.year + 1, pub.year + 2)]
        if modifier in ("this", "current"):
            span = next((s for s in options if s.start <= pub <= s.end), None)
            span = span or next((s for s in options if s.start.year == pub.year), None)
        elif modifier in ("last", "past"):
            span = max((s for s in options if s.end < pub), default=None)
        elif modifier == "latest":
            span = max((s for s in options if s.start <= pub), default=None)
        else:
            span = min((s for s in options if s.start > pub), default=None)
    yield Hit(m.start("s") if m["lead"] else m.start(), m.end(), span, "season")


def _read_seasons_ago(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    """ "two summers ago": said in August 2026, the summer of 2024; said in February 2026, too ("last summer",
    2025, is one summer ago)."""
    count, name, pub = count_number(m["n"]), normalise(m["s"]), ctx.published
    span = None
    if count and pub:
        years = range(pub.year - 1, pub.year + 2)
        now = next((y for y in years if season_in(name, y).start <= pub <= season_in(name, y).end), None)
        if now is not None:
            span = season_in(name, now - int(count))
        else:
            last = max(y for y in years if season_in(name, y).end < pub)
            span = season_in(name, last - int(count) + 1)
    yield Hit(m.start(), m.end(), span, "season")


def readers() -> list[Reader]:
    holiday = _HOLIDAY.replace("@YEARW@", spelled.pattern())
    return [
        (compile_pattern(holiday), _read_holiday),
        (compile_pattern(_SEASON), _read_season),
        (compile_pattern(_SEASONS_AGO.replace("@SEASONS@", alternation(vocabulary().seasons))), _read_seasons_ago),
    ]
