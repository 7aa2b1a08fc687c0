"""Suppressions: passages a document's author switched off, and matches the desk's config ignores.

Inline, in any document (Markdown and HTML comments; JSON records' text too):

    <!-- consistency off -->  ...  <!-- consistency on -->    a passage
    <!-- consistency off name-variant -->  ...  <!-- consistency on -->    one kind in a passage
    <!-- consistency ignore name-variant -->    the next sentence, for that kind
    <!-- consistency ignore -->    the next sentence, for every kind

In plain text (.txt) a line ``# consistency: off``, ``# consistency: on`` or
``# consistency: ignore KIND`` does the same. Several kinds may be listed,
separated by commas or spaces. An ``off`` without an ``on`` runs to the end.

In the config, ``[[ignore]]`` entries (`IgnoreRule`) suppress a kind of
discrepancy wherever one of its claims' text contains a given text, and the
``[acknowledged]`` table suppresses single discrepancies by id.

A discrepancy is suppressed when one of its claims lies in a suppressed span
of its document (for that kind), or an ignore rule matches it. Suppressed
discrepancies are kept aside with the reason, never silently dropped.
"""

from __future__ import annotations

import html
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from .model import Discrepancy, Document, Problem
from .readers import NotText, decode
from .text import sentences

__all__ = ["IgnoreRule", "Span", "Suppressed", "inline_spans", "suppress"]

_COMMENT = re.compile(r"<!--\s*consistency\b(?P<body>.*?)-->", re.DOTALL)
_HASH_LINE = re.compile(r"^[ \t]*#[ \t]*consistency:(?P<body>[^\n]*)$", re.MULTILINE)
_VERBS = ("off", "on", "ignore")
_KIND_SPLIT = re.compile(r"[\s,]+")
_TAG = re.compile(r"<(?P<close>/?)(?P<name>[a-zA-Z][a-zA-Z0-9]*)[^>]*>|<!--.*?-->", re.DOTALL)
_HIDDEN = re.compile(r"<(script|style|template|noscript)\b.*?</\1\s*>", re.DOTALL | re.IGNORECASE)
_INLINE_TAGS = frozenset(
    {"a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q", "s",
     "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var"}
)
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class IgnoreRule:
    """A config `[[ignore]]`: suppress `kind` (None: any kind) where a claim's text contains `text`.

    The match is case-sensitive: a spelling is exactly what a name-variant is about.
    """

    text: str
    reason: str
    kind: str | None = None

    def matches(self, d: Discrepancy) -> bool:
        if self.kind is not None and d.kind != self.kind:
            return False
        return any(self.text in c.mention.text for c in d.claims)


@dataclass(frozen=True, slots=True)
class Span:
    """A suppressed stretch of a document's text, [start, end); `kinds` None means every kind."""

    doc: str
    start: int
    end: int
    kinds: frozenset[str] | None
    directive: str
    line: int

    def covers(self, kind: str, start: int) -> bool:
        return self.start <= start < self.end and (self.kinds is None or kind in self.kinds)


@dataclass(frozen=True, slots=True)
class Suppressed:
    """A discrepancy left out of the report, and why."""

    discrepancy: Discrepancy
    reason: str


@dataclass(frozen=True, slots=True)
class _Directive:
    verb: str
    kinds: frozenset[str] | None
    start: int  # where the directive begins
    end: int  # where it ends: what it governs begins here
    text: str


def _directives(doc: Document, text: str, known: Collection[str], problems: list[Problem]) -> list[_Directive]:
    """The directives written in `text`, in order; unreadable ones become problems naming the place."""
    if "consistency" not in text:
        return []
    found = list(_COMMENT.finditer(text))
    if doc.kind == "txt":
        found += list(_HASH_LINE.finditer(text))
    out = []
    for m in sorted(found, key=lambda m: m.start()):
        words = [w for w in _KIND_SPLIT.split(m.group("body").strip()) if w]
        written = " ".join(m.group().split())
        line, col = _line_col(text, m.start())
        path, where = doc.path or doc.id, f"line {line}, column {col}"
        if not words or words[0].lower() not in _VERBS:
            problems.append(Problem(path, f"{where}: cannot read the directive {written!r}: write off, on or ignore KIND"))
            continue
        verb, kinds = words[0].lower(), words[1:]
        unknown = [k for k in kinds if k not in known]
        if unknown:
            problems.append(
                Problem(path, f"{where}: {', '.join(repr(k) for k in unknown)} in {written!r} is not a discrepancy kind; "
                              f"known kinds: {', '.join(sorted(known))}")
            )
            continue
        if verb == "on" and kinds:
            problems.append(Problem(path, f"{where}: {written!r}: 'on' takes no kinds; it ends every 'off' before it"))
            continue
        out.append(_Directive(verb, frozenset(kinds) or None, m.start(), m.end(), written))
    return out


