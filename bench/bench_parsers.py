"""Parsing speed: `consistency.mentions()` against dateparser's search and quantulum3, same text, same run.

    python bench/bench_parsers.py [--mb 5] [--budget 30] [--unit document|paragraph]

The seed articles are repeated until the text reaches --mb megabytes (UTF-8)
and fed one document per call, as `consistency check` parses them (or one
paragraph per call with --unit paragraph). Each copy starts with its own short
line, so a cache keyed on the whole text cannot answer a repeated call.
dateparser.search.search_dates (languages=["en"]) and quantulum3's
parser.parse read the same calls in the same order, the three taking turns of
about a second so that other work on the machine slows them alike; a slow
engine stops after --budget seconds of its own, and its speed is measured on
that slice and scaled per MB (the output says so). Prints MB/s for each and
the ratios; mentions() must be at least 10x faster than dateparser's search.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import string
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
REQUIRED = 10.0  # mentions() must be this many times faster than dateparser's search
_DATED = re.compile(r"\b(20\d\d)-(\d\d)-(\d\d)\b")


def seed_documents(folder: Path = SEEDS) -> list[tuple[str, dt.date | None]]:
    """Each seed article's text and the publication date its header gives, if any."""
    out = []
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        m = _DATED.search(text[:600])
        out.append((text, dt.date(int(m[1]), int(m[2]), int(m[3])) if m else None))
    return out


def _tag(k: int) -> str:
    """A distinct, figure-free first line for copy k: "Edition ba."."""
    letters = ""
    k += 1
    while k:
        k, r = divmod(k, 26)
        letters += string.ascii_lowercase[r]
    return f"Edition {letters}.\n"


def workload(docs: list[tuple[str, dt.date | None]], megabytes: float, unit: str) -> list[tuple[str, dt.date | None]]:
    """The calls to make: the documents (or their paragraphs) repeated to `megabytes`, each copy distinct."""
    calls: list[tuple[str, dt.date | None]] = []
    size, copy = 0, 0
    while size < megabytes * 1e6:
        for text, published in docs:
            pieces = [text] if unit == "document" else [p for p in text.split("\n\n") if p.strip()]
            for piece in pieces:
                piece = _tag(copy) + piece
                copy += 1
                calls.append((piece, published))
                size += len(piece.encode("utf-8"))
    return calls


@dataclass
class Engine:
    """One extractor under test and what it has read so far."""

    name: str
    read: Callable[[str, dt.date | None], object]
    budget: float | None  # seconds after which it stops; None reads every call
    seconds: float = 0.0
    size: int = 0
    done: int = 0
    found: int = 0

    def finished(self, calls: list) -> bool:
        return self.done == len(calls) or (self.budget is not None and self.seconds > self.budget)

    def turn(self, calls: list, slice_seconds: float) -> None:
        """Read the next calls for about `slice_seconds`."""
        start = time.perf_counter()
        while not self.finished(calls) and time.perf_counter() - start < slice_seconds:
            text, published = calls[self.done]
            t0 = time.perf_counter()
            result = self.read(text, published)
            self.seconds += time.perf_counter() - t0
            self.found += len(result or ())
            self.size += len(text.encode("utf-8"))
            self.done += 1

    @property
    def rate(self) -> float:
        """MB/s."""
        return self.size / 1e6 / self.seconds if self.seconds > 0 else float("inf")


def race(engines: list[Engine], calls: list, slice_seconds: float = 1.0) -> None:
    """Let the engines take turns of about a second each, so that a load on the machine hits all alike."""
    while not all(e.finished(calls) for e in engines):
        for e in engines:
            e.turn(calls, slice_seconds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0, help="megabytes of text (default 5)")
    parser.add_argument("--budget", type=float, default=30.0, help="seconds allowed to each slow engine")
    parser.add_argument("--unit", choices=("document", "paragraph"), default="document")
    args = parser.parse_args()

    import consistency

    warnings.filterwarnings("ignore")
    from dateparser.search import search_dates
    from quantulum3 import parser as quantulum

    docs = seed_documents()
    calls = workload(docs, args.mb, args.unit)
    total = sum(len(t.encode("utf-8")) for t, _ in calls)
    seed_kb = sum(len(t.encode("utf-8")) for t, _ in docs) / 1e3
    print(
        f"text: {len(docs)} seed documents ({seed_kb:.1f} KB) repeated to {total / 1e6:.2f} MB, "
        f"{len(calls)} calls, one per {args.unit}; each copy opens with its own line"
    )

    # One sentence with a figure, a date, a title and a quote: every parser builds its patterns here, not in a timing.
    warm = (
        "The council approved $3.2 million on March 3, 2021, Mayor Jane Smith said; about 40% goes to roads. "
        "“It is the third time,” said Russian President Vladimir Putin, the Kremlin leader."
    )
    consistency.mentions(warm, dt.date(2021, 3, 4))
    search_dates(warm, languages=["en"])
    quantulum.parse(warm)

    first = Engine("first pass", lambda t, p: consistency.mentions(t, published=p), None)
    first.turn(docs, float("inf"))
    ours = Engine("mentions()", lambda t, p: consistency.mentions(t, published=p), None)
    theirs = [
        Engine("dateparser search_dates", lambda t, p: search_dates(t, languages=["en"]), args.budget),
        Engine("quantulum3 parser.parse", lambda t, p: quantulum.parse(t), args.budget),
    ]
    race([ours, *theirs], calls)
    print(
        f"{ours.name:25} {ours.size / 1e6:.2f} MB in {ours.seconds:.2f} s = {ours.rate:.3f} MB/s "
        f"({ours.found} mentions; first pass over the seeds alone {first.rate:.3f} MB/s)"
    )
    for e in theirs:
        part = "all of it" if e.done == len(calls) else f"a slice of {e.done} calls, scaled per MB"
        print(f"{e.name:25} {e.size / 1e6:.2f} MB in {e.seconds:.2f} s = {e.rate:.3f} MB/s ({e.found} found; {part})")
    ratios = {e.name: ours.rate / e.rate for e in theirs}
    for name, ratio in ratios.items():
        verb = "search" if name.startswith("dateparser") else "parse"
        print(f"mentions() is {ratio:.1f}x faster than {name.split()[0]} {verb}")
    ok = ratios["dateparser search_dates"] >= REQUIRED
    print(f"requirement: mentions() >= {REQUIRED:.0f}x faster than dateparser search: {'PASS' if ok else 'FAIL'}")
    print(f"where mentions() spends its time: {_per_parser(calls[:200])}")


def _per_parser(calls: list) -> str:
    """MB/s of each parser module alone on the first calls (quotes reuse the entity pass, as in mentions())."""
    from consistency.parse import dates, quotes
    from consistency.parse.figures import numbers, ranks
    from consistency.parse.names import entities

    size = sum(len(t.encode("utf-8")) for t, _ in calls) / 1e6
    out = []
    for name, find in (("numbers", numbers.find), ("dates", dates.find), ("ranks", ranks.find),
                       ("entities", entities.find), ("quotes", quotes.find)):
        spent = 0.0
        for text, published in calls:
            if name == "quotes":
                entities.find(text, published)  # in mentions() the quote pass finds the names cached
            start = time.perf_counter()
            find(text, published)
            spent += time.perf_counter() - start
        out.append(f"{name} {size / max(spent, 1e-9):.1f}")
    return ", ".join(out) + " MB/s"


if __name__ == "__main__":
    main()
