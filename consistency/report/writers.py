"""The output formats: table (terminal), concise, json, csv, md. Each is one small function."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence

from ..intervals import date_range_text
from ..printable import markdown_text
from . import COLUMNS, Report, counted, json_text, writer

TABLE_WIDTH = 160  # the table's width when no terminal says otherwise (a file, a library call)

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_LINE_BREAK = re.compile(r"\r\n?|\n")
# a line break followed by what a spreadsheet reads as the start of a formula
_FORMULA_AFTER_BREAK = re.compile(r"\n(?=[=+\-@\t])")


def neutralise(cell: object) -> object:
    """A cell a spreadsheet would run as a formula becomes text (a leading apostrophe).

    Inside a cell every line break becomes "\\n", which the CSV writer quotes
    (a bare carriage return is not, and a reader would start a new row at it),
    and a line that opens like a formula gets its apostrophe too.
    """
    if not isinstance(cell, str):
        return cell
    if cell.startswith(_FORMULA_START):
        cell = "'" + cell
    if "\r" in cell or "\n" in cell:
        cell = _FORMULA_AFTER_BREAK.sub("\n'", _LINE_BREAK.sub("\n", cell))
    return cell


@writer("json")
def to_json(report: Report, **_: object) -> str:
    return json_text(report.fields())


@writer("csv")
def to_csv(report: Report, excel: bool = True, **options: object) -> str:
    """One row per discrepancy and side; UTF-8 with a byte-order mark for Excel unless `excel` is False
    (see `csv_pieces` for the other options)."""
    return "".join(csv_pieces(report, excel, **options))


def csv_pieces(report: Report, excel: bool = True, rows: Iterable[Mapping[str, object]] | None = None,
               columns: Sequence[str] = COLUMNS, **_: object) -> Iterator[str]:
    """The CSV text of `to_csv`, a row at a time: an archive's table is never held whole.

    `rows` and `columns` replace the report's own table (the nightly report adds a status column).
    Every cell goes through `neutralise`; an empty cell (None) is written empty.
    """
    out = io.StringIO()
    table = csv.writer(out, lineterminator="\n")
    table.writerow(columns)
    yield ("\ufeff" if excel else "") + out.getvalue()
    for row in report.each_row() if rows is None else rows:
        out.seek(0)
        out.truncate()
        table.writerow([neutralise(row[c]) for c in columns])
        yield out.getvalue()


def counts_line(report: Report) -> str:
    """ "3 discrepancies: 1 error, 2 warnings, 0 info — 4 documents", and how many inputs could not be read, so
    that "0 discrepancies" over an unread input is never taken for all clear."""
    counts = report.counts()
    unread = report.unread()
    return (
        f"{counted(len(report.discrepancies), 'discrepancy')}: {counted(counts['error'], 'error')}, "
        f"{counted(counts['warning'], 'warning')}, {counts['info']} info — {counted(len(report.documents), 'document')}"
        + (f" ({counted(unread, 'input')} could not be read)" if unread else "")
    )


def unused_lines(report: Report) -> list[str]:
    """One warning per suppression that suppressed nothing, located where it is written."""
    out = []
    for u in report.unused:
        doc = report.document(u.doc) if u.doc is not None else None
        where = f"{report.location_of(doc, u.line)}: " if doc is not None else ""
        out.append(f"warning: unused suppression: {where}{u.message}")
    return out


@writer("concise")
def to_concise(report: Report, **_: object) -> str:
    """One line per discrepancy, as linters print them: ``path:line:col: severity kind [id] summary``.

    The place is the first claim the discrepancy shows in a document under
    check (text extracted from a page, a Word file or a record: line 1,
    column 1 of its file); the counts and any unused suppression follow.
    """
    out = []
    for d in report.discrepancies:
        c = _located_claim(report, d)
        path, line, col = report.place(c) if c is not None else ("-", None, None)
        out.append(f"{path}:{line or 1}:{col or 1}: {d.severity.name} {d.kind} [{d.id}] {_one_line(d.summary)}")
    out.extend(_concise_agreements(report))
    out.append(counts_line(report))
    out.extend(line for line, _ in footer_notes(report))
    if report.coverage is not None:
        out.append(coverage_line(report))
    return "\n".join(out) + "\n"


def _concise_agreements(report: Report) -> list[str]:
    """With agreements asked for: a title, then one line per claim the sources agree on, where it is first."""
    if report.agreements is None:
        return []
    out = [agreements_title(report)]
    for a in report.agreements:
        path, line, col = report.place(a.claim)
        others = ", ".join(report.location(o) for o in a.others)
        value = _value_shown(a.claim)
        out.append(f"{path}:{line or 1}:{col or 1}: corroborated “{_one_line(_short(a.claim.mention.text))}”"
                   f"{f' = {value}' if value else ''} by {others}")
    return out


def _located_claim(report: Report, d):
    """The claim a one-line report points at: in a document under check, in a document over a reference row."""
    sides = representatives(d)
    focused = [c for c in sides if not report.focus or c.doc in report.focus]
    in_text = [c for c in focused if (doc := report.document(c.doc)) is not None and doc.kind != "facts"]
    return next(iter(in_text or focused or sides), None)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _md_cell(text: object) -> str:
    return markdown_text(str(text if text is not None else ""))


@writer("md")
def to_markdown(report: Report, **_: object) -> str:
    """A Markdown table for a ticket or a CMS note: one row per discrepancy, sides in one cell."""
    out = ["| severity | kind | summary | where |", "| --- | --- | --- | --- |"]
    for d in report.discrepancies:
        sides = "<br>".join(
            f"**{_md_cell(report.location(c))}**: “{_md_cell(c.mention.text)}” — {_md_cell(c.sentence.text)[:200]}"
            for c in representatives(d)
        )
        if len(d.claims) > 2:
            sides += f"<br>(+{len(d.claims) - 2} more)"
        out.append(f"| {d.severity.name} | {d.kind} | {_md_cell(d.summary)} | {sides} |")
    out.append("")
    out.append(counts_line(report) + ".")
    out.extend(_md_notes(report))
    if report.coverage is not None:
        out += ["", "| coverage | claims | aligned | corroborated | contested |", "| --- | ---: | ---: | ---: | ---: |"]
        for c in [*coverage_rows(report), report.coverage.total()]:
            out.append(f"| {_md_cell(c.doc)} | {c.claims} | {c.aligned} | {c.corroborated} | {c.contested} |")
    if report.agreements is not None:
        out += ["", agreements_title(report) + ".", "", "| corroborated | agreeing sources |", "| --- | --- |"]
        for a in report.agreements:
            others = "<br>".join(f"**{_md_cell(report.location(o))}**: “{_md_cell(o.mention.text)}”" for o in a.others)
            out.append(f"| **{_md_cell(report.location(a.claim))}**: “{_md_cell(a.claim.mention.text)}”"
                       f"{_md_value(a.claim)} | {others} |")
        if not report.agreements:
            out.append("| no corroborated claims | |")
    return "\n".join(out) + "\n"


def _value_shown(c) -> str | None:
    """A claim's normalised value when it says more than its text (a quote's is its text)."""
    value = c.mention.value_text
    return value if value and value != c.mention.text and c.mention.kind != "quote" else None


def _md_value(c) -> str:
    value = _value_shown(c)
    return f" = {_md_cell(value)}" if value else ""


def _md_notes(report: Report) -> list[str]:
    out = []
    if report.left_out:
        out.append(f"As of {report.as_of.isoformat()}: {counted(len(report.left_out), 'document')} published later left out.")
    if report.suppressed:
        out += ["", f"{counted(len(report.suppressed), 'suppressed')}:"]
        out += [f"- {s.discrepancy.kind} `{s.discrepancy.id}`: {_md_cell(s.reason)}" for s in report.suppressed]
    if report.unused:
        out += ["", *(f"- {_md_cell(line)}" for line in unused_lines(report))]
    return out


def coverage_rows(report: Report, limit: int = 12):
    """The per-document coverage rows a reader wants: the documents under check, else all (up to `limit`)."""
    if report.coverage is None:
        return []
    rows = report.coverage.documents
    if report.focus:
        return [r for r in rows if r.doc in report.focus]
    return rows if len(rows) <= limit else []


_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


@writer("table")
def to_table(report: Report, width: int | None = None, color: bool = False, **_: object) -> str:
    """The terminal view: most severe first, both sides quoted, then counts, coverage and agreements."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    buf = io.StringIO()
    console = Console(file=buf, width=width or TABLE_WIDTH, force_terminal=color, color_system="auto" if color else None)
    if report.discrepancies:
        table = Table(show_lines=True, expand=True)
        table.add_column("severity", no_wrap=True)
        table.add_column("kind", no_wrap=True)
        table.add_column("side A", ratio=2, overflow="fold")  # a long path breaks rather than loses its line
        table.add_column("side B", ratio=2, overflow="fold")
        table.add_column("summary", ratio=2, overflow="fold")
        for d in report.discrepancies:
            sides = [_side(report, c) for c in representatives(d)]
            if len(d.claims) > 2:
                sides[-1] += f"\n[dim](+{len(d.claims) - 2} more)[/dim]"
            while len(sides) < 2:
                sides.append("")
            sev = d.severity.name
            table.add_row(f"[{_STYLE[sev]}]{sev}[/]", f"{d.kind}\n[dim]{d.id}[/dim]", sides[0], sides[1], escape(d.summary))
        console.print(table)
    if report.agreements is not None:
        console.print(_agreements_table(report))
    console.print(
        escape(counts_line(report))
        + ("" if report.coverage is not None else f", {counted(len(report.claims), 'claim')}")
    )
    for line, style in footer_notes(report):
        console.print(line, style=style, markup=False, highlight=False)
    if report.coverage is not None:
        console.print(_coverage_footer(report))
    return buf.getvalue()


