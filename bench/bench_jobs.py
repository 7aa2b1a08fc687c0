"""Time `consistency check --jobs 2` against `--jobs 1`, and the peak memory of a check at a few sizes.

    python bench/bench_jobs.py [--documents 8000] [--memory 2000 8000] [--archive] [--out bench/out] [--seed 7]

Each check runs as its own command (`python -m consistency check DOCS
--format json`), under `/usr/bin/time -v` where it exists, on a corpus built
by make_corpus.py (or reused). Prints, for the speed-up:

    load average before: ... (2 cores)
    check 8000 --jobs 1: ... s wall, ... s CPU, peak ... MB (main process), ... rows
    check 8000 --jobs 2: ... s wall, ... s CPU, peak ... MB (main process), ... rows
    per-document stage 8000 --jobs 1: ... s wall, CPU ... s main process + ... s workers
    per-document stage 8000 --jobs 2: ... s wall, CPU ... s main process + ... s workers
    load average after: ...
    speed-up: N.NNx (target 1.5x on an idle two-core machine); reports identical: yes|NO

and one line per size for the memory, each with --jobs 1 (the whole check in
one process, which is what the peak measures):

    memory 2000: ... s, peak ... MB, ... MB of text (... MB per MB of text), ... rows

"Reports identical" compares the two JSON reports byte for byte; both runs
get the same PYTHONHASHSEED, so that a set's iteration order is the same in
both (the report should not depend on it; the line says when it does).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench_check import corpus  # noqa: E402

TARGET = 1.5  # the speed-up asked of two cores over one on an idle machine
HASH_SEED = "0"


def load_average() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def run_check(docs: Path, jobs: int, out: Path) -> dict:
    """One `consistency check` as its own process: wall and CPU seconds, peak memory, rows."""
    command = [sys.executable, "-m", "consistency", "check", str(docs), "--format", "json", "-o", str(out),
               "--fail-on", "never", "--jobs", str(jobs)]
    timer = shutil.which("time") and Path("/usr/bin/time").exists()
    if timer:
        command = ["/usr/bin/time", "-v", *command]
    env = {**os.environ, "PYTHONHASHSEED": HASH_SEED}
    before = os.times()
    start = time.perf_counter()
    proc = subprocess.run(command, capture_output=True, text=True, env=env)
    wall = time.perf_counter() - start
    after = os.times()
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr[-3000:])
        raise SystemExit(f"check --jobs {jobs} failed with exit code {proc.returncode}")
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr)
    rows = len(json.loads(out.read_text(encoding="utf-8"))["discrepancies"])
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return {"wall": wall, "cpu": cpu, "peak_mb": int(peak.group(1)) / 1024 if peak else None, "rows": rows}


def stage_seconds(docs: Path, jobs: int) -> tuple[float, float, float]:
    """The per-document stage alone (reading, parsing, claims) in a fresh process: wall seconds,
    CPU seconds of the main process and of its workers."""
    code = (
        "import resource, time\n"
        "from consistency.documents import load\n"
        "from consistency.engine import context\n"
        "from consistency.knowledge import builtin\n"
        "from consistency.workers import workers\n"
        "def cpu(who):\n"
        "    r = resource.getrusage(who)\n"
        "    return r.ru_utime + r.ru_stime\n"
        "if __name__ == '__main__':\n"
        "    start, main_cpu = time.perf_counter(), cpu(resource.RUSAGE_SELF)\n"
        f"    with workers({jobs}, None, builtin()) as run:\n"
        f"        documents, _ = load([{str(docs)!r}], run=run)\n"
        "        context(documents, run=run)\n"
        "    print(time.perf_counter() - start, cpu(resource.RUSAGE_SELF) - main_cpu, cpu(resource.RUSAGE_CHILDREN))\n"
    )
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as script:
        script.write(code)
    try:
        proc = subprocess.run([sys.executable, script.name], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": HASH_SEED})
    finally:
        os.unlink(script.name)
    wall, main_cpu, workers_cpu = map(float, proc.stdout.split()[-3:])
    return wall, main_cpu, workers_cpu


def _peak(result: dict) -> str:
    return f"peak {result['peak_mb']:.0f} MB" if result["peak_mb"] is not None else "peak unknown (no /usr/bin/time)"


def speed_up(n: int, out: Path, seed: int, archive: bool) -> None:
    docs = corpus(n, out, seed, archive) / "docs"
    print(f"load average before: {load_average()} ({os.cpu_count()} cores)")
    with tempfile.TemporaryDirectory() as tmp:
        results = {}
        for jobs in (1, 2):
            results[jobs] = r = run_check(docs, jobs, Path(tmp) / f"jobs-{jobs}.json")
            print(f"check {n} --jobs {jobs}: {r['wall']:.1f} s wall, {r['cpu']:.1f} s CPU, {_peak(r)} (main process), "
                  f"{r['rows']} rows")
        for jobs in (1, 2):
            wall, main_cpu, workers_cpu = stage_seconds(docs, jobs)
            print(f"per-document stage {n} --jobs {jobs}: {wall:.1f} s wall, CPU {main_cpu:.1f} s main process "
                  f"+ {workers_cpu:.1f} s workers")
        print(f"load average after: {load_average()}")
        same = (Path(tmp) / "jobs-1.json").read_bytes() == (Path(tmp) / "jobs-2.json").read_bytes()
    ratio = results[1]["wall"] / results[2]["wall"]
    print(f"speed-up: {ratio:.2f}x (target {TARGET}x on an idle two-core machine); "
          f"reports identical: {'yes' if same else 'NO'}")


def memory(sizes: list[int], out: Path, seed: int, archive: bool) -> None:
    for n in sizes:
        folder = corpus(n, out, seed, archive)
        mb = sum(p.stat().st_size for p in (folder / "docs").iterdir()) / 1e6
        with tempfile.TemporaryDirectory() as tmp:
            r = run_check(folder / "docs", 1, Path(tmp) / "report.json")
        per_mb = f" ({r['peak_mb'] / mb:.0f} MB per MB of text)" if r["peak_mb"] is not None else ""
        print(f"memory {n}: {r['wall']:.1f} s, {_peak(r)}, {mb:.2f} MB of text{per_mb}, {r['rows']} rows")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=8000, help="corpus size for --jobs 2 against --jobs 1")
    parser.add_argument("--memory", type=int, nargs="*", default=[2000, 8000], help="corpus sizes for peak memory")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "out")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--archive", action="store_true", help="the archive-shaped corpus (make_corpus.py --archive)")
    args = parser.parse_args()
    if args.documents:
        speed_up(args.documents, args.out, args.seed, args.archive)
    memory(args.memory, args.out, args.seed, args.archive)


if __name__ == "__main__":
    main()
