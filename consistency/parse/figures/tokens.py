"""Runs of numeral atoms: where they are, and the tokens they are made of.

A *run* is a stretch of numeral atoms (``1,234``, ``twenty``, ``million``,
``and``, ``a``, ``point`` ...) joined by spaces or hyphens. Finding runs is
the only pass over the whole text, so it is built for speed: two cheap scans
(digits; numeral words as a trie) find where a run may start, and the full
run pattern is tried only there.
"""

from __future__ import annotations

import heapq
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from .. import scan
from .vocabulary import vocabulary, word_trie

__all__ = ["Token", "iter_runs", "run_pattern", "tokenize", "step_of_digits", "VULGAR_FRACTIONS"]

_SPACE = r"[^\S\n]"
_MINUS = r"(?:(?<![\w.,)\]%\-−])[-−])?"  # a dash glued to "5%" opens a range: "5%-6%"
_NUMBER = (
    _MINUS + r"(?<![\d_/])(?<![A-Za-z][-–])(?<!\d[.,+^*×])"
    r"(?:\d{1,2}(?:,\d\d)+,\d{3}(?![\d,])"  # Indian grouping: "1,00,000", "1,23,45,678"
    r"|\d{1,3}(?:,\d{3})+(?!\d)"
    r"|\d{1,3}(?:[^\S\n],[^\S\n]\d{3})+(?![\d])"
    r"|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?![\d,])"
    # plain spaces group digits only in "1 234 567" or before a word: "816 000 t", not "in 2019 120 of them"
    r"|\d{1,3}(?: \d{3}){2,}(?![\d,])|\d{1,3} \d{3}(?![\d,])(?=[^\S\n]*[^\W\d_]|[^\S\n]*[%$€£¥₹])"
    r"|\d+)"
    r"(?:(?:\.|[^\S\n]\.[^\S\n])\d+)?"
    r"(?:[eE][+-]?\d+(?![\w])|\^[+-]*\d+(?![\w]|\.\d))?"  # "12.32e+14"; a power "1.1^23", "2^-3"
)
_LEADING_DOT = r"(?<![\w.])\.\d+"
_FRACTION_DIGITS = _MINUS + r"(?<![\w/.])\d{1,2}(?:\.\d{1,2})?/(?:100|\d{1,2})(?![\d/])"  # "7/10", a rating "6.38/10"
# The vulgar fraction characters of Unicode: "½", "¼", "⅔" ...
VULGAR_FRACTIONS = "".join(chr(c) for c in (*range(0xBC, 0xBF), *range(0x2150, 0x215F)))
_VULGAR = rf"(?=\d{{0,3}}[{VULGAR_FRACTIONS}])(?:(?<![\w.,])\d{{1,3}})?[{VULGAR_FRACTIONS}](?!\w)"
_VULGAR_START = re.compile(rf"[{VULGAR_FRACTIONS}]")


@dataclass(frozen=True, slots=True)
class Token:
    kind: str  # num, fracdig, ordcompound, or a NumberWord role
    value: float
    start: int
    end: int
    text: str
    plural: bool = False
    hyphen_before: bool = False


@cache
def run_pattern() -> re.Pattern[str]:
    """The regex of a run of numeral atoms."""
    return re.compile(_atom_alternation(for_runs=True), re.IGNORECASE)


@cache
def _word_start_pattern() -> re.Pattern[str]:
    """Numeral words that may start a run, on the lower-cased text."""
    words = vocabulary().words
    leading = [w for w, info in words.items() if info.role not in ("and", "ordinal", "article")]
    v = vocabulary()
    return re.compile(rf"\b{word_trie(leading + sorted(v.article_currencies | v.article_units))}\b")


@cache
def _multipliers() -> frozenset[str]:
    """Numeral words that "a" or "an" may stand before: "a million", "an eighth", "a dozen"."""
    roles = ("scale", "hundred", "dozen", "pair", "fraction")
    return frozenset(w for w, info in vocabulary().words.items() if info.role in roles)


_ARTICLE_BEFORE = re.compile(r"\ban?[^\S\n]+$")


