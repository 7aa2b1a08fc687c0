"""The nightly report: a dated folder of HTML, CSV, JSON and a summary, and what changed.

Each discrepancy, by its stable id, is *new* (not in the previous report),
*open* (still there), *resolved* (in the previous report, gone now) or
*acknowledged* (listed with a reason in consistency.toml). The folder is
written under a temporary name and renamed into place, and `latest` is
swapped atomically, so an interrupted run leaves the previous reports intact.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import re
import shutil
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .config import CONFIG_NAME, Config, ConfigError, find_config, load_config
from .engine import check
from .knowledge import KnowledgeBase
from .model import Document, Severity
from .report import Report, write
from .store import ClaimStore

__all__ = ["CONFIG_NAME", "ConfigError", "NightlyResult", "run_nightly", "load_acknowledged", "find_config"]

_DATED = re.compile(r"^\d{4}-\d{2}-\d{2}$")
STATUSES = ("new", "open", "resolved", "acknowledged")


@dataclass
class NightlyResult:
    folder: Path
    report: Report
    statuses: dict[str, tuple[str, str]]
    resolved: list[dict[str, Any]]
    previous: Path | None
    parsed: int
    reused: int
    counts: Counter = field(default_factory=Counter)
    stories_run: int = 0  # story results computed this run (rules or coverage of a changed story)
    stories_reused: int = 0  # story results taken from the store (nothing in the story changed)

    def summary_line(self) -> str:
        c = self.counts
        return (
            f"{self.folder}: {len(self.report.documents)} documents, "
            f"{c['new']} new, {c['open']} open, {c['resolved']} resolved, {c['acknowledged']} acknowledged "
            f"({self.parsed} parsed, {self.reused} reused; story results: {self.stories_run} run, "
            f"{self.stories_reused} reused)"
        )

    def unacknowledged_worst(self) -> Severity | None:
        live = [d.severity for d in self.report.discrepancies if self.statuses[d.id][0] != "acknowledged"]
        return max(live, default=None)


def load_acknowledged(path: Path | None) -> dict[str, str]:
    """The `[acknowledged]` table of consistency.toml: discrepancy id → reason."""
    return dict(load_config(path).acknowledged)


def _previous_report(out: Path, date: str) -> Path | None:
    earlier = sorted(p for p in out.iterdir() if p.is_dir() and _DATED.match(p.name) and p.name < date)
    for folder in reversed(earlier):
        if (folder / "discrepancies.json").is_file():
            return folder
    return None


def _statuses(report: Report, previous: Path | None, acknowledged: dict[str, str]):
    before: dict[str, dict[str, Any]] = {}
    if previous is not None:
        try:
            data = json.loads((previous / "discrepancies.json").read_text(encoding="utf-8"))
            before = {d["id"]: d for d in data.get("discrepancies", []) if d.get("status") != "resolved"}
        except (OSError, ValueError, KeyError, TypeError):
            before = {}
    statuses: dict[str, tuple[str, str]] = {}
    for d in report.discrepancies:
        if d.id in acknowledged:
            statuses[d.id] = ("acknowledged", acknowledged[d.id])
        elif d.id in before:
            statuses[d.id] = ("open", "")
        else:
            statuses[d.id] = ("new", "")
    current = {d.id for d in report.discrepancies}
    resolved = [dict(d, status="resolved") for i, d in before.items() if i not in current]
    return statuses, resolved


def _summary_md(result: NightlyResult, date: str) -> str:
    c = result.counts
    kinds = Counter(d.kind for d in result.report.discrepancies if result.statuses[d.id][0] != "acknowledged")
    lines = [
        f"# Consistency report {date}",
        "",
        f"{len(result.report.documents)} documents checked"
        + (f", compared with {result.previous.name}" if result.previous else ", no earlier report"),
        "",
        "| status | count |",
        "| --- | --- |",
        *(f"| {s} | {c[s]} |" for s in STATUSES),
        "",
        "| kind | open or new |",
        "| --- | --- |",
        *(f"| {k} | {n} |" for k, n in sorted(kinds.items())),
        "",
    ]
    new = [d for d in result.report.discrepancies if result.statuses[d.id][0] == "new"]
    if new:
        lines += ["## New since the last report", ""]
        lines += [f"- **{d.severity.name}** {d.kind}: {d.summary} (`{d.id}`)" for d in new]
        lines.append("")
    if result.report.problems:
        lines += ["## Inputs that could not be read", ""] + [f"- {p}" for p in result.report.problems] + [""]
    return "\n".join(lines)


def _swap_latest(out: Path, folder: Path) -> None:
    tmp = out / f".latest-{os.getpid()}"
    if tmp.is_symlink() or tmp.exists():
        tmp.unlink()
    tmp.symlink_to(folder.name)
    os.replace(tmp, out / "latest")


def run_nightly(
    corpus: Sequence[str | Path],
    out: str | Path,
    *,
    facts: str | Path | None = None,
    date: dt.date | None = None,
    store: str | Path | None = None,
    config: Path | Config | None = None,
    excel: bool = False,
    progress: Callable[[Document], None] | None = None,
    as_of: dt.date | None = None,
    knowledge: KnowledgeBase | None = None,
) -> NightlyResult:
    """Check the corpus and write reports/<date>/ with index.html, discrepancies.csv/.json, summary.md.

    `config` is a config file, settings already read, or None to find
    consistency.toml from the current folder upwards; its acknowledgements,
    rule kinds, tolerance, ignores and facts apply. `as_of` checks the corpus
    as it stood on that date. Names are read by `knowledge` (default: the
    built-in knowledge base with the config's knowledge folder added).
    """
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    day = (date or dt.date.today()).isoformat()
    settings = config if isinstance(config, Config) else load_config(config if config is not None else find_config())
    acknowledged = dict(settings.acknowledged)
    # acknowledged discrepancies stay in the report, with their status; the check does not suppress them
    run = dataclasses.replace(settings, facts=facts or settings.facts, as_of=as_of, acknowledged={})
    with ClaimStore(store or out / ".store.sqlite") as cache:
        report = check(list(corpus), settings=run, knowledge=knowledge, progress=progress, store=cache)
        parsed, reused = cache.misses, cache.hits
        stories_run, stories_reused = cache.results_computed, cache.results_reused
    previous = _previous_report(out, day)
    statuses, resolved = _statuses(report, previous, acknowledged)
    result = NightlyResult(out / day, report, statuses, resolved, previous, parsed, reused,
                           stories_run=stories_run, stories_reused=stories_reused)
    result.counts = Counter(s for s, _ in statuses.values())
    result.counts["resolved"] = len(resolved)

    tmp = out / f".tmp-{day}-{os.getpid()}"
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir()
    data = report.to_dict()
    for d in data["discrepancies"]:
        d["status"], reason = statuses[d["id"]]
        if reason:
            d["reason"] = reason
    data["discrepancies"].extend(resolved)
    data["status_counts"] = {s: result.counts[s] for s in STATUSES}
    data["previous"] = previous.name if previous else None
    (tmp / "discrepancies.json").write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    frame = report.to_frame()
    frame.insert(3, "status", [statuses[i][0] for i in frame["id"]])
    csv_report = write(report, "csv", excel=excel, frame=frame)
    (tmp / "discrepancies.csv").write_text(csv_report, encoding="utf-8", newline="")
    html = write(report, "html", title=f"Consistency report {day}", statuses=statuses)
    (tmp / "index.html").write_text(html, encoding="utf-8")
    (tmp / "summary.md").write_text(_summary_md(result, day), encoding="utf-8")

    final = out / day
    old = None
    if final.exists():
        old = out / f".old-{day}-{os.getpid()}"
        os.replace(final, old)
    os.replace(tmp, final)
    _swap_latest(out, final)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
    return result
