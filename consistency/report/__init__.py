"""The Report, its one discrepancy table, and the writers registered by format name.

The column list is defined once (`COLUMNS`); every writer is a small
function over the Report or that table.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..intervals import date_range_text
from ..model import Claim, Discrepancy, Document, Problem, Severity, claim_time

if TYPE_CHECKING:
    import pandas as pd

    from ..coverage import Agreement, Coverage
    from ..suppress import Suppressed, UnusedSuppression

__all__ = ["Report", "COLUMNS", "SCHEMA", "WRITERS", "counted", "display_path", "json_pieces", "json_text", "writer", "write"]

SCHEMA = "consistency.report/1"

# Extracted text (pages, Word files, JSON records) has no line and column in its file.
LINE_KINDS = frozenset({"txt", "md"})
# Nouns whose plural is not the noun and an "s".
_PLURALS = {"discrepancy": "discrepancies", "info": "info", "suppressed": "suppressed"}


def counted(n: int, noun: str) -> str:
    """ "1 document", "2 documents", "1 discrepancy", "3 discrepancies"."""
    return f"{n} {noun if n == 1 else _PLURALS.get(noun, noun + 's')}"


def display_path(path: str | None) -> str | None:
    """A file's path as a reader clicks it: relative to the working directory (None for standard input)."""
    if not path or path == "-":
        return None
    return _relative(path, os.getcwd())


@lru_cache(maxsize=65536)  # a report names each document's path in several places and formats
def _relative(path: str, cwd: str) -> str:
    try:
        return os.path.relpath(path, cwd)
    except ValueError:  # another drive (Windows)
        return path


# One row per discrepancy and side (claim).
COLUMNS = (
    "id",
    "kind",
    "severity",
    "summary",
    "side",
    "doc",
    "path",
    "published",
    "line",
    "column",
    "start",
    "end",
    "text",
    "value",
    "unit",
    "interval",
    "time",
    "sentence",
    "explanation",
)


