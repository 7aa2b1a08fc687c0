"""Time of one document's analysis on hostile texts at 100 KB, 200 KB and 1 MB: the growth must be linear.

    python bench/bench_hostile.py [--sizes 100,200,1000]

Three texts, each built from the seed articles or a repeated pattern, analysed
as `consistency check` analyses one document (mentions, claims, sentence terms):

- long line: the seeds' text with every line break made a space (one line, long sentences);
- dense figures: figures, percentages, money, distances, dates and times, nothing else;
- hash run: "#1#1#1..." (every numeral a piece of one run of junk).

Each line prints the time and the time per 100 KB; a linear pass keeps the
second column flat as the size grows (a quadratic one doubles it with each doubling).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from consistency.engine import analyse
from consistency.model import Document

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
KB = 1000
_DENSE_UNIT = "Officials said 1,234 people, 56% of 7.8 million, $9bn and 12 km on 3 May 2024 at 10:30. "


def _repeated(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def long_line(size: int) -> str:
    seeds = " ".join(" ".join(p.read_text(encoding="utf-8").split()) for p in sorted(SEEDS.glob("*.txt")))
    return _repeated(seeds + " ", size)


def dense_figures(size: int) -> str:
    return _repeated(_DENSE_UNIT, size)


def hash_run(size: int) -> str:
    return _repeated("#1", size)


TEXTS = {"long line": long_line, "dense figures": dense_figures, "hash run": hash_run}


def timed(text: str) -> float:
    doc = Document(id="hostile", path="hostile.txt", text=text, title=None, published=None, kind="txt")
    start = time.perf_counter()
    analyse(doc)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,200,1000", help="sizes in KB, comma-separated")
    sizes = [int(s) * KB for s in parser.parse_args().sizes.split(",")]
    timed("Warm-up: 5 people died on 3 May 2024, officials said.")  # imports and data out of the timings
    for name, build in TEXTS.items():
        for size in sizes:
            seconds = timed(build(size))
            print(f"{name:14} {size // KB:6,} KB {seconds:7.2f} s  {seconds / (size / (100 * KB)):6.2f} s per 100 KB")


if __name__ == "__main__":
    main()
