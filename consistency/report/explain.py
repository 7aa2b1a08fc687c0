"""`consistency explain ID`: one discrepancy of the last JSON report, in full.

`check` saves every run's report as ``.consistency/last.json`` in the folder
it runs from. Without ``--report``, explain reads the newer of that file and
``reports/latest/discrepancies.json`` (the nightly report). An id may be
shortened to any prefix that names one discrepancy.
"""

from __future__ import annotations

import io
import json
import math
import os
from pathlib import Path
from typing import Any

from ..files import NotReadable, read_regular_file, write_atomically
from ..intervals import interval_text
from . import Report, display_path, json_pieces

__all__ = ["ExplainError", "LAST", "NIGHTLY", "save_last", "last_report", "load_report", "find", "render"]

LAST = Path(".consistency") / "last.json"
NIGHTLY = Path("reports") / "latest" / "discrepancies.json"


class ExplainError(ValueError):
    """No report to read, or no such discrepancy in it."""


def save_last(report: Report, folder: Path | None = None) -> Path | None:
    """Write the report as JSON to FOLDER/.consistency/last.json (atomically); None when it cannot be written."""
    target = (folder or Path.cwd()) / LAST
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(target, (piece.encode("utf-8", "replace") for piece in json_pieces(report.fields())))
    except OSError:
        return None
    return target


def last_report(folder: Path | None = None) -> Path:
    """The newer of .consistency/last.json and reports/latest/discrepancies.json under `folder`."""
    here = folder or Path()
    found = [p for p in (here / LAST, here / NIGHTLY) if p.is_file()]
    if not found:
        raise ExplainError(
            f"no report to explain: neither {LAST} nor {NIGHTLY} exists here; "
            "run consistency check first, or name a report with --report FILE"
        )
    return max(found, key=lambda p: p.stat().st_mtime)


