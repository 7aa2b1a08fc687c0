"""What a regular expression can start with, read from its parsed form.

Two uses, both to spend less time in large alternations tried at given offsets:

- ``guarded(pattern)`` puts a class of the characters the pattern can start
  with in front of it: the regex engine skips an alternative whose opening
  class does not fit the character at hand without trying the rest of it
  (lookbehinds, word boundaries);
- ``Openings(patterns, k)`` holds the first k characters any of the patterns
  can start with, digits and blanks folded into one symbol each; a set
  look-up then says at once that none of them can match at an offset.

The analysis is conservative: anything it does not understand (a category
other than digits and blanks, a negated class, a backreference, a flag
switched inside, too many possible openings) answers None, "anything", so a
pattern is never ruled out wrongly. Zero-width assertions (``\\b``,
lookarounds) constrain nothing here and are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from re import _constants as C  # noqa: N812  (the parser's own opcode names)
from re import _parser as P  # noqa: N812

__all__ = ["first_chars", "guarded", "openings", "Openings"]

_DIGITS = frozenset("0123456789")
_WIDE = 2000  # a range wider than this is "any character"
_MOST = 20_000  # more possible openings than this: "anything"

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


def guarded(pattern: str) -> str:
    """`pattern` behind a class of its first characters: it matches wherever `pattern` matches.

    The class consumes the first character; a lookbehind then steps back one
    character and runs the pattern from there in a lookahead. The guarded
    pattern matches one character only: it answers "does `pattern` match
    here", which is what a gate needs. A pattern that may start with any
    character comes back unchanged, in a group.
    """
    chars = first_chars(pattern)
    if chars is None:
        return f"(?:{pattern})"
    return f"{_char_class(chars)}(?<=(?=(?:{pattern}))(?s:.))"


def _char_class(chars: frozenset[str]) -> str:
    """A regex class of `chars`; all ten digits become \\d, so that digits of other scripts pass too."""
    body = "".join(re.escape(c) for c in sorted(chars - _DIGITS))
    digits = "\\d" if _DIGITS <= chars else "".join(sorted(chars & _DIGITS))
    return f"[{digits}{body}]"


class Openings:
    """Whether any of `patterns` may match at an offset, by the first `k` characters found there.

    Built once (a few hundredths of a second for the date readers); a call
    costs a slice and a set look-up. Digits fold to "0" and ASCII blanks to
    " " on both sides, which keeps the sets small; an offset whose first `k`
    characters hold anything else outside ASCII (a curly quote, a digit of
    another script) is always a "maybe". Patterns the analysis cannot read
    are a "maybe" wherever their first character may stand.
    """

    def __init__(self, patterns: Iterable[str], k: int = 4) -> None:
        self.k = k
        self.full: set[str] = set()  # k characters
        self.whole: set[str] = set()  # whole matches shorter than k
        self.unread_firsts: set[str] = set()  # first characters of the patterns not read
        self.anything = False  # a pattern that may start anywhere was not read
        for pattern in patterns:
            found = openings(pattern, k, _digits_and_blanks)
            if found is None:
                firsts = first_chars(pattern)
                if firsts is None:
                    self.anything = True
                else:
                    self.unread_firsts |= firsts
                continue
            for text in found:
                (self.full if len(text) == k else self.whole).add(text)
        self._whole_lengths = sorted({len(text) for text in self.whole})
        self._fold = str.maketrans({c: _digits_and_blanks(c) for c in map(chr, range(128)) if c != _digits_and_blanks(c)})

    def __call__(self, text: str, pos: int) -> bool:
        """False when none of the patterns can match `text` at `pos`; True when one may."""
        key = text[pos : pos + self.k]
        if key in self.full or self.anything:
            return True
        if self.unread_firsts and key[:1] in self.unread_firsts:
            return True
        if not key.replace(" ", "").isalpha():  # digits or other blanks to fold, or punctuation
            key = key.translate(self._fold)
            if not key.isascii():
                return True
            if key in self.full:
                return True
        # A match shorter than k (or a text that ends within k characters: a match cannot run past it).
        for n in self._whole_lengths:
            if key[:n] in self.whole:
                return True
        return False


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
