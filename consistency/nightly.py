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
import shutil
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import publishing
from .config import CONFIG_NAME, Config, ConfigError, find_config, load_config
from .engine import check
from .knowledge import KnowledgeBase
from .model import Document, Severity
from .printable import markdown_text
from .publishing import DATED, PublishError
from .report import COLUMNS, Report, counted, json_text, write
from .store import ClaimStore

__all__ = ["CONFIG_NAME", "ConfigError", "NightlyResult", "PublishError", "run_nightly", "load_acknowledged", "find_config"]

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
    warnings: list[str] = field(default_factory=list)  # repairs made, reports passed over
    stories_run: int = 0  # story results computed this run (rules or coverage of a changed story)
    stories_reused: int = 0  # story results taken from the store (nothing in the story changed)

    def summary_line(self) -> str:
        c = self.counts
        return (
            f"{self.folder}: {counted(len(self.report.documents), 'document')}, "
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


@dataclass(frozen=True)
class _Previous:
    """The newest earlier report that can be read: its folder and its JSON."""

    folder: Path
    data: dict[str, Any]

    @property
    def documents(self) -> int:
        return len(self.data.get("documents") or [])


def _previous_report(out: Path, date: str, warnings: list[str]) -> _Previous | None:
    """The newest report before `date` whose discrepancies.json reads; one that does not is passed over, with a warning."""
    earlier = sorted(p for p in out.iterdir() if p.is_dir() and DATED.match(p.name) and p.name < date)
    for folder in reversed(earlier):
        path = folder / "discrepancies.json"
        if not path.is_file():
            continue
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(data, dict) or not isinstance(data.get("discrepancies"), list):
                raise ValueError("not a report")
        except (OSError, ValueError) as e:
            warnings.append(f"{path}: cannot be read ({str(e)[:80]}); statuses are compared with an earlier report")
            continue
        return _Previous(folder, data)
    return None


def _refuse_shrink(documents: int, previous: _Previous | None, max_shrink: float) -> None:
    """PublishError when the corpus is empty or lost more than `max_shrink` of the previous report's documents.

    An unmounted share or a failed sync looks like a corpus that lost its
    documents: published, every discrepancy would read "resolved", and the
    next night "new".
    """
    hint = "pass --allow-shrink if the documents were removed on purpose"
    if documents == 0:
        raise PublishError(f"no documents were read; refusing to publish an empty report ({hint})")
    if previous is None or not previous.documents:
        return
    lost = 1 - documents / previous.documents
    if lost > max_shrink:
        raise PublishError(
            f"{documents} documents read, {previous.documents} in the report of {previous.folder.name}: "
            f"{lost:.0%} fewer, more than the {max_shrink:.0%} allowed (max_shrink in consistency.toml); "
            f"refusing to publish ({hint})"
        )


def _statuses(report: Report, previous: _Previous | None, acknowledged: dict[str, str]):
    before: dict[str, dict[str, Any]] = {}
    if previous is not None:
        before = {d["id"]: d for d in previous.data["discrepancies"]
                  if isinstance(d, dict) and "id" in d and d.get("status") != "resolved"}
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
        f"{counted(len(result.report.documents), 'document')} checked"
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
        lines += [f"- **{d.severity.name}** {d.kind}: {markdown_text(d.summary)} (`{d.id}`)" for d in new]
        lines.append("")
    if result.report.problems:
        lines += ["## Inputs that could not be read", ""]
        lines += [f"- {markdown_text(str(p))}" for p in result.report.problems] + [""]
    return "\n".join(lines)


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
    allow_shrink: bool = False,
) -> NightlyResult:
    """Check the corpus and write reports/<date>/ with index.html, discrepancies.csv/.json, summary.md.

    `config` is a config file, settings already read, or None to find
    consistency.toml from the current folder upwards; its acknowledgements,
    rule kinds, tolerance, ignores and facts apply. `as_of` checks the corpus
    as it stood on that date. Names are read by `knowledge` (default: the
    built-in knowledge base with the config's knowledge folder added).

    One run at a time holds OUT; what a killed run left is repaired first
    (see `consistency.publishing`). An empty corpus, or one that lost more
    than the config's `max_shrink` of the previous report's documents, is
    not published unless `allow_shrink`. PublishError says why a report
    could not be written; the previous reports are then as they were.
    """
    out = Path(out)
    day = (date or dt.date.today()).isoformat()
    settings = config if isinstance(config, Config) else load_config(config if config is not None else find_config())
    publishing.check_folder(out)
    with publishing.locked(out):
        warnings = publishing.repair(out)
        return _run_locked(corpus, out, day, settings, facts=facts, store=store, excel=excel, progress=progress,
                           as_of=as_of, knowledge=knowledge, allow_shrink=allow_shrink, warnings=warnings)


