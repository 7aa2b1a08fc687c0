"""Dates in news text: `find(text, published)` returns the date mentions.

Each mention holds the range it stands for: `date` its first day, `date_end`
its last (inclusive), `grain` how precisely it is known (day, week, month,
quarter, half, season, year, decade, century). Relative dates resolve against the
document's publication date and never against today: in an undated document
"on Monday" is still a mention, with no date.

The work is done by precompiled regular expressions, the readers of
`absolute` (calendar dates), `numeric` (dates written in numbers),
`weekdays`, `relative` (counted from publication) and `holidays` (named
days and seasons). They run on a
lower-cased copy of the text, and only where a date can start: a few words
before a head word (a number, a month, a weekday, "week", "ago"...); there,
only the readers whose patterns can open with the first four characters
found (a look-up, ``Openings``) are tried, most often none.
Passes over what they found then keep the longest of overlapping readings, widen "early",
"the end of", "earlier this" into the part of the period they name, count
"three days after Easter" from its date, and join "Feb 24 to March 3" into
one range, and "this week or next (week)", "later this month or early next"
into the range that holds both (the text does not say which); a date after
a bound word ("by the end of the year", "since 2019") opens on that side
(`bounds`), and one that ends a counted period ("the year to March") is
widened to it (`ending`); a year or a century before the common era ("44 BC") is
no date the calendar holds, and is dropped. Spans that look like dates but that no reader
could read go to dateparser (`parse.dateparse`), one cached call per
distinct span.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import heapq
import re

from ...model import DEFAULT_DATE_ORDER, Mention
from .. import scan
from . import absolute, bounds, dateparse, ending, holidays, numeric, periods, relative, spelled, weekdays
from .first_chars import Openings
from .hits import STEPS, Context, Hit, Reader, compile_pattern, count_number, day_number, unit_name
from .periods import Span
from .vocabulary import alternation, normalise, trie_alternation, vocabulary

__all__ = ["find"]

_PART_UNITS = r"days|weeks|months|quarters|years"
_DIVISIBLE = {"week", "month", "season", "quarter", "half", "year", "decade", "century"}
_JOINER = re.compile(r"\s*(?:-|–|—|to|through|thru|until|till|and|&)\s*(?:the\s+)?", re.I)
# after a date that ends with its year, the comma that closes it: "December 28, 2023, to January 3, 2024"
_JOINER_AFTER_YEAR = re.compile(r",\s*(?:to|through|thru|until|till|and)\s+(?:the\s+)?", re.I)
_ARTICLE = re.compile(r"(?:at\s+)?the\s+(?=\w)")
_WRITTEN_YEAR = re.compile(r"\d{4}|['’]\d\d")
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$", re.I)
_WORD_START = re.compile(r"(?<!\w)\w|['’](?=\d)")
_ONE_DAY = dt.timedelta(days=1)
_WORDS_BEFORE = 5  # a date expression starts at most this many words before its head word


@functools.cache
def _anchor() -> re.Pattern[str]:
    """The head words every date expression contains besides digits: months, weekdays, units, decades, holidays."""
    v = vocabulary()
    heads = set(v.months) | set(v.weekdays) | set(v.kind("anchor")) | set(v.kind("decade"))
    heads |= {re.findall(r"[a-z]+", name)[-1] for name in v.spellings("holiday")}  # "omer" of "lag b'omer"
    heads |= spelled.heads()  # "thousand", "nineteen": years in words
    return re.compile(rf"\b{trie_alternation(heads)}(?:e?s)?(?![a-z])")


@functools.cache
def _part_pattern() -> re.Pattern[str]:
    """The words before a period that name a part of it (date_words.csv): "early", "mid-" (part); "the end of",
    "the latter half of" (part_of); "the first nine months of", "the final weeks of" (part_side, a count or none)."""
    v = vocabulary()
    return re.compile(
        rf"(?:\b(?P<p>{alternation(v.spellings('part'))})(?:\s+in)?[\s-]*"
        rf"|\b(?:(?:the|at\s+the)\s+)?(?P<q>{alternation(v.spellings('part_of'))})\s+of\s+(?:the\s+)?"
        rf"|\b(?:the\s+)?(?P<side>{alternation(v.spellings('part_side'))})\s+(?:(?P<n>[\w-]+)\s+)??"
        rf"(?P<u>{_PART_UNITS})\s+of\s+(?:the\s+)?)$",
        re.I,
    )


@functools.cache
def _readers() -> list[Reader]:
    return (absolute.readers() + numeric.readers() + weekdays.readers() + relative.readers() + holidays.readers()
            + spelled.readers())


@functools.cache
def _openings() -> Openings:
    """The first four characters each reader (and the fallback, last) can start with: which to try at an offset."""
    return Openings([pattern.pattern for pattern, _ in _readers()] + [_candidate().pattern], 4)


@functools.cache
def _candidate() -> re.Pattern[str]:
    """Machine-written dates with a month name that no reader takes: "2019/aug/01", "Sep-2020-23"."""
    return compile_pattern(
        r"(?<![\w$£€])(?:\d{1,4}[./-]){1,2}@MON@(?:[./-]\d{1,4})?(?![\w])|(?<![\w])@MON@(?:[./-]\d{1,4}){2}(?![\w])"
    )


def with_story_years(unanchored: list[Mention], anchored: list[Mention]) -> list[Mention]:
    """An undated text's dates (`unanchored`), each calendar date without a year ("12 June") taken from
    `anchored` (the same text read against its story's date) instead: the year is the story's, the day
    the text's own. A weekday, "yesterday" or "last week" stays unresolved: it needs the report's own day.
    """
    by_span = {(m.start, m.end): m for m in anchored}
    out = []
    for m in unanchored:
        other = by_span.get((m.start, m.end))
        if m.date is None and other is not None and other.date is not None and _calendar_only(m.text):
            m = other
        out.append(m)
    return out


def _calendar_only(text: str) -> bool:
    """Whether a date is written with a month (or a named day) and no relative word, nor a weekday standing
    for the day ("Friday" alone needs the report's week; "Friday 12 June" does not)."""
    words = [normalise(w) for w in re.findall(r"[^\W\d_]+", text)]
    v = vocabulary()
    relative = v.kind("direction").keys() | v.kind("anchor").keys()  # "last", "next", "yesterday", "ago"
    names_month = any(w in v.months or w in v.holidays for w in words)
    with_day = any(c.isdigit() for c in text)  # "Monday, 12 June": the weekday only repeats the day
    return names_month and not any(w in relative or (w in v.weekdays and not with_day) for w in words)


def find(text: str, published: dt.date | None = None, date_order: str = DEFAULT_DATE_ORDER) -> list[Mention]:
    """Every date expression in `text`, in reading order, resolved against `published`.

    `date_order` (MDY, DMY or YMD) says how the text writes all-number dates (04/03/2025).
    """
    if not text:
        return []
    ctx = Context(text, published, date_order=date_order)
    may_open, readers = _openings(), _readers()
    lowered = ctx.lowered
    fallback_starts: list[int] = []  # where the fallback's pattern may match: it is tried once the readers are done
    hits: list[Hit] = []
    for start in _starts(ctx.text, lowered):
        for rank in may_open(lowered, start):  # most often none: no reader can start here
            if rank == len(readers):
                fallback_starts.append(start)
                continue
            pattern, read = readers[rank]
            m = pattern.match(lowered, start)
            if m is None:
                continue
            try:
                found = list(read(m, ctx))
            except (ValueError, OverflowError):
                continue  # a date beyond the calendar's years 1 to 9999
            for hit in found:
                hit.rank = rank
                hits.append(hit)
    chosen = absolute.with_relative_years(_longest(hits), ctx)
    chosen = _join_alternatives(_join_ranges(_sharing_weeks(_with_offsets(_with_parts(chosen, ctx), ctx), ctx), ctx), ctx)
    chosen = _longest(chosen + _fallback(ctx, chosen, fallback_starts))
    chosen = bounds.with_bounds(ending.with_periods_to(chosen, ctx), ctx)
    return [_mention(text, _without_article(ctx, hit)) for hit in chosen if not _before_common_era(lowered, hit.end)]


@functools.cache
def _era_before() -> re.Pattern[str]:
    """The words after a year or a century that put it before the common era ("44 BC", "the 5th century BCE")."""
    return re.compile(rf"[^\S\n]*(?:{trie_alternation(vocabulary().spellings('era_before'))})(?![a-z])")


def _before_common_era(lowered: str, end: int) -> bool:
    """Whether an era word before Christ follows the date that ends at `end`: the calendar holds no such year."""
    return end < len(lowered) and lowered[end] in " \tb" and _era_before().match(lowered, end) is not None


def _starts(text: str, lowered: str) -> list[int]:
    """Where a date expression may begin: at a head word or digits, or a few words before them.

    Trying the readers at these few places only, and there only the readers
    whose patterns can open with the characters found, rather than scanning
    the whole text with each reader, is what keeps the parser fast.
    """
    starts: set[int] = set()
    previous = 0
    head_words = (m.start() for m in _anchor().finditer(lowered))
    for at in heapq.merge(scan.digit_starts(text), head_words):
        # Words before the previous head were taken with it; each head looks back a few words only.
        before = [w.start() for w in _WORD_START.finditer(lowered, max(previous, at - 60), at + 1)]
        starts.update(before[-_WORDS_BEFORE - 1 :])
        starts.add(at)
        previous = at
    return sorted(starts)


def _longest(hits: list[Hit]) -> list[Hit]:
    """Keep the longest of overlapping hits (the earlier reader on a tie), in reading order."""
    starts: list[int] = []
    kept: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start - h.end, h.rank, h.start)):
        i = bisect.bisect_left(starts, hit.start)
        if i > 0 and kept[i - 1].end > hit.start:
            continue
        if i < len(kept) and kept[i].start < hit.end:
            continue
        starts.insert(i, hit.start)
        kept.insert(i, hit)
    return kept


