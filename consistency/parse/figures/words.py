"""Numerals: runs of digits and number words → values with their precision.

A *run* is a stretch of numeral atoms (``1,234``, ``twenty``, ``million``,
``and``, ``a``, ``point`` ...) joined by spaces or hyphens. A run may hold
several numerals ("three-nought-four", "423 0000"); :func:`read_numerals`
splits it by taking, from left to right, the longest stretch of tokens that
reads as one well-formed numeral.

The grammar covers cardinals with scale words (``two hundred and two
thousand``, ``3 crore``, ``1.5 million``), dozens, decimals spelled out
(``five point five``), fractions (``two thirds``, ``one hundred and thirty
fifths``, ``a quarter million``) and mixed numbers (``one and a half``,
``five billion and three quarters``).

Precision: a numeral carries the ``step`` of its last significant digit.
Trailing zeros count unless they fill whole groups of three ("156,000" has
step 1,000, "260" step 1), and at least two digits always count ("1,000" has
step 100); a scale word multiplies the step of the figure it scales ("2.3
million": 0.1 million, "$15bn": 1 billion), and a coefficient in thousands before a scale word rounds at its
last digit that is not zero ("1,200 million" has step 100 million, as "1.2 billion" has). Fractions have no step (None): they are
compared with a relative tolerance.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass

from .tokens import VULGAR_FRACTIONS, Token, step_of_digits, tokenize

__all__ = ["Numeral", "read_numerals"]

# Longest stretch of tokens tried as one numeral; longer runs are split.
_MAX_TOKENS = 24
_THOUSANDS_OF_A_SCALE = 1000  # "1,200 million": a coefficient this large before a scale word gives the next scale up


@dataclass(frozen=True, slots=True)
class Numeral:
    """One numeral read from text, before its context (currency, unit, hedge) is known."""

    start: int
    end: int
    value: float
    step: float | None  # None: a fraction, compared with a relative tolerance
    scaled: bool = False  # ends with a scale word ("million")
    ends_digits: bool = False  # its last token is written in digits
    plain_digits: str | None = None  # the text when the numeral is a single group of digits
    # the context decides: "one" (the word alone: "one of the"), "half"/"quarter" without a count ("the
    # second half"), "ordinal" (a fraction that may be an ordinal or a period: "a third term", "two quarters")
    bare: str | None = None
    fraction: bool = False
    multiplier: float = 1.0  # the scale word's value when the numeral ends with one


@dataclass(frozen=True, slots=True)
class _Reading:
    value: float
    step: float | None
    scaled: bool = False
    bare: str | None = None
    fraction: bool = False
    last_scale: float = 1.0


def read_numerals(text: str, start: int, end: int) -> list[Numeral]:
    """Every numeral in the run text[start:end], left to right."""
    tokens = tokenize(text, start, end)
    out: list[Numeral] = []
    i, n = 0, len(tokens)
    while i < n:
        if tokens[i].kind in _NEVER_FIRST:
            i += 1
            continue
        for k in range(_chain_end(tokens, i), i, -1):
            if k < n and tokens[k].kind in ("scale", "hundred", "dozen"):
                continue  # never leave a multiplier without the figure it multiplies
            reading = _evaluate(tokens[i:k])
            if reading is not None and math.isfinite(reading.value):
                out.append(_numeral(tokens[i:k], reading))
                i = k
                break
        else:
            i += 1
    return out


# A numeral never starts with these tokens.
_NEVER_FIRST = frozenset({"and", "ofa", "hundred", "scale", "dozen", "pair", "ordinal"})
# Neighbours that never belong to one numeral: "1 1", "one one", "twelve three", "5 three".
_APART = frozenset(
    {("num", "num"), ("digit", "digit"), ("and", "and")}
    | {(a, b) for a in ("teen", "num") for b in ("digit", "teen", "tens")}
    | {(a, "num") for a in ("digit", "teen", "tens")}
)


def _chain_end(tokens: list[Token], i: int) -> int:
    """How far a numeral starting at token i can reach: up to the first pair of tokens that never go together."""
    limit = min(len(tokens), i + _MAX_TOKENS)
    spelled_decimals = False  # after "point", digits follow digits: "nine point nought four"
    j = i + 1
    while j < limit:
        pair = (tokens[j - 1].kind, tokens[j].kind)
        following = tokens[j + 1].kind if j + 1 < limit else None
        spelled_decimals = spelled_decimals or pair[0] == "point"
        if pair in _APART and not (
            spelled_decimals or (pair == ("digit", "digit") and following == "hundred")
        ):
            break  # "one one hundred fifth" is 1/105
        if pair == ("tens", "tens") and following not in ("fraction", "ordinal"):
            break  # "twenty twenty" only before a denominator: "twenty twenty fifths"
        j += 1
    return j


def _numeral(seq: list[Token], reading: _Reading) -> Numeral:
    last = seq[-1]
    plain = last.text if len(seq) == 1 and last.kind == "num" else None
    return Numeral(
        start=seq[0].start,
        end=last.end,
        value=reading.value,
        step=reading.step,
        scaled=reading.scaled,
        ends_digits=last.kind == "num",
        plain_digits=plain,
        bare=reading.bare,
        fraction=reading.fraction,
        multiplier=reading.last_scale if reading.scaled else 1.0,
    )


def _evaluate(seq: list[Token]) -> _Reading | None:
    sign = 1.0
    if seq[0].kind == "minus":
        sign, seq = -1.0, seq[1:]
        if not seq or seq[0].kind == "minus":
            return None
    reading = _evaluate_unsigned(seq)
    if reading is None or sign > 0:
        return reading
    bare = None if reading.bare == "one" else reading.bare  # "minus one" is a number, never the pronoun
    return _Reading(-reading.value, reading.step, reading.scaled, bare, reading.fraction, reading.last_scale)


def _evaluate_unsigned(seq: list[Token]) -> _Reading | None:
    kinds = [t.kind for t in seq]
    if "fracdig" in kinds:
        return _digit_fraction(seq)
    if "point" in kinds:
        return _spelled_decimal(seq)
    if "and" in kinds:
        for a in range(len(seq) - 2, 0, -1):
            if kinds[a] == "and":
                mixed = _mixed(seq[:a], seq[a + 1 :])
                if mixed is not None:
                    return mixed
    if (
        kinds[-1] in ("fraction", "ordinal", "ordcompound")
        or "ofa" in kinds
        or (kinds[-1] == "scale" and len(kinds) > 1 and kinds[-2] in ("fraction", "ordcompound"))
        or (kinds[-1] in ("scale", "dozen") and kinds[-3:-1] == ["fraction", "article"])
    ):
        return _fraction(seq)
    return _cardinal(seq)


def _digit_fraction(seq: list[Token]) -> _Reading | None:
    """``1/5``, ``1 4/5``, ``3 and 1/2``, ``59/100``, ``½``, ``1½``, ``1½ million``: proper fractions in digits.

    A fraction written with a slash has a denominator of at most ten, or a
    hundred (a share: "59/100" is 59 out of 100); its numerator may have a
    decimal (a rating: "2.7/10"); a scale word may follow.
    """
    scale = 1.0
    if seq[-1].kind == "scale":
        scale, seq = seq[-1].value, seq[:-1]
    whole = 0.0
    sign = 1.0
    if len(seq) == 3 and seq[1].kind == "and" and seq[2].kind == "fracdig":
        seq = [seq[0], seq[2]]  # "3 and 1/2": a whole and a fraction
    if len(seq) == 2 and seq[0].kind == "num" and seq[0].value.is_integer():
        whole = abs(seq[0].value)
        sign = -1.0 if seq[0].value < 0 else 1.0  # "-1 4/5" is minus one and four fifths
    elif len(seq) != 1 or seq[0].kind != "fracdig":
        return None
    raw = seq[-1].text
    if raw[0] in "-−":
        if whole:
            return None  # "1 -4/5" is two figures
        sign = -1.0
    raw = raw.lstrip("-−")
    step = None  # a fraction's own tolerance, unless its numerator gives its decimals ("2.7/10" is 2.65 to 2.75 of 10)
    if raw[-1] in VULGAR_FRACTIONS:
        if raw[:-1]:
            if whole:
                return None
            whole = float(raw[:-1])
        part = unicodedata.numeric(raw[-1])
    else:
        num, _, den = raw.partition("/")
        a, b = float(num), int(den)
        if not (0 < a < b and (b <= 10 or b == 100)):
            return None
        part = a / b
        if "." in num:
            step = 10.0 ** -len(num.partition(".")[2]) / b * scale
    return _Reading(sign * (whole + part) * scale, step, scale > 1, fraction=True, last_scale=scale)


def _spelled_decimal(seq: list[Token]) -> _Reading | None:
    """``five point five``, ``nought point nought three``, ``point 77``, ``two point five million``."""
    p = next(i for i, t in enumerate(seq) if t.kind == "point")
    left, right = seq[:p], seq[p + 1 :]
    scale = 1.0
    if right and right[-1].kind == "scale":
        scale, right = right[-1].value, right[:-1]
    whole = 0.0
    if left:
        reading = _cardinal(left)
        if reading is None or reading.scaled or not reading.value.is_integer():
            return None
        whole = reading.value
    digits = ""
    for t in right:
        if t.kind in ("digit", "teen", "tens"):
            digits += str(int(t.value))
        elif t.kind == "num" and t.text.isdigit():
            digits += t.text
        else:
            return None
    if not digits:
        return None
    value = float(f"{int(whole)}.{digits}") * scale
    return _Reading(value, 10.0 ** -len(digits) * scale, scaled=scale > 1)


def _mixed(left: list[Token], right: list[Token]) -> _Reading | None:
    """A whole number and a fraction, scaled as a whole.

    The scale word may close the numeral and scale it whole ("one and a half
    million": 1.5 million), follow the whole number and scale the fraction
    too ("a million and a half", "five billion and three quarters"), or
    scale each part ("one billion and three quarters million").
    """
    whole = _cardinal(left)
    part = _fraction(right)
    if whole is None or part is None or part.value / part.last_scale >= 1:
        return None  # a mixed number has a proper fraction: "one hundred and thirty fifths" is 130/5
    if part.scaled:
        scale = part.last_scale
        value = whole.value + part.value if whole.scaled else whole.value * scale + part.value
        return _Reading(value, None, True, fraction=True, last_scale=scale)
    scale = whole.last_scale
    return _Reading(whole.value + part.value * scale, None, whole.scaled, fraction=True, last_scale=scale)


def _denominators(s: list[Token]) -> list[tuple[int, float]]:
    """Ways the tail of `s` reads as an ordinal denominator: (tokens used, denominator), longest first."""
    d = s[-1]
    found: list[tuple[int, float]] = []
    if d.kind in ("fraction", "ordcompound"):
        found.append((1, d.value))
    tails: list[tuple[int, float]] = list(found)
    if d.kind in ("fraction", "ordinal") and d.value < 10 and len(s) >= 2 and s[-2].kind == "tens":
        tails.append((2, s[-2].value + d.value))
    for used, value in list(tails):
        if value >= 100:
            continue
        rest = s[: len(s) - used]
        if (
            len(rest) >= 2
            and rest[-1].kind == "hundred"
            and rest[-2].kind == "digit"
            and not _bound(rest, -2)
        ):
            tails.append((used + 2, rest[-2].value * 100 + value))
        if (
            len(rest) >= 3
            and rest[-1].kind == "and"
            and rest[-2].kind == "hundred"
            and rest[-3].kind == "digit"
            and not _bound(rest, -3)
        ):
            tails.append((used + 3, rest[-3].value * 100 + value))
    return sorted(set(tails), key=lambda t: -t[0])


def _bound(tokens: list[Token], i: int) -> bool:
    """Whether tokens[i] is a unit hyphenated to the tens before it ("ninety-five")."""
    return tokens[i].hyphen_before and len(tokens) + i > 0 and tokens[i - 1].kind == "tens"


def _fraction(seq: list[Token]) -> _Reading | None:
    """``two thirds``, ``a trillionth``, ``quarter million``, ``two thirds of a million``, ``half a million``."""
    scale, s = 1.0, seq
    if s[-1].kind in ("scale", "dozen") and len(s) == 3 and s[0].kind == "fraction" and s[1].kind == "article":
        if s[0].value != 2 or s[0].plural:
            return None  # only a half goes before "a": "half a million", "half a dozen"
        scaled = s[-1].kind == "scale"
        return _Reading(s[-1].value / 2, None, scaled, None, True, s[-1].value if scaled else 1.0)
    if s[-1].kind == "scale":
        scale, s = s[-1].value, s[:-1]
        if s and s[-1].kind == "ofa":
            s = s[:-1]
    if not s or s[-1].kind not in ("fraction", "ordinal", "ordcompound") or any(t.kind == "ofa" for t in s):
        return None
    d = s[-1]
    for used, denominator in _denominators(s):
        head = s[: len(s) - used]
        if not head:
            if used == 1 and d.kind == "fraction" and (d.value == 2 or (d.value == 4 and scale > 1)):
                bare = ("half" if d.value == 2 else "quarter") if scale == 1 else None
                return _Reading(scale / denominator, None, scale > 1, bare, True, scale)
            continue
        if len(head) == 1 and head[0].kind == "article":
            numerator = 1.0
            singular_word = True
        else:
            reading = _cardinal(head)
            if reading is None:
                continue
            numerator = reading.value
            singular_word = numerator == 1 and head[-1].kind == "digit"
        if not d.plural and numerator != 1:
            continue
        ordinal_like = singular_word and not d.plural and d.value != 2  # "a third term"
        periods = (
            d.kind == "fraction" and d.value == 4 and d.text.lower().startswith("quarter")
        )  # "two quarters"
        bare = "ordinal" if (ordinal_like or periods) and scale == 1 else None
        return _Reading(numerator / denominator * scale, None, scale > 1, bare, True, scale)
    return None


def _cardinal(seq: list[Token]) -> _Reading | None:
    """Whole numbers: digits, words, hundreds, scales, dozens (``4 thousand 3 hundred and 21``)."""
    total = 0.0
    chunk: float | None = None
    chunk_token: Token | None = None  # the digits the current group was written with, if any
    coefficient: tuple[float, Token | None] | None = None
    hundred_in_chunk = False
    and_base: float | None = None
    biggest = math.inf
    last_scale = 1.0
    prev: str | None = None
    after_and = False
    for idx, t in enumerate(seq):
        k = t.kind
        if k == "and":
            if after_and or prev not in ("hundred", "scale", "tens", "dozen"):
                return None
            after_and, and_base = True, chunk
            continue
        if k == "article":
            following = seq[idx + 1].kind if idx + 1 < len(seq) else None
            if (
                chunk is not None
                or (idx and not after_and)
                or following not in ("hundred", "scale", "dozen", "pair")
            ):
                return None
            chunk = 1.0
        elif k == "num":
            if chunk is None:
                chunk, chunk_token = t.value, t
            elif prev == "hundred" and t.value.is_integer() and t.value < 100 and chunk % 100 == 0:
                chunk += t.value
            else:
                return None
        elif k in ("digit", "teen", "tens"):
            if chunk is None:
                chunk = t.value
            elif prev == "tens" and k == "digit" and t.value > 0 and chunk % 10 == 0:
                chunk += t.value
            elif prev == "hundred" and chunk % 100 == 0:
                chunk += t.value
            elif prev == "digit" and k in ("tens", "teen") and idx == 1 and chunk < 10 and not after_and:
                chunk = chunk * 100 + t.value  # "one twenty two"
            else:
                return None
            chunk_token = None
        elif k == "hundred":
            if chunk is None or chunk == 0 or hundred_in_chunk or (chunk >= 100 and prev != "num"):
                return None
            chunk *= 100
            hundred_in_chunk, chunk_token = True, None
        elif k == "scale":
            if chunk is None and prev == "scale" and t.value > last_scale:
                total *= t.value  # a scale of a scale: "2.5 lakh crore", "a thousand million"
                biggest = last_scale = last_scale * t.value
                continue
            if chunk is None or chunk == 0 or t.value >= biggest:
                return None
            coefficient = (chunk, chunk_token)
            total += chunk * t.value
            biggest = last_scale = t.value
            chunk, chunk_token, hundred_in_chunk, and_base = None, None, False, None
        elif k == "dozen":
            if chunk is None:
                return None
            base = and_base if and_base is not None else 0.0
            chunk = base + (chunk - base) * 12
            chunk_token = None
        elif k == "pair":
            if prev != "article":
                return None
            chunk = 2.0
        else:
            return None
        prev, after_and = k, False
    if after_and or prev == "article" or (chunk is None and total == 0 and prev != "scale"):
        return None
    value = total + (chunk or 0.0)
    if prev == "scale" and coefficient is not None:
        amount, token = coefficient
        # "1,200 million dollars": a sum in thousands of a scale gives the next scale up in the smaller one's units,
        # rounded as "1.2 billion" is; its trailing zeros round
        written = token.text if token else str(int(amount))
        step = step_of_digits(written, zeros_round=amount >= _THOUSANDS_OF_A_SCALE) * last_scale
        return _Reading(value, step, scaled=True, last_scale=last_scale)
    if chunk_token is not None and total == 0:
        step = step_of_digits(chunk_token.text)
    else:
        step = step_of_digits(str(int(value))) if value.is_integer() else 1.0
    bare = "one" if len(seq) == 1 and seq[0].kind == "digit" and value == 1 else None
    return _Reading(value, step, bare=bare, last_scale=last_scale)
