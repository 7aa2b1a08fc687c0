"""Score `consistency check` on folders of stories written with their answers, as tests/data/stories holds.

usage: python bench/score_stories.py SET [SET ...] [--show]

A SET is a folder of stories: each story a folder of dated reports
(NAME/), beside its answers (NAME.expected.json: `planted` items, each a
document that disagrees with the others, and `lookalikes`, pairs of claims
that agree or speak of different things; see tests/test_news_stories.py).
Answers written by hand quote a figure as the writer sees it ("4-1", "about
$80,000") where a row may quote a part of it ("4", "$80,000"), so a claim
matches a quoted side when either text holds the other.

Prints, per story and in total: planted items found (by kind), look-alikes
set against each other by an error row, and the error rows and warnings that
are neither (stray). --show prints each missed item and stray row.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path


def _same(claim, side) -> bool:
    doc, text = side
    if claim.doc != doc:
        return False
    ours, theirs = claim.mention.text.casefold().strip(), text.casefold().strip()
    return bool(ours) and (ours in theirs or theirs in ours)


def _has(row, side) -> bool:
    return any(_same(c, side) for c in row.claims)


def finds(row, item) -> bool:
    return row.kind == item["kind"] and _has(row, item["odd"]) and any(_has(row, o) for o in item["others"])


def sets_against(row, item) -> bool:
    """Whether a row quotes two of a look-alike's sides (most look-alikes have two; some list more)."""
    return sum(_has(row, side) for side in item["texts"]) >= 2


def score_story(folder: Path, answers: dict, show: bool) -> Counter:
    import consistency

    rows = consistency.check([str(folder)]).discrepancies
    errors = [d for d in rows if str(d.severity) == "error"]
    warnings = [d for d in rows if str(d.severity) == "warning"]
    tally: Counter = Counter()
    for item in answers["planted"]:
        found = any(finds(d, item) for d in rows)
        tally[f"planted {item['kind']}"] += 1
        tally[f"found {item['kind']}"] += found
        tally["planted"] += 1
        tally["found"] += found
        if show and not found:
            print(f"  MISSED {folder.name}/{item['id']} ({item['kind']}): {item['odd']} vs {item['others']}")
    for item in answers["lookalikes"]:
        raised = [d for d in errors if sets_against(d, item)]
        tally["lookalikes"] += 1
        tally["raised"] += bool(raised)
        if show and raised:
            print(f"  RAISED {folder.name}/{item['id']}: {raised[0].summary}")
    for name, kept in (("stray errors", errors), ("stray warnings", warnings)):
        for d in kept:
            if any(finds(d, item) for item in answers["planted"]) or any(sets_against(d, i) for i in answers["lookalikes"]):
                continue
            tally[name] += 1
            if show:
                sides = " | ".join(f"{c.doc}: {c.mention.text!r} in {c.sentence.text[:90]!r}" for c in d.claims[:2])
                print(f"  STRAY {name.split()[1][:-1]} {folder.name} {d.kind}: {sides}")
    return tally


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--show", action="store_true", help="print each missed item and stray row")
    args = parser.parse_args()
    total: Counter = Counter()
    for root in args.sets:
        for answers_file in sorted(root.glob("*.expected.json")):
            folder = answers_file.with_name(answers_file.name.removesuffix(".expected.json"))
            if not folder.is_dir():
                print(f"{answers_file}: no folder {folder.name}/ beside it", file=sys.stderr)
                continue
            tally = score_story(folder, json.loads(answers_file.read_text(encoding="utf-8")), args.show)
            total += tally
            print(f"{root.name}/{folder.name}: found {tally['found']}/{tally['planted']}, raised {tally['raised']}/"
                  f"{tally['lookalikes']}, stray {tally['stray errors']} errors {tally['stray warnings']} warnings")
    kinds = sorted(k.removeprefix("planted ") for k in total if k.startswith("planted "))
    by_kind = ", ".join(f"{k} {total['found ' + k]}/{total['planted ' + k]}" for k in kinds)
    print(f"TOTAL found {total['found']}/{total['planted']} ({by_kind}); look-alikes raised "
          f"{total['raised']}/{total['lookalikes']}; stray {total['stray errors']} errors, "
          f"{total['stray warnings']} warnings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