def _with_parts(hits: list[Hit], ctx: Context) -> list[Hit]:
    """ "early 2023", "the end of the month", "earlier this week", "the first nine months of 2024": the part named."""
    out = []
    for hit in hits:
        grain = hit.span.grain if hit.span else hit.grain
        found = _part_pattern().search(ctx.text, max(0, hit.start - 40), hit.start) if grain in _DIVISIBLE else None
        if found is None:
            if not hit.needs_part:
                out.append(hit)
            continue
        try:
            span = _part(found, hit.span, ctx) if hit.span else None
        except (ValueError, OverflowError):
            span = None
        if hit.span and span is None:
            span = hit.span if not hit.needs_part else None
        out.append(Hit(found.start(), hit.end, span, span.grain if span else hit.grain, hit.rank))
    return out


def _part(found: re.Match[str], span: Span, ctx: Context) -> Span | None:
    """The part of `span` that the words before it name: "early", "the end of", "the first nine months of".

    With no count, the side's first or last third: "the final weeks of 2023" is late 2023.
    """
    v = vocabulary()
    if found["side"]:
        side = v.kind("part_side")[normalise(found["side"])]
        if found["n"] is None:
            return periods.part_of(span, "early" if side == "first" else "late", ctx.published)
        count = count_number(found["n"])
        if count is None:
            return None
        unit = unit_name(found["u"].removesuffix("s"))
        return periods.counted_part(span, count, unit, from_end=side != "first")
    if found["p"]:
        return periods.part_of(span, v.kind("part")[normalise(found["p"])], ctx.published)
    return periods.part_of(span, v.kind("part_of")[normalise(found["q"])], ctx.published)


