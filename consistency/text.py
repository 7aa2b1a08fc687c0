"""Sentences and paragraphs of a document, as character spans into its text.

Segmentation is two passes of regular expressions, no language model:

1. Lines → paragraphs. A line break ends a paragraph unless it is a soft
   wrap: the line ends with a comma, the next line starts in lower case, or
   the text is hard-wrapped (most lines under ~120 characters) and the line
   runs close to the wrap width. Headings, list items, table rows and rules
   always stand alone.
2. Paragraphs → sentences, at ``.``, ``?``, ``!`` (and any closing quotes or
   brackets after them) followed by white space and a word that does not
   start in lower case. A period does not end a sentence after a title
   ("Dr."), before a number after "No." or a month ("Feb. 24"), after an
   initial ("Donald J. Trump"), or after a noun abbreviation ("U.S.",
   "Inc.", "a.m.") unless the next word is one that starts sentences
   ("The", "It", ...). Ellipses never end one. The word lists are
   ``data/abbreviations.csv`` and ``data/sentence_starters.csv``.

Table rows are kept whole: a row is one sentence. Spans with no letter or
digit (rules, table separators) are not sentences.
"""

from __future__ import annotations

import bisect
import csv
import functools
import re
from collections.abc import Sequence
from importlib import resources

from .model import Sentence

__all__ = ["sentences", "paragraphs", "sentence_at"]

# Hard-wrap detection: a text whose lines are this short is treated as wrapped.
_WRAP_MAX = 120
# A wrapped line this close to the wrap width continues on the next line.
_WRAP_FILL = 0.6
_MIN_WRAPPED_LINES = 3
# No sentence of news runs this long (the longest are a few hundred characters); a longer span
# (a page on one line with no full stop, a dump of figures) is cut into pieces of at most this
# size, so that the work done for each mention in its sentence stays bounded.
SENTENCE_MAX = 2000

_HEADING = re.compile(r"\s{0,3}#{1,6}\s")
_LIST_ITEM = re.compile(r"\s*(?:[-*+•▪►–—]|\d{1,3}[.)]|\(?[a-zA-Z]\)|\(\d{1,3}\))\s+\S")
_RULE = re.compile(r"\s*([-*_=~])(?:\s*\1){2,}\s*$")
_SOFT_END = re.compile(r"[,(\[{–—-]['\"”’]*\s*$")
_HARD_END = re.compile(r"[.!?:;…]['\"”’)\]]*\s*$")
_LOWER_START = re.compile(r"\s*['\"“‘(]?[a-z]")
_ALNUM = re.compile(r"[^\W_]")
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_TITLE_WORDS = 14

# A sentence end: terminal punctuation, closing quotes or brackets, then white space.
_END = re.compile(r"(\.{2,}|…|[.!?]+)([\"'”’»)\]]*)(?=\s)")
_NEXT = re.compile(r"\s+[\"'“‘«(\[*_]*(\S)")
_NEXT_WORD = re.compile(r"\s+[\"'“‘«(\[*_]*([A-Z][a-z]*)\b(?!\.)")
_WORD_BEFORE = re.compile(r"[^\s\"'“‘«(\[]*$")
_INITIALS = re.compile(r"(?:[A-Za-z]\.)*[A-Za-z]")


@functools.cache
def _abbreviations() -> dict[str, str]:
    """Abbreviation (with its final period) → kind: title, number or noun."""
    with resources.files("consistency").joinpath("data/abbreviations.csv").open(encoding="utf-8") as f:
        return {row["abbreviation"]: row["kind"] for row in csv.DictReader(f)}


@functools.cache
def _starters() -> frozenset[str]:
    """Words that begin sentences and never continue a name ("The", "It", ...)."""
    with resources.files("consistency").joinpath("data/sentence_starters.csv").open(encoding="utf-8") as f:
        return frozenset(row["word"] for row in csv.DictReader(f))


def sentences(text: str) -> list[Sentence]:
    """The sentences of `text`, in order, with offsets into `text`.

    Each sentence's text is ``text[start:end]``, with no white space at
    either end. Sentences do not overlap; white space between them belongs
    to none.
    """
    out: list[Sentence] = []
    for start, end in paragraphs(text):
        spans = [(start, end)] if _is_table_row(text, start, end) else _split_paragraph(text, start, end)
        for s, e in spans:
            out.extend(Sentence(a, b, text[a:b]) for a, b in _bounded(text, s, e))
    return out


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A span longer than SENTENCE_MAX cut into pieces at white space (anywhere, if it has none)."""
    pieces = []
    while end - start > SENTENCE_MAX:
        cut = text.rfind(" ", start + SENTENCE_MAX // 2, start + SENTENCE_MAX)
        cut = cut if cut > start else start + SENTENCE_MAX
        piece = _trim(text, start, cut)
        if piece is not None:
            pieces.append(piece)
        start = cut
    last = _trim(text, start, end)
    return pieces + ([last] if last is not None else [])


def sentence_at(sentences: Sequence[Sentence], offset: int) -> Sentence | None:
    """The sentence that holds character `offset`, or None (between sentences)."""
    i = bisect.bisect_right(sentences, offset, key=lambda s: s.start) - 1
    if i >= 0 and offset < sentences[i].end:
        return sentences[i]
    return None


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of the paragraphs of `text`: runs of lines joined by soft wraps.

    Spans are trimmed of white space and hold at least one letter or digit.
    """
    lines = _lines(text)
    width = _wrap_width(text, lines)
    spans: list[tuple[int, int]] = []
    para_start: int | None = None
    previous: tuple[int, int] | None = None
    fresh = True  # the previous line starts a paragraph or a sentence
    for start, end in lines:
        line = text[start:end]
        if not line.strip():
            if para_start is not None and previous is not None:
                spans.append((para_start, previous[1]))
            para_start, previous = None, None
            continue
        if para_start is not None and previous is not None and not _continues(text, previous, line, width, fresh):
            spans.append((para_start, previous[1]))
            para_start = None
        if para_start is None:
            para_start = start
            fresh = True
        else:
            fresh = previous is not None and bool(_HARD_END.search(text, previous[0], previous[1]))
        previous = (start, end)
    if para_start is not None and previous is not None:
        spans.append((para_start, previous[1]))
    return [span for span in (_trim(text, s, e) for s, e in spans) if span is not None]