def load_report(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(read_regular_file(path).decode("utf-8"))
    except OSError as e:
        raise ExplainError(f"{path}: {e.strerror or e}") from None
    except NotReadable as e:
        raise ExplainError(f"{path}: {e}") from None
    except (ValueError, RecursionError) as e:  # not JSON, not UTF-8, nested too deeply
        raise ExplainError(f"{path}: not a JSON report ({str(e)[:100] or type(e).__name__})") from None
    if not isinstance(data, dict) or not str(data.get("schema", "")).startswith("consistency.report/"):
        raise ExplainError(f"{path}: not a consistency report (no \"schema\": \"consistency.report/1\")")
    wrong = _shape_problem(data)
    if wrong:
        raise ExplainError(f"{path}: not a readable consistency report: {wrong}")
    return data


def _shape_problem(data: dict[str, Any]) -> str | None:
    """What in a report's structure is not as the JSON schema has it (a hand-edited or damaged file), or None."""
    for key in ("documents", "discrepancies"):
        items = data.get(key, [])
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            return f'"{key}" is not a list of objects'
    for n, d in enumerate(data.get("discrepancies", []), start=1):
        claims = d.get("claims", [])
        if not isinstance(claims, list) or not all(isinstance(c, dict) for c in claims):
            return f'discrepancy {n}: "claims" is not a list of objects'
        texts = [d.get(k) for k in ("id", "kind", "severity", "summary")] + [c.get(k) for c in claims for k in ("text", "sentence")]
        if not all(t is None or isinstance(t, str) for t in texts):
            return f"discrepancy {n}: an id, kind, summary, text or sentence is not a string"
    return None


def find(data: dict[str, Any], wanted: str, path: Path) -> list[dict[str, Any]]:
    """The discrepancies whose id is `wanted` or starts with it (several rows may share one id)."""
    items = data.get("discrepancies") or []
    hits = [d for d in items if str(d.get("id", "")).startswith(wanted)] if wanted else []
    ids = sorted({str(d.get("id")) for d in hits})
    if wanted in ids:
        return [d for d in hits if d.get("id") == wanted]
    if len(ids) == 1:
        return hits
    if not hits:
        sample = ", ".join(dict.fromkeys(str(d.get("id")) for d in items[:3]))
        raise ExplainError(
            f"no discrepancy {wanted!r} in {path}{_checked(data)} ({len(items)} there"
            + (f", e.g. {sample})" if sample else ")")
        )
    raise ExplainError(f"{wanted!r} is the start of {len(ids)} ids in {path}: {', '.join(ids)}; give more of it")


def _checked(data: dict[str, Any]) -> str:
    """What the report's check read, for a message about it: ", the check of 3 documents in sources" (the folder
    that holds them all), so that an id looked up in another run's report says which run that was."""
    paths = [str(d.get("path")) for d in data.get("documents") or [] if d.get("path")]
    if not paths:
        return ""
    try:
        folder = os.path.commonpath([os.path.dirname(p) or "." for p in paths])
    except ValueError:  # paths on two drives, or absolute beside relative
        folder = ""
    where = f" in {folder}" if folder and folder != "." else ""
    return f", the check of {len(paths)} document{'' if len(paths) == 1 else 's'}{where}"


def _highlighted(sentence: str, text: str) -> tuple[str, str, str]:
    i = sentence.find(text) if text else -1
    if i < 0:
        return sentence, "", ""
    return sentence[:i], text, sentence[i + len(text) :]


def render(data: dict[str, Any], d: dict[str, Any], path: Path, width: int = 100, color: bool = False) -> str:
    """The discrepancy in full: both sides with the values marked, where they are, and why the rule fired."""
    from rich.console import Console
    from rich.markup import escape
    from rich.padding import Padding

    from ..rules import RULES

    docs = {doc.get("id"): doc for doc in data.get("documents", [])}
    buf = io.StringIO()
    console = Console(file=buf, width=width, force_terminal=color, color_system="auto" if color else None,
                      highlight=False)
    mark_open, mark_close = ("[bold reverse]", "[/]") if color else ("»", "«")
    head = f"[bold]{escape(d.get('id', ''))}[/bold]  {escape(d.get('kind', ''))} ({escape(d.get('severity', ''))})"
    if d.get("status"):
        head += f"  status: {escape(d['status'])}"
    console.print(head)
    console.print(escape(d.get("summary", "")))
    if d.get("reason"):
        console.print(f"acknowledged: {escape(d['reason'])}")
    for n, c in enumerate(d.get("claims", []), start=1):
        doc = docs.get(c.get("doc"), {})
        where = display_path(doc.get("path")) or c.get("doc", "")
        if c.get("line"):
            where += f":{c['line']}:{c['column']}"
        meta = ", ".join(x for x in (doc.get("title"), doc.get("published")) if x)
        console.print()
        console.print(f"side {n}: [bold]{escape(str(c.get('doc', '')))}[/bold]  {escape(where)}"
                      + (f"  ({escape(meta)})" if meta else ""))
        before, hit, after = _highlighted(c.get("sentence", ""), c.get("text", ""))
        marked = f"{mark_open}{escape(hit)}{mark_close}" if hit else ""
        console.print(Padding(f"“{escape(before)}{marked}{escape(after)}”", (0, 0, 0, 2), expand=False))
        value = c.get("value")
        facts = [f"value {value}" if value and value != c.get("text") else None,
                 f"interval {_interval(c.get('low'), c.get('high'))}" if "low" in c else None,
                 f"hedge {c['hedge']}" if c.get("hedge") else None,
                 f"time {'..'.join(c['time'])}" if c.get("time") else None,
                 f"speaker {c['speaker']}" if c.get("speaker") else None,
                 f"office {c['office']}" if c.get("office") else None,
                 f"characters {c.get('start')}-{c.get('end')}"]
        console.print(Padding(escape("; ".join(f for f in facts if f)), (0, 0, 0, 2), expand=False))
    console.print()
    if d.get("explanation"):
        console.print(f"[bold]why:[/bold] {escape(d['explanation'])}")
    rule = RULES.get(d.get("kind", ""))
    if rule is not None:
        console.print(f"[bold]rule {escape(rule.kind)}[/bold] ({rule.severity.name}):")
        for line in rule.doc.splitlines():
            console.print(f"  {escape(line.strip())}" if line.strip() else "")
        console.print(f"  example: {escape(rule.example)}")
        for part in rule.parts:
            console.print(f"  part {escape(part.name)}: {escape(part.summary)}")
    console.print()
    console.print(f"[dim]From {escape(str(path))}. {escape(_how_to_accept(d, docs))}[/dim]")
    return buf.getvalue()


def _how_to_accept(d: dict[str, Any], docs: dict[str, dict[str, Any]]) -> str:
    """The directive for the first side's kind of file, and the config's acknowledgement."""
    kind = d.get("kind", "")
    first = (d.get("claims") or [{}])[0]
    path = str(docs.get(first.get("doc"), {}).get("path") or "")
    if path.endswith(".txt"):
        directive = f"write the line # consistency: ignore {kind} above the sentence"
    else:
        directive = f"put <!-- consistency ignore {kind} --> before the sentence"
    return (
        f"To accept it: {directive}, or give a reason under [acknowledged] "
        f'in consistency.toml: "{d.get("id", "")}" = "..."'
    )


def _interval(low: Any, high: Any) -> str:
    """A claim's interval from the JSON, where an unbounded side is null, as figures print it."""
    low = -math.inf if low is None else low
    high = math.inf if high is None else high
    if isinstance(low, float | int) and isinstance(high, float | int):
        return interval_text(low, high)
    return f"[{low}, {high})"  # a hand-edited report: show what it holds
