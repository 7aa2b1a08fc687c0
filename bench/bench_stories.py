"""Stories found in an archive: a real story among generated ones, and the generated ones against their manifest.

usage: python bench/bench_stories.py [--docs 2000] [--story ../shared/eval/realworld/morocco-quake-2023]

Builds (or reuses) the archive corpus of N documents (make_corpus.py
--archive), adds the reports of one real story (a folder), groups all of them
into stories as `consistency check` does, and prints:

- how many stories the real story's reports fall into, and whether bench
  documents joined them (the real story should be one story of its own);
- for the generated stories: pair precision (of the document pairs put in one
  story, the share that the manifest puts in one story), pair recall, and how
  many generated stories were split;
- the time spent signing documents and grouping them.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from bench_check import corpus as build  # noqa: E402


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def main() -> int:
    from consistency.align import cluster_stories, story_signature
    from consistency.documents import load

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--story", type=Path, default=HERE.parent.parent / "shared/eval/realworld/morocco-quake-2023")
    args = parser.parse_args()
    bench, _ = load([build(args.docs, HERE / "out", args.seed, archive=True) / "docs"])
    real, _ = load([args.story]) if args.story.exists() else ([], [])
    documents = bench + real
    start = time.perf_counter()
    signatures = {d.id: story_signature(d.text, d.title) for d in documents}
    signed = time.perf_counter()
    stories = cluster_stories(signatures, {d.id: d.published for d in documents})
    grouped = time.perf_counter()
    print(f"{len(documents)} documents ({len(bench)} generated, {len(real)} from {args.story.name}): "
          f"{len(set(stories.values()))} stories; signing {signed - start:.1f} s, grouping {grouped - signed:.1f} s")
    if real:
        parts = Counter(stories[d.id] for d in real)
        main_story = parts.most_common(1)[0][0]
        joined = sum(1 for d in bench if stories[d.id] == main_story)
        verdict = "PASS" if len(parts) == 1 and joined == 0 else "FAIL"
        print(f"{args.story.name}: {len(real)} reports in {len(parts)} stor{'y' if len(parts) == 1 else 'ies'} "
              f"(sizes {sorted(parts.values(), reverse=True)}); {joined} generated documents joined it: {verdict}")
    truth = {d.id: d.id.split("-")[0] for d in bench}
    found: dict[int, list[str]] = defaultdict(list)
    for d in bench:
        found[stories[d.id]].append(d.id)
    together = sum(_pairs(n) for g in found.values() for n in Counter(truth[x] for x in g).values())
    put_together = sum(_pairs(len(g)) for g in found.values())
    true_groups: dict[str, list[str]] = defaultdict(list)
    for d, story in truth.items():
        true_groups[story].append(d)
    split = sum(1 for g in true_groups.values() if len({stories[x] for x in g}) > 1)
    print(f"generated stories: pair precision {together / max(put_together, 1):.3f}, pair recall "
          f"{together / max(sum(_pairs(len(g)) for g in true_groups.values()), 1):.3f}; "
          f"{split} of {len(true_groups)} stories split; largest ({max(map(len, true_groups.values()))} reports) in "
          f"{len({stories[x] for x in max(true_groups.values(), key=len)})} part(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