def _lines(text: str) -> list[tuple[int, int]]:
    """Start and end of every line, without its line break."""
    spans = []
    position = 0
    for line in text.split("\n"):
        spans.append((position, position + len(line)))
        position += len(line) + 1
    return spans


def _wrap_width(text: str, lines: list[tuple[int, int]]) -> int | None:
    """The width a hard-wrapped text is wrapped at, or None if it is not wrapped."""
    lengths = [e - s for s, e in lines if not _is_marker(text[s:e]) and text[s:e].strip()]
    if len(lengths) < _MIN_WRAPPED_LINES:
        return None
    long_lines = sum(1 for n in lengths if n > _WRAP_MAX)
    if long_lines * 20 > len(lengths):
        return None
    fitting = sorted(n for n in lengths if n <= _WRAP_MAX)
    return fitting[int(0.9 * (len(fitting) - 1))]


def _continues(text: str, previous: tuple[int, int], line: str, width: int | None, fresh: bool) -> bool:
    """Whether the line break before `line` is a soft wrap inside one paragraph.

    `fresh` says the line before the break begins a paragraph or a sentence.
    """
    before = text[previous[0] : previous[1]]
    if _is_marker(line) or _is_table_line(before):
        return False
    if _is_marker(before) and not _LIST_ITEM.match(before):
        return False
    if _SOFT_END.search(before) or _LOWER_START.match(line):
        return True
    if width is None or before.rstrip().endswith(":") or _is_heading_like(before, width, fresh):
        return False
    return len(before.rstrip()) >= _WRAP_FILL * width


def _is_heading_like(line: str, width: int, fresh: bool) -> bool:
    """In a wrapped text, a heading: a line with no final punctuation that is short,
    or that starts afresh and is in title case ("Zelenskyy's Position and the Broader Context").
    """
    if _HARD_END.search(line):
        return False
    return len(line.rstrip()) < _WRAP_FILL * width or fresh and _is_title_case(line)


def _is_title_case(line: str) -> bool:
    """Most words of four letters or more capitalised, in a line of a few words."""
    words = _WORD.findall(line)
    long_words = [w for w in words if len(w) >= 4]
    if not long_words or len(words) > _TITLE_WORDS:
        return False
    capitalised = sum(1 for w in long_words if w[0].isupper())
    return capitalised >= 0.75 * len(long_words)


def _is_marker(line: str) -> bool:
    """A line that stands alone: heading, list item, table row or rule."""
    return bool(
        _HEADING.match(line) or _LIST_ITEM.match(line) or _RULE.match(line) or _is_table_line(line)
    )


def _is_table_line(line: str) -> bool:
    stripped = line.strip()
    return "|" in stripped and (stripped.startswith("|") or stripped.endswith("|") or stripped.count("|") >= 2)


def _is_table_row(text: str, start: int, end: int) -> bool:
    return "\n" not in text[start:end] and _is_table_line(text[start:end])


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """`start`, `end` moved in past white space; None if no letter or digit is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end or not _ALNUM.search(text, start, end):
        return None
    return start, end


def _split_paragraph(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside one paragraph."""
    spans: list[tuple[int, int]] = []
    begin = start
    for m in _END.finditer(text, start, end):
        if _ends_sentence(text, m, end):
            span = _trim(text, begin, m.end())
            if span is not None:
                spans.append(span)
            begin = m.end()
    span = _trim(text, begin, end)
    if span is not None:
        spans.append(span)
    return spans


def _ends_sentence(text: str, m: re.Match[str], limit: int) -> bool:
    """Whether the terminal punctuation matched by `m` ends a sentence."""
    following = _NEXT.match(text, m.end(), limit)
    if following is None:
        return False
    first = following.group(1)
    if first.islower():
        return False
    mark, closers = m.group(1), m.group(2)
    if mark.startswith("..") or mark == "…":
        return False
    if "?" in mark or "!" in mark or closers:
        return True
    word = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start()).group()
    kind = _abbreviation_kind(word)
    if kind == "title":
        return False
    if kind == "number":
        return not first.isdigit()
    if kind == "noun":
        starter = _NEXT_WORD.match(text, m.end(), limit)
        return starter is not None and starter.group(1) in _starters()
    return True


def _abbreviation_kind(word: str) -> str | None:
    """How an abbreviation ending in the period after `word` behaves, if it is one."""
    if not word:
        return None
    table = _abbreviations()
    dotted = word + "."
    kind = table.get(dotted) or table.get(dotted[0].lower() + dotted[1:])
    if kind is not None:
        return kind
    if _INITIALS.fullmatch(word) and not word.islower():
        return "noun"  # an initial ("J.") or an acronym ("N.Y.")
    return None