def _line_col(text: str, offset: int) -> tuple[int, int]:
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _regions(text: str, directives: Sequence[_Directive]) -> list[tuple[int, int, _Directive]]:
    """The stretches of `text` each off or ignore directive governs (an ignore: up to the next sentence's end)."""
    out = []
    sents = None
    for i, d in enumerate(directives):
        if d.verb == "off":
            end = next((e.start for e in directives[i + 1 :] if e.verb == "on"), len(text))
            out.append((d.end, end, d))
        elif d.verb == "ignore":
            if sents is None:
                sents = sentences(text)
            end = next((s.end for s in sents if s.end > d.end and text[max(s.start, d.end) : s.end].strip()), d.end)
            out.append((d.end, end, d))
    return out


def inline_spans(doc: Document, known: Collection[str]) -> tuple[list[Span], list[Problem]]:
    """The suppressed spans of one document, and the directives that could not be read.

    For an HTML page the directives are read from the file itself (the
    article text holds no comments) and the passages they govern are found
    again in the article text.
    """
    problems: list[Problem] = []
    if doc.kind == "html":
        return _html_spans(doc, known, problems), problems
    directives = _directives(doc, doc.text, known, problems)
    spans = [
        Span(doc.id, start, end, d.kinds, d.text, _line_col(doc.text, d.start)[0])
        for start, end, d in _regions(doc.text, directives)
    ]
    return spans, problems


def _html_spans(doc: Document, known: Collection[str], problems: list[Problem]) -> list[Span]:
    raw = _raw(doc.path)
    if raw is None or "consistency" not in raw:
        return []
    directives = _directives(doc, raw, known, problems)
    found = _Locator(doc.text)
    spans = []
    for start, end, d in _regions(_blank_tags(raw), directives):
        for sentence in sentences(_page_text(raw[start:end])):
            where = found.find(sentence.text)
            if where is not None:
                spans.append(Span(doc.id, where[0], where[1], d.kinds, d.text, _line_col(raw, d.start)[0]))
            if d.verb == "ignore":
                break
    return spans


def _raw(path: str) -> str | None:
    if not path or path == "-":
        return None
    try:
        return decode(Path(path).read_bytes())
    except (OSError, NotText):
        return None


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


def suppress(
    discrepancies: Iterable[Discrepancy],
    spans: Sequence[Span],
    ignores: Sequence[IgnoreRule] = (),
    config_name: str = "config",
    acknowledged: Mapping[str, str] | None = None,
) -> tuple[list[Discrepancy], list[Suppressed]]:
    """Split discrepancies into those kept and those suppressed.

    Inline spans first, then the config's ignore rules, then the ids it acknowledges with a reason.
    """
    acknowledged = acknowledged or {}
    by_doc: dict[str, list[Span]] = {}
    for s in spans:
        by_doc.setdefault(s.doc, []).append(s)
    kept: list[Discrepancy] = []
    dropped: list[Suppressed] = []
    for d in discrepancies:
        reason = _inline_reason(d, by_doc) if by_doc else None
        if reason is None:
            rule = next((r for r in ignores if r.matches(d)), None)
            if rule is not None:
                reason = f"{config_name} [[ignore]] {rule.text!r}: {rule.reason}"
            elif d.id in acknowledged:
                reason = f"{config_name} [acknowledged]: {acknowledged[d.id]}"
        if reason is None:
            kept.append(d)
        else:
            dropped.append(Suppressed(d, reason))
    return kept, dropped


def _inline_reason(d: Discrepancy, by_doc: dict[str, list[Span]]) -> str | None:
    for c in d.claims:
        for s in by_doc.get(c.doc, ()):
            if s.covers(d.kind, c.start):
                return f"{s.directive} on line {s.line} of {c.doc}"
    return None