def _run_starts(text: str) -> list[int]:
    """Offsets where a run may start, in order: digits (with a sign or dot before them) and numeral words.

    Digits and words are found by two separate scans (one alternation of both
    is slower than the two); "a"/"an" before a multiplier starts a run too.
    """
    starts = []
    for start in scan.digit_starts(text):
        if start and text[start - 1] in ".−-":
            starts.append(start - 1)
        starts.append(start)
    if not text.isascii() and any(c in text for c in VULGAR_FRACTIONS):
        starts = sorted(starts + [m.start() for m in _VULGAR_START.finditer(text)])
    low = scan.lowered(text)
    multipliers = _multipliers()
    counted = vocabulary().article_currencies | vocabulary().article_units
    words = []
    for m in _word_start_pattern().finditer(low):
        start = m.start()
        if m.group() in multipliers or m.group() in counted:
            article = _ARTICLE_BEFORE.search(low, max(0, start - 12), start)
            if article:
                words.append(article.start())
        if m.group() not in counted:
            words.append(start)
    return list(heapq.merge(starts, words))


def iter_runs(text: str) -> Iterator[re.Match[str]]:
    """Every run of numeral atoms in `text`, left to right.

    Two cheap scans find the places where a run may start; the full run
    pattern is only tried there, which keeps the parser fast on long texts.
    """
    run = run_pattern()
    pos = 0
    for start in _run_starts(text):
        if start < pos:
            continue
        m = run.match(text, start)
        if m is not None and m.end() > start:
            yield m
            pos = m.end()


@cache
def _token_pattern() -> re.Pattern[str]:
    return re.compile(_atom_alternation(for_runs=False), re.IGNORECASE)


def _atom_alternation(for_runs: bool) -> str:
    words = vocabulary().words

    def roles(*wanted: str) -> str:
        return word_trie([w for w, info in words.items() if info.role in wanted])

    word_alt = roles("digit", "teen", "tens", "hundred", "scale", "dozen", "pair", "fraction")
    tens = roles("tens")
    digits = roles("digit", "teen", "tens")
    multipliers = roles("scale", "hundred", "dozen", "pair", "fraction")
    compound_ordinal = rf"(?:{tens})(?:{_SPACE}*-{_SPACE}*|{_SPACE}+)firsts?\b|(?:{tens})-seconds?\b"
    article = rf"\ban?(?=(?:{_SPACE}+|-)(?:{multipliers})\b)"
    counted = sorted(vocabulary().article_currencies | vocabulary().article_units)
    one_of_a_unit = rf"\ban?(?={_SPACE}+(?:{word_trie(counted)})(?![\w-]))"  # "a dollar", "an hour"
    point = rf"\bpoint(?={_SPACE}+(?:\d|(?:{digits})\b))"
    minus = rf"\b(?:minus|negative)(?={_SPACE}+(?:\d|\.\d|(?:{digits})\b))"
    parts = {
        "vf": _VULGAR,
        "fd": rf"(?=[\d−-]){_FRACTION_DIGITS}",
        "num": rf"(?=[\d.−-])(?:{_NUMBER}|{_LEADING_DOT})",
        "oc": rf"\b(?:{compound_ordinal})",
        "word": rf"\b(?:{word_alt})\b",
        "art": article,
        "one": one_of_a_unit,
        "pt": point,
        "neg": minus,
    }
    if for_runs:
        atom = "(?:" + "|".join(f"(?:{p})" for p in parts.values()) + ")"
        # "a" or "an" that counts one of a unit only opens a run: after an amount it says "per" ("£1.4 million a
        # year", "$5 an hour"), never "and one"
        continuing = "(?:" + "|".join(f"(?:{p})" for name, p in parts.items() if name != "one") + ")"
        # the comma after a scale word in a number in words, before its hundreds: "three million, four hundred
        # and twenty thousand" (not "$3 million, two sources said", "of the two thousand, five were hurt")
        after_scale = "|".join(rf"(?<=[a-z][\s-]{re.escape(w)})" for w, info in words.items()
                               if info.role == "scale" and not info.plural and len(w) > 2 and w.isalpha())
        hundred = roles("hundred")
        scale_comma = rf"(?:{after_scale}),{_SPACE}+(?=(?:{digits})(?:{_SPACE}+|-)(?:{hundred})\b)"
        gap = (
            rf"(?:{_SPACE}*-{_SPACE}*and{_SPACE}*-{_SPACE}*|{_SPACE}*[-–—]{_SPACE}*"
            rf"|{_SPACE}+(?:and{_SPACE}+|of{_SPACE}+an?{_SPACE}+)?|{scale_comma})"
        )
        return f"{atom}(?:{gap}{continuing})*"
    parts["and"] = r"\band\b"
    parts["ofa"] = rf"\bof{_SPACE}+an?\b"
    return "|".join(f"(?P<{name}>{p})" for name, p in parts.items())


