"""Bytes → text: UTF-8/16/32 by BOM, UTF-8 (stray Windows-1252 bytes read as such), else Windows-1252; binary is refused.

Line breaks become "\n", one character for one, so offsets keep pointing at
the same line; a BOM is dropped.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

__all__ = ["NotText", "decode", "decode_noting"]

# Longest first: the UTF-32 LE BOM begins with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SAMPLE = 1 << 16
# C0 controls other than tab, line feed, vertical tab, form feed and carriage return; DEL.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_LINE_BREAK = re.compile(r"\r\n?")
# a well-formed multi-byte UTF-8 sequence: a file holding one is UTF-8, whatever stray bytes it also holds
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_CP1252_FALLBACK = "consistency.cp1252-fallback"


class NotText(ValueError):
    """The content cannot be read as a document; the message says why."""


def decode(data: bytes) -> str:
    """The text of `data`, or NotText naming the problem."""
    return decode_noting(data)[0]


def decode_noting(data: bytes) -> tuple[str, list[str]]:
    """The text of `data` and warnings about bytes read as something else, or NotText naming the problem.

    A UTF-8 file with a few Windows-1252 bytes among its UTF-8 (a line pasted
    from a legacy file) keeps its UTF-8 ("€" stays "€"); each stray byte is
    read as Windows-1252 and a warning says where the first one is.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as error:
                raise NotText(f"cannot decode as {encoding.upper()} at byte {error.start}") from None
            return _normalise(_checked(text.lstrip("\ufeff"))), []
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        encoding = _utf16_without_bom(sample)
        if encoding is None:
            raise NotText("not a text file (binary content)")
        try:
            return _normalise(_checked(data.decode(encoding))), []
        except UnicodeDecodeError as error:
            raise NotText(f"cannot decode as {encoding.upper()} at byte {error.start}") from None
    try:
        return _normalise(_checked(data.decode("utf-8"))), []
    except UnicodeDecodeError as error:
        utf8_error = error
    if _UTF8_SEQUENCE.search(data):
        text = _normalise(_checked(data.decode("utf-8", _CP1252_FALLBACK)))
        line = data.count(b"\n", 0, utf8_error.start) + 1
        return text, [f"not valid UTF-8 on line {line} (byte {utf8_error.start}): stray bytes read as Windows-1252"]
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise NotText(f"cannot decode as UTF-8 at byte {utf8_error.start} (nor as Windows-1252)") from None
    try:
        return _normalise(_checked(text)), []
    except NotText:
        raise NotText(f"cannot decode as UTF-8 at byte {utf8_error.start}: not a text file") from None


def _cp1252_byte(error: UnicodeError) -> tuple[str, int]:
    """Error handler: a byte that is not UTF-8 read as Windows-1252 (U+FFFD where that has no character)."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    stray = error.object[error.start : error.end]
    return stray.decode("cp1252", errors="replace"), error.end


codecs.register_error(_CP1252_FALLBACK, _cp1252_byte)


def _utf16_without_bom(sample: bytes) -> str | None:
    """UTF-16 LE or BE when every other byte is NUL, as in ASCII text so encoded."""
    even, odd = sample[0::2], sample[1::2]
    if len(sample) < 4:
        return None
    if odd.count(0) >= 0.9 * len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) >= 0.9 * len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return None


def _checked(text: str) -> str:
    """`text`, unless control characters show it is binary data."""
    sample = text[:_SAMPLE]
    controls = len(_CONTROL.findall(sample))
    if controls > max(2, len(sample) // 100):
        raise NotText("not a text file (binary content)")
    return text


def _normalise(text: str) -> str:
    """One line break, and composed accents: "Bolívar" written as "i" + a combining accent reads as one word."""
    if "\r" in text:
        text = _LINE_BREAK.sub("\n", text)
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)
