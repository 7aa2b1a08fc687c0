"""Ranks: "the fourth highest-grossing film", "a 7th round pick", "number three".

A rank is a claim an editor checks like a count ("third" in one source,
"fifth" in another), so it is read as a quantity with unit "rank". "first"
and "last" are left out: they are more often idiom ("for the first time")
than rank, except as the place in a series of someone's that a noun names:
"its first recall", "the company's second recall" (not "its first time"),
and as a place in the line of those who did something: "the first woman to
lead the party", "the second of its members to resign". Dates win over
ranks where both read the same words ("the 21st of June").

A place among the first few is a rank with a bound: "in the top 20" is a
place from 1 to 20, "missed a spot in the top 20" one below 20 (the words
that put a thing outside are data: ``data/rank_exclusions.csv``). A place
bounded by another on the same scale is a rank with a bound too: "poorer
than the 17th wealthiest" is below 17th, "richer than the 17th wealthiest"
above it (which words share a scale, and which way each goes:
``data/scale_words.csv``).
"""

from __future__ import annotations

import csv
import datetime as dt
import math
import re
from functools import cache
from importlib import resources

from ...data import rows
from ...model import Mention
from .. import scan

__all__ = ["find", "ordinal_of", "ranked_scale"]

_SKIP = {"first", "last", "second"}  # "second" is as often the unit of time (but see _BEFORE_SUPERLATIVE)


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


def ordinal_of(word: str) -> int | None:
    """The place an ordinal names, as a word or in digits ("eighth", "first", "8th"), else None."""
    w = word.lower()
    if w in _SKIP - {"last"}:
        return _FIRST_SECOND_VALUES[w]
    if _DIGITS.fullmatch(w) or w == "1st":
        return int(w[:-2])
    return _ordinals().get(w)


_FIRST_SECOND_VALUES = {"first": 1, "second": 2}
_DIGITS = re.compile(r"(?:[2-9]|[1-9]\d{1,2})(?:st|nd|rd|th)(?!\w)")
# "first" and "second" as words: where the series and line forms below begin
# ("finished second.", "came second, with X third": a place may end its clause)
_FIRST_SECOND = re.compile(r"(?<![\w-])(?P<word>[Ff]irst|[Ss]econd)(?:\s+|(?=[,.;:]))")
# "its first recall", "Acme's second recall": first and second after a possessive, before the noun they count.
_POSSESSIVE_BEFORE = re.compile(r"(?:(?<![\w-])(?:its|their|his|her|our|my)|\w['’]s)\s+$")
_NOUN_AFTER = re.compile(r"[a-z][\w-]*")
# "became the second of the band's members to release", "the first woman to lead": a place in the line of
# those who did something, told by "to" and a verb a few words on.
_THE_BEFORE = re.compile(r"(?<![\w-])[Tt]he\s+$")
_TO_AFTER = re.compile(r"(?P<rest>(?:[\w'’-]+\s+){0,5}?)to\s+[a-z]+")
_NOT_LINE = frozenset({"reason", "step", "thing", "way", "option", "question", "problem", "point", "chance", "priority"})
_NOT_SERIES = frozenset({"time", "times", "half", "quarter", "place", "day", "week", "month", "year", "season", "ever"})
# "first" and "second" just before a superlative of a graded word (data/scale_words.csv): a place on its scale
_BEFORE_SUPERLATIVE = re.compile(
    r"(?<![\w-])(?P<word>first|second)(?=[\s-](?:(?:most|least)\s+(?P<word_>[a-z]+)|(?P<est>[a-z]+?)i?est\b))"
)
_NUMBERED = re.compile(r"number\s+(two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\b")
# words that end a part's name told by its number ("in round nine.", "on day three of the trial", "Game 13 was a
# draw"), where a noun after the number would make it a count ("his leg two years ago", "the day 40 people died")
PART_NUMBER_END = re.compile(
    r"\s*(?:[,.;:)]|$|(?:of|and|or|in|on|at|when|as|after|before|with|to|for|the|was|is|were|are|had|has|will)\b)",
    re.IGNORECASE,
)


@cache
def _part_numbered() -> re.Pattern[str]:
    """A part of a whole told by its number after its noun ("round nine", "stage four", "day three"; the nouns of
    data/contest_parts.csv and data/series_parts.csv, not those that are also verbs: "set", "reading")."""
    words = {r["word"].lower() for name in ("contest_parts.csv", "series_parts.csv") for r in rows(name)}
    nouns = sorted(words - _VERBS_TOO, key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(nouns)})\s+(two|three|four|five|six|seven|eight|nine|ten|\d{{1,3}})\b")