def _run_locked(corpus, out: Path, day: str, settings: Config, *, facts, store, excel, progress, as_of, knowledge,
                allow_shrink: bool, warnings: list[str]) -> NightlyResult:
    acknowledged = dict(settings.acknowledged)
    # acknowledged discrepancies stay in the report, with their status; the check does not suppress them
    run = dataclasses.replace(settings, facts=facts or settings.facts, as_of=as_of, acknowledged={})
    with ClaimStore(store or out / ".store.sqlite") as cache:
        report = check(list(corpus), settings=run, knowledge=knowledge, progress=progress, store=cache)
        parsed, reused = cache.misses, cache.hits
        stories_run, stories_reused = cache.results_computed, cache.results_reused
    previous = _previous_report(out, day, warnings)
    if not allow_shrink:
        _refuse_shrink(len(report.documents), previous, settings.max_shrink)
    statuses, resolved = _statuses(report, previous, acknowledged)
    result = NightlyResult(out / day, report, statuses, resolved, previous.folder if previous else None,
                           parsed, reused, warnings=warnings, stories_run=stories_run, stories_reused=stories_reused)
    result.counts = Counter(s for s, _ in statuses.values())
    result.counts["resolved"] = len(resolved)
    tmp = out / f".tmp-{day}-{os.getpid()}"
    try:
        _write_reports(tmp, result, day, excel)
    except OSError as e:
        shutil.rmtree(tmp, ignore_errors=True)
        raise PublishError(f"cannot write the report in {out}: {e.strerror or e}; the previous reports are as they were") from None
    _publish(out, tmp, out / day)
    return result


def _write_reports(tmp: Path, result: NightlyResult, day: str, excel: bool) -> None:
    """The day's four files, in the temporary folder `tmp`."""
    report, statuses = result.report, result.statuses
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir()
    data = report.to_dict()
    for d in data["discrepancies"]:
        d["status"], reason = statuses[d["id"]]
        if reason:
            d["reason"] = reason
    data["discrepancies"].extend(result.resolved)
    data["status_counts"] = {s: result.counts[s] for s in STATUSES}
    data["previous"] = result.previous.name if result.previous else None
    (tmp / "discrepancies.json").write_text(json_text(data), encoding="utf-8")
    rows = ({**row, "status": statuses[row["id"]][0]} for row in report.each_row())
    csv_report = write(report, "csv", excel=excel, rows=rows, columns=(*COLUMNS[:3], "status", *COLUMNS[3:]))
    (tmp / "discrepancies.csv").write_text(csv_report, encoding="utf-8", newline="")
    html = write(report, "html", title=f"Consistency report {day}", statuses=statuses)
    (tmp / "index.html").write_text(html, encoding="utf-8")
    (tmp / "summary.md").write_text(_summary_md(result, day), encoding="utf-8")


def _publish(out: Path, tmp: Path, final: Path) -> None:
    """Rename `tmp` into place as `final` and point latest at it.

    A same-day rerun moves the day's report aside first: two renames. A kill
    between them leaves it as .old-DATE-PID, which the next run puts back.
    """
    old = None
    if final.exists():
        old = out / f".old-{final.name}-{os.getpid()}"
        os.replace(final, old)
    os.replace(tmp, final)
    publishing.swap_latest(out, final)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
