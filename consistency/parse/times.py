"""Times of day: "11:11 pm", "at 2211 GMT", "Friday night", "in the early hours of Saturday", "shortly after midnight",
"at half past four", "by nine o'clock".

A time mention holds minutes from its day's midnight as a half-open
interval [low, high): a clock time names one minute ("11:11 pm" is
[1391, 1392)), a part of the day a stretch of them ("the early hours" are
[0, 360), "night" [1260, 1800), running past midnight into the next day).
Hedges before a clock time move its bounds by a number of minutes or open
them ("shortly after midnight" [0, 61), "before 6 am" (-inf, 361)). `unit`
holds the time zone when one is written ("GMT", "local", "EST"), `date` the
day when the text names it next to the time ("at 11:11 pm on Friday") or
within the phrase ("Friday night"); that day is read by the date parser and
stays a date mention of its own.

A clock time in words ("nine o'clock", "at ten to four", "quarter past
eleven") takes its half of the day from a part of the day written after it
("half past four on Tuesday morning" is 4:30 am); with none, it spans from
its morning reading to its evening one, so that it never disagrees with
either.

The words (parts of the day, noon and midnight, hedges, time zones, the
words of a clock time) are in data/times_of_day.csv, time_hedges.csv,
time_zones.csv and clock_words.csv.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import math
import re
from dataclasses import dataclass

from ..model import Mention
from . import dates, scan
from .dates.vocabulary import alternation, normalise, rows

__all__ = ["day_part_words", "find", "past_day_part"]

# A clock time is read from its digits: "11:11", "3.30 pm", "11pm", "2211 GMT", "14h30".
_CLOCK = (
    r"(?<![\w.:/,$£€-])"
    r"(?:(?P<h>[01]?\d|2[0-4])(?P<sep>[:.])(?P<m>[0-5]\d)(?::[0-5]\d)?(?!\d|[:.,]\d)"
    r"|(?P<h12>1[0-2]|0?[1-9])(?=[ \t]?(?:[AaPp]\.?[Mm]\b|o['’]clock\b))"
    r"|(?P<hm>[01]\d|2[0-3])(?P<mm>[0-5]\d)(?=[ \t]*(?:@ZONE@|hrs\b))"
    r"|(?P<hh>[01]?\d|2[0-3])h(?P<mh>[0-5]\d)(?!\w))"
    r"(?:[ \t]?(?P<ap>[AaPp]\.[Mm]\.|[AaPp]\.?[Mm]\b)|[ \t](?P<oclock>o['’]clock\b))?"
    r"(?:[ \t]*(?:(?P<paren>\()?(?P<zone>@ZONE@)(?(paren)\))|(?P<hrs>hrs)\b))?"
)
# Noon and midnight are times only after a lead ("at", "shortly after") or before a zone.
_POINT_WORD = r"(?<![\w-])(?P<word>(?i:noon|midday|midnight))(?![\w-])(?:[ \t]*(?P<zone>@ZONE@))?"
_LEADS = ("at", "from", "to", "between", "and", "past")
# Where a clock time may be, on lower-cased text: one scan that passes over most digits at a glance.
_CLOCK_GATE = re.compile(r"\d(?:\d?[:.h]\d\d| ?[ap]\.?m\b| o['’]clock|\d{3} ?(?:[a-z]{2,4}\b|local))")
_POINT_WORDS = ("noon", "midday", "midnight")
# an hour that opens a stretch and takes the "am" or "pm" written once after its end: "2-4pm", "between 2 and 4pm"
_DAY_MINUTES = 1440
_NOON = 720
_HOUR_OF_A_PART = re.compile(
    r"(?<![\w.:,/$£€-])(?P<h>1[0-2]|0?[1-9])(?::(?P<m>[0-5]\d))?(?:[ \t]+o['’]clock)?"
    r"[ \t]+(?:in[ \t]+the[ \t]+(?P<part>morning|afternoon|evening)|at[ \t]+(?P<night>night))(?![\w-])",
    re.I,
)
_AFTER_RANGE_DASH = re.compile(r"(?:\d|[AaPp]\.?[Mm]\.?)[ \t]*[-–]\Z")  # "7am-" before "8pm", "9-" before "11am"
_CLOCK_REACH = 40  # characters a clock time with its zone may take
_OPENING_HOUR = re.compile(
    r"(?:(?P<between>between|from)[ \t]+)?(?<![\w.:,/$£€-])(?P<h>1[0-2]|0?[1-9])(?::(?P<m>[0-5]\d))?"
    r"[ \t]*(?P<join>-|–|to|and|until|till)[ \t]*\Z",
    re.I,
)
_ALONE_LEADS = ("in the ", "during the ", "at ")  # "at dawn", "at night"
_HEDGE_BEFORE = r"(?<![\w])(?P<hedge>@HEDGE@)[ \t]+$"
_LEAD_BEFORE = r"(?<![\w])(?:@LEAD@)[ \t]+$"
# The day written beside a time: "at 11 pm on Friday", "on Friday at 11 pm", "Friday, 23:11".
_DAY_AFTER = re.compile(r"\)?(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*,?[ \t]*(?:(?:on|of)[ \t]+)?(?:the[ \t]+)?")
_DAY_BEFORE = re.compile(r"[ \t]*,?[ \t]*(?:(?:at|on)[ \t]+)?")
_PART = r"(?P<part>early|late)[ \t]+(?:on[ \t]+)?$"
# A clock time in words: minutes past or to an hour ("half past four", "ten to four", perhaps "o'clock" after it),
# or an hour and "o'clock" ("nine o'clock"); the hour in words or in digits ("half past 4").
_SPELLED = (
    r"(?<![\w-])(?:(?P<minutes>@MINUTES@|[1-5]?\d)(?:[ \t]+minutes)?[ \t]+(?P<rel>past|to)[ \t]+"
    r"(?P<hour>@HOUR@|1[0-2]|0?[1-9])(?P<oclock>[ \t]+o['’]clock)?"
    r"|(?P<whole>@HOUR@)[ \t]+o['’]clock)(?![\w-])"
)
# what may follow minutes to an hour ("at ten to four the line went dead"), unlike a count ("from ten to four seats")
_AFTER_SPELLED = re.compile(
    r"[ \t]*(?:$|[^\w \t]|(?:in|on|at|this|that|yesterday|today|tonight|last|local|when|and|as|the|[ap]\.?m)\b)",
    re.I,
)
_PERIOD_REACH = 40  # characters between a clock time in words and the part of the day that says its half


@dataclass(frozen=True, slots=True)
class _Words:
    clock: re.Pattern[str]
    point_word: re.Pattern[str]
    period_after: re.Pattern[str]  # "night" after a day: "Friday night"
    period_of: re.Pattern[str]  # "the early hours of" before a day
    period_alone: re.Pattern[str]  # "in the early hours", "at dawn"
    part_before: re.Pattern[str]  # "late on" before a day: "late on Tuesday evening"
    hedge_before: re.Pattern[str]
    lead_before: re.Pattern[str]
    times: dict[str, tuple[float, float]]  # "night" -> (1260, 1800)
    periods: frozenset[str]  # the phrases that name a stretch of the day, not a moment
    hedges: dict[str, tuple[float, float]]  # "shortly after" -> (0, 60): added to low and high
    zones: dict[str, str]  # "local time" -> "local"; abbreviations as written
    spelled: re.Pattern[str]  # a clock time in words: "half past four", "ten to four", "nine o'clock"
    period_later: re.Pattern[str]  # a part of the day written after a clock time: "on Tuesday morning"
    clock_words: dict[tuple[str, str], int]  # ("hour", "four") -> 4, ("minutes", "quarter") -> 15


@functools.cache
def day_part_words() -> frozenset[str]:
    """The words that name a part of the day ("evening", "night", "hours"): time words, not event words."""
    return frozenset(w for r in rows("times_of_day.csv") for w in normalise(r["phrase"]).split())


@functools.cache
def _day_part_after() -> re.Pattern[str]:
    """A part of the day named right after a day, as one word: "Thursday night", "Monday afternoon"."""
    parts = sorted((w for w in day_part_words() if w not in _NO_PART_ALONE), key=len, reverse=True)
    return re.compile(rf"^[ \t]+(?:{'|'.join(map(re.escape, parts))})\b", re.IGNORECASE)


_NO_PART_ALONE = frozenset({"early", "late", "small", "wee", "hours"})  # words of a part only with others


def past_day_part(after: str) -> str:
    """The words after a day with the part of the day that follows it left out: a day told with its time ("On
    Thursday night, councillors voted") opens its clause as the day alone does ("On Thursday, councillors voted")."""
    found = _day_part_after().match(after)
    return after[found.end() :] if found else after


@functools.cache
def _words() -> _Words:
    times = {normalise(r["phrase"]): (float(r["low"]), float(r["high"])) for r in rows("times_of_day.csv")}
    periods = frozenset(normalise(r["phrase"]) for r in rows("times_of_day.csv") if r["kind"] == "period")
    hedges = {normalise(r["phrase"]): (float(r["low"]), float(r["high"])) for r in rows("time_hedges.csv")}
    zone_rows = rows("time_zones.csv")
    zones = {r["form"] if r["form"].isupper() else normalise(r["form"]): r["zone"] for r in zone_rows}
    # Abbreviations are matched as written ("ET", not "et"), names in any case ("local time", "Local Time").
    exact = [re.escape(r["form"]) for r in zone_rows if r["form"].isupper()]
    named = alternation(r["form"] for r in zone_rows if not r["form"].isupper())
    zone = rf"(?:(?:{'|'.join(sorted(exact, key=len, reverse=True))})|(?i:{named}))(?![\w])"
    hedge, lead = alternation(hedges), alternation(set(_LEADS) | {p.split()[-1] for p in hedges})
    period = alternation(periods)
    clock_words = {(r["kind"], normalise(r["word"])): int(r["value"]) for r in rows("clock_words.csv")}
    hours = alternation(w for kind, w in clock_words if kind == "hour")
    minutes = alternation(w for kind, w in clock_words if kind == "minutes")
    return _Words(
        clock=re.compile(_CLOCK.replace("@ZONE@", zone)),
        point_word=re.compile(_POINT_WORD.replace("@ZONE@", zone)),
        period_after=re.compile(rf"[ \t]+(?P<period>{period})(?![\w-])", re.I),
        period_of=re.compile(rf"(?<![\w-])(?:{_PART[:-1]})?(?P<period>{period})[ \t]+of[ \t]+(?:on[ \t]+)?$", re.I),
        period_alone=re.compile(rf"(?<![\w-])(?:(?:in|during) the|at) (?P<period>{period})(?![\w-])"),  # on lowered text
        part_before=re.compile(rf"(?<![\w-]){_PART}", re.I),
        hedge_before=re.compile(_HEDGE_BEFORE.replace("@HEDGE@", hedge), re.I),
        lead_before=re.compile(_LEAD_BEFORE.replace("@LEAD@", lead), re.I),
        times=times,
        periods=periods,
        hedges=hedges,
        zones=zones,
        spelled=re.compile(_SPELLED.replace("@HOUR@", hours).replace("@MINUTES@", minutes), re.I),
        period_later=re.compile(rf"[^.;:!?]{{0,{_PERIOD_REACH}}}?(?<![\w-])(?P<period>{period})(?![\w-])", re.I),
        clock_words=clock_words,
    )


@dataclass(slots=True)
class _Time:
    start: int
    end: int
    low: float
    high: float
    zone: str | None = None
    day: Mention | None = None
    hedge: str | None = None


def find(text: str, published: dt.date | None = None, date_mentions: list[Mention] | None = None) -> list[Mention]:
    """Every time of day in `text`, in reading order.

    `date_mentions` are the text's date mentions when the caller has them
    (``mentions()`` does); otherwise the date parser reads them here.
    """
    if not text:
        return []
    if date_mentions is None:
        date_mentions = dates.find(text, published)
    days = _Days([d for d in date_mentions if d.grain == "day" and d.date == d.date_end])
    found = _clock_times(text, days) + _point_words(text, days) + _periods(text, days) + _hours_of_a_part(text, days)
    found += _spelled_clock_times(text, days)
    return [_mention(text, t) for t in _longest(found)]


class _Days:
    """The text's one-day date mentions, looked up by where they start and end."""

    def __init__(self, days: list[Mention]) -> None:
        self.all = sorted(days, key=lambda d: d.start)
        self.starts = [d.start for d in self.all]
        self.by_start = {d.start: d for d in self.all}
        self.by_end = {d.end: d for d in self.all}

    def around(self, text: str, start: int, end: int) -> Mention | None:
        """The day named beside text[start:end] or around it ("2023-09-08 23:11")."""
        i = bisect.bisect_right(self.starts, start) - 1
        if i >= 0 and self.all[i].end >= end:
            return self.all[i]
        after = _DAY_AFTER.match(text, end)
        if after and after.end() in self.by_start:
            return self.by_start[after.end()]
        for gap in range(min(start, 12) + 1):
            day = self.by_end.get(start - gap)
            if day is not None and _DAY_BEFORE.fullmatch(text, start - gap, start):
                return day
        return None


def _clock_times(text: str, days: _Days) -> list[_Time]:
    words = _words()
    out: list[_Time] = []
    for gate in _CLOCK_GATE.finditer(scan.lowered(text)):
        at = gate.start()
        while at > 0 and text[at - 1].isdigit():
            at -= 1  # "12 am": the gate passes the first digit by
        if out and out[-1].end > at:
            continue
        m = words.clock.match(text, at)
        shift = 0
        if m is None and _AFTER_RANGE_DASH.search(text, max(0, at - 8), at):
            shift, m = at, words.clock.match(text[at : at + _CLOCK_REACH])  # "7am-8pm", "9-11am": the dash opens no id
        if m is None:
            continue
        minutes = _minutes(m)
        if minutes is None:
            continue
        written_zone = m["zone"] is not None or m["hrs"] is not None
        if m["sep"] == "." and not (m["ap"] or written_zone):
            continue  # "3.30" alone is a number
        if m["sep"] == ":" and not (m["ap"] or written_zone or len(m["h"]) == 2 or _has_lead(text, at)):
            continue  # "John 3:16", "a 1:50 scale"
        end = shift + m.end()
        first = _lent_meridiem(text, at, m, minutes)
        if first is not None:  # "between 2 and 4pm", "9-11am": one stretch from the first hour
            out.append(_timed(text, days, first[0], end, first[1], minutes + 1, m["zone"]))
            continue
        out.append(_timed(text, days, at, end, minutes, minutes + 1, m["zone"]))
    return out


def _lent_meridiem(text: str, at: int, m: re.Match[str], minutes: float) -> tuple[int, float] | None:
    """Where a stretch opens and its first minute, when an hour before a clock time takes its "am" or "pm":
    "2-4pm", "from 9 to 11am", "between 2 and 4pm" (not "won 3 and 4pm"); None when none does."""
    if not m["ap"]:
        return None
    opening = _OPENING_HOUR.search(text, max(0, at - 24), at)
    if opening is None or (opening["join"].lower() == "and" and not opening["between"]):
        return None
    hour, minute = int(opening["h"]), int(opening["m"] or 0)
    pm = m["ap"].lower().startswith("p")
    first = float((hour % 12 + (12 if pm else 0)) * 60 + minute)
    if first >= minutes:
        return None  # "11-2pm" crosses noon: the first hour is not the second's half of the day
    return opening.start("h"), first


def _hours_of_a_part(text: str, days: _Days) -> list[_Time]:
    """ "at 3 in the morning", "by 7:30 in the evening", "around 10 at night": an hour whose part of the day
    says its half: the one the part's stretch in times_of_day.csv holds ("2 at night" is 2 am), else the half the
    stretch starts in ("3 in the morning" is 3 am)."""
    out = []
    for m in _HOUR_OF_A_PART.finditer(text):
        if not _has_lead(text, m.start()):
            continue  # "killed 3 in the morning raid" counts people
        low, high = _words().times[normalise(m["part"] or m["night"])]
        hour, minute = int(m["h"]) % 12, int(m["m"] or 0)
        halves = [float((hour + half) * 60 + minute) for half in (0, 12)]
        inside = [t for t in halves if low <= t < high or low <= t + _DAY_MINUTES < high]
        minutes = inside[0] if inside else halves[0 if low < _NOON else 1]  # "3 in the morning" is before the stretch
        out.append(_timed(text, days, m.start(), m.end(), minutes, minutes + 1, None))
    return out


def _spelled_clock_times(text: str, days: _Days) -> list[_Time]:
    """ "by nine o'clock this morning", "at about half past four on Tuesday", "at ten to four": a clock time in words.

    Minutes to or past an hour must follow a lead ("at", "by", "about") and be followed by no noun of their own
    ("cut from ten to four seats" counts seats). The half of the day is the one a part of the day written after
    it holds, as for "3 in the morning"; with none, the time spans from its morning reading to its evening one.
    """
    words = _words()
    out = []
    for m in words.spelled.finditer(text):
        if m["whole"] is None:
            lead = words.lead_before.search(text, max(0, m.start() - 20), m.start())
            if lead is None or lead.group().strip().lower() in ("from", "between", "and", "to"):
                continue  # "from ten to four", "rose to ten past" are counts
            if not _AFTER_SPELLED.match(text, m.end()):
                continue
        hour = _clock_number(m["hour"] or m["whole"], "hour") % 12
        minute = _clock_number(m["minutes"], "minutes") if m["minutes"] else 0
        if m["rel"] and m["rel"].lower() == "to":
            hour, minute = (hour - 1) % 12, 60 - minute
        elif m["minutes"] and normalise(m["minutes"]) == "half" and m["rel"].lower() != "past":
            continue
        morning = float(hour * 60 + minute)
        later = words.period_later.match(text, m.end())
        if later is None:
            out.append(_timed(text, days, m.start(), m.end(), morning, morning + _NOON + 1, None))
            continue
        low, high = words.times[normalise(later["period"])]
        halves = [morning, morning + _NOON]
        inside = [t for t in halves if low <= t < high or low <= t + _DAY_MINUTES < high]
        minutes = inside[0] if inside else halves[0 if low < _NOON else 1]
        out.append(_timed(text, days, m.start(), m.end(), minutes, minutes + 1, None))
    return out


def _clock_number(written: str, kind: str) -> int:
    """The hour or the minutes a clock time writes in words or digits: "four" 4, "quarter" 15, "25" 25."""
    return int(written) if written.isdigit() else _words().clock_words[(kind, normalise(written))]


def _minutes(m: re.Match[str]) -> float | None:
    hour = int(m["h"] or m["h12"] or m["hm"] or m["hh"])
    minute = int(m["m"] or m["mm"] or m["mh"] or 0)
    ap = (m["ap"] or "").lower().replace(".", "")
    if ap and 1 <= hour <= 12:
        hour = hour % 12 + (12 if ap == "pm" else 0)  # "12 am" is midnight, "12 pm" noon
    if hour == 24 and minute:
        return None
    return float(hour * 60 + minute)


def _point_words(text: str, days: _Days) -> list[_Time]:
    """ "at noon local time", "shortly after midnight": noon and midnight after a lead, or with a zone."""
    words = _words()
    out = []
    lowered = scan.lowered(text)
    for m in _each(lowered, _POINT_WORDS, words.point_word, text):
        if not (m["zone"] or _has_lead(text, m.start())):
            continue  # "a midnight deadline"
        low, high = words.times[m["word"].lower()]
        out.append(_timed(text, days, m.start(), m.end(), low, high, m["zone"]))
    return out


def _each(lowered: str, literals: tuple[str, ...], pattern: re.Pattern[str], text: str | None = None):
    """The matches of `pattern` where one of `literals` stands in `lowered` (a string search finds them fast).

    `pattern` runs on `text` when given (a pattern that reads case), else on `lowered`.
    """
    target = lowered if text is None else text
    found = []
    for literal in literals:
        at = lowered.find(literal)
        while at >= 0:
            m = pattern.match(target, at)
            if m is not None:
                found.append(m)
            at = lowered.find(literal, at + 1)
    return sorted(found, key=lambda m: m.start())


def _has_lead(text: str, start: int) -> bool:
    return _words().lead_before.search(text, max(0, start - 20), start) is not None


def _timed(text: str, days: _Days, start: int, end: int, low: float, high: float, zone: str | None) -> _Time:
    """A clock time with its hedge and the day beside it."""
    words = _words()
    time = _Time(start, end, low, high, _zone_name(zone) if zone else None)
    hedge = words.hedge_before.search(text, max(0, start - 24), start)
    if hedge is not None:
        phrase = " ".join(hedge["hedge"].lower().split())
        shift_low, shift_high = words.hedges[normalise(phrase)]
        time.low = low + shift_low if math.isfinite(shift_low) else -math.inf
        time.high = high + shift_high if math.isfinite(shift_high) else math.inf
        time.hedge = phrase
    time.day = days.around(text, hedge.start() if hedge else start, end)
    return time


def _zone_name(written: str) -> str:
    zones = _words().zones
    return zones.get(written) or zones.get(normalise(written)) or written


def _periods(text: str, days: _Days) -> list[_Time]:
    """ "Friday night", "late on Tuesday evening", "the early hours of Saturday", "in the early hours"."""
    words = _words()
    out = []
    for day in days.all:
        own = normalise(day.text).split()[-1]
        if own in words.periods:  # "last night", "this morning", "tonight": the date names its part of the day
            out.append(_Time(day.start, day.end, *words.times[own], day=day))
            continue
        after = words.period_after.match(text, day.end)
        of = words.period_of.search(text, max(0, day.start - 40), day.start)
        if of is not None:
            period = _period_name(of["part"], of["period"])
            end = after.end() if after else day.end  # "the early hours of Saturday morning"
            out.append(_Time(of.start("part") if of["part"] else of.start("period"), end, *words.times[period], day=day))
        elif after is not None:
            part = words.part_before.search(text, max(0, day.start - 16), day.start)
            period = _period_name(part["part"] if part else None, after["period"])
            start = part.start() if part and period != normalise(after["period"]) else day.start
            out.append(_Time(start, after.end(), *words.times[period], day=day))
    for m in _each(scan.lowered(text), _ALONE_LEADS, words.period_alone):
        period = normalise(m["period"])
        start, end = m.start("period"), m.end("period")
        out.append(_Time(start, end, *words.times[period], day=days.around(text, m.start(), end)))
    return out


def _period_name(part: str | None, period: str) -> str:
    """ "late" and "evening" make "late evening" where the data has it, else the period alone."""
    period = normalise(period)
    if part:
        joined = f"{normalise(part)} {period}"
        if joined in _words().times:
            return joined
    return period


def _longest(found: list[_Time]) -> list[_Time]:
    """The longest of overlapping times, in reading order."""
    kept: list[_Time] = []
    starts: list[int] = []
    for t in sorted(found, key=lambda t: (t.start - t.end, t.start)):
        i = bisect.bisect_left(starts, t.start)
        if (i > 0 and kept[i - 1].end > t.start) or (i < len(kept) and kept[i].start < t.end):
            continue
        starts.insert(i, t.start)
        kept.insert(i, t)
    return kept


def _mention(text: str, t: _Time) -> Mention:
    return Mention(
        kind="time",
        text=text[t.start : t.end],
        start=t.start,
        end=t.end,
        low=t.low,
        high=t.high,
        unit=t.zone,
        date=t.day.date if t.day else None,
        hedge=t.hedge,
    )