def footer_notes(report: Report, shown: int = 10) -> list[tuple[str, str | None]]:
    """The lines under the counts, each with its terminal style: documents left out, suppressed, unused suppressions."""
    out: list[tuple[str, str | None]] = []
    if report.left_out:
        out.append((f"as of {report.as_of.isoformat()}: {counted(len(report.left_out), 'document')} "
                    "published later left out", None))
    if report.suppressed:
        out.append((f"{counted(len(report.suppressed), 'suppressed')}:", None))
        for s in report.suppressed[:shown]:
            out.append((f"  {s.discrepancy.kind} {s.discrepancy.id}: {s.reason}", "dim"))
        if len(report.suppressed) > shown:
            out.append((f"  (+{len(report.suppressed) - shown} more: see --format json)", "dim"))
    out.extend((line, "yellow") for line in unused_lines(report))
    return out


def coverage_line(report: Report) -> str | None:
    """The coverage of the documents under check (all, when none is singled out), in one line."""
    if report.coverage is None:
        return None
    rows = coverage_rows(report) if report.focus else [report.coverage.total()]
    claims, aligned, corroborated, contested = (
        sum(getattr(r, k) for r in rows) for k in ("claims", "aligned", "corroborated", "contested")
    )
    label = "coverage"
    if report.focus:
        label += f" of {', '.join(report.focus) if len(report.focus) <= 3 else counted(len(report.focus), 'document')}"
    return (f"{label}: {counted(claims, 'claim')} read, {aligned} aligned with another source, "
            f"{corroborated} corroborated, {contested} contested")