_VERBS_TOO = frozenset({"set", "reading"})  # "set two records", "reading two books"


@cache
def _endings() -> tuple[tuple[re.Pattern[str], ...], tuple[int, ...]]:
    """How ordinal words end ("th", "rd"), one pattern each, and the lengths they come in, longest first.

    Scanning for the endings and looking the word up is far cheaper than an
    alternation of every ordinal tried at every position; a literal ending
    alone is the fastest scan there is.
    """
    words = _ordinals()
    endings = tuple(re.compile(rf"{re.escape(e)}(?!\w)") for e in sorted({w[-2:] for w in words}))
    return endings, tuple(sorted({len(w) for w in words}, reverse=True))


def _starts_word(text: str, start: int) -> bool:
    """Whether a word may start at `start`: not after a letter, digit, underscore or hyphen."""
    return start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "_-")


def _candidates(text: str) -> list[tuple[int, int, int, bool]]:
    """(start, end, value, is_word) of every rank-like phrase, in reading order."""
    low = scan.lowered(text)
    found = []
    for start in scan.digit_starts(text):
        m = _DIGITS.match(text, start)
        if m and _starts_word(text, start):
            found.append((start, m.end(), int(m.group()[:-2]), False))
    ordinals = _ordinals()
    endings, lengths = _endings()
    for ending in endings:
        for m in ending.finditer(low):
            end = m.end()
            for length in lengths:
                start = end - length
                if start >= 0 and low[start:end] in ordinals and _starts_word(low, start):
                    found.append((start, end, ordinals[low[start:end]], True))
                    break
    for m in _FIRST_SECOND.finditer(text):
        place = 1 if m["word"].lower() == "first" else 2
        lead = text[max(0, m.start() - 12) : m.start()]
        noun = _NOUN_AFTER.match(text, m.end())
        if m["word"].islower() and noun and noun.group() not in _NOT_SERIES and _POSSESSIVE_BEFORE.search(lead):
            found.append((m.start("word"), m.end("word"), place, True))
        elif _THE_BEFORE.search(lead) and (line := _TO_AFTER.match(text, m.end())):
            if not set(line["rest"].lower().split()) & (_NOT_SERIES | _NOT_LINE):
                found.append((m.start("word"), m.end("word"), place, True))
        elif m["word"].islower() and _contest_place(lead, noun.group() if noun else ""):
            found.append((m.start("word"), m.end("word"), place, True))
    for m in _BEFORE_SUPERLATIVE.finditer(low):  # "the second-largest city", "the second most populous"
        place = 1 if m["word"] == "first" else 2
        if _scale_of(m["word_"] or m["est"], False) and not any(f[0] == m.start() for f in found):
            found.append((m.start(), m.end(), place, True))
    for m in _NUMBERED.finditer(low):
        if _starts_word(low, m.start()):
            raw = m.group(1)
            found.append((m.start(), m.end(), _SMALL.get(raw) or int(raw), False))
    for m in _part_numbered().finditer(low):  # "in round nine.", "on day three of the trial"
        if PART_NUMBER_END.match(low, m.end()):
            raw = m.group(1)
            found.append((m.start(), m.end(), _SMALL.get(raw) or int(raw), False))
    found.sort()
    return found


