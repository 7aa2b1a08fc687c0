"""What a regular expression can start with, read from its parsed form.

``Openings(patterns, k)`` holds the first k characters each of many
patterns can start with, digits and blanks folded into one symbol each: a
look-up of the k characters at an offset then names the few patterns worth
trying there (most often none), instead of trying them all.

The analysis is conservative: anything it does not understand (a category
other than digits and blanks, a negated class, a backreference, a flag
switched inside, too many possible openings) answers None, "anything", so a
pattern is never ruled out wrongly. Zero-width assertions (``\\b``,
lookarounds) constrain nothing here and are skipped.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from re import _constants as C  # noqa: N812  (the parser's own opcode names)
from re import _parser as P  # noqa: N812

__all__ = ["first_chars", "openings", "Openings"]

_DIGITS = frozenset("0123456789")
_WIDE = 2000  # a range wider than this is "any character"
_MOST = 20_000  # more possible openings than this: "anything"
_KEYS_KEPT = 1 << 16  # `Openings` remembers the answer for this many distinct k characters (a few MB)

Fold = Callable[[str], str]


class _Unknown(Exception):
    """A construct the analysis does not read."""


def _same(char: str) -> str:
    return char


def _digits_and_blanks(char: str) -> str:
    """Every digit reads as "0" and every blank as " ", as the `Openings` keys do."""
    if char.isspace():
        return " "
    return "0" if char in _DIGITS else char


def openings(pattern: str, k: int, fold: Fold = _same) -> frozenset[str] | None:
    """The first `k` characters of every match of `pattern` (the whole match when shorter), or None: anything.

    Each character goes through `fold` first. An empty match gives "".
    """
    try:
        parsed = P.parse(pattern)
        if parsed.state.flags & re.IGNORECASE:
            return None  # "(?i)" for the whole pattern
        found = _sequence(parsed, k, fold)
    except (_Unknown, re.error, RecursionError):
        return None
    return frozenset(text for text, _ in found)


def first_chars(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """The characters a match of `pattern` can start with, or None when it could start with any (or be empty)."""
    if flags & re.IGNORECASE:
        return None
    found = openings(pattern, 1)
    return None if found is None or "" in found else found


class Openings:
    """Which of `patterns` may match at an offset, read from the first `k` characters found there.

    Built once (a few hundredths of a second for the date readers); a call
    costs a slice and a look-up, remembered per `k` characters. Digits fold
    to "0" and ASCII blanks to " " on both sides, which keeps the sets small;
    an offset whose first `k` characters hold anything else outside ASCII
    that is no letter (a curly quote, a digit of another script) may open
    every pattern. Patterns the analysis cannot read may open wherever their
    first character may stand.
    """

    def __init__(self, patterns: Iterable[str], k: int = 4) -> None:
        self.k = k
        self._by_text: dict[str, set[int]] = {}  # k characters, or a whole match shorter than k: the patterns
        self._by_first: dict[str, set[int]] = {}  # the first character of a pattern that was not read
        self._anywhere: set[int] = set()  # a pattern not read that may start with any character
        count = 0
        for index, pattern in enumerate(patterns):
            count += 1
            found = openings(pattern, k, _digits_and_blanks)
            if found is None:
                firsts = first_chars(pattern)
                if firsts is None:
                    self._anywhere.add(index)
                for char in firsts or ():
                    self._by_first.setdefault(char, set()).add(index)
                continue
            for text in found:
                self._by_text.setdefault(text, set()).add(index)
        self._every = tuple(range(count))
        self._lengths = sorted({len(text) for text in self._by_text})
        self._fold = str.maketrans({c: _digits_and_blanks(c) for c in map(chr, range(128)) if c != _digits_and_blanks(c)})
        self._of_key = functools.lru_cache(maxsize=_KEYS_KEPT)(self._patterns_of)

    def __call__(self, text: str, pos: int) -> tuple[int, ...]:
        """The indices of the patterns that may match `text` at `pos`, in order; () when none can."""
        return self._of_key(text[pos : pos + self.k])

    def _patterns_of(self, key: str) -> tuple[int, ...]:
        """The patterns that may match where `key` (k characters, fewer at the end of a text) stands."""
        if not key.replace(" ", "").isalpha():  # digits or other blanks to fold, or punctuation
            key = key.translate(self._fold)
            if not key.isascii():
                return self._every
        found = self._anywhere | self._by_first.get(key[:1], set())
        for n in self._lengths:  # a match shorter than k, or one that starts with these k characters
            found = found | self._by_text.get(key[:n], set())
        return tuple(sorted(found))


# -- the analysis -----------------------------------------------------------------
# A set of (text, complete) pairs: `text` is how a match begins, at most k
# characters; `complete` says the match (of the part analysed) ends there, so
# what follows it comes next. Incomplete texts are k characters long.

_Texts = set[tuple[str, bool]]


def _sequence(items, k: int, fold: Fold) -> _Texts:
    texts: _Texts = {("", True)}
    for op, av in items:
        texts = _concat(texts, _item(op, av, k, fold), k)
        if all(not complete for _, complete in texts):
            break
    return texts


def _concat(first: _Texts, then: _Texts, k: int) -> _Texts:
    out: _Texts = set()
    for text, complete in first:
        if not complete:
            out.add((text, False))
            continue
        for more, done in then:
            joined = text + more
            out.add((joined[:k], False) if len(joined) >= k else (joined, done))
    if len(out) > _MOST:
        raise _Unknown
    return out


def _item(op, av, k: int, fold: Fold) -> _Texts:
    if op is C.LITERAL:
        return {(fold(chr(av)), True)}
    if op is C.IN:
        return {(c, True) for c in _charset(av, fold)}
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return {("", True)}
    if op is C.SUBPATTERN:
        if av[1] or av[2]:
            raise _Unknown  # flags switched inside the group
        return _sequence(av[3], k, fold)
    if op is C.ATOMIC_GROUP:
        return _sequence(av, k, fold)
    if op is C.BRANCH:
        out: _Texts = set()
        for alternative in av[1]:
            out |= _sequence(alternative, k, fold)
        return out
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        return _repeat(av, k, fold)
    raise _Unknown


def _repeat(av, k: int, fold: Fold) -> _Texts:
    """body{low,high}: the repetitions up to k + 1 times give every opening of k characters."""
    low, high, body = av
    once = _sequence(body, k, fold)
    out: _Texts = set()
    texts: _Texts = {("", True)}
    for times in range(k + 2):
        if times >= low:
            out |= texts
        if times == high or times == k + 1:
            break
        texts = _concat(texts, once, k)
    if low > k + 1:
        out |= texts  # body{k+1} already fixes the first k characters (or holds the shorter matches)
    return out


def _charset(items, fold: Fold) -> set[str]:
    out: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            out.add(fold(chr(av)))
        elif op is C.RANGE and av[1] - av[0] <= _WIDE:
            out.update(fold(chr(c)) for c in range(av[0], av[1] + 1))
        elif op is C.CATEGORY and av is C.CATEGORY_DIGIT:
            out |= {fold(c) for c in _DIGITS}
        elif op is C.CATEGORY and av is C.CATEGORY_SPACE and fold is _digits_and_blanks:
            out.add(" ")
        else:
            raise _Unknown
    return out