def _coverage_footer(report: Report):
    from rich.console import Group
    from rich.markup import escape
    from rich.table import Table

    line = escape(coverage_line(report))
    rows = coverage_rows(report)
    if len(rows) < 2:
        return line
    table = Table(box=None, pad_edge=False, padding=(0, 2, 0, 0), show_edge=False)
    table.add_column("  document")
    for name in ("claims", "aligned", "corroborated", "contested"):
        table.add_column(name, justify="right")
    for r in rows:
        table.add_row("  " + escape(r.doc), str(r.claims), str(r.aligned), str(r.corroborated), str(r.contested))
    return Group(line, table)


def _agreements_table(report: Report):
    from rich.markup import escape
    from rich.table import Table

    table = Table(show_lines=True, expand=True, title=agreements_title(report))
    table.add_column("claim", ratio=1, overflow="fold")
    table.add_column("sources that agree", ratio=1, overflow="fold")
    for a in report.agreements:
        others = "\n".join(f"[bold]{escape(report.location(o))}[/bold]: {escape(_short(o.mention.text))}" for o in a.others)
        table.add_row(_agreed(report, a.claim), others)
    if not report.agreements:
        table.add_row("no corroborated claims", "")
    return table


def agreements_title(report: Report) -> str:
    """How many claims the agreements corroborate (as the coverage line counts them) and in how many rows."""
    if not report.agreements:
        return "no corroborated claims"
    n = sum(1 for a in report.agreements for c in a.group if not report.focus or c.doc in report.focus)
    where = f" of {', '.join(report.focus)}" if report.focus and len(report.focus) <= 3 else ""
    return f"{counted(n, 'corroborated claim')}{where}, {counted(len(report.agreements), 'row')}: each one thing the sources agree on"


def _agreed(report: Report, c) -> str:
    """A corroborated claim: where, what it says and its value, then its sentence, dimmed."""
    from rich.markup import escape

    value = c.mention.value_text
    said = f"“{escape(_short(c.mention.text))}”" + (f" = {escape(value)}" if value and value != c.mention.text else "")
    return f"[bold]{escape(report.location(c))}[/bold]: {said}\n[dim]{escape(_short(c.sentence.text, 200))}[/dim]"


def _short(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def representatives(d) -> list:
    """The claims that show a discrepancy best: the first, and the first that differs from it."""
    if not d.claims:
        return []
    first = d.claims[0]
    other = next((c for c in d.claims[1:] if c.mention.value_text != first.mention.value_text), None)
    if other is None and len(d.claims) > 1:
        other = d.claims[1]
    return [first] + ([other] if other is not None else [])


def _side(report: Report, c) -> str:
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
    shown = value and value != c.mention.text
    note = f"= {value}" if shown else ""
    when = report.time_of(c) if c.mention.is_figure else None
    if when:
        note = f"{note} (for {date_range_text(*when)})".strip()
    return f"[bold]{escape(report.location(c))}[/bold]: {quote}" + (f"\n[dim]{escape(note)}[/dim]" if note else "")
