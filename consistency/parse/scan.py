"""Passes over the whole text that several parsers need: done once per text.

Figures, dates and ranks all look for digits and read words in lower case.
Each pass here runs once per text and is remembered for the few texts in
flight (``mentions()`` reads one text with every parser in turn), so the
parsers share it instead of each scanning the text again.
"""

from __future__ import annotations

import functools
import re

__all__ = ["lowered", "digit_starts"]

_DIGITS = re.compile(r"\d+")


@functools.lru_cache(maxsize=4)
def lowered(text: str) -> str:
    """`text` in lower case, character for character, so that offsets stay valid."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


@functools.lru_cache(maxsize=4)
def digit_starts(text: str) -> tuple[int, ...]:
    """Where each run of digits begins, in order."""
    return tuple(m.start() for m in _DIGITS.finditer(text))
