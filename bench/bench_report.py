"""The nightly report, twice over one unchanged corpus: the second run must parse nothing and be >= 3x faster.

usage: python bench/bench_report.py [--docs 2000] [--profile]

Builds (or reuses) bench/out/corpus-N with make_corpus.py, then runs
`consistency report` into a fresh folder twice, each in its own process so
that no in-memory cache helps the second run: only the SQLite store does.
Prints the time of each run, how many documents each parsed and reused,
and the speed-up. With --profile, prints the top of a cProfile of each run.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RUN = """
import cProfile, datetime as dt, json, pstats, sys, time, io
from consistency.nightly import run_nightly
corpus, out, day, profile = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4] == "1"
prof = cProfile.Profile() if profile else None
start = time.perf_counter()
if prof: prof.enable()
result = run_nightly([corpus], out, date=dt.date.fromisoformat(day), config=None)
if prof: prof.disable()
seconds = time.perf_counter() - start
top = ""
if prof:
    buf = io.StringIO()
    pstats.Stats(prof, stream=buf).sort_stats("cumulative").print_stats(12)
    top = buf.getvalue()
print(json.dumps({"seconds": seconds, "parsed": result.parsed, "reused": result.reused,
                  "discrepancies": len(result.report.discrepancies), "profile": top}))
"""


def corpus(n: int) -> Path:
    folder = HERE / "out" / f"corpus-{n}"
    if not (folder / "docs").is_dir():
        subprocess.run([sys.executable, str(HERE / "make_corpus.py"), str(n), str(folder)], check=True)
    return folder / "docs"


def run(docs: Path, out: Path, day: str, profile: bool) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", RUN, str(docs), str(out), day, "1" if profile else "0"],
        check=True, capture_output=True, text=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    docs = corpus(args.docs)
    out = Path(tempfile.mkdtemp(prefix="bench-report-"))
    try:
        first = run(docs, out, "2025-03-01", args.profile)
        second = run(docs, out, "2025-03-02", args.profile)
    finally:
        shutil.rmtree(out, ignore_errors=True)
    for name, r in (("first run ", first), ("second run", second)):
        print(f"{name}: {args.docs} documents in {r['seconds']:.2f} s "
              f"({r['parsed']} parsed, {r['reused']} reused, {r['discrepancies']} discrepancies)")
    ratio = first["seconds"] / max(second["seconds"], 1e-9)
    verdict = "PASS" if ratio >= 3 and second["parsed"] == 0 else "FAIL"
    print(f"speed-up: {ratio:.1f}x for an unchanged corpus (requirement >= 3x, nothing parsed): {verdict}")
    if args.profile:
        print("\n== profile, first run\n" + first["profile"])
        print("== profile, second run\n" + second["profile"])
    return 0


if __name__ == "__main__":
    started = time.perf_counter()
    sys.exit(main())
