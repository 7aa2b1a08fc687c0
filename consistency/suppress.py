"""Suppressions: passages a document's author switched off, and matches the desk's config ignores.

Inline directives (``<!-- consistency off -->``, ``# consistency: ignore KIND``)
are read with the document (`readers.directives`, `Document.directives`);
here they are checked against the known kinds of discrepancy and turned
into suppressed spans. Several kinds may be listed, separated by commas or
spaces.

In the config, ``[[ignore]]`` entries (`IgnoreRule`) suppress a kind of
discrepancy wherever one of its claims' text contains a given text, and the
``[acknowledged]`` table suppresses single discrepancies by id.

A discrepancy is suppressed when one of its claims lies in a suppressed span
of its document (for that kind), or an ignore rule matches it. Suppressed
discrepancies are kept aside with the reason, never silently dropped.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from .model import Discrepancy, Document, Problem

__all__ = ["IgnoreRule", "Span", "Suppressed", "inline_spans", "suppress"]

_VERBS = ("off", "on", "ignore")


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


def inline_spans(doc: Document, known: Collection[str]) -> tuple[list[Span], list[Problem]]:
    """The suppressed spans of one document, from the directives read with it, and those that cannot be obeyed.

    A directive that names no verb, a kind that is not in `known`, or an
    ``on`` with kinds is a problem naming the file, the line and the column.
    """
    problems: list[Problem] = []
    spans: list[Span] = []
    path = doc.path or doc.id
    for d in doc.directives:
        where = f"line {d.line}, column {d.column}"
        if not d.words or d.words[0].lower() not in _VERBS:
            problems.append(Problem(path, f"{where}: cannot read the directive {d.text!r}: write off, on or ignore KIND"))
            continue
        verb, kinds = d.words[0].lower(), d.words[1:]
        unknown = [k for k in kinds if k not in known]
        if unknown:
            problems.append(
                Problem(path, f"{where}: {', '.join(repr(k) for k in unknown)} in {d.text!r} is not a discrepancy kind; "
                              f"known kinds: {', '.join(sorted(known))}")
            )
            continue
        if verb == "on" and kinds:
            problems.append(Problem(path, f"{where}: {d.text!r}: 'on' takes no kinds; it ends every 'off' before it"))
            continue
        spans.extend(Span(doc.id, start, end, frozenset(kinds) or None, d.text, d.line) for start, end in d.governs)
    return spans, problems


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
