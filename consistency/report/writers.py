"""The output formats: table (terminal), json, csv, md. Each is one small function."""

from __future__ import annotations

import io
import json

from . import Report, writer

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: object) -> object:
    """A cell a spreadsheet would run as a formula becomes text (a leading apostrophe)."""
    if isinstance(cell, str) and cell.startswith(_FORMULA_START):
        return "'" + cell
    return cell


@writer("json")
def to_json(report: Report, **_: object) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"


@writer("csv")
def to_csv(report: Report, excel: bool = False, frame=None, **_: object) -> str:
    """One row per discrepancy and side; UTF-8, optional BOM for Excel.

    `frame` replaces the report's own table (the nightly report adds a status column).
    """
    frame = (report.to_frame() if frame is None else frame).map(neutralise)
    text = frame.to_csv(index=False, lineterminator="\n")
    return ("\ufeff" + text) if excel else text


def _md_cell(text: object) -> str:
    return str(text if text is not None else "").replace("|", "\\|").replace("\n", " ")


@writer("md")
def to_markdown(report: Report, **_: object) -> str:
    """A Markdown table for a ticket or a CMS note: one row per discrepancy, sides in one cell."""
    out = ["| severity | kind | summary | where |", "| --- | --- | --- | --- |"]
    for d in report.discrepancies:
        sides = "<br>".join(
            f"**{c.doc}**: “{_md_cell(c.mention.text)}” — {_md_cell(c.sentence.text)[:200]}" for c in representatives(d)
        )
        if len(d.claims) > 2:
            sides += f"<br>(+{len(d.claims) - 2} more)"
        out.append(f"| {d.severity.name} | {d.kind} | {_md_cell(d.summary)} | {sides} |")
    counts = report.counts()
    out.append("")
    out.append(
        f"{len(report.discrepancies)} discrepancies ({counts['error']} errors, {counts['warning']} warnings, "
        f"{counts['info']} info) in {len(report.documents)} documents."
    )
    return "\n".join(out) + "\n"


_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


@writer("table")
def to_table(report: Report, width: int | None = None, color: bool = False, **_: object) -> str:
    """The terminal view: most severe first, both sides quoted, a count line at the end."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    buf = io.StringIO()
    console = Console(file=buf, width=width or 160, force_terminal=color, color_system="auto" if color else None)
    if report.discrepancies:
        table = Table(show_lines=True, expand=True)
        table.add_column("severity", no_wrap=True)
        table.add_column("kind", no_wrap=True)
        table.add_column("side A", ratio=2)
        table.add_column("side B", ratio=2)
        table.add_column("summary", ratio=2)
        for d in report.discrepancies:
            sides = [_side(c) for c in representatives(d)]
            if len(d.claims) > 2:
                sides[-1] += f"\n[dim](+{len(d.claims) - 2} more)[/dim]"
            while len(sides) < 2:
                sides.append("")
            sev = d.severity.name
            table.add_row(f"[{_STYLE[sev]}]{sev}[/]", d.kind, sides[0], sides[1], escape(d.summary))
        console.print(table)
    for p in report.problems:
        console.print(f"[red]could not read[/] {escape(str(p))}")
    counts = report.counts()
    console.print(
        f"{len(report.discrepancies)} discrepancies: {counts['error']} errors, {counts['warning']} warnings, "
        f"{counts['info']} info — {len(report.documents)} documents, {len(report.claims)} claims"
    )
    return buf.getvalue()


def representatives(d) -> list:
    """The claims that show a discrepancy best: the first, and the first that differs from it."""
    if not d.claims:
        return []
    first = d.claims[0]
    other = next((c for c in d.claims[1:] if c.mention.value_text != first.mention.value_text), None)
    if other is None and len(d.claims) > 1:
        other = d.claims[1]
    return [first] + ([other] if other is not None else [])


def _side(c) -> str:
    from rich.markup import escape

    s = c.sentence.text
    i, j = c.start - c.sentence.start, c.end - c.sentence.start
    if 0 <= i <= j <= len(s):
        left = s[max(0, i - 90) : i]
        right = s[j : j + 90]
        quote = f"{'…' if i > 90 else ''}{escape(left)}[bold]{escape(s[i:j])}[/bold]{escape(right)}{'…' if j + 90 < len(s) else ''}"
    else:
        quote = escape(s[:200])
    value = c.mention.value_text
    return f"[bold]{escape(c.doc)}[/bold]: {quote}" + (f"\n[dim]= {escape(value)}[/dim]" if value else "")
