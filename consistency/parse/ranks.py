"""Ranks: "the fourth highest-grossing film", "a 7th round pick", "number three".

A rank is a claim an editor checks like a count ("third" in one source,
"fifth" in another), so it is read as a quantity with unit "rank". "first"
and "last" are left out: they are more often idiom ("for the first time")
than rank. Dates win over ranks where both read the same words ("the 21st of
June").
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from functools import cache
from importlib import resources

from ..model import Mention

__all__ = ["find"]

_SKIP = {"first", "last", "second"}  # "second" is as often the unit of time


@cache
def _ordinals() -> dict[str, int]:
    text = resources.files("consistency.data").joinpath("number_words.csv").read_text(encoding="utf-8")
    out = {}
    for row in csv.DictReader(text.splitlines()):
        word = row["word"]
        if row.get("plural") not in ("0", "", None) or word in _SKIP:
            continue
        # "third", "fourth" are listed as fractions ("a third"); as ranks they read the same
        if row["role"] == "ordinal" or (row["role"] == "fraction" and word.endswith(("th", "rd", "nd"))):
            out[word] = int(float(row["value"]))
    return out


@cache
def _pattern() -> re.Pattern[str]:
    # Candidates only: any word ending like an ordinal; the word list decides (a dictionary look-up
    # is cheaper than a regex alternation of every ordinal tried at every position).
    return re.compile(
        r"(?<![\w-])(?:(?P<digits>[2-9]|[1-9]\d{1,2})(?:st|nd|rd|th)|(?P<word>[A-Za-z]{3,}(?:th|rd|nd|st))"
        r"|[Nn]umber\s+(?P<numbered>two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\b)"
        r"(?![\w])"
    )


_FRACTION_BEFORE = re.compile(r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine)[\s-]+$", re.IGNORECASE)
_SMALL = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def find(text: str, published: dt.date | None = None) -> list[Mention]:
    out = []
    ordinals = _ordinals()
    for m in _pattern().finditer(text):
        word = m.group("word")
        if word is not None and word.lower() not in ordinals:
            continue
        if word and _FRACTION_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue  # "a third of", "two thirds": a share, read by the figures parser
        if m.group("digits"):
            value = int(m.group("digits"))
        elif word:
            value = ordinals[word.lower()]
        else:
            raw = m.group("numbered").lower()
            value = _SMALL.get(raw) or int(raw)
        out.append(
            Mention(kind="quantity", text=m.group(), start=m.start(), end=m.end(), value=float(value),
                    low=value - 0.5, high=value + 0.5, unit="rank")
        )
    return out
