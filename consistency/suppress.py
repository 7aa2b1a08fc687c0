"""Suppressions: passages a document's author switched off, and matches the desk's config ignores.

Inline directives (``<!-- consistency off -->``, ``# consistency: ignore KIND``)
are read with the document (`readers.directives`, `Document.directives`);
here they are checked against the known kinds of discrepancy and turned
into suppressed spans. Several kinds may be listed, separated by commas or
spaces.

In the config, ``[[ignore]]`` entries (`IgnoreRule`) suppress a kind of
discrepancy where the claim it flags contains a given text, and the
``[acknowledged]`` table suppresses single discrepancies by id.

A discrepancy is suppressed when one of its claims lies in a suppressed span
of its document (for that kind), or an ignore rule matches it. Suppressed
discrepancies are kept aside with the reason, never silently dropped.

A suppression that suppresses nothing is reported too (`UnusedSuppression`),
as linters report an unused ``noqa``: an inline directive over a passage
with no discrepancy, an acknowledged id no discrepancy has any more.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from .model import Discrepancy, Document, Problem

__all__ = [
    "IgnoreRule", "Keeping", "Span", "Suppressed", "UnusedSuppression", "inline_spans", "stale_acknowledgements",
    "suppress", "unused_directives",
]

_VERBS = ("off", "on", "ignore")
# Kinds whose first claim is the one flagged and the others only show it up: a name-variant's odd
# spelling (beside the usual one), a reference-conflict's claim (beside the reference), a
# single-source figure (beside a source without it), a superseded figure (beside the correction).
# An ignore by text names only that first claim; in every other kind, each side is flagged alike.
FIRST_SIDE_FLAGGED = frozenset({"name-variant", "reference-conflict", "single-source", "superseded", "anachronism"})


@dataclass(frozen=True, slots=True)
class IgnoreRule:
    """A config `[[ignore]]`: suppress `kind` (None: any kind) where a flagged claim's text contains `text`.

    The flagged claims are a discrepancy's sides, except in the kinds that
    flag their first claim only (`FIRST_SIDE_FLAGGED`): ignoring the house
    spelling "Zelenskiy" leaves the typo "Zelenzky" flagged, though the
    house spelling is quoted beside it. The match is case-sensitive: a
    spelling is exactly what a name-variant is about.
    """

    text: str
    reason: str
    kind: str | None = None

    def matches(self, d: Discrepancy) -> bool:
        if self.kind is not None and d.kind != self.kind:
            return False
        return any(self.text in c.mention.text for c in flagged_claims(d))


def flagged_claims(d: Discrepancy) -> tuple:
    """The claims a discrepancy is about: its first alone in the kinds that flag one claim, else every side."""
    return d.claims[:1] if d.kind in FIRST_SIDE_FLAGGED else d.claims


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
    by: Span | IgnoreRule | str | None = None  # the span, the ignore rule or the acknowledged id


@dataclass(frozen=True, slots=True)
class UnusedSuppression:
    """A suppression that suppressed nothing: where it is written (a document or the config) and what it says."""

    doc: str | None  # the document the directive is in; None: the config
    line: int | None
    text: str
    message: str

    def to_dict(self) -> dict[str, object]:
        return {"doc": self.doc, "line": self.line, "suppression": self.text, "message": self.message}


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
    return Keeping(ignores=tuple(ignores), config_name=config_name, acknowledged=acknowledged).split(discrepancies, spans)


def _judge(
    spans: Sequence[Span], ignores: Sequence[IgnoreRule], config_name: str, acknowledged: Mapping[str, str] | None
) -> Callable[[Discrepancy], Suppressed | None]:
    """What suppresses a discrepancy (None: nothing), as `suppress` judges it."""
    acknowledged = acknowledged or {}
    by_doc: dict[str, list[Span]] = {}
    for s in spans:
        by_doc.setdefault(s.doc, []).append(s)

    def judged(d: Discrepancy) -> Suppressed | None:
        found = _inline_reason(d, by_doc) if by_doc else None
        if found is None:
            rule = next((r for r in ignores if r.matches(d)), None)
            if rule is not None:
                found = (f"{config_name} [[ignore]] {rule.text!r}: {rule.reason}", rule)
            elif d.id in acknowledged:
                found = (f"{config_name} [acknowledged]: {acknowledged[d.id]}", d.id)
        return None if found is None else Suppressed(d, *found)

    return judged


@dataclass(frozen=True, slots=True)
class Keeping:
    """Which discrepancies a check keeps: those that involve a `focus` document (None: any), not suppressed
    by the documents' inline directives (when `inline`), an ignore rule or an acknowledgement (`suppress`).

    Each discrepancy is judged alone, so one story's are judged by the directives of its own documents.
    """

    focus: frozenset[str] | None = None
    inline: bool = True
    ignores: tuple[IgnoreRule, ...] = ()
    config_name: str = "config"
    acknowledged: Mapping[str, str] | None = None

    def split(self, discrepancies: Iterable[Discrepancy], spans: Sequence[Span]) -> tuple[list[Discrepancy], list[Suppressed]]:
        """The discrepancies kept and those suppressed, of those that involve the focus; `spans` are the
        documents' suppressed spans (`inline_spans`)."""
        judged = self.judge(spans)
        kept: list[Discrepancy] = []
        dropped: list[Suppressed] = []
        for d in discrepancies:
            verdict = judged(d)
            if verdict is True:
                kept.append(d)
            elif verdict:
                dropped.append(verdict)
        return kept, dropped

    def judge(self, spans: Sequence[Span]) -> Callable[[Discrepancy], Suppressed | bool]:
        """What `split` makes of one discrepancy: kept (True), left out as it involves no focus document
        (False), or suppressed (how); `spans` as `split` takes them. A check judges its discrepancies one
        at a time, as it reads them back."""
        suppressed = _judge(spans if self.inline else (), self.ignores, self.config_name, self.acknowledged)

        def judged(d: Discrepancy) -> Suppressed | bool:
            if self.focus is not None and not self.focus & set(d.docs):
                return False
            return suppressed(d) or True

        return judged

    def kept(self, discrepancies: Iterable[Discrepancy], documents: Iterable[Document], known: Collection[str]) -> list[Discrepancy]:
        """The discrepancies kept, judged by the inline directives of `documents` (their problems left to the check)."""
        spans = [s for doc in documents for s in inline_spans(doc, known)[0]] if self.inline else []
        return self.split(discrepancies, spans)[0]