@functools.cache
def _offset() -> re.Pattern[str]:
    return compile_pattern(
        r"\b(?:(?P<n>@NUM@|the)\s+(?P<u>@UNIT@)s?|(?:the\s+)?(?P<nth>@ORD@|(?<=the\s))\s*(?P<wd>@WDFULL@))"
        r"\s+(?:(?P<dir>before|after|from|on)\s+)?$"
    )


# "a quarter", "a half" before a day are a share of something ("fell by a quarter after Monday's strike"), not a
# quarter or a half year counted from the day
_ONE = frozenset({"a", "an", "one"})
_FRACTION_UNITS = frozenset({"quarter", "half"})
_SINCE = re.compile(r"\s+since\b", re.I)
# a figure, perhaps with its unit, right before "a day", "an hour": the rate it is given at ("50 litres a day")
_RATE_BEFORE = re.compile(r"\d[\d,.]*\s*(?:[^\W\d_]+\s+){0,2}$")
_RANGE_GOES_ON = re.compile(r"\s*(?:-|–|—|to|through|thru|until|till)\b", re.I)


def _with_offsets(hits: list[Hit], ctx: Context) -> list[Hit]:
    """ "three days after Easter", "a week before March 3", "two weeks from Friday", "the day after Christmas",
    "the first Monday after Easter": a day counted from another."""
    out: list[Hit] = []
    for hit in hits:
        found = None
        if hit.span and hit.span.grain == "day":
            found = _offset().search(ctx.lowered, max(0, hit.start - 40), hit.start)
        if found and found["dir"] in (None, "on"):
            found = found if _counts_on(found, hit, ctx) else None
        if found and found["dir"] == "from" and (found["wd"] or _RANGE_GOES_ON.match(ctx.text, hit.end)
                                                 or normalise(ctx.word_before(found.start())) in vocabulary().kind("stretch_lead")):
            found = None  # "two weeks from May 1 to May 14", "for three days from Monday": a stretch from the day
        if found and not found["wd"] and found["n"].lower() in _ONE and _RATE_BEFORE.search(ctx.text, max(0, found.start() - 30), found.start()):
            found = None  # "limited to 50 litres a day from Monday": a rate, no day counted from Monday
        if found and not found["wd"] and found["n"].lower() in _ONE and unit_name(found["u"]) in _FRACTION_UNITS:
            found = None  # "cut its forecast by a quarter after Sunday's storm": a share of the forecast, no stretch
        if found and found["wd"]:
            while out and out[-1].start >= found.start():
                out.pop()  # "Monday" of "the first Monday after Easter" was read alone
            out.append(_nth_weekday_from(found, hit, ctx))
            continue
        count = (1 if found["n"].lower() == "the" else count_number(found["n"])) if found else None
        if found is None or count is None:
            out.append(hit)
            continue
        sign, unit = (-1 if found["dir"] == "before" else 1), unit_name(found["u"])
        edge = hit.span.start if sign < 0 else hit.span.end
        if found["dir"] == "on" and ctx.published:  # "a week on Monday" counts from the coming Monday
            edge = periods.weekday_near(ctx.published + _ONE_DAY, edge.weekday(), future=True)
        day = periods.shift(edge, sign * count, unit)
        span = periods.day_span(day) if day else None
        if day and found["n"].lower() == "the" and unit != "day":  # "the week after Easter": the whole week
            span = Span(min(day, edge + sign * _ONE_DAY), max(day, edge + sign * _ONE_DAY), "day")
        out.append(Hit(found.start(), hit.end, span, "day", hit.rank))
    return out


