"""Text safe to show: file names and messages on a terminal, in Markdown, in any UTF-8 file.

A file name may hold bytes that are not UTF-8 (Python keeps them as lone
surrogates, which no UTF-8 writer accepts) or control characters (a terminal
runs ``ESC [ ...`` as a command). Both are shown escaped, as Python writes
them: ``\\xff``, ``\\x1b``. A JSON string may hold a lone surrogate escape
too (``"\\ud800"``); in document text it becomes U+FFFD, the replacement
character, so offsets do not move.
"""

from __future__ import annotations

import html
import re

__all__ = ["printable", "shown_name", "without_surrogates", "markdown_text"]

_SURROGATE = re.compile(r"[\ud800-\udfff]")
# C0 and C1 controls (escape, bell, carriage return, ...), and lone surrogates
_UNSHOWABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
# a byte of a file name that was not UTF-8, as Python's file system encoding keeps it
_ESCAPED_BYTE = range(0xDC80, 0xDD00)


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code in _ESCAPED_BYTE:
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """`text` with control characters and undecodable bytes escaped: one safe line for a terminal."""
    return _UNSHOWABLE.sub(_escaped, text)


def shown_name(text: str) -> str:
    """A file name or id as it can be written to any UTF-8 output: undecodable bytes escaped, the rest kept."""
    return _SURROGATE.sub(_escaped, text)


def without_surrogates(text: str) -> tuple[str, int]:
    """`text` with every lone surrogate replaced by U+FFFD (one character for one), and how many there were."""
    return _SURROGATE.subn("\ufffd", text)


def markdown_text(text: str) -> str:
    """`text` for a Markdown line or table cell: one line, printable, no HTML or table bars of its own."""
    return html.escape(printable(" ".join(text.splitlines())), quote=False).replace("|", "\\|")
