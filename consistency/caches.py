"""The package's bounded caches of pure functions (a word's stem, a sentence's terms, a name's key), emptied
when a check is done with what they hold.

A cache serves repetition within one stage of one story: the parsers meet a
sentence again in each report that gives it, a story's rules ask of one
claim many times. Full, the caches hold tens of MB of sentences, words and
readings that the next story rarely asks for again: a check that kept them
from one stage to the next, and from one story to the next, would hold
memory that grows with the corpus rather than with its largest story.
`forget` empties every cache made by `bounded` or kept in an `emptied`
mapping; a check calls it when every
document is analysed and before each story's work (engine.py). What a
cache returns is what the function returns, so emptying one changes no
result.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["bounded", "emptied", "forget"]

F = TypeVar("F", bound=Callable[..., Any])
M = TypeVar("M", bound=dict)

_EMPTIES: list[Callable[[], None]] = []  # how to empty each cache made by `bounded` or given to `emptied`, for `forget`


def bounded(maxsize: int) -> Callable[[F], F]:
    """`functools.lru_cache(maxsize=maxsize)`, emptied by `forget`."""

    def cached(fn: F) -> F:
        kept = functools.lru_cache(maxsize=maxsize)(fn)
        _EMPTIES.append(kept.cache_clear)
        return kept  # type: ignore[return-value]

    return cached


def emptied(cache: M) -> M:
    """`cache`, a dict a module keeps answers in by a key of its own, emptied by `forget`."""
    _EMPTIES.append(cache.clear)
    return cache


def forget() -> None:
    """Empty every cache made by `bounded` or given to `emptied`."""
    for empty in _EMPTIES:
        empty()
