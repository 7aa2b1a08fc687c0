"""Readers of calendar dates: numeric forms, month names, years, decades, quarters.

A date without its year ("Feb 24", "in June") takes the year nearest
sensible to the publication date (periods.pick_year) and stays unresolved in
an undated document.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from . import periods
from .hits import (
    Context,
    Hit,
    Reader,
    compile_pattern,
    day_in_words,
    day_number,
    full_year,
    is_capitalised,
    month_number,
    word_sense_lowercase,
)
from .periods import Span
from .spelled import year_in_words
from .vocabulary import alternation, normalise, vocabulary

__all__ = ["readers", "with_relative_years"]

NOT_AFTER = r"(?<![\w$£€¥#.,/-])"  # not inside a number, an amount or an identifier
_NOT_BEFORE = r"(?![\w%]|[.,]\d|[/-]\w|\s*(?:%|percent\b|per\s+cent\b))"
# a dash after a day's year may open the second date of a range: "Dec. 28, 2023-Jan. 3, 2024"
_TAIL_NOT_BEFORE = r"(?![\w%]|[.,]\d|[/-](?!(?:\d{1,2}\s+)?@MON@[\s.])\w|\s*(?:%|percent\b|per\s+cent\b))"

_MACHINE_AFTER = r"(?<![\w$£€¥#.,/])"  # a file name may put a dash before a date: report-2002-10-09
_ISO = _MACHINE_AFTER + (
    r"(?P<y>\d{4})(?P<s>[-/.])(?P<m>\d{1,2})[-/.](?P<d>\d{1,2})"
    r"(?:(?:t|\s+)\d{1,2}:\d\d(?::\d\d(?:\.\d+)?)?(?:z|[+-]\d\d:?\d\d)?)?(?!\d|[./-]\d)"
)
_COMPACT = _MACHINE_AFTER + r"(?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])" + _NOT_BEFORE
_YEAR_MONTH = NOT_AFTER + r"(?P<y>(?:1[89]|20)\d\d)\s?(?P<s>[/-])\s?(?P<m>1[0-2]|0?[1-9])(?!\d|[./-]\d)"
_MONTH_SLASH_YEAR = NOT_AFTER + r"(?P<m>1[0-2]|0?[1-9])\s?/\s?(?P<y>(?:1[89]|20)\d\d)(?!\d|[./-]\d)"

RUN_JOINER = r"\s*(?:-|–|—|to|through|thru|till|until|and)\s*"
_YEAR_TAIL = r"(?:\s*,?\s*(?:of\s+|in\s+)?(?:[-/.]\s*)?(?P<y>\d{4}|['’]\d\d|(?<=of\s)\d\d|(?<=[a-z][-/.])\d\d)" + _TAIL_NOT_BEFORE + ")?"
_DAY_MONTH = (
    r"(?<![\w$£€.,/])(?<![$£€]\s)(?:(?P<wd>@WD@),?\s+)?(?:the\s+)?"
    r"(?:(?P<d>@DAY@)(?:" + RUN_JOINER + r"(?:the\s+)?(?P<d2>@DAY@))?(?:\s*of\s+|\.\s*|[-/]|\s*)|(?P<dw>@ORD@)\s+of\s+)"
    r"(?P<m>@MON@)" + _YEAR_TAIL
)
_MONTH_DAY = (
    r"(?<![\w$£€/])(?<![^\d\s]-)(?:(?P<wd>@WD@),?\s+)?(?P<m>@MON@)(?:\s*,\s*|[-/]|\s*)(?:the\s+)?"
    r"(?:(?P<d>@DAY@)|(?P<dw>@ORD@)|(?P<dc>@DAYWORD@)(?=\s*(?:[.,;:!?)]|$|(?:19|20)\d\d(?!\d))))"
    r"(?![\w]|,\d{3}(?!\d))"  # not "in March 4,700 jobs were lost": a figure in thousands
    r"(?:" + RUN_JOINER + r"(?P<d2>@DAY@)(?![\w]))?" + _YEAR_TAIL
)
# "from 4 to January 22, 1995": the first day takes its month from the second
_DAY_TO_MONTH_DAY = (
    r"\b(?P<cue>from|between)\s+(?:the\s+)?(?P<d>@DAY@)" + RUN_JOINER + r"(?:the\s+)?(?P<m>@MON@)\s*(?P<d2>@DAY@)(?![\w])"
    + _YEAR_TAIL
)
# "the January-March quarter", "April to June": two capitalised months, the year from publication
_MONTHS = r"(?<![\w$£€-])(?P<m>@MON@)\s*(?:-|–|to|through)\s*(?P<m2>@MON@)(?![\w-])(?!\s*,?\s*(?:of\s+|in\s+)?\d)"
_MONTH_YEAR = r"(?<![\w$£€])(?P<m>@MON@)(?:\s*,?\s*(?:of\s+|in\s+)?|[-/])(?P<y>\d{4}|['’]\d\d)" + _NOT_BEFORE  # "Jun-2023"
# "January-March 2024", "the April-June quarter of 2023", "the July-September period of 2022": a run of months
# and its year
_MONTHS_YEAR = (
    r"(?<![\w$£€])(?P<m>@MON@)" + RUN_JOINER + r"(?P<m2>@MON@)(?:[\s-]+(?:@PERIODUNIT@|@SPANNOUN@))?\s*,?\s*(?:of\s+|in\s+)?(?P<y>\d{4})"
    + _NOT_BEFORE
)
_YEAR_THEN_MONTH = NOT_AFTER + r"(?P<y>(?:1[89]|20)\d\d)\s+(?P<m>@MON@)"
_BARE_MONTH = (
    r"\b(?P<pre>in|since|by|from|during|until|till|through|throughout|before|after|last|next|this|"
    r"early|late|mid|of|between|and|or|to)(?:\s+|(?<=mid)-)(?P<m>@MON@)"
)
# "March after next", "May before last": the month a year beyond the next or the last one
_MONTH_TWO_AWAY = r"(?<![\w$£€-])(?P<m>@MON@)\s+(?P<two>after\s+next|before\s+last)\b"
# Prepositions after which a month that is also a word or a name ("May") is still the month.
_SAFE_BEFORE_NAME = {"in", "since", "until", "till", "during", "through", "throughout", "last", "next", "this",
                     "early", "late", "mid", "between", "and", "or", "to"}
_DAY_OF = re.compile(r"\bof\s+$")
_POSSESSIVE = re.compile(r"['’]s\b")
_DAY_OF_MONTH_BEFORE = compile_pattern(r"(?<![\w])@MON@\s*$")  # "May 30-June 2": a month owns the day after it
_UNITS_TO = re.compile(r"\b(?:week|month|quarter|year)s?\s+$")  # "the 12 months to March"
_MONTH_JUST_BEFORE = compile_pattern(r"@MON@(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s*(?:and|or|to|-|–)?\s*$")

_YEAR_CUED = r"\b(?P<cue>@CUE@|early|late|mid)(?:\s+|(?:(?<=mid)|(?<=early)|(?<=late))-)(?:the\s+(?:year\s+)?)?(?P<y>@YEAR@|['’]\d\d)" + _NOT_BEFORE
_YEAR_OF = r"\b(?P<cue>@OFCUE@)\s+of\s+(?P<y>@YEAR@)" + _NOT_BEFORE
_YEAR_DETERMINED = r"\b(?P<cue>@DET@)\s+(?P<y>(?:1[89]|20)\d\d)(?=\s+[a-z])(?!\s+(?:percent|per\s+cent|to|and|or)\b)"
# "2023 was the hottest year on record", 'According to IGN, 1994 "was the year of ...': a year that is the
# subject of its clause, at its start
_YEAR_SUBJECT = r"(?:^|(?<=[.,;:]\s)|(?<=\bthat\s)|(?<=\bsaid\s)|(?<=\bsays\s))(?P<y>(?:1[89]|20)\d\d)\s+[\"“]?(?:was|is|had\s+been|has\s+been)\b"
# "compare this week to 1988, when seven people died": a year a clause of "when" tells what happened in
_YEAR_WHEN = NOT_AFTER + r"(?P<y>(?:1[89]|20)\d\d),\s+(?=when\b)"
# "Titanic (1997)", "Scream 4 (2011)": a work's year in parentheses right after its name
_YEAR_TITLED = r"(?<=[\w'’!?]\s\()(?P<y>(?:1[89]|20)\d\d)(?=\))"
_YEAR_POSSESSIVE = NOT_AFTER + r"(?<!\bthe\s)(?P<y>(?:1[89]|20)\d\d)['’]s\b"
_YEAR_MORE = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?P<y>(?:1[5-9]|20)\d\d)(?![\w%]|[.,]\d)")
_YEAR_RANGE = (
    NOT_AFTER + r"(?:(?P<cue>from|between)\s+)?(?P<y>(?:1[5-9]|20)\d\d)\s*(?P<sep>-|–|—|/|to|through|until|till|and)\s*"
    r"(?P<y2>(?:1[5-9]|20)\d\d|['’]?\d\d)" + _NOT_BEFORE  # "2008 and '09"
)
# "the 80s", "the late 80s", "the sixties": not "in his late 80s" (an age)
_AFTER_THE = r"(?:(?<=\bthe\s)|(?<=\bthe\searly\s)|(?<=\bthe\smid\s)|(?<=\bthe\smid-)|(?<=\bthe\slate\s))"
_DECADE = (
    r"(?:(?<=mid-)|" + NOT_AFTER + r")(?P<y>(?:1\d|20)\d0)s(?![\w])|(?<=\bthe\s)(?P<y4>(?:1\d|20)\d0)['’]s(?![\w])"
    r"|(?:" + _AFTER_THE + r"['’]?|['’])(?P<yy>[1-9]0)s(?![\w])|" + _AFTER_THE + r"(?P<dw>@DECADE@)(?![\w])"
)
_CENTURY = r"\b(?P<c>\d{1,2}(?:st|nd|rd|th)|@ORD@)[\s-]+century\b"
_QUARTER = (
    r"(?<![\w$£€])(?:(?P<y1>(?:19|20)\d\d)\s*[-/ ]?\s*)?q(?P<q>[1-4])(?![\w])"
    r"(?:\s*[-/,]?\s*(?:of\s+)?(?P<y2>(?:19|20)\d\d|['’]\d\d)(?!\d)|\s+(?:of\s+)?(?P<yrel>this|last|next)\s+year)?"
    r"|(?<![\w])(?P<yy>\d\d)q(?P<qq>[1-4])\b"
    r"|(?<![\w$£€.,])(?P<qn>[1-4])q\s?(?P<y3>(?:19|20)\d\d|['’]?\d\d)(?![\w%]|[.,]\d)"  # "4Q24", "3Q 2023"
)
_QUARTER_WORDS = (
    r"\b(?:(?P<y0>(?:19|20)\d\d)\s+)?(?P<o>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+(?:(?:fiscal|financial|calendar)\s+)?"
    r"(?:quarter|qtr)\b(?:\s*(?:of\s+|,\s*)?(?:(?:the\s+)?(?:fiscal\s+|financial\s+)?(?P<y>(?:19|20)\d\d)(?!\d)"
    r"|(?P<yrel>this|last|next|the|current)\s+(?:fiscal\s+|financial\s+)?year))?"
)
# "the March quarter", "the December 2023 quarter": a calendar quarter named by the month that ends it
_QUARTER_BY_MONTH = (
    r"\bthe\s+(?P<m>@MON@)(?:\s+(?P<y0>(?:19|20)\d\d))?[\s-]+quarter\b"
    r"(?:\s*(?:of\s+|,\s*)(?:(?P<y>(?:19|20)\d\d)(?!\d)|(?P<yrel>this|last|next|the|current)\s+year))?"
)
# "Q1-Q3 2023", "Q2 and Q3 2023": a run of quarters that shares its year
_QUARTERS_YEAR = (
    r"(?<![\w$£€])q(?P<q>[1-4])" + RUN_JOINER + r"q(?P<q2>[1-4])\s*[-/,]?\s*(?:of\s+)?(?P<y>(?:19|20)\d\d|['’]\d\d)(?![\w%]|[.,]\d)"
)
# "FY2024", "FY24", "FY 2023-24": a fiscal year, known to the year (each body's fiscal calendar differs)
_FISCAL = (
    r"(?<![\w$£€])(?:@FY@)[\s-]?['’]?(?P<y>(?:19|20)\d\d|\d\d)(?:\s*[-/–]\s*(?P<y2>(?:19|20)\d\d|\d\d))?"
    r"(?![\w%]|[.,]\d)"
)
_NAME_AFTER = re.compile(r"[^\S\n]+[A-Z][a-z]")
_HALF = (
    r"(?<![\w])(?:(?P<y1>(?:19|20)\d\d)\s*-?\s*)?h(?P<h>[12])(?:\s*[-/,]?\s*(?:of\s+)?(?P<y2>(?:19|20)\d\d))?(?![\w])"
    r"|(?<![\w$£€.,])(?P<hn>[12])h\s?(?P<y3>(?:19|20)\d\d|['’]?\d\d)(?![\w%]|[.,]\d)"  # "1H 2024", "2H24", as "4Q24"
)
_QUARTER_LEADS = {"in", "during", "for", "the", "by", "since", "of", "this", "last", "next", "until", "before", "after",
                  "fiscal", "financial", "calendar"}
_ORDINAL_QUARTERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
                     "final": 4, "last": 4}
_YEAR_STEP = {"this": 0, "the": 0, "current": 0, "last": -1, "next": 1}


def _day_hit(m: re.Match[str], ctx: Context, start: int, month: int, day: int, day2: int | None,
             year: str | None) -> Iterator[Hit]:
    """A day (or a run of days in one month), its year given or inferred."""
    last = None
    if year:
        first = periods.valid_date(full_year(year, ctx.published), month, day)
        guessed = False
    else:
        first, last = (periods.run_in_year(month, day, month, day2 or day, ctx.published, ctx.lean(start))
                       if ctx.published else (None, None))
        guessed = True
    if not 1 <= day <= 31 or (year and first is None):
        return
    span = None
    if first is not None:
        last = last or (periods.valid_date(first.year, month, day2) if day2 else first)
        if last is None or last < first:
            return
        span = Span(first, last, "day")
    # a run of days with no year ("April 7-9") keeps no single month and day to be compared by
    day_kept = day if span is not None or day2 is None else None
    yield Hit(start, m.end(), span, "day", month=month if guessed else None, day=day_kept)


def _read_month_and_day(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    if m["d"] and m.start("d") < m.start("m") and _DAY_OF_MONTH_BEFORE.search(ctx.lowered, max(0, m.start() - 16), m.start()):
        return  # "May 30-June 2": the 30 is May's, and June's day follows it
    glued = m.end("m") == m.start("d") or m.start("m") == m.end("d")  # "mar3", "14april"
    day_of = _DAY_OF.search(ctx.lowered, m.start(), m.start("m"))  # "the 1st of march"
    ordinal = m["d"] and not m["d"].isdigit()  # "march 3rd"; not "we may first need"
    if word_sense_lowercase(ctx.written(m, "m")) and not (m["y"] or glued or day_of or ordinal):
        return  # "they may 2 ..."
    if (m["dw"] and not m["y"] and _POSSESSIVE.match(ctx.text, m.end("m"))
            and normalise(m["m"]) in vocabulary().word_sense_months):
        return  # "the second of May's ministers": a rank among a name's
    day = day_number(m["d"] or m["dw"]) if not m.groupdict().get("dc") else day_in_words(m["dc"])
    day2 = day_number(m["d2"]) if m["d2"] else None
    if day is not None:
        yield from _day_hit(m, ctx, m.start(), month_number(m["m"]), day, day2, m["y"])


def _read_day_to_month_day(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    if m["cue"] == "from" and re.search(r"\band\b", ctx.lowered[m.end("d") : m.start("m")]):
        return  # "from 4 and ..." joins no run of days
    if word_sense_lowercase(ctx.written(m, "m")) and not m["y"]:
        return
    day, last = day_number(m["d"]), day_number(m["d2"])
    if day is not None and last is not None:
        yield from _day_hit(m, ctx, m.start("d"), month_number(m["m"]), day, last, m["y"])


def _read_iso(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    if m.groupdict().get("s") and ctx.lowered[m.end("m")] != m["s"]:
        return  # 2025-02/25 mixes separators
    day = periods.valid_date(int(m["y"]), int(m["m"]), int(m["d"]))
    if day and 1000 <= day.year <= 2999:
        yield Hit(m.start(), m.end(), periods.day_span(day), "day")


def _read_year_month(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    year, month = int(m["y"]), int(m["m"])
    if m.groupdict().get("s") == "-" and (len(m["m"]) < 2 or month == (year + 1) % 100):
        return  # "2010-11" is a season or a fiscal year
    yield Hit(m.start(), m.end(), periods.month_span(year, month), "month")


def _month_hit(m: re.Match[str], ctx: Context, start: int, month: int, lean: str) -> Hit:
    first = periods.pick_year(month, None, ctx.published, lean) if ctx.published else None
    span = periods.month_span(first.year, month) if first else None
    return Hit(start, m.end(), span, "month", month=month)


def _read_month_year(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    year = full_year(m["y"], ctx.published)
    span = periods.month_span(year, month_number(m["m"]))
    if m.groupdict().get("m2"):
        last = month_number(m["m2"])
        first_year = year - 1 if month_number(m["m"]) > last else year
        span = Span(periods.month_span(first_year, month_number(m["m"])).start, periods.month_span(year, last).end,
                    "month")
    yield Hit(m.start(), m.end(), span, "month")


def _read_months(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    """ "January-March", "April to June": the latest such run that has begun by publication (or the next one
    in a clause about the future)."""
    if not (is_capitalised(ctx.written(m, "m")) and is_capitalised(ctx.written(m, "m2"))):
        return  # "may to march" are more likely words than months
    first_month, last_month = month_number(m["m"]), month_number(m["m2"])
    span = None
    if ctx.published:
        first = periods.pick_year(first_month, None, ctx.published, ctx.lean(m.start()))
        if first:
            last_year = first.year + (1 if last_month < first_month else 0)
            span = Span(first, periods.month_span(last_year, last_month).end, "month")
    yield Hit(m.start(), m.end(), span, "month")


def _read_year_then_month(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    if normalise(m["m"]) not in vocabulary().word_sense_months:
        yield Hit(m.start(), m.end(), periods.month_span(int(m["y"]), month_number(m["m"])), "month")


@functools.cache
def _part_of() -> re.Pattern[str]:
    """The words before "of" that make a month named after it the month: "the end of March", "the latter half
    of May", "the final days of May" (date_words.csv part_of, and the units a part is counted in)."""
    words = {spelling.split()[-1] for spelling in vocabulary().spellings("part_of")}
    return re.compile(rf"\b(?:{alternation(words)}|days|weeks|months|month)\s+$")