@dataclass
class Report:
    documents: Sequence[Document]  # a check's are read back one by one as they are asked for (engine)
    discrepancies: Sequence[Discrepancy]  # a check's are read back one by one as they are listed (engine)
    problems: list[Problem] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    story_date: dt.date | None = None
    coverage: Coverage | None = None
    agreements: list[Agreement] | None = None  # None: not asked for
    suppressed: list[Suppressed] = field(default_factory=list)
    focus: tuple[str, ...] = ()  # the documents under check (--draft, --changed-since); empty: all
    as_of: dt.date | None = None
    left_out: list[str] = field(default_factory=list)  # ids of documents published after `as_of`
    unused: list[UnusedSuppression] = field(default_factory=list)  # suppressions that suppressed nothing
    # document id → its place in `documents`, and how many documents it was built from: built on first
    # use and again when `documents` grows
    _by_id: tuple[dict[str, int], int] = field(default=({}, 0), init=False, repr=False, compare=False)

    def __repr__(self) -> str:
        counts = self.counts()
        worst = ", ".join(counted(n, k) for k, n in counts.items() if n)
        return (f"<Report: {counted(len(self.discrepancies), 'discrepancy')}{f' ({worst})' if worst else ''}, "
                f"{counted(len(self.documents), 'document')}, {counted(len(self.suppressed), 'suppressed')}, "
                f"{counted(len(self.problems), 'problem')}>")

    def document(self, doc_id: str) -> Document | None:
        if self._by_id[1] != len(self.documents):
            self._by_id = ({d.id: n for n, d in enumerate(self.documents)}, len(self.documents))
        n = self._by_id[0].get(doc_id)
        return None if n is None else self.documents[n]

    def time_of(self, c: Claim) -> tuple[dt.date, dt.date] | None:
        """The time a claim speaks for: its own time words, else its document's date."""
        return claim_time(c, self.document(c.doc))

    def counts(self) -> dict[str, int]:
        out = {s.name: 0 for s in sorted(Severity, reverse=True)}
        for d in self.discrepancies:
            out[d.severity.name] += 1
        return out

    def unread(self) -> int:
        """How many inputs could not be read (a warning read all the same is not one)."""
        return sum(1 for p in self.problems if not p.warning)

    def worst(self) -> Severity | None:
        return max((d.severity for d in self.discrepancies), default=None)

    def claim_dict(self, c: Claim) -> dict[str, Any]:
        m = c.mention
        doc = self.document(c.doc)
        line, col = doc.line_col(c.start) if doc and doc.kind != "facts" else (None, None)
        out: dict[str, Any] = {
            "doc": c.doc,
            "start": c.start,
            "end": c.end,
            "text": m.text,
            "sentence": c.sentence.text,
            "value": m.value_text or None,
            "unit": m.unit,
            "kind": m.kind,
            "line": line,
            "column": col,
            "path": display_path(doc.path) if doc else None,
        }
        if m.is_figure:
            out["low"], out["high"] = _finite(m.low), _finite(m.high)
            out["hedge"] = m.hedge
        when = self.time_of(c)
        if when:
            out["time"] = [when[0].isoformat(), when[1].isoformat()]
        if m.speaker:
            out["speaker"] = m.speaker
        if m.office:
            out["office"] = m.office
        return out

    def to_dict(self) -> dict[str, Any]:
        """The JSON document (`consistency.report/1`) as Python objects."""
        return {key: list(value) if isinstance(value, Iterator) else value for key, value in self.fields().items()}

    def fields(self) -> dict[str, Any]:
        """`to_dict` with its long lists (documents, discrepancies, agreements) as iterators, each item
        built when it is read: `json_pieces` writes them one by one, so an archive's report is never held whole."""
        return {
            "schema": SCHEMA,
            "story_date": self.story_date.isoformat() if self.story_date else None,
            "documents": (
                {
                    "id": d.id,
                    "path": d.path,
                    "title": d.title,
                    "published": d.published.isoformat() if d.published else None,
                    **({"place": d.place} if d.place else {}),
                }
                for d in self.documents
            ),
            "discrepancies": (
                {
                    "id": d.id,
                    "kind": d.kind,
                    "severity": d.severity.name,
                    "summary": d.summary,
                    "claims": [self.claim_dict(c) for c in d.claims],
                    "explanation": d.explanation,
                }
                for d in self.discrepancies
            ),
            "problems": [{"path": p.path, "message": p.message, **({"warning": True} if p.warning else {})}
                         for p in self.problems],
            "counts": self.counts(),
            **self._extras(),
        }

    def _extras(self) -> dict[str, Any]:
        """The fields added under consistency.report/1: coverage, suppressed, focus, as_of, agreements."""
        out: dict[str, Any] = {}
        if self.coverage is not None:
            out["coverage"] = self.coverage.to_dict()
        out["suppressed"] = [
            {"id": s.discrepancy.id, "kind": s.discrepancy.kind, "severity": s.discrepancy.severity.name,
             "summary": s.discrepancy.summary, "reason": s.reason}
            for s in self.suppressed
        ]
        out["unused_suppressions"] = [u.to_dict() for u in self.unused]
        if self.focus:
            out["focus"] = list(self.focus)
        if self.as_of is not None:
            out["as_of"] = self.as_of.isoformat()
            out["left_out"] = list(self.left_out)
        if self.agreements is not None:
            out["agreements"] = (
                {"claim": self.claim_dict(a.claim), "agree": [self.claim_dict(o) for o in a.others], "docs": list(a.docs)}
                for a in self.agreements
            )
        return out

    def place(self, c: Claim) -> tuple[str, int | None, int | None]:
        """Where a claim is in its file: the path relative to the working directory, line and column.

        Text extracted from a page, a Word file or a JSON record, and a
        reference row, have no line and column in their file (None); a
        document read from standard input is named by its id.
        """
        doc = self.document(c.doc)
        path = (display_path(doc.path) if doc else None) or c.doc
        if doc is None or doc.kind not in LINE_KINDS:
            return path, None, None
        line, col = doc.line_col(c.start)
        return path, line, col

    def location_of(self, doc: Document, line: int | None) -> str:
        """A place in a document by line: "path:line" (without a line, or in extracted text: the path)."""
        path = display_path(doc.path) or doc.id
        return f"{path}:{line}" if line is not None and doc.kind in LINE_KINDS else path

    def location(self, c: Claim) -> str:
        """Where a claim is, for a reader: "path:line:col" (extracted text and reference rows: the path alone)."""
        path, line, col = self.place(c)
        return path if line is None else f"{path}:{line}:{col}"

    def rows(self) -> list[dict[str, Any]]:
        """The discrepancy table: one row per discrepancy and side, columns `COLUMNS`."""
        return list(self.each_row())

    def each_row(self) -> Iterator[dict[str, Any]]:
        """The rows of `rows`, each built when it is read (the CSV is written row by row)."""
        for d in self.discrepancies:
            for side, c in enumerate(d.claims, start=1):
                doc = self.document(c.doc)
                cd = self.claim_dict(c)
                when = self.time_of(c)
                yield (
                    {
                        "id": d.id,
                        "kind": d.kind,
                        "severity": d.severity.name,
                        "summary": d.summary,
                        "side": side,
                        "doc": c.doc,
                        "path": (display_path(doc.path) if doc else None) or "",
                        "published": doc.published.isoformat() if doc and doc.published else "",
                        "line": cd["line"],
                        "column": cd["column"],
                        "start": c.start,
                        "end": c.end,
                        "text": c.mention.text,
                        "value": c.mention.value_text,
                        "unit": c.mention.unit or "",
                        "interval": c.mention.interval_text,
                        "time": date_range_text(*when) if when else "",
                        "sentence": c.sentence.text,
                        "explanation": d.explanation,
                    }
                )

    def to_frame(self) -> pd.DataFrame:
        """The discrepancy table as a pandas DataFrame (the CSV's columns)."""
        import pandas as pd

        frame = pd.DataFrame(self.rows(), columns=list(COLUMNS))
        return frame.astype({"line": "Int64", "column": "Int64"})  # a reference row has neither


