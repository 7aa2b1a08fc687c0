"""Mentions of many documents as rows, and their renderings for `consistency mentions`."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .intervals import clock_reading
from .knowledge import KnowledgeBase
from .model import Document, Mention, Problem
from .parse import mentions
from .printable import printable
from .report import json_text

if TYPE_CHECKING:
    from .workers import Workers

__all__ = ["MENTION_COLUMNS", "mention_rows", "render_mentions"]

MENTION_COLUMNS = ("doc", "line", "column") + tuple(f.name for f in dataclasses.fields(Mention))


def _plain(value: Any) -> Any:
    """A field as the table shows it: an open end (an infinite bound, the calendar's first or last day) is empty."""
    if isinstance(value, float) and math.isinf(value):
        return None
    if value in (dt.date.min, dt.date.max):
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def mention_rows(
    documents: Sequence[Document],
    problems: list[Problem] | None = None,
    date_order: str | None = None,
    run: Workers | None = None,
) -> list[dict[str, Any]]:
    """One row per mention of every document, in order; all-number dates in each document's own order, else
    `date_order`, else MDY; `run` reads the documents on workers.

    A document the parsers fail on is added to `problems` (raised when that is None).
    """
    items = [(doc, doc.order_of_dates(date_order)) for doc in documents]
    found = run.map(document_rows, items) if run is not None else (document_rows(item, None) for item in items)
    rows = []
    for (doc, _), got in zip(items, found, strict=True):
        if isinstance(got, str):  # the document boundary: the other documents are still listed
            if problems is None:
                raise ValueError(got)
            problems.append(Problem(doc.path or doc.id, got))
            continue
        rows.extend(got)
    return rows


def document_rows(item: tuple[Document, str], knowledge: KnowledgeBase | None) -> list[dict[str, Any]] | str:
    """The rows of one document's mentions (names read by `knowledge`, default the built-in base), all-number
    dates in the given order; the failure's message instead when the parsers fail on it."""
    doc, date_order = item
    try:
        found = mentions(doc.text, published=doc.published, knowledge=knowledge, date_order=date_order)
    except Exception as error:
        return f"cannot analyse {doc.id} ({type(error).__name__}: {error})"
    rows = []
    for m in found:
        line, col = doc.line_col(m.start)
        row = {"doc": doc.id, "line": line, "column": col}
        row.update({k: _plain(v) for k, v in dataclasses.asdict(m).items()})
        rows.append(row)
    return rows


def _shown_value(r: dict[str, Any]) -> str:
    """The value column: a time's interval as clock readings, a bearing's distance, degrees and place,
    a score's two counts, the higher first."""
    if r["kind"] == "time":
        return f"[{clock_reading(r['low'])}, {clock_reading(r['high'])})"
    if r["kind"] == "bearing":
        distance = f"{r['value']:,.6g} " if r["value"] is not None else ""
        return f"{distance}{r['bearing']:g}° of {r['place']}"
    if r["kind"] == "score" and r["low"] is not None:
        return f"{r['high']:g}–{r['low']:g}"
    return str(r["value"]) if r["value"] is not None else ""


def render_mentions(rows: list[dict[str, Any]], fmt: str) -> str:
    if fmt == "json":
        return json_text(rows)
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    if fmt == "csv":
        import pandas as pd

        from .report.writers import neutralise

        frame = pd.DataFrame(rows, columns=list(MENTION_COLUMNS)).map(neutralise)
        return frame.to_csv(index=False, lineterminator="\n")
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    table = Table()
    for col in ("doc", "line", "kind", "text", "value", "unit", "date", "canonical"):
        table.add_column(col)
    for r in rows:
        cells = (r["doc"], str(r["line"]), r["kind"], r["text"][:80], _shown_value(r), r["unit"] or "",
                 r["date"] or "", r["canonical"] or "")
        table.add_row(*(escape(printable(str(cell))) for cell in cells))  # "[sic]" is text, not a style
    buf = io.StringIO()
    Console(file=buf, width=160).print(table)
    buf.write(f"{len(rows)} mentions\n")
    return buf.getvalue()