def _counts_on(found: re.Match[str], hit: Hit, ctx: Context) -> bool:
    """ "a week on Monday", "a fortnight on Friday", "a week today", "two weeks tomorrow": weeks counted on from
    a weekday (after "on") or from today or tomorrow (with no word between)."""
    v = vocabulary()
    if not found["u"] or normalise(found["u"]) not in v.kind("counted_on_unit"):
        return False
    if normalise(ctx.word_before(found.start())) in v.kind("stretch_lead") or _SINCE.match(ctx.text, hit.end):
        return False  # "the strike lasted two weeks today", "it is a week today since the vote": a stretch
    written = normalise(ctx.text[hit.start : hit.end])
    if found["dir"] is None:
        return written in v.kind("counted_on_day")
    return written in v.weekdays


def _nth_weekday_from(found: re.Match[str], hit: Hit, ctx: Context) -> Hit:
    """ "the first Monday after Easter", "the Sunday before Christmas": counted from the day's edge."""
    nth = day_number(found["nth"]) if found["nth"] else 1  # "the Monday after Easter"
    weekday = vocabulary().weekdays[normalise(found["wd"])]
    after = found["dir"] == "after"
    edge = hit.span.end if after else hit.span.start
    first = (periods.weekday_near(edge + _ONE_DAY, weekday, future=True) if after
             else periods.weekday_near(edge - _ONE_DAY, weekday))
    day = first + (1 if after else -1) * (nth - 1) * 7 * _ONE_DAY if nth else None
    return Hit(found.start(), hit.end, periods.day_span(day) if day else None, "day", hit.rank)