def _finite(x: float | None) -> float | None:
    if x is None or x != x or x in (float("inf"), float("-inf")):
        return None
    return x


WRITERS: dict[str, Callable[..., str | bytes | None]] = {}


def writer(name: str):
    """Register an output format."""

    def register(func):
        WRITERS[name] = func
        return func

    return register


def write(report: Report, fmt: str, **options) -> str | bytes | None:
    from . import github, html, writers  # noqa: F401  (registers the formats)

    if fmt not in WRITERS:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(sorted(WRITERS))}")
    return WRITERS[fmt](report, **options)


def json_pieces(data: Any) -> Iterator[str]:
    """`data` as JSON text in pieces, indented by two, non-ASCII as it is, with a final line break.

    An iterator in `data` (a value of a dictionary, or `data` itself) is
    written as a list, item by item as it yields them: `Report.fields`
    builds each discrepancy only when it is written. The text is that of
    `json.dumps(data, indent=2, ensure_ascii=False)` with the iterators as lists.
    (`json.dumps` with an indent first lists every piece, in several times
    the memory of the text; these pieces go one by one into a buffer or a file.)
    """
    yield from _json_pieces(data, json.JSONEncoder(ensure_ascii=False, indent=2), 0)
    yield "\n"


_INDENT = "  "


def _json_pieces(value: Any, encoder: json.JSONEncoder, level: int) -> Iterator[str]:
    """`value` as indented JSON at depth `level`: its iterators item by item, the rest by `encoder`."""
    inner = "\n" + _INDENT * (level + 1)
    if isinstance(value, Iterator):
        opening = "["
        for item in value:
            yield opening + inner
            yield from _json_pieces(item, encoder, level + 1)
            opening = ","
        yield "[]" if opening == "[" else "\n" + _INDENT * level + "]"
    elif isinstance(value, dict) and value and any(isinstance(v, Iterator) for v in value.values()):
        opening = "{"
        for key, item in value.items():
            yield opening + inner + encoder.encode(key) + ": "
            yield from _json_pieces(item, encoder, level + 1)
            opening = ","
        yield "\n" + _INDENT * level + "}"
    else:  # JSON strings hold no line break: each one the encoder writes starts a line, indented one level more here
        yield from (piece.replace("\n", "\n" + _INDENT * level) for piece in encoder.iterencode(value))


def json_text(data: Any) -> str:
    """`data` as JSON text (see `json_pieces`), encoded into one buffer."""
    out = io.StringIO()
    for piece in json_pieces(data):
        out.write(piece)
    return out.getvalue()
