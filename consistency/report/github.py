"""GitHub Actions workflow annotations: each discrepancy marks the lines it quotes in the pull request.

One ``::error``, ``::warning`` or ``::notice`` line (by severity) for each
document a discrepancy quotes, at the claim's line and column, titled with
the kind; the message gives the summary and the other side. The file is named
relative to the working directory; line and column
count in the file for .txt and .md documents (front matter keeps its lines);
for pages, Word files and JSON records, whose text is extracted, the
annotation names the file without a line. Reference facts are not annotated
(they are the yardstick, not the copy).
"""

from __future__ import annotations

import re

from . import Report, display_path, writer
from .writers import counts_line

__all__ = ["to_github", "escape_data", "escape_property"]

LEVEL = {"error": "error", "warning": "warning", "info": "notice"}
_PLACE = re.compile(r"^line (\d+), column (\d+): ")  # a problem that locates itself (a bad directive)
_LINE_KINDS = frozenset({"txt", "md"})


def escape_data(text: str) -> str:
    """A message as the runner reads it: %, CR and LF encoded."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A property value (file, title): also : and , encoded."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _annotation(level: str, message: str, **props: object) -> str:
    given = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items() if v is not None)
    return f"::{level} {given}::{escape_data(message)}" if given else f"::{level}::{escape_data(message)}"


@writer("github")
def to_github(report: Report, **_: object) -> str:
    out = []
    for d in report.discrepancies:
        level = LEVEL[d.severity.name]
        seen: set[str] = set()
        for c in d.claims:
            doc = report.document(c.doc)
            if doc is None or doc.kind == "facts" or c.doc in seen or not doc.path or doc.path == "-":
                continue
            if report.focus and c.doc not in report.focus:
                continue
            seen.add(c.doc)
            others = [o for o in d.claims if o.doc != c.doc][:2]
            message = d.summary
            if others:
                message += "\n" + "\n".join(f"{report.location(o)}: “{o.mention.text}” in “{o.sentence.text[:300]}”" for o in others)
            if d.explanation:
                message += "\n" + d.explanation
            line = col = end_col = None
            if doc.kind in _LINE_KINDS:
                line, col = doc.line_col(c.start)
                end_line, end = doc.line_col(c.end)
                end_col = end if end_line == line else None
            out.append(_annotation(level, message, file=display_path(doc.path), line=line, col=col, endColumn=end_col,
                                   title=f"{d.kind} ({d.id})"))
    for p in report.problems:
        at = _PLACE.match(p.message)
        line, col = (int(at.group(1)), int(at.group(2))) if at else (None, None)
        level, title = ("warning", "read with a warning") if p.warning else ("error", "could not read")
        out.append(_annotation(level, p.message, file=display_path(p.path) or p.path, line=line, col=col, title=title))
    out.append(counts_line(report))
    return "\n".join(out) + "\n"
