"""The HTML report: one self-contained, offline file; sortable, filterable; all text escaped."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from functools import cache
from typing import Any

from . import Report, counted, writer
from .writers import agreements_title

_RANK = {"error": 0, "warning": 1, "info": 2}


@cache
def _template():
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("consistency.report", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["counted"] = counted
    return env.get_template("report.html.j2")


def _side(report: Report, c) -> dict[str, Any]:
    s = c.sentence.text
    i, j = c.start - c.sentence.start, c.end - c.sentence.start
    if not 0 <= i <= j <= len(s):
        i = j = 0
    doc = report.document(c.doc)
    line, column = doc.line_col(c.start) if doc is not None and doc.kind != "facts" else (None, None)
    return {
        "doc": c.doc,
        "where": report.location(c),
        "line": line,
        "column": column,
        "title": doc.title if doc else None,
        "published": doc.published.isoformat() if doc and doc.published else None,
        "before": s[:i],
        "text": s[i:j],
        "after": s[j:],
        "value": c.mention.value_text,
        "interval": c.mention.interval_text,
    }


@writer("html")
def to_html(
    report: Report,
    title: str = "Consistency report",
    statuses: dict[str, tuple[str, str]] | None = None,
    generated: str | None = None,
    **_: object,
) -> str:
    """`statuses` maps a discrepancy id to (status, reason) for the nightly report."""
    statuses = statuses or {}
    rows = []
    for d in report.discrepancies:
        status, reason = statuses.get(d.id, (None, None))
        rows.append(
            {
                "id": d.id,
                "kind": d.kind,
                "severity": d.severity.name,
                "rank": _RANK[d.severity.name],
                "summary": d.summary,
                "explanation": d.explanation,
                "docs": d.docs,
                "status": status,
                "reason": reason,
                "sides": [_side(report, c) for c in d.claims],
            }
        )
    order = {"new": 0, "open": 1, "resolved": 2, "acknowledged": 3}
    rows.sort(key=lambda r: (order.get(r["status"] or "", 0), r["rank"]))
    kinds = Counter(d.kind for d in report.discrepancies)
    coverage = report.coverage
    return _template().render(
        coverage=[c.to_dict() for c in coverage.documents] if coverage else None,
        coverage_total=coverage.total().to_dict() if coverage else None,
        coverage_kinds=[(g, c.to_dict()) for g, c in coverage.by_kind.items()] if coverage else [],
        focus=report.focus,
        suppressed=[
            {"id": x.discrepancy.id, "kind": x.discrepancy.kind, "summary": x.discrepancy.summary, "reason": x.reason}
            for x in report.suppressed
        ],
        agreements_title=None if report.agreements is None else agreements_title(report),
        agreements=None if report.agreements is None else [
            {"claim": _side(report, a.claim), "others": [_side(report, o) for o in a.others]} for a in report.agreements
        ],
        as_of=report.as_of.isoformat() if report.as_of else None,
        left_out=len(report.left_out),
        title=title,
        documents=report.documents,
        story_date=report.story_date.isoformat() if report.story_date else None,
        generated=generated or dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
        kind_counts=sorted(kinds.items()),
        problems=report.problems,
        unread=report.unread(),
        rows=rows,
        statuses=sorted({r["status"] for r in rows if r["status"]}, key=lambda s: order.get(s, 9)),
    )