def _read_bare_month(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    """ "in June", "last May", "since March": a month named alone needs a word that makes it one."""
    pre, word = m["pre"], ctx.written(m, "m")
    sensed = normalise(word) in vocabulary().word_sense_months
    part_of = pre == "of" and _part_of().search(ctx.lowered, max(0, m.start() - 20), m.start())
    if sensed and not (part_of and (is_capitalised(word) or pre == "of")):
        if pre not in _SAFE_BEFORE_NAME or (not is_capitalised(word) and not _lower_case_month_after(ctx, m)):
            return  # "criticised by May", "the march of", "an early march"
    if normalise(word) in vocabulary().month_abbreviations and not is_capitalised(word):
        return  # "in jan" is more likely a name or a typo than a month
    if pre in ("and", "or", "to") and not _MONTH_JUST_BEFORE.search(ctx.lowered, max(0, m.start() - 30), m.start()):
        if not (pre == "to" and _UNITS_TO.search(ctx.lowered, max(0, m.start() - 20), m.start())):
            return  # "the year to March" ends a period (dates.ending)
    modifier = pre in ("last", "next", "this")
    lean = {"last": "last", "next": "next", "this": "this"}.get(pre, "") or ctx.lean(m.start())
    yield _month_hit(m, ctx, m.start() if modifier else m.start("m"), month_number(word), lean)


def _read_month_two_away(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    word = ctx.written(m, "m")
    if not is_capitalised(word):
        return  # "may after next" is more likely a verb
    month, ahead = month_number(word), m["two"].startswith("after")
    one_away = periods.pick_year(month, None, ctx.published, "next" if ahead else "last") if ctx.published else None
    span = periods.month_span(one_away.year + (1 if ahead else -1), month) if one_away else None
    yield Hit(m.start(), m.end(), span, "month", month=month)


def _lower_case_month_after(ctx: Context, m: re.Match[str]) -> bool:
    """A month name that is also a word, in lower case, is the month after "in" and after a part of it
    ("mid march", "late may"), unless an article makes that a noun phrase ("an early march")."""
    if m["pre"] == "in":
        return True
    return m["pre"] in ("early", "mid", "late") and normalise(ctx.word_before(m.start())) not in ("a", "an", "the")


def _read_cued_year(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    if m["y"][0] in "'’" and ctx.text[m.end() : m.end() + 1] in "'’":
        return  # "'98'" is a quotation, not a year
    yield Hit(m.start("y"), m.end("y"), periods.year_span(full_year(m["y"], ctx.published)), "year")
    pos = m.end()
    while follow := _YEAR_MORE.match(ctx.lowered, pos):
        yield Hit(follow.start("y"), follow.end("y"), periods.year_span(int(follow["y"])), "year")
        pos = follow.end()


def _read_year(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    yield Hit(m.start("y"), m.end("y"), periods.year_span(int(m["y"])), "year")


_NAME_END = re.compile(r"(?:[A-Z0-9][\w'’]*|[\w'’]*\d)[!?]?\s$")


def _read_titled_year(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    """A year in parentheses after a name ("Titanic (1997)"), not after a plain word ("the film (1997)")."""
    if _NAME_END.search(ctx.text, max(0, m.start() - 40), m.start() - 1):
        yield Hit(m.start("y"), m.end("y"), periods.year_span(int(m["y"])), "year")


def _read_year_range(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    first, written = int(m["y"]), m["y2"].lstrip("'’")
    last = first - first % 100 + int(written) if len(written) == 2 else int(written)
    if m["sep"].lower() == "and" and (m["cue"] or "").lower() != "between":
        return
    if last == first + 1 and len(written) == 2 and m["sep"] in ("-", "–", "/"):
        # "in 2026-27", "the 2025/26 season": one year split across two
        yield Hit(m.start("y"), m.end(), periods.split_year_span(first), "year")
        return
    if first < last <= first + 100:
        start = m.start("y")
        ends = periods.year_span(first), periods.year_span(last)
        yield Hit(start, m.end(), Span(ends[0].start, ends[1].end, "year"), "year", ends=periods.iso_interval(*ends))


def _read_decade(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    if m["y"] or m["y4"]:
        year = int(m["y"] or m["y4"])
        span = periods.century_span(year) if year % 100 == 0 and year < 2000 else periods.decade_span(year)
    else:
        year = 2000 + int(m["yy"] or vocabulary().kind("decade")[normalise(m["dw"])])
        if not ctx.published or year > ctx.published.year:
            year -= 100
        span = periods.decade_span(year)
    yield Hit(m.start(), m.end(), span, span.grain)


def _read_century(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    number = day_number(m["c"])
    if number and 1 <= number <= 22:
        yield Hit(m.start(), m.end(), periods.century_span((number - 1) * 100), "century")


def _quarter_hit(m: re.Match[str], ctx: Context, quarter: int, year: int | None, step: str | None) -> Iterator[Hit]:
    if year is None and step is not None and ctx.published:
        year = ctx.published.year + _YEAR_STEP[step.lower()]
    if year is None and ctx.published:
        lean = ctx.lean(m.start())
        options = [periods.quarter_span(y, quarter) for y in (ctx.published.year - 1, ctx.published.year,
                                                              ctx.published.year + 1)]
        if lean == "future":
            year = min(s.start.year for s in options if s.end >= ctx.published)
        else:
            year = max(s.start.year for s in options if s.start <= ctx.published)
    yield Hit(m.start(), m.end(), periods.quarter_span(year, quarter) if year else None, "quarter")


def _read_quarter(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    if m["qq"]:
        yield from _quarter_hit(m, ctx, int(m["qq"]), 2000 + int(m["yy"]), None)
        return
    if m["qn"]:
        yield from _quarter_hit(m, ctx, int(m["qn"]), full_year(m["y3"], ctx.published), None)
        return
    written = m["y1"] or m["y2"]
    if not written and not m["yrel"] and ctx.word_before(m.start()).lower() not in _QUARTER_LEADS:
        return  # "Audi Q3" is a car
    year = full_year(written, ctx.published) if written else None
    yield from _quarter_hit(m, ctx, int(m["q"]), year, m["yrel"])


def _read_quarter_words(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    if m["o"].lower() == "last" and not (m["y"] or m["y0"] or m["yrel"]):
        return  # "last quarter" is the previous one: a relative period
    year = int(m["y"] or m["y0"]) if (m["y"] or m["y0"]) else None
    yield from _quarter_hit(m, ctx, _ORDINAL_QUARTERS[m["o"].lower()], year, m["yrel"])


def _read_quarter_by_month(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    month = month_number(m["m"])
    if month % 3:
        return  # "the May quarter" ends no calendar quarter
    year = int(m["y"] or m["y0"]) if (m["y"] or m["y0"]) else None
    yield from _quarter_hit(m, ctx, month // 3, year, m["yrel"])


def _read_quarters_year(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    first, last, year = int(m["q"]), int(m["q2"]), full_year(m["y"], ctx.published)
    if first < last:
        span = Span(periods.quarter_span(year, first).start, periods.quarter_span(year, last).end, "quarter")
        yield Hit(m.start(), m.end(), span, "quarter")


def _read_fiscal(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    if _NAME_AFTER.match(ctx.text, m.end()):
        return  # "FY24 Holdings" is a name
    first = full_year(m["y"], ctx.published)
    last = first
    if m["y2"]:
        last = full_year(m["y2"], ctx.published) if len(m["y2"]) == 4 else first - first % 100 + int(m["y2"])
        if last != first + 1:
            return  # "FY2023-25" is no one fiscal year
    span = periods.split_year_span(first) if last == first + 1 else periods.year_span(first)
    yield Hit(m.start(), m.end(), span, "year")


def _read_half(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    if m["hn"]:
        if ctx.text[m.end("hn")] == "H":  # "2H24"; a lower-case "2h" is two hours
            yield Hit(m.start(), m.end(), periods.half_span(full_year(m["y3"], ctx.published), int(m["hn"])), "half")
        return
    written = m["y1"] or m["y2"]
    if written and ctx.text[m.start("h") - 1] == "H":  # "H1 2024"; a lower-case h1 is a heading or a visa
        yield Hit(m.start(), m.end(), periods.half_span(int(written), int(m["h"])), "half")


_OF_YEAR = re.compile(r"\s+(?:of\s+)?")
_RELATIVE_YEAR = re.compile(r"(?:last|this|next|current)\s+year")
_COMMA = re.compile(r"\s*,?\s+(?:of\s+)?")  # "March fifth, nineteen ninety", "May of nineteen eighty-four"


def with_relative_years(hits: list[Hit], ctx: Context) -> list[Hit]:
    """ "Nov. 5 last year", "in March of next year": a date without its year takes the year named after it."""
    out: list[Hit] = []
    for hit in hits:
        first = out[-1] if out else None
        spelled_year = (hit.grain == "year" and _COMMA.fullmatch(ctx.lowered, first.end, hit.start) is not None
                        and year_in_words(ctx.lowered[hit.start : hit.end]) is not None) if first else False
        if (first is not None and first.month is not None
                and (spelled_year or (_OF_YEAR.fullmatch(ctx.lowered, first.end, hit.start)
                                      and _RELATIVE_YEAR.fullmatch(ctx.lowered, hit.start, hit.end)))):
            out[-1] = Hit(first.start, hit.end, _in_year(first, hit.span.start.year) if hit.span else None, first.grain,
                          first.rank)
            continue
        out.append(hit)
    return out


def _in_year(hit: Hit, year: int) -> Span | None:
    """`hit`'s days or month, moved into `year`."""
    if hit.day is None:
        return periods.month_span(year, hit.month)
    first = periods.valid_date(year, hit.month, hit.day)
    last = periods.valid_date(year, hit.span.end.month, hit.span.end.day) if hit.span else first
    return Span(first, last, "day") if first and last else None


def readers() -> list[Reader]:
    table = [
        (_ISO, _read_iso), (_COMPACT, _read_iso),
        (_YEAR_MONTH, _read_year_month), (_MONTH_SLASH_YEAR, _read_year_month),
        (_DAY_MONTH, _read_month_and_day), (_MONTH_DAY, _read_month_and_day),
        (_DAY_TO_MONTH_DAY, _read_day_to_month_day), (_MONTHS_YEAR, _read_month_year),
        (_MONTHS, _read_months),
        (_MONTH_YEAR, _read_month_year), (_YEAR_THEN_MONTH, _read_year_then_month), (_BARE_MONTH, _read_bare_month),
        (_MONTH_TWO_AWAY, _read_month_two_away),
        (_YEAR_RANGE, _read_year_range), (_YEAR_CUED, _read_cued_year), (_YEAR_OF, _read_year),
        (_YEAR_DETERMINED, _read_year), (_YEAR_TITLED, _read_titled_year), (_YEAR_SUBJECT, _read_year), (_YEAR_WHEN, _read_year), (_YEAR_POSSESSIVE, _read_year), (_DECADE, _read_decade),
        (_CENTURY, _read_century), (_QUARTER, _read_quarter), (_QUARTERS_YEAR, _read_quarters_year), (_QUARTER_WORDS, _read_quarter_words), (_QUARTER_BY_MONTH, _read_quarter_by_month),
        (_HALF, _read_half), (_FISCAL, _read_fiscal),
    ]
    return [(compile_pattern(pattern), handler) for pattern, handler in table]
