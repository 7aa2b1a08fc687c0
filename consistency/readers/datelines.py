"""A document's publication date, read from its own header or dateline.

News text often says when it was published in its first lines: "Published:
24 February 2025", "Post by: Dev Sunday on 2025-02-25 07:35", "Updated 10:32
GMT, February 25, 2025", or a wire dateline "KYIV, Feb 24 (Reuters) -". Only
the top of the text is read (a date deeper in the body is an event, not the
publication), and only dates that a cue word ("published", "updated", "by")
introduces, that open a dateline, or that stand on a short line of their own.
The cue words and their preference are ``data/dateline_cues.csv``; month names
are ``data/dateline_months.csv``. Nothing here ever falls back to today.

A dateline opens a paragraph near the top: a place, in capitals or followed
by a date or an agency, then a dash or a colon ("LISBON, March 4 (Reuters)
-", "WASHINGTON (AP) —", "Marrakesh, Sept 13 (KUNA) --", "NEW DELHI:"), with
perhaps a syndication credit before it ("(MENAFN- Kuwait News Agency
(KUNA))"). It gives the report's place and date; its date, like the
header's other dates, is not a date of the text (`header_spans`).
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import re
from dataclasses import dataclass
from importlib import resources

__all__ = ["Dateline", "dateline", "header_date", "header_spans", "parse_date"]

HEAD_CHARS = 600
_SHORT_LINE = 80  # a date alone on a line this short is a header
_HEADER_LINE = 160  # a cue word counts on a line this short, or near the start of a longer one
_CUE_NEAR_START = 20
_YEARS = range(1900, 2101)

_ANY_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_ISO_PREFIX = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")


@functools.cache
def _months() -> dict[str, int]:
    with resources.files("consistency").joinpath("data/dateline_months.csv").open(encoding="utf-8") as f:
        return {row["name"]: int(row["month"]) for row in csv.DictReader(f)}


@functools.cache
def _date_pattern() -> re.Pattern[str]:
    names = "|".join(sorted(_months(), key=len, reverse=True))
    return re.compile(
        r"(?<!\d)(?P<iy>\d{4})[-/](?P<im>\d{1,2})[-/](?P<id>\d{1,2})(?!\d)"
        rf"|\b(?P<mm>{names})\.?\s+(?P<md>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<my>\d{{4}})\b)?"
        rf"|\b(?P<dd>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dm>{names})\b\.?,?\s+(?P<dy>\d{{4}})\b",
        re.IGNORECASE,
    )


@functools.cache
def _dateline_pattern() -> re.Pattern[str]:
    months = "|".join(sorted(_months(), key=len, reverse=True))
    caps = r"[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+){0,3}"  # LISBON, NEW DELHI, ST. LOUIS
    title = r"[A-Z][^\W\d_]+(?:[ \t]+[A-Z][^\W\d_]+){0,2}"  # Marrakesh, Rio de Janeiro is rare enough to miss
    # ", Morocco", ", Calif.", ", Isle of Sorran", ", Bay of Plenty"
    region = r"(?:,[ \t]*[A-Z][\w.'’-]*(?:[ \t]+(?:(?:of|de|del|da|do|la|le)[ \t]+)?[A-Z][\w.'’-]*){0,2}){0,2}"
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    return re.compile(
        r"^[ \t]*(?:\((?:[^()\n]|\([^()\n]*\))*\)[ \t]*)?"  # a syndication credit
        rf"(?P<place>(?P<caps>{caps})|{title}){region}"
        rf"(?:,?[ \t]+(?P<date>(?i:{months})\.?[ \t]+{day}(?:,?[ \t]+\d{{4}})?|{day}[ \t]+(?i:{months})\.?(?:,?[ \t]+\d{{4}})?))?"
        r"(?:[ \t]*\((?P<agency>[^()\n]{1,40})\))?"
        r"[ \t]*(?:(?P<dash>--|[-–—])|(?P<colon>:))[ \t]+(?=\S)",
        re.MULTILINE,  # case matters: a place is capitalised; only month names may be written in any case
    )


@functools.cache
def _labels() -> frozenset[str]:
    with resources.files("consistency").joinpath("data/dateline_labels.csv").open(encoding="utf-8") as f:
        return frozenset(row["label"] for row in csv.DictReader(f))


@dataclass(frozen=True)
class Dateline:
    """A report's dateline: where it was filed and, if given, when; `start`, `end` span it in the text."""

    start: int
    end: int
    place: str
    date: dt.date | None = None
    date_span: tuple[int, int] | None = None


def dateline(text: str) -> Dateline | None:
    """The dateline that opens one of the first paragraphs of `text`, if any.

    A place in capitals needs only a dash or a colon after it ("NEW DELHI:");
    a place in ordinary case needs a date or an agency too ("Marrakesh,
    Sept 13 (KUNA) --"), so a sentence that opens with a name and a dash is
    not taken for one. A month and day without a year take the year of
    another date in the header, else the date stays unknown.
    """
    head = text[:HEAD_CHARS]
    for m in _dateline_pattern().finditer(head):
        in_caps = m.group("caps") is not None and m.group("caps").isupper()
        if m.group("place").strip().lower() in _labels():
            continue  # "BREAKING:", "UPDATE -"
        if not in_caps and not (m.group("date") or m.group("agency")):
            continue
        if m.group("colon") and not in_caps:
            continue
        when = span = None
        if m.group("date"):
            span = m.span("date")
            when = _dateline_date(head, m.group("date"))
        return Dateline(m.start("place"), m.end(), m.group("place").strip(), when, span)
    return None