def _inline_reason(d: Discrepancy, by_doc: dict[str, list[Span]]) -> tuple[str, Span] | None:
    for c in d.claims:
        for s in by_doc.get(c.doc, ()):
            if s.covers(d.kind, c.start):
                return f"{s.directive} on line {s.line} of {c.doc}", s
    return None


def unused_directives(
    spans: Iterable[Span], suppressed: Iterable[Suppressed], docs: Collection[str], ran: Collection[str] | None = None
) -> list[UnusedSuppression]:
    """The inline directives of `docs` that suppressed no discrepancy, once each.

    With `ran` (the kinds this check ran; None: every kind) a directive is
    judged only when every kind it names ran: one for a kind left out of
    this check may be needed by the next.
    """
    used = {_directive_key(s.by) for s in suppressed if isinstance(s.by, Span)}
    out: dict[tuple[str, int, str], UnusedSuppression] = {}
    for s in spans:
        key = _directive_key(s)
        judged = ran is None or (s.kinds is not None and s.kinds <= set(ran))
        if s.doc in docs and judged and key not in used and key not in out:
            out[key] = UnusedSuppression(s.doc, s.line, s.directive, f"{s.directive!r} suppresses no discrepancy")
    return list(out.values())


def _directive_key(s: Span) -> tuple[str, int, str]:
    return s.doc, s.line, s.directive


def stale_acknowledgements(
    acknowledged: Mapping[str, str], found: Collection[str], config_name: str = "config"
) -> list[UnusedSuppression]:
    """The acknowledged ids that no discrepancy found (`found`, the ids before any suppression) has any more."""
    return [
        UnusedSuppression(None, None, key, f"{config_name} [acknowledged] {key!r} matches no discrepancy")
        for key in acknowledged
        if key not in found
    ]