def tokenize(text: str, start: int, end: int) -> list[Token]:
    words = vocabulary().words
    tokens: list[Token] = []
    previous_end = start
    for m in _atoms(text, start, end):
        kind = m.lastgroup
        raw = m.group()
        hyphen = "-" in text[previous_end : m.start()]
        previous_end = m.end()
        if kind == "num":
            value = _digits_value(raw)
            if math.isnan(value):
                continue  # too long or too large to be a figure
            tokens.append(Token("num", value, m.start(), m.end(), raw, False, hyphen))
        elif kind in ("fd", "vf"):
            tokens.append(Token("fracdig", 0.0, m.start(), m.end(), raw, False, hyphen))
        elif kind == "oc":
            tens_word = re.split(r"[\s-]+", raw.lower())[0]
            value = words[tens_word].value + (1 if "first" in raw.lower() else 2)
            tokens.append(Token("ordcompound", value, m.start(), m.end(), raw, raw.lower().endswith("s")))
        elif kind == "one" and not (tokens and tokens[-1].kind == "fraction"):
            tokens.append(Token("digit", 1.0, m.start(), m.end(), raw))  # "a dollar" is one dollar; "half a dollar" a half
        elif kind == "one":
            tokens.append(Token("article", 1.0, m.start(), m.end(), raw))
        elif kind in ("and", "ofa", "pt", "neg", "art"):
            role = {"and": "and", "ofa": "ofa", "pt": "point", "neg": "minus", "art": "article"}[kind]
            tokens.append(Token(role, 1.0, m.start(), m.end(), raw))
        else:
            info = words[raw.lower()]
            tokens.append(Token(info.role, info.value, m.start(), m.end(), raw, info.plural, hyphen))
    return tokens


def _atoms(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The atoms that start in [start, end), left to right, as a scan of the token pattern would find them.

    The pattern is tried at each offset in turn, but only up to `end`: a
    regex scan would go on trying every offset after the run (it must see a
    little past the run, for lookaheads such as "816 000" before "t").
    """
    pattern = _token_pattern()
    stop = min(len(text), end + 40)
    pos = start
    while pos < end:
        m = pattern.match(text, pos, stop)
        if m is None:
            pos += 1
            continue
        yield m
        pos = max(m.end(), pos + 1)


_SEPARATORS = re.compile(r"[,\s\u00a0\u202f\u2009]")


def _digits_value(raw: str) -> float:
    cleaned = _SEPARATORS.sub("", raw.replace(" . ", ".")).replace("−", "-")
    base, power, exponent = cleaned.partition("^")
    try:
        value = float(base)
        if power:  # signs before the exponent cancel in pairs: "1.1^--23" is 1.1 to the 23rd
            digits = exponent.lstrip("+-")
            value = math.copysign(abs(value) ** (int(digits) * (-1) ** exponent.count("-")), value)
    except (ValueError, OverflowError, ZeroDivisionError):
        return math.nan
    return value if math.isfinite(value) else math.nan


def step_of_digits(raw: str, *, zeros_round: bool = False) -> float:
    """The step of the last significant digit of a number written in digits. With `zeros_round`, every trailing
    zero of a whole number rounds (at least two digits stay significant)."""
    cleaned = _SEPARATORS.sub("", raw).lstrip("+-−").partition("^")[0]  # a power's step is its base's
    exponent = 0
    if "e" in cleaned.lower():
        mantissa, _, exp = cleaned.lower().partition("e")
        cleaned, exponent = mantissa, int(exp or 0)
    if "." in cleaned:
        decimals = len(cleaned.partition(".")[2])
        return 10.0 ** (exponent - decimals)
    digits = cleaned.lstrip("0") or "0"
    kept = digits.rstrip("0") if zeros_round else digits
    while len(kept) > 3 and kept.endswith("000"):
        kept = kept[:-3]
    insignificant = min(len(digits) - len(kept), max(len(digits) - 2, 0))
    return 10.0 ** (insignificant + exponent)