def _dateline_date(head: str, written: str) -> dt.date | None:
    found = _date_pattern().search(written)
    if found is not None:
        year, month, day = _parts(found)
    else:  # "4 June": a day before its month, with no year
        day_text, month_text = written.split()[:2]
        year, month, day = None, _months()[month_text.rstrip(".").lower()], int(day_text.rstrip("stndrh"))
    if year is None:
        others = [_parts(d) for d in _date_pattern().finditer(head)]
        year = next((y for y, _, _ in others if y is not None), None)
        if year is None:
            any_year = _ANY_YEAR.search(head)
            year = int(any_year.group()) if any_year else None
    return _make_date(year, month, day)


def header_spans(text: str) -> list[tuple[int, int]]:
    """Where the header states the report's own date: a dateline's date, a dated "Published ..." line.

    These are dates of the report, not of anything it reports.
    """
    spans = []
    line_start = 0
    for line in text[:HEAD_CHARS].split("\n"):
        if len(line.strip()) <= _HEADER_LINE and not _PROSE_END.search(line):  # "By March 26th, the state had ..."
            for m in _date_pattern().finditer(line):
                if _cued(line, m):
                    spans.append((line_start + m.start(), line_start + m.end()))
        line_start += len(line) + 1
    found = dateline(text)
    if found is not None and found.date_span is not None:
        spans.append(found.date_span)
    return sorted(spans)


_PROSE_END = re.compile(r"[.!?][\"'’”)]*\s*$")  # a line that ends like a sentence is text, not a header


@functools.cache
def _cues() -> tuple[re.Pattern[str], dict[str, int]]:
    with resources.files("consistency").joinpath("data/dateline_cues.csv").open(encoding="utf-8") as f:
        ranks = {row["cue"]: int(row["rank"]) for row in csv.DictReader(f)}
    words = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in sorted(ranks, key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE), ranks


def header_date(text: str) -> dt.date | None:
    """The publication date a text states in its first lines, or None.

    A date after "published", "posted", "by" or in a dateline wins over one
    after "updated", which wins over a date alone on a short line; among
    equals, the first. A month and day without a year ("KYIV, Feb 24
    (Reuters) -") take the year of another date in the header, if any.
    """
    head = text[:HEAD_CHARS]
    candidates: list[tuple[int, int, tuple[int | None, int, int]]] = []
    position = 0
    for line in head.split("\n"):
        for m in _date_pattern().finditer(line):
            rank = _rank(line, m)
            if rank is not None:
                candidates.append((rank, position + m.start(), _parts(m)))
        position += len(line) + 1
    if not candidates:
        return None
    rank, _, (year, month, day) = min(candidates, key=lambda c: (c[0], c[1]))
    if year is None:
        year = _year_nearby(head, candidates)
    return _make_date(year, month, day)


def parse_date(value: object) -> dt.date | None:
    """A date from a metadata value: a date, a datetime, or a string holding one."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    iso = _ISO_PREFIX.match(value)
    if iso:
        return _make_date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    m = _date_pattern().search(value)
    if m is None:
        return None
    year, month, day = _parts(m)
    return _make_date(year, month, day)


def _rank(line: str, m: re.Match[str]) -> int | None:
    """How strongly the line presents this date as the publication date (lower is stronger)."""
    cue_pattern, ranks = _cues()
    cues = list(cue_pattern.finditer(line, 0, m.start()))
    if cues and (len(line.strip()) <= _HEADER_LINE or cues[-1].start() <= _CUE_NEAR_START):
        return ranks[" ".join(cues[-1].group().lower().split())]
    found = dateline(line)
    if found is not None and found.date_span is not None and found.date_span[0] <= m.start() < found.date_span[1]:
        return 0
    if len(line.strip()) <= _SHORT_LINE and (m.group("iy") or m.group("my") or m.group("dy")):
        return 2
    return None


def _cued(line: str, m: re.Match[str]) -> bool:
    """Whether a cue word ("Published", "Updated") introduces this date on its short line."""
    cue_pattern, _ = _cues()
    return any(True for _ in cue_pattern.finditer(line, 0, m.start()))


def _parts(m: re.Match[str]) -> tuple[int | None, int, int]:
    """Year (None when not given), month and day of a date match."""
    if m.group("iy"):
        return int(m.group("iy")), int(m.group("im")), int(m.group("id"))
    if m.group("mm"):
        year = int(m.group("my")) if m.group("my") else None
        return year, _months()[m.group("mm").lower()], int(m.group("md"))
    return int(m.group("dy")), _months()[m.group("dm").lower()], int(m.group("dd"))


def _year_nearby(head: str, candidates: list[tuple[int, int, tuple[int | None, int, int]]]) -> int | None:
    """The year of another dated candidate in the header, else any year written there."""
    for _, _, (year, _, _) in sorted(candidates, key=lambda c: (c[0], c[1])):
        if year is not None:
            return year
    found = _ANY_YEAR.search(head)
    return int(found.group()) if found else None


def _make_date(year: int | None, month: int, day: int) -> dt.date | None:
    if year is None or year not in _YEARS:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