@cache
def _place_words() -> dict[str, frozenset[str]]:
    """The nouns after a place in a contest ("in second place") and the verbs before it ("finished second"):
    data/rank_places.csv."""
    text = resources.files("consistency.data").joinpath("rank_places.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(text.splitlines()))
    return {side: frozenset(r["word"] for r in rows if r["position"] == side) for side in ("before", "after")}


_LAST_WORD = re.compile(r"(?P<word>[a-z]+)\s+$")


def _contest_place(lead: str, noun: str) -> bool:
    """Whether "first" or "second" is a place in a contest: "in second place" (not "in the first place"),
    "finished second", "came first"."""
    words = _place_words()
    last = _LAST_WORD.search(lead.lower())
    if noun in words["after"]:
        return not _THE_BEFORE.search(lead)
    return bool(last and last["word"] in words["before"])


_FRACTION_BEFORE = re.compile(r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine)[\s-]+$", re.IGNORECASE)
_SMALL = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


@cache
def _exclusions() -> frozenset[str]:
    text = resources.files("consistency.data").joinpath("rank_exclusions.csv").read_text(encoding="utf-8")
    return frozenset(row["word"] for row in csv.DictReader(text.splitlines()))


_TOP = re.compile(r"(?<![\w-])the\s+top[\s-]+(?P<n>[1-9]\d{0,2}|two|three|four|five|six|seven|eight|nine|ten)(?![\w%-]|[.,]\d)",
                  re.IGNORECASE)
_CLAUSE_START = re.compile(r"[,;:.()]\s")
_EXCLUSION_REACH = 5  # words before "the top 20" that can put a thing outside it: "missed a spot in the top 20"


def _top_places(text: str) -> list[Mention]:
    """ "in the top 20" (a place from 1 to 20), "outside the top 20", "missed a spot in the top 20" (below 20)."""
    out = []
    for m in _TOP.finditer(text):
        raw = m["n"].lower()
        places = float(_SMALL.get(raw) or int(raw))
        lead = text[max(0, m.start() - 60) : m.start()]
        cut = list(_CLAUSE_START.finditer(lead))
        words = re.findall(r"[a-z]+", (lead[cut[-1].end() :] if cut else lead).lower())[-_EXCLUSION_REACH:]
        outside = bool(set(words) & _exclusions())
        low, high, hedge = (places, math.inf, "more than") if outside else (0.0, places, "up to")
        out.append(Mention(kind="quantity", text=text[m.start() : m.end()], start=m.start(), end=m.end(),
                           value=places, low=low, high=high, unit="rank", hedge=hedge))
    return out


@cache
def _scales() -> dict[str, tuple[str, int]]:
    text = resources.files("consistency.data").joinpath("scale_words.csv").read_text(encoding="utf-8")
    return {row["word"]: (row["scale"], 1 if row["direction"] == "up" else -1) for row in csv.DictReader(text.splitlines())}


# "poorer than the 17th", "more successful than the third": a comparative just before a place
_COMPARED_LEAD = re.compile(r"(?:\b(?P<more>more|less)\s+(?P<word>[a-z]+)|\b(?P<er>[a-z]+?)(?:i?er))\s+than\s+the\s+$")
_COMPARED_REACH = 40  # characters before a place that can hold its comparative: "far less successful than the "
# "17th wealthiest", "third most successful": the superlative just after it
_SUPERLATIVE = re.compile(r"\s+(?:(?P<most>most|least)\s+(?P<word>[a-z]+)|(?P<est>[a-z]+?)(?:i?est))\b")


def _scale_of(base: str, inverted: bool) -> tuple[str, int] | None:
    """The scale and the direction of a graded word's base ("poor" → wealth, down; "bigg" → size, up)."""
    scales = _scales()
    found = scales.get(base) or scales.get(base + "e") or scales.get(base + "y") or scales.get(base[:-1])
    if found is None:
        return None
    return found[0], -found[1] if inverted else found[1]


def ranked_scale(after: str) -> str | None:
    """The scale of the superlative just after a place ("largest city" → size, "most populous" → population;
    data/scale_words.csv), else None: `after` is the text that follows the place."""
    m = _SUPERLATIVE.match(after.lower().replace("-", " "))
    return None if m is None else (_scale_of(m["word"] or m["est"], m["most"] == "least") or (None,))[0]


def _compared_place(low: str, start: int, end: int) -> int:
    """+1 when a place is bounded from above by the words around it ("poorer than the 17th wealthiest":
    placed after 17th), -1 from below ("richer than the 17th wealthiest"), 0 when it is no such place.
    `low` is the text in lower case."""
    lead = _COMPARED_LEAD.search(low, max(0, start - _COMPARED_REACH), start)
    after = _SUPERLATIVE.match(low, end)
    if lead is None or after is None:
        return 0
    compared = _scale_of(lead["word"] or lead["er"], lead["more"] == "less")
    ranked = _scale_of(after["word"] or after["est"], after["most"] == "least")
    if compared is None or ranked is None or compared[0] != ranked[0]:
        return 0
    return 1 if compared[1] != ranked[1] else -1


def find(text: str, published: dt.date | None = None) -> list[Mention]:
    out = _top_places(text)
    lowered = scan.lowered(text)
    for start, end, value, is_word in _candidates(text):
        if is_word and _FRACTION_BEFORE.search(text, max(0, start - 8), start):
            continue  # "a third of", "two thirds": a share, read by the figures parser
        side = _compared_place(lowered, start, end)
        low, high, hedge = {1: (float(value), math.inf, "more than"), -1: (0.0, float(value), "less than")}.get(
            side, (value - 0.5, value + 0.5, None)
        )
        out.append(
            Mention(kind="quantity", text=text[start:end], start=start, end=end, value=float(value),
                    low=low, high=high, unit="rank", hedge=hedge)
        )
    return out
