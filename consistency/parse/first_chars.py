"""The characters a regular expression can start with, read from its parsed form.

Used to speed up a large alternation: ``guarded(pattern)`` puts a class of
the characters the pattern can start with in front of it, and the regex
engine skips an alternative whose opening class does not fit the character
at hand without trying the rest of it (lookbehinds, word boundaries). The
analysis is conservative: anything it does not understand (a category other than
digits, a negated class, a backreference) answers None, "any character",
so a branch is never left out wrongly. Zero-width assertions (``\\b``,
lookarounds) do not consume the first character and are skipped.
"""

from __future__ import annotations

import re
from re import _constants as C  # noqa: N812  (the parser's own opcode names)
from re import _parser as P  # noqa: N812

__all__ = ["first_chars", "guarded"]

_DIGITS = frozenset("0123456789")
_WIDE = 2000  # a range wider than this is "any character"


def first_chars(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """The characters a match of `pattern` can start with, or None when it could start with any (or be empty)."""
    if flags & re.IGNORECASE:
        return None
    try:
        chars, nullable = _sequence(P.parse(pattern, flags))
    except Exception:  # an unfamiliar construct: say "any"
        return None
    return None if chars is None or nullable else frozenset(chars)


def _sequence(items) -> tuple[set[str] | None, bool]:
    out: set[str] = set()
    for op, av in items:
        chars, nullable = _item(op, av)
        if chars is None:
            return None, False
        out |= chars
        if not nullable:
            return out, False
    return out, True


def _item(op, av) -> tuple[set[str] | None, bool]:
    if op is C.LITERAL:
        return {chr(av)}, False
    if op is C.IN:
        return _charset(av), False
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return set(), True
    if op is C.SUBPATTERN:
        if av[1] or av[2]:
            return None, False  # flags switched inside the group
        return _sequence(av[3])
    if op is C.ATOMIC_GROUP:
        return _sequence(av)
    if op is C.BRANCH:
        out: set[str] = set()
        nullable = False
        for alternative in av[1]:
            chars, empty = _sequence(alternative)
            if chars is None:
                return None, False
            out |= chars
            nullable = nullable or empty
        return out, nullable
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _, body = av
        chars, nullable = _sequence(body)
        return chars, nullable or low == 0
    return None, False


def _charset(items) -> set[str] | None:
    out: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            out.add(chr(av))
        elif op is C.RANGE and av[1] - av[0] <= _WIDE:
            out.update(chr(c) for c in range(av[0], av[1] + 1))
        elif op is C.CATEGORY and av is C.CATEGORY_DIGIT:
            out |= _DIGITS
        else:
            return None
    return out


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
