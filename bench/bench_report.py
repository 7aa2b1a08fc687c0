"""The nightly report over a corpus that barely changes: what a night with nothing or one document changed costs.

usage: python bench/bench_report.py [--docs 2000] [--archive] [--delete 50] [--profile]

Builds (or reuses) bench/out/corpus-N (with --archive bench/out/archive-N)
with make_corpus.py, copies its documents to a scratch folder, then runs
`consistency report` into a fresh folder night after night, each run in its
own process so that no in-memory cache helps: only the store does.

1. a full run (empty store);
2. the same corpus again: nothing parsed, every story's result reused (limit: 5% of the full run);
3. one document changed (a figure in it): one document parsed, only its stories rerun (limit: 10%);
4. with --delete K, K documents removed: every discrepancy between documents that
   are neither removed nor changed keeps its status (open); the new ones among them
   are listed by kind (an update or single-source row summarises a whole story,
   so it changes when one of the story's reports goes).

Prints the time of each night (wall-clock and processor time; the limits are
on processor time, which the load of a shared machine does not inflate),
documents parsed and reused, story results run and reused, and the verdicts. With --profile, prints the top of a cProfile of each run.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from bench_check import corpus as build  # noqa: E402

NOTHING_CHANGED = 0.05  # share of the full run's time a night with nothing changed may take
ONE_CHANGED = 0.10  # ... and one with one document changed
RUN = """
import cProfile, datetime as dt, json, pstats, sys, time, io
from consistency.nightly import run_nightly
corpus, out, day, profile = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4] == "1"
prof = cProfile.Profile() if profile else None
start, cpu = time.perf_counter(), time.process_time()
if prof: prof.enable()
result = run_nightly([corpus], out, date=dt.date.fromisoformat(day), config=None)
if prof: prof.disable()
seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
top = ""
if prof:
    buf = io.StringIO()
    pstats.Stats(prof, stream=buf).sort_stats("cumulative").print_stats(15)
    top = buf.getvalue()
print(json.dumps({"seconds": seconds, "cpu": cpu, "parsed": result.parsed, "reused": result.reused,
                  "stories_run": result.stories_run, "stories_reused": result.stories_reused,
                  "discrepancies": len(result.report.discrepancies), "profile": top}))
"""
_FIGURE = re.compile(r"(?<![\d,.])(\d{2,3})(?= (?:people|workers|passengers|homes|firefighters|rescuers))")


def run(docs: Path, out: Path, day: str, profile: bool) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", RUN, str(docs), str(out), day, "1" if profile else "0"],
        check=True, capture_output=True, text=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def change_one(docs: Path) -> str:
    """Change one count in one document (the first, by name, that has one); its name."""
    for path in sorted(docs.iterdir()):
        text = path.read_text(encoding="utf-8")
        m = _FIGURE.search(text)
        if m:
            changed = str(int(m.group(1)) * 2 + 1)
            path.write_text(text[: m.start()] + changed + text[m.end() :], encoding="utf-8")
            return path.stem
    raise SystemExit("no document with a count to change")


def _line(name: str, n: int, r: dict, full: dict | None) -> str:
    share = f", {100 * r['cpu'] / full['cpu']:.1f}% of the full run's" if full else ""
    return (f"{name}: {n} documents in {r['seconds']:.2f} s, {r['cpu']:.2f} s of processor time{share} "
            f"({r['parsed']} parsed, {r['reused']} reused; "
            f"story results {r['stories_run']} run, {r['stories_reused']} reused; {r['discrepancies']} discrepancies)")


def statuses_kept(out: Path, before: str, after: str, gone: set[str]) -> tuple[int, int, Counter]:
    """(kept, lost, new by kind): discrepancies among documents neither removed nor changed, night to night."""
    def load(day: str) -> list[dict]:
        return json.loads((out / day / "discrepancies.json").read_text(encoding="utf-8"))["discrepancies"]

    untouched = [d for d in load(before) if d.get("status") != "resolved" and not {c["doc"] for c in d["claims"]} & gone]
    now = {d["id"]: d.get("status") for d in load(after)}
    kept = sum(1 for d in untouched if now.get(d["id"]) == "open")
    new = Counter(d["kind"] for d in load(after) if d.get("status") == "new" and not {c["doc"] for c in d["claims"]} & gone)
    return kept, len(untouched) - kept, new


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--archive", action="store_true", help="the archive-shaped corpus (make_corpus.py --archive)")
    parser.add_argument("--delete", type=int, default=0, help="then remove this many documents and compare statuses")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    source = build(args.docs, HERE / "out", args.seed, args.archive) / "docs"
    scratch = Path(tempfile.mkdtemp(prefix="bench-report-"))
    docs, out = scratch / "docs", scratch / "reports"
    shutil.copytree(source, docs)
    try:
        full = run(docs, out, "2025-03-01", args.profile)
        same = run(docs, out, "2025-03-02", args.profile)
        changed = change_one(docs)
        one = run(docs, out, "2025-03-03", args.profile)
        print(_line("full run   ", args.docs, full, None))
        print(_line("none changed", args.docs, same, full))
        print(_line(f"one changed ({changed})", args.docs, one, full))
        none_share, one_share = same["cpu"] / full["cpu"], one["cpu"] / full["cpu"]
        print(f"nothing changed: {100 * none_share:.1f}% of the full run (limit {100 * NOTHING_CHANGED:.0f}%, "
              f"nothing parsed): {'PASS' if none_share <= NOTHING_CHANGED and same['parsed'] == 0 else 'FAIL'}")
        print(f"one changed: {100 * one_share:.1f}% of the full run (limit {100 * ONE_CHANGED:.0f}%, one parsed): "
              f"{'PASS' if one_share <= ONE_CHANGED and one['parsed'] == 1 else 'FAIL'}")
        if args.delete:
            victims = random.Random(args.seed).sample(sorted(p for p in docs.iterdir()), args.delete)
            for path in victims:
                path.unlink()
            after = run(docs, out, "2025-03-04", args.profile)
            print(_line(f"{args.delete} removed", args.docs - args.delete, after, full))
            kept, lost, new = statuses_kept(out, "2025-03-03", "2025-03-04", {p.stem for p in victims} | {changed})
            print(f"statuses after removing {args.delete}: {kept} discrepancies between untouched documents kept "
                  f"their status, {lost} did not: {'PASS' if lost == 0 else 'FAIL'}; new among untouched documents: "
                  f"{sum(new.values())} {dict(new)} (a story's summary rows, update and single-source, "
                  "change when one of its reports goes)")
        if args.profile:
            for name, r in (("full", full), ("none changed", same), ("one changed", one)):
                print(f"\n== profile, {name}\n" + r["profile"])
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