def _lend_year(first: Hit, second: Hit) -> Hit:
    """ "June 26 to July 3, 2020": the first date takes its year from the second; so does one whose year was
    inferred to fall after the second's, itself inferred ("Nov 4 through Nov 8" in a clause about the
    future, read on Nov 7: the run under way)."""
    if first.month is None or second.span is None:
        return first
    if second.month is not None and (first.span is None or first.span.start <= second.span.start):
        return first
    year = second.span.start.year
    if (first.month, first.day or 1) > (second.span.start.month, second.span.start.day):
        year -= 1
    if first.day:
        day = periods.valid_date(year, first.month, first.day)
        span = periods.day_span(day) if day else None
    else:
        span = periods.month_span(year, first.month)
    return Hit(first.start, first.end, span, first.grain, first.rank)


def _join_ranges(hits: list[Hit], ctx: Context) -> list[Hit]:
    """ "from Feb 24 to March 3", "between 10/1/2018 and 10/7/2018": one range."""
    out: list[Hit] = []
    for hit in hits:
        if out and (joiner := _JOINER.fullmatch(ctx.text, out[-1].end, hit.start)
                    or (ctx.text[out[-1].end - 4 : out[-1].end].isdigit()
                        and _JOINER_AFTER_YEAR.fullmatch(ctx.text, out[-1].end, hit.start))):
            first = out[-1]
            word = joiner.group().strip(" \t\n,").lower()
            between = _BETWEEN.search(ctx.text, max(0, first.start - 20), first.start)
            first, hit = _lend_year(first, hit), _week_later(ctx, first, hit)
            if (word not in ("and", "&") or between) and _may_join(ctx, first, hit):
                grain = first.span.grain if first.span.grain == hit.span.grain else "day"
                out[-1] = Hit(first.start, hit.end, Span(first.span.start, hit.span.end, grain), grain, first.rank,
                              ends=periods.iso_interval(first.span, hit.span))
                continue
        out.append(hit)
    return out


_WEEKDAY_JOINER = re.compile(r"\s*(?:-|–|—|to|through|thru|until|till|and|&|or|,)\s*", re.I)


def _sharing_weeks(hits: list[Hit], ctx: Context) -> list[Hit]:
    """ "Wednesday to Friday last week", "Monday or Tuesday next week": a weekday alone before another that its
    week is written after falls in that week too."""
    weekdays = vocabulary().weekdays
    out = list(hits)
    placed = set()  # weekdays given the week of the one after them: "Monday, Tuesday and Wednesday last week"
    for i in range(len(out) - 2, -1, -1):
        first, second = out[i], out[i + 1]
        if not (first.span and second.span and first.span.grain == second.span.grain == "day"):
            continue
        if not _WEEKDAY_JOINER.fullmatch(ctx.text, first.end, second.start):
            continue
        words = ctx.lowered[second.start : second.end].split()
        if normalise(ctx.lowered[first.start : first.end]) not in weekdays or (len(words) < 2 and i + 1 not in placed):
            continue
        if normalise(words[0]) not in weekdays:
            continue  # "Monday to next Friday" names its own week
        day = second.span.start + dt.timedelta(days=first.span.start.weekday() - second.span.start.weekday())
        out[i] = Hit(first.start, first.end, periods.day_span(day), "day", first.rank)
        placed.add(i)
    return out


def _week_later(ctx: Context, first: Hit, second: Hit) -> Hit:
    """ "from Monday to Friday": a weekday that ends a range falls after the one that starts it."""
    if not (first.span and second.span) or second.span.end >= first.span.start:
        return second
    if normalise(ctx.lowered[second.start : second.end]) not in vocabulary().weekdays:
        return second
    day = periods.shift(second.span.start, 1, "week")
    return Hit(second.start, second.end, periods.day_span(day) if day else None, "day", second.rank)


def _may_join(ctx: Context, first: Hit, second: Hit) -> bool:
    """Two dates make a range when in order; days more than a year apart only when both give their year."""
    if not (first.span and second.span and first.span.start <= second.span.end):
        return False
    if (second.span.end - first.span.start).days <= 400:
        return True
    return all(_WRITTEN_YEAR.search(ctx.text, h.start, h.end) for h in (first, second))


_RELATIVE_PERIOD = re.compile(
    r"(?:(?:early|earlier|late|later|mid)[\s-]+(?:in\s+)?)?(?:this|next|last|the\s+coming)\s+(?P<u>week|month|quarter|year)",
    re.I,
)
_OR = re.compile(r"\s*,?\s*or\s+(?:the\s+)?", re.I)
_ELIDED = re.compile(r"\s*,?\s*or\s+(?:(?P<p>early|late|mid)[\s-]+)?(?P<mod>next|last)(?![ \t]*[-\w])", re.I)


