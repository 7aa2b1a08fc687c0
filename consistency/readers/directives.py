"""Inline directives, read with the document: where the author switched the checker off.

In any document (Markdown and HTML comments; JSON records' text too):

    <!-- consistency off -->  ...  <!-- consistency on -->    a passage
    <!-- consistency off name-variant -->  ...  <!-- consistency on -->    one kind in a passage
    <!-- consistency ignore name-variant -->    the next sentence, for that kind
    <!-- consistency ignore -->    the next sentence, for every kind

In plain text (.txt) a line ``# consistency: off``, ``# consistency: on`` or
``# consistency: ignore KIND`` does the same. An ``off`` without an ``on``
runs to the end.

Each directive is kept as written, with where it stands and the stretches
of the document's text it governs; whether its kinds exist is for
`consistency.suppress` to say. In an HTML page the directives are read
from the page itself (the article text holds no comments) and the passages
they govern are found again in the article text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Directive
from ..text import sentences

__all__ = ["directives_in_text", "directives_in_page"]

_COMMENT = re.compile(r"<!--\s*consistency\b(?P<body>.*?)-->", re.DOTALL)
_HASH_LINE = re.compile(r"^[ \t]*#[ \t]*consistency:(?P<body>[^\n]*)$", re.MULTILINE)
_KIND_SPLIT = re.compile(r"[\s,]+")
_TAG = re.compile(r"<(?P<close>/?)(?P<name>[a-zA-Z][a-zA-Z0-9]*)[^>]*>|<!--.*?-->", re.DOTALL)
_HIDDEN = re.compile(r"<(script|style|template|noscript)\b.*?</\1\s*>", re.DOTALL | re.IGNORECASE)
_INLINE_TAGS = frozenset(
    {"a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q", "s",
     "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var"}
)
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class _Found:
    words: tuple[str, ...]
    verb: str  # the first word, lower-cased ("" when there is none)
    start: int  # where the directive begins
    end: int  # where it ends: what it governs begins here
    text: str

    @property
    def ends_off(self) -> bool:
        """An ``on`` that ends the ``off`` before it (an ``on`` naming kinds is unreadable, and ends nothing)."""
        return self.verb == "on" and len(self.words) == 1


def _line_col(text: str, offset: int) -> tuple[int, int]:
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _found(text: str, hash_lines: bool) -> list[_Found]:
    """The directives written in `text`, in order."""
    matches = list(_COMMENT.finditer(text))
    if hash_lines:
        matches += list(_HASH_LINE.finditer(text))
    out = []
    for m in sorted(matches, key=lambda m: m.start()):
        words = tuple(w for w in _KIND_SPLIT.split(m.group("body").strip()) if w)
        out.append(_Found(words, words[0].lower() if words else "", m.start(), m.end(), " ".join(m.group().split())))
    return out


def _regions(text: str, found: Sequence[_Found]) -> list[tuple[int, int] | None]:
    """The stretch of `text` each directive governs: an off up to the next on, an ignore up to the next sentence's end."""
    out: list[tuple[int, int] | None] = []
    sents = None
    for i, d in enumerate(found):
        if d.verb == "off":
            end = next((e.start for e in found[i + 1 :] if e.ends_off), len(text))
            out.append((d.end, end))
        elif d.verb == "ignore":
            if sents is None:
                sents = sentences(text)
            end = next((s.end for s in sents if s.end > d.end and text[max(s.start, d.end) : s.end].strip()), d.end)
            out.append((d.end, end))
        else:
            out.append(None)
    return out


def directives_in_text(text: str, kind: str) -> tuple[Directive, ...]:
    """The directives of a document whose text holds them (every format but HTML); `kind` "txt" reads # lines too."""
    if "consistency" not in text:
        return ()
    found = _found(text, hash_lines=kind == "txt")
    out = []
    for d, region in zip(found, _regions(text, found), strict=True):
        out.append(Directive(d.text, d.words, *_line_col(text, d.start), (region,) if region else ()))
    return tuple(out)


def directives_in_page(page: str, text: str) -> tuple[Directive, ...]:
    """The directives of an HTML `page`, governing passages of its article `text`."""
    if "consistency" not in page:
        return ()
    found = _found(page, hash_lines=False)
    where = _Locator(text)
    out = []
    for d, region in zip(found, _regions(_blank_tags(page), found), strict=True):
        governs = []
        if region is not None:
            for sentence in sentences(_page_text(page[region[0] : region[1]])):
                span = where.find(sentence.text)
                if span is not None:
                    governs.append(span)
                if d.verb == "ignore":
                    break
        out.append(Directive(d.text, d.words, *_line_col(page, d.start), tuple(governs)))
    return tuple(out)


def _blank_tags(raw: str) -> str:
    """The page with every tag replaced by as many spaces: offsets still match, sentences end where text does."""
    return _TAG.sub(lambda m: " " * len(m.group()), _HIDDEN.sub(lambda m: " " * len(m.group()), raw))


def _page_text(fragment: str) -> str:
    """The visible text of an HTML fragment: inline tags vanish, block tags break the text."""
    fragment = _HIDDEN.sub(" ", fragment)

    def tag(m: re.Match[str]) -> str:
        name = (m.group("name") or "").lower()
        return "" if name in _INLINE_TAGS else "\n\n"

    return html.unescape(_TAG.sub(tag, fragment))


class _Locator:
    """Finds passages in a text with white space compared loosely, in order of appearance."""

    def __init__(self, text: str):
        self.positions: list[int] = []
        parts: list[str] = []
        for m in re.finditer(r"\S+", text):
            if parts:
                parts.append(" ")
                self.positions.append(m.start() - 1)
            parts.append(m.group())
            self.positions.extend(range(m.start(), m.end()))
        self.flat = "".join(parts)
        self.after = 0

    def find(self, passage: str) -> tuple[int, int] | None:
        needle = _SPACE.sub(" ", passage).strip()
        if not needle:
            return None
        i = self.flat.find(needle, self.after)
        if i < 0:
            i = self.flat.find(needle)
        if i < 0:
            return None
        self.after = i + len(needle)
        return self.positions[i], self.positions[i + len(needle) - 1] + 1
