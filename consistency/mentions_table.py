"""Mentions of many documents as rows, and their renderings for `consistency mentions`."""

from __future__ import annotations

import dataclasses
import io
import json
import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .knowledge import KnowledgeBase
from .model import Document, Mention
from .parse import mentions

if TYPE_CHECKING:
    from .workers import Workers

__all__ = ["MENTION_COLUMNS", "mention_rows", "render_mentions"]

MENTION_COLUMNS = ("doc", "line", "column") + tuple(f.name for f in dataclasses.fields(Mention))


def _plain(value: Any) -> Any:
    if isinstance(value, float) and math.isinf(value):
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def mention_rows(documents: Sequence[Document], run: Workers | None = None) -> list[dict[str, Any]]:
    """One row per mention of every document, in order; `run` reads the documents on workers."""
    found = run.map(document_rows, documents) if run is not None else (document_rows(d, None) for d in documents)
    return [row for rows in found for row in rows]


def document_rows(doc: Document, knowledge: KnowledgeBase | None) -> list[dict[str, Any]]:
    """The rows of one document's mentions (names read by `knowledge`, default the built-in base)."""
    rows = []
    for m in mentions(doc.text, published=doc.published, knowledge=knowledge):
        line, col = doc.line_col(m.start)
        row = {"doc": doc.id, "line": line, "column": col}
        row.update({k: _plain(v) for k, v in dataclasses.asdict(m).items()})
        rows.append(row)
    return rows


def _clock(minutes: float | None) -> str:
    """Minutes from the day's midnight as a clock reading: 1391 → "23:11", 1500 → "+1d 01:00"."""
    if minutes is None:
        return "…"
    days, minute = divmod(int(minutes), 1440)
    shown = f"{minute // 60:02d}:{minute % 60:02d}"
    return f"{days:+d}d {shown}" if days else shown


def _shown_value(r: dict[str, Any]) -> str:
    """The value column: a time's interval as clock readings, a bearing's distance, degrees and place."""
    if r["kind"] == "time":
        return f"[{_clock(r['low'])}, {_clock(r['high'])})"
    if r["kind"] == "bearing":
        distance = f"{r['value']:,.6g} " if r["value"] is not None else ""
        return f"{distance}{r['bearing']:g}° of {r['place']}"
    return str(r["value"]) if r["value"] is not None else ""


def render_mentions(rows: list[dict[str, Any]], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    if fmt == "csv":
        import pandas as pd

        from .report.writers import neutralise

        frame = pd.DataFrame(rows, columns=list(MENTION_COLUMNS)).map(neutralise)
        return frame.to_csv(index=False, lineterminator="\n")
    from rich.console import Console
    from rich.table import Table

    table = Table()
    for col in ("doc", "line", "kind", "text", "value", "unit", "date", "canonical"):
        table.add_column(col)
    for r in rows:
        value = _shown_value(r)
        table.add_row(r["doc"], str(r["line"]), r["kind"], r["text"][:80], str(value), r["unit"] or "",
                      r["date"] or "", r["canonical"] or "")
    buf = io.StringIO()
    Console(file=buf, width=160).print(table)
    buf.write(f"{len(rows)} mentions\n")
    return buf.getvalue()
