"""Years written in words: "two thousand and twenty", "nineteen ninety-nine", "twenty twenty-four".

The words and their values are the figures parser's (number_words.csv,
scales.csv); "oh" of "nineteen oh five" is date_words.csv's. A year in words
is a date after a cue that leaves no other reading ("in", "since", "until":
date_words.csv's `spelled_year_cue`) and when no noun follows ("in two
thousand and twenty stores" is a count), or right after a holiday's name
("Easter two thousand ten"). "Two thousand" or "fifteen hundred" alone is a
count: it is never read as a year.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from ...terms import stopwords
from ..figures.vocabulary import vocabulary as number_vocabulary
from . import periods
from .hits import Context, Hit, Reader, compile_pattern
from .vocabulary import alternation, vocabulary

__all__ = ["heads", "pattern", "readers", "year_in_words"]

_FIRST_YEAR, _LAST_YEAR = 1000, 2199  # the years a spelled year may name
_WORD = re.compile(r"[a-z]+")
_NEXT_WORD = re.compile(r"[^\S\n]+([A-Za-z]+)")


@functools.cache
def _values() -> dict[str, tuple[str, int]]:
    """Number word -> (role, value) for the roles a year is spelled with."""
    out = {w: (info.role, int(info.value)) for w, info in number_vocabulary().words.items()
           if info.role in ("digit", "teen", "tens", "hundred", "and") or (info.role == "scale" and info.value == 1000)}
    out.update({w: ("zero", 0) for w in vocabulary().kind("year_zero")})
    return out


def _words(*roles: str, low: int = 1, high: int = 99) -> list[str]:
    return [w for w, (role, value) in _values().items() if role in roles and low <= value <= high]


def heads() -> set[str]:
    """The words every spelled year holds one of: the head words that wake the date readers."""
    return set(_words("teen", "tens", low=11, high=20)) | set(_words("scale", low=1000, high=1000))


@functools.cache
def pattern() -> str:
    """The regex of a year in words (lower case), for a reader's pattern."""
    digit, teen, tens = alternation(_words("digit")), alternation(_words("teen")), alternation(_words("tens"))
    small = rf"(?:(?:{tens})(?:[\s-]+(?:{digit}))?|(?:{teen})|(?:{digit}))(?![a-z])"
    pair = rf"(?:(?:{tens})(?:[\s-]+(?:{digit}))?|(?:{teen}))(?![a-z])"  # 10 to 99
    thousand = alternation(_words("scale", low=1000, high=1000))
    hundred = alternation(_words("hundred", low=100, high=100))
    conjunction = alternation(_words("and", low=0, high=0))
    zero = alternation(_words("zero", low=0, high=0))
    first = alternation(_words("teen", "tens", low=11, high=20))
    return (
        rf"(?:(?:{digit})\s+(?:{thousand})\s+(?:(?:{conjunction})\s+)?{small}"
        rf"|(?:{first})(?:\s+(?:{hundred})\s+(?:(?:{conjunction})\s+)?{small}|[\s-]+(?:{zero})[\s-]+(?:{digit})(?![a-z])"
        rf"|[\s-]+{pair}))"
    )


def year_in_words(text: str) -> int | None:
    """The year a spelled year names, or None: "two thousand and twenty" -> 2020."""
    values = _values()
    tokens = [(w, *values[w]) for w in _WORD.findall(text.lower()) if w in values and values[w][0] != "and"]
    if len(tokens) < 2:
        return None
    roles = [role for _, role, _ in tokens]
    if "scale" in roles:
        at = roles.index("scale")
        year = sum(v for _, _, v in tokens[:at]) * 1000 + sum(v for _, _, v in tokens[at + 1 :])
    else:
        rest = [(role, v) for _, role, v in tokens[1:] if role not in ("hundred", "zero")]
        year = tokens[0][2] * 100 + sum(v for _, v in rest)
    return year if _FIRST_YEAR <= year <= _LAST_YEAR else None


def _read_cued(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    after = _NEXT_WORD.match(ctx.text, m.end())
    if after and after[1].lower() not in stopwords():
        return  # "in two thousand and twenty stores": a count of what follows
    year = year_in_words(m["yw"])
    if year is not None:
        yield Hit(m.start("yw"), m.end("yw"), periods.year_span(year), "year")


def _read_after_date(m: re.Match[str], ctx: Context) -> Iterator[Hit]:
    """ "March fifth, nineteen ninety": the year of the day or month before it (joined by the date readers)."""
    year = year_in_words(m["yw"])
    if year is not None:
        yield Hit(m.start("yw"), m.end("yw"), periods.year_span(year), "year")


def readers() -> list[Reader]:
    cues = alternation(vocabulary().spellings("spelled_year_cue"))
    cued = rf"\b(?P<cue>{cues})\s+(?:the\s+year\s+)?(?P<yw>{pattern()})(?![\w-])"
    # "in the year two thousand": after "the year", a round thousand is a year too
    named = rf"\b(?P<cue>{cues})\s+the\s+year\s+(?P<yw>{_round_thousand()})(?![\w-])"
    # a year in words after a month or a day of the month: "March fifth, nineteen ninety", "June nineteen ninety"
    dated = rf"(?:(?<![a-z])@MON@\.?|@ORD@|(?<![\d.,])\d{{1,2}}(?:st|nd|rd|th))\s*,?\s+(?:of\s+)?(?P<yw>{pattern()})(?![\w-])"
    return [(compile_pattern(cued), _read_cued), (compile_pattern(named), _read_cued),
            (compile_pattern(dated), _read_after_date)]


def _round_thousand() -> str:
    return rf"(?:{alternation(_words('digit'))})\s+(?:{alternation(_words('scale', low=1000, high=1000))})"
