"""An archive-shaped benchmark corpus: a year of stories of every size, names shared across them.

    python bench/make_corpus.py --archive 32000 bench/out/archive-32000 [--seed 7]

Story sizes are long-tailed (most 2-10 reports, a few up to 300); places,
people and office holders recur across unrelated stories; every report carries
some of the same newsroom wording; each fact of a story is worded one of two
ways per report. Sentences come from the templates and word lists of
bench/archive/words.toml (written for this benchmark). Planted discrepancies
and harmless variations are made by the same functions as the default corpus,
and recorded in planted.jsonl in the same form, so bench_check.py scores both.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
import tomllib
from collections import defaultdict
from functools import cache
from pathlib import Path

from make_corpus import DISCREPANCIES, HARMLESS, SHARE, _markdown, _plant, _record

__all__ = ["build_archive", "WORDS"]

WORDS = Path(__file__).parent / "archive" / "words.toml"
YEAR = 2024
BIG_STORY = 300  # the largest story; a corpus of BIG_CORPUS documents or more holds one
BIG_CORPUS = 1500
DISCREPANCY_RATE = 0.6  # share of stories with one planted discrepancy
VARIATIONS = (0, 0, 1, 1, 2)  # harmless variations per story, drawn uniformly
LEADER_RATE = 0.4  # share of stories whose leader sentence names an office holder (entity plants need one)
_MONTHS = "January February March April May June July August September October November December".split()


@cache
def words() -> dict:
    with WORDS.open("rb") as f:
        return tomllib.load(f)


def story_size(rng: random.Random) -> int:
    """Most stories are 2-10 reports; one in twenty is larger, from a Pareto tail capped at BIG_STORY."""
    if rng.random() < 0.95:
        return rng.choice((2, 2, 2, 3, 3, 3, 4, 4, 5, 5, 6, 7, 8, 9, 10))
    return min(BIG_STORY, int(10 * rng.paretovariate(1.0)))


def _count(rng: random.Random, low: int, high: int) -> str:
    """A count drawn log-uniformly, written as news writes it ("1,834", "47")."""
    value = int(round(low * (high / low) ** rng.random()))
    return f"{value:,}"


def _money(rng: random.Random) -> str:
    symbol = rng.choice(("$", "$", "€", "£"))
    amount = rng.choice((f"{rng.uniform(1.5, 95):.1f}", str(rng.randint(100, 950))))
    return f"{symbol}{amount} {rng.choice(('million', 'million', 'billion'))}"


def _date_text(when: dt.date, month_first: bool) -> str:
    month = _MONTHS[when.month - 1]
    return f"{month} {when.day}, {when.year}" if month_first else f"{when.day} {month} {when.year}"


def _slots(category: dict, event: dt.date, rng: random.Random) -> dict[str, str]:
    """The values one story fills its templates with."""
    w = words()
    kind = rng.choice(sorted(w["name_second"]))
    official = rng.choice(w["officials"])
    return {
        "place": rng.choice(w["places"]),
        "region": rng.choice(w["regions"]),
        "name": f"{rng.choice(w['name_start'])}{rng.choice(w['name_end'])} {rng.choice(w['name_second'][kind])}",
        "day": _date_text(event, rng.random() < 0.5),
        "official": official,
        "official_cap": official[0].upper() + official[1:],
        "person": f"{rng.choice(w['given_names'])} {rng.choice(w['family_names'])}",
        "leader": rng.choice(w["leaders"]) if rng.random() < LEADER_RATE else "The foreign minister",
        "n1": _count(rng, 12, 9000),
        "n2": _count(rng, 3, 800),
        "n3": _count(rng, 20, 4000),
        "money": _money(rng),
        "pct": str(rng.randint(3, 64)),
        "area": _count(rng, 20, 9000),
        "dist": str(rng.randint(6, 290)),
        "mag": f"{rng.uniform(4.6, 7.9):.1f}",
    }


def _fill(template: str, slots: dict[str, str]) -> str:
    text = template.format(**slots)
    return text[0].upper() + text[1:]


def make_archive_story(number: int, n_docs: int, rng: random.Random):
    """The documents of one story (ids, texts, dates, title) and the records of what was planted."""
    w = words()
    name = rng.choice(sorted(w["categories"]))
    category = w["categories"][name]
    event = dt.date(YEAR, 1, 1) + dt.timedelta(days=rng.randint(0, 364))
    slots = _slots(category, event, rng)
    story = f"s{number:05d}"
    doc_ids = [f"{story}-d{j}" for j in range(n_docs)]
    phrasings = [[_fill(t, slots) for t in fact] for fact in category["facts"]]
    wording = [[rng.randrange(len(p)) for p in phrasings] for _ in doc_ids]
    carries = [[rng.random() < SHARE for _ in phrasings] for _ in doc_ids]
    free = list(range(len(phrasings)))
    rng.shuffle(free)
    changes: list[tuple[int, int, str, object]] = []  # (document, fact, original sentence, plant)
    wanted = [DISCREPANCIES] if rng.random() < DISCREPANCY_RATE else []
    wanted += [HARMLESS] * rng.choice(VARIATIONS)
    for kinds in wanted:
        d = rng.randrange(n_docs)
        own = [phrasings[i][wording[d][i]] for i in range(len(phrasings))]
        found = _plant(kinds, own, free, rng)
        if found is None:
            continue
        i, plant = found
        free.remove(i)
        changes.append((d, i, own[i], plant))
        for row in carries:
            row[i] = True
    texts: list[list[str]] = []
    for d in range(n_docs):
        sentences = [phrasings[i][wording[d][i]] for i, keep in enumerate(carries[d]) if keep]
        sentences += [_fill(t, slots) for t in category["context"] if rng.random() < 0.5]
        sentences += rng.sample(w["generic"], rng.randint(1, 3))
        texts.append(sentences)
    records = []
    for d, _fact, original, plant in changes:
        changed = original.replace(plant.original, plant.changed, 1)
        texts[d][texts[d].index(original)] = changed
        records.append(_record(story, doc_ids, d, plant, original, changed))
    span = min(10, 1 + n_docs // 25)  # a big story is reported over days
    dates = [event + dt.timedelta(days=rng.randint(0, span)) for _ in doc_ids]
    return doc_ids, texts, dates, _fill(category["title"], slots), records


def build_archive(n_documents: int, out: Path, seed: int = 7, fingerprint: str = "") -> dict:
    """Write `n_documents` documents under `out`/docs, and planted.jsonl and manifest.json; return the manifest."""
    rng = random.Random(seed)
    if out.exists():
        shutil.rmtree(out)
    (out / "docs").mkdir(parents=True)
    stories, planted, left, number, copies = [], [], n_documents, 0, 0
    sizes: dict[int, int] = defaultdict(int)
    distinct: set[str] = set()
    while left > 0:
        n_docs = BIG_STORY if number == 0 and n_documents >= BIG_CORPUS else story_size(rng)
        n_docs = left if left < n_docs + 2 else n_docs
        number += 1
        doc_ids, texts, dates, title, records = make_archive_story(number, n_docs, rng)
        copies += sum(len(t) for t in texts)
        distinct.update(s for t in texts for s in t)
        for doc_id, text, when in zip(doc_ids, texts, dates, strict=True):
            (out / "docs" / f"{doc_id}.md").write_text(_markdown(title, when, text, rng), encoding="utf-8")
        stories.append({"story": f"s{number:05d}", "docs": doc_ids, "title": title})
        sizes[n_docs] += 1
        planted.extend(records)
        left -= n_docs
    with (out / "planted.jsonl").open("w", encoding="utf-8") as f:
        for r in planted:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    manifest = {
        "documents": n_documents,
        "seed": seed,
        "fingerprint": fingerprint,
        "archive": True,
        "sentences": len(distinct),
        "sentence_copies": copies,
        "story_sizes": dict(sorted(sizes.items())),
        "stories": stories,
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False), encoding="utf-8")
    return manifest