def _join_alternatives(hits: list[Hit], ctx: Context) -> list[Hit]:
    """ "this week or next week", "later this month or early next": one range that holds both periods."""
    out: list[Hit] = []
    for hit in hits:
        first = out[-1] if out else None
        if first and _OR.fullmatch(ctx.text, first.end, hit.start) and _is_relative(ctx, first) and _is_relative(ctx, hit):
            out[-1] = _either(first, hit, hit.end, hit.span)
            continue
        out.append(hit)
        period = _is_relative(ctx, hit)
        elided = _ELIDED.match(ctx.text, hit.end) if period else None
        if elided is None or any(h.start < elided.end() and h.end > hit.end for h in hits):
            continue
        unit = period["u"].lower()
        anchor = periods.shift(ctx.published, STEPS[elided["mod"].lower()], unit) if ctx.published else None
        span = periods.period_span(unit, anchor) if anchor else None
        if span and elided["p"]:
            span = periods.part_of(span, vocabulary().kind("part")[normalise(elided["p"])], ctx.published)
        out[-1] = _either(hit, hit, elided.end(), span)
    return out


def _is_relative(ctx: Context, hit: Hit) -> re.Match[str] | None:
    return _RELATIVE_PERIOD.fullmatch(ctx.text, hit.start, hit.end)


def _either(first: Hit, second: Hit, end: int, second_span: Span | None) -> Hit:
    """One hit from `first` to `end`, dated from the start of one period to the end of the other."""
    if first.span is None or second_span is None:
        return Hit(first.start, end, None, first.grain, first.rank)
    grain = first.span.grain if first.span.grain == second_span.grain else "day"
    start, last = min(first.span.start, second_span.start), max(first.span.end, second_span.end)
    return Hit(first.start, end, Span(start, last, grain), grain, first.rank)


def _fallback(ctx: Context, chosen: list[Hit], starts: list[int]) -> list[Hit]:
    """Spans that look like dates and overlap no reading: dateparser's turn."""
    taken = [h.start for h in chosen]
    out = []
    candidate = _candidate()
    for start in starts:
        match = candidate.match(ctx.lowered, start)
        if match is None or (out and out[-1].end > start):
            continue
        i = bisect.bisect_right(taken, match.start())
        if (i > 0 and chosen[i - 1].end > match.start()) or (i < len(chosen) and chosen[i].start < match.end()):
            continue
        reading = dateparse.read_date(ctx.text[match.start() : match.end()], ctx.published, ctx.date_order)
        if reading is None:
            continue
        day, grain = reading
        out.append(Hit(match.start(), match.end(), _span_from(day, grain), grain, rank=len(_readers())))
    return out


def _span_from(day: dt.date, grain: str) -> Span:
    if grain == "year":
        return periods.year_span(day.year)
    if grain == "month":
        return periods.month_span(day.year, day.month)
    if grain == "week":
        return periods.week_span(day)
    return periods.day_span(day)


def _without_article(ctx: Context, hit: Hit) -> Hit:
    """Spans start at the date's own words: "end of the year", not "the end of the year"."""
    article = _ARTICLE.match(ctx.lowered, hit.start, hit.end)
    if article:
        hit.start = article.end()
    return hit


def _mention(text: str, hit: Hit) -> Mention:
    span = hit.span
    return Mention(
        kind="date",
        text=text[hit.start : hit.end],
        start=hit.start,
        end=hit.end,
        date=span.start if span else None,
        date_end=span.end if span else None,
        grain=span.grain if span else hit.grain,
        hedge=hit.hedge,
        canonical=month_and_day(hit) or hit.ends,
    )


def month_and_day(hit: Hit) -> str | None:
    """A day written without its year ("April 7") as ISO 8601 writes it: "--04-07", whether its year
    was inferred from the report's date or is unknown (an undated report).

    Two such days of one event still compare on month and day, and such a
    day compares with a dated one in that one's year.
    """
    if hit.grain != "day" or not (hit.month and hit.day):
        return None
    return f"--{hit.month:02d}-{hit.day:02d}"

