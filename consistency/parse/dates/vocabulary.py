"""The words of dates, read once from the package's data files.

months.csv, weekdays.csv, holidays.csv and date_words.csv hold the language;
this module turns them into lookups and regular-expression alternations.
"""

from __future__ import annotations

import csv
import functools
import io
import re
from dataclasses import dataclass
from importlib import resources

__all__ = ["Holiday", "Vocabulary", "vocabulary", "alternation", "trie_alternation", "rows", "normalise"]

APOSTROPHES = "'’"
# a plural or possessive "s" that ends a word of three letters or more, in an escaped pattern
_POSSESSIVE_S = re.compile(r"(?<=[a-z]{3})s(?=\[\\s-\]\+)")


@dataclass(frozen=True, slots=True)
class Holiday:
    month: int | None
    day: int | None
    nth: int | None
    weekday: int | None
    anchor: str  # how the date is found: fixed, nth-weekday, easter, hebrew, islamic, hindu-*, sidereal, ...
    offset: int  # days from the anchor's date to the holiday's first day
    days: int  # how many days it lasts


@dataclass(frozen=True, slots=True)
class Vocabulary:
    months: dict[str, int]
    word_sense_months: frozenset[str]  # month names that are also ordinary words: may, march
    month_abbreviations: frozenset[str]
    weekdays: dict[str, int]
    weekday_abbreviations: frozenset[str]
    lone_weekday_abbreviations: frozenset[str]  # read alone when capitalised: "on Thurs"; not "Sat", "Sun", "Mon"
    holidays: dict[str, Holiday]
    seasons: dict[str, tuple[int, int, int, int]]  # start month, start day, end month, end day
    word_sense_seasons: frozenset[str]  # season names that are also ordinary words: fall
    words: dict[str, dict[str, str]]  # kind -> normalised word -> value
    written: dict[str, tuple[str, ...]]  # kind -> the words as written in the data, for patterns

    def kind(self, kind: str) -> dict[str, str]:
        """Normalised word -> value, for looking up what a pattern matched."""
        return self.words.get(kind, {})

    def spellings(self, kind: str) -> tuple[str, ...]:
        """The words of a kind as written, for building patterns ("holiday" for holiday names)."""
        return self.written.get(kind, ())


def rows(name: str) -> list[dict[str, str]]:
    text = resources.files("consistency").joinpath("data", name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def _number(cell: str) -> int | None:
    return int(cell) if cell.strip() else None


def normalise(word: str) -> str:
    """The key a matched word is looked up under: lower case, no apostrophes or dots, single spaces."""
    for mark in "'’.":
        word = word.replace(mark, "")
    return " ".join(word.lower().replace("-", " ").split())


@functools.cache
def vocabulary() -> Vocabulary:
    months = rows("months.csv")
    weekdays = rows("weekdays.csv")
    words: dict[str, dict[str, str]] = {}
    written: dict[str, list[str]] = {}
    for row in rows("date_words.csv"):
        words.setdefault(row["kind"], {})[normalise(row["word"])] = row["value"]
        written.setdefault(row["kind"], []).append(row["word"])
    holiday_rows = rows("holidays.csv")
    written["holiday"] = [row["name"] for row in holiday_rows]
    holidays = {
        normalise(row["name"]): Holiday(
            _number(row["month"]), _number(row["day"]), _number(row["nth"]), _number(row["weekday"]),
            row["anchor"], int(row["offset"] or 0), int(row["days"] or 1),
        )
        for row in holiday_rows
    }
    return Vocabulary(
        months={r["name"]: int(r["month"]) for r in months},
        word_sense_months=frozenset(r["name"] for r in months if r["word_sense"] == "yes"),
        month_abbreviations=frozenset(r["name"] for r in months if r["abbreviation"] == "yes"),
        weekdays={r["name"]: int(r["weekday"]) for r in weekdays},
        weekday_abbreviations=frozenset(r["name"] for r in weekdays if r["abbreviation"] == "yes"),
        lone_weekday_abbreviations=frozenset(r["name"] for r in weekdays if r["alone"] == "yes"),
        holidays=holidays,
        seasons={
            r["name"]: (int(r["start_month"]), int(r["start_day"]), int(r["end_month"]), int(r["end_day"]))
            for r in rows("seasons.csv")
        },
        word_sense_seasons=frozenset(r["name"] for r in rows("seasons.csv") if r["word_sense"] == "yes"),
        words=words,
        written={kind: tuple(spelled) for kind, spelled in written.items()},
    )


def alternation(words: object) -> str:
    """A regex alternation of words, longest first; spaces, hyphens and apostrophes match loosely."""
    parts = []
    for word in sorted(set(words), key=len, reverse=True):  # type: ignore[call-overload]
        piece = re.escape(word)
        piece = piece.replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]+").replace("'", f"[{APOSTROPHES}]?")
        piece = piece.replace(r"\.", r"\.?")
        piece = _POSSESSIVE_S.sub(f"[{APOSTROPHES}]?s[{APOSTROPHES}]?", piece)  # "mothers day": "mother's", "mothers'"
        parts.append(piece)
    return "|".join(parts)


def trie_alternation(words: object) -> str:
    """A regex alternation of plain lower-case words, factored by common prefix so a miss fails fast."""
    root: dict[str, dict] = {}
    for word in set(words):  # type: ignore[call-overload]
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branch(root)


def _branch(node: dict[str, dict]) -> str:
    ends_here = "" in node
    options = [re.escape(char) + _branch(child) for char, child in sorted(node.items()) if char]
    if not options:
        return ""
    body = options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"
    if ends_here:
        return f"(?:{body})?"
    return body
