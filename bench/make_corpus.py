"""Build a benchmark corpus: stories of news documents with planted discrepancies.

    python bench/make_corpus.py 2000 bench/out/corpus-2000 [--seed 7]

writes bench/out/corpus-2000/docs/*.md, planted.jsonl and manifest.json.

Each story is 3-6 Markdown documents (front matter `title:` and `date:`)
that share source sentences from bench/sentences/sentences.jsonl. Some stories
carry one planted discrepancy in one document (a figure changed beyond its
rounding, a date moved, an office holder swapped, a unit changed); most carry
harmless variations (a figure rounded, hedged, given with a currency
conversion, a sentence moved). `planted.jsonl` lists every plant with its
story, document, the original and the changed text; `manifest.json` lists the
stories and their documents. The same N and seed always give the same corpus.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import json
import random
import re
import shutil
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal
from functools import cache
from pathlib import Path

__all__ = ["build", "build_corpus", "fingerprint", "SENTENCES"]

SENTENCES = Path(__file__).parent / "sentences"
ARCHIVE = Path(__file__).parent / "archive_corpus.py"  # the archive-shaped corpus (--archive)
ARCHIVE_WORDS = Path(__file__).parent / "archive"
DOCS_PER_STORY = (3, 3, 3, 4, 4, 4, 5, 6)  # mean 4: 2,000 documents make about 500 stories
SHARE = 0.8  # chance that a document of a story carries a given sentence of the story
DISCREPANCY_RATE = 0.75  # share of stories with one planted discrepancy
VARIATIONS = (0, 1, 1, 2)  # harmless variations per story, drawn uniformly

_MONTHS = ("January February March April May June July August September October November December").split()
_MONTH = "|".join(_MONTHS)
FIGURE = re.compile(
    r"(?P<cur>US\$|\$|£|€)?(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?P<dec>\.\d+)?"
    r"(?:\s?(?P<scale>million|billion|trillion|bn)\b)?(?P<pct>%| per cent\b| percent\b)?"
)
DATE = re.compile(
    rf"\b(?:(?P<md_month>{_MONTH}) (?P<md_day>\d{{1,2}}), (?P<md_year>\d{{4}})"
    rf"|(?P<dm_day>\d{{1,2}}) (?P<dm_month>{_MONTH}) (?P<dm_year>\d{{4}})"
    rf"|(?:in|since|by|until) (?P<in_year>(?:19|20)\d\d))\b(?![-–/])"
)
_HEDGED = re.compile(
    r"\b(?:about|around|approximately|roughly|some|nearly|almost|over|more than|at least|less than|"
    r"under|up to|as many as|fewer than|above|below|just)\s+$",
    re.IGNORECASE,
)
_RATIO = re.compile(r"\bout of\s+$|^\s+out of\b")  # "67 out of 100": a score, not a figure to vary
_OPEN_ENDED = re.compile(r"^\s*(?:or (?:more|so|less|fewer)|plus)\b|^\+")  # "15 or more": a bound, not a value
_NAMED = re.compile(r"\S\s+[A-Z][\w'’]*\s+$")  # "Resident Evil 5", "Top 100": part of a name
_GLUED = re.compile(r"[\w\-–/.#:']")  # a figure touching these is part of a name, score or range


@dataclass
class Unit:
    """A run of sentences about one topic: a desk-written story or a seed paragraph."""

    topic: str
    source: str
    published: str | None
    sentences: list[str] = field(default_factory=list)


@dataclass
class Plant:
    """A change made to one sentence of one document."""

    type: str  # "discrepancy" or "harmless"
    kind: str
    original: str
    changed: str


def fingerprint() -> str:
    """Changes when the generator or its sentences change: a stored corpus is then rebuilt."""
    h = hashlib.sha1(Path(__file__).read_bytes())
    for path in [*sorted(SENTENCES.glob("*")), ARCHIVE, *sorted(ARCHIVE_WORDS.glob("*"))]:
        h.update(path.read_bytes())
    return h.hexdigest()[:12]


def load_units(path: Path = SENTENCES / "sentences.jsonl") -> list[Unit]:
    units: dict[str, Unit] = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            unit = units.setdefault(row["topic"], Unit(row["topic"], row["source"], row["published"]))
            unit.sentences.append(row["text"])
    return list(units.values())


@cache
def _load_csv(name: str) -> list[dict[str, str]]:
    with (SENTENCES / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


# ---- reading and writing figures -------------------------------------------------


def _figure_sites(sentence: str) -> list[re.Match[str]]:
    """Figures a plant may change: no years, no dates, no scores, names or hedged figures."""
    out = []
    for m in FIGURE.finditer(sentence):
        before, after = sentence[: m.start()], sentence[m.end() :]
        if (before and _GLUED.match(before[-1])) or (after and _GLUED.match(after[0]) and not after.startswith(". ")):
            continue
        if after.startswith(".") and after[1:2].isdigit():
            continue
        if re.search(rf"(?:{_MONTH})\s*$", before) or re.match(rf"\s*(?:{_MONTH})\b", after):
            continue
        plain = not (m["cur"] or m["scale"] or m["pct"] or m["dec"])
        if plain and len(m["num"]) == 4 and 1000 <= int(m["num"]) < 2100:
            continue  # a year
        if _HEDGED.search(before) or _value(m) == 0 or _RATIO.search(before) or _RATIO.match(after):
            continue
        if _OPEN_ENDED.match(after) or (plain and _NAMED.search(before)):
            continue
        out.append(m)
    return out


def _value(m: re.Match[str]) -> Decimal:
    return Decimal(m["num"].replace(",", "") + (m["dec"] or ""))


def _number_text(value: Decimal, decimals: int, commas: bool) -> str:
    q = value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    return f"{q:,.{decimals}f}" if commas else f"{q:.{decimals}f}"


def _figure_text(m: re.Match[str], number: str, *, percent: bool = True) -> str:
    """`number` written with the figure's own currency, scale and percent sign."""
    number_end = m.end("dec") if m["dec"] else m.end("num")
    suffix = m.group()[number_end - m.start() :]
    if not percent and m["pct"]:
        suffix = suffix[: -len(m["pct"])]
    return f"{m['cur'] or ''}{number}{suffix}"


def _significant(value: Decimal, digits: int, rounding: str) -> Decimal:
    """`value` rounded to `digits` significant digits."""
    exponent = value.adjusted() - digits + 1
    return value.scaleb(-exponent).quantize(Decimal(1), rounding=rounding).scaleb(exponent)


def _plain(value: Decimal) -> Decimal:
    """Drop trailing zeros of an exponent form (5.2E+2 → 520)."""
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


# ---- planted discrepancies ----------------------------------------------------------


def change_figure(sentence: str, rng: random.Random) -> Plant | None:
    sites = _figure_sites(sentence)
    if not sites:
        return None
    m = rng.choice(sites)
    value, decimals = _value(m), len(m["dec"]) - 1 if m["dec"] else 0
    up = rng.random() < 0.5 and not (m["pct"] and value * Decimal("1.3") > 100)
    factor = Decimal(str(round(rng.uniform(1.3, 1.8) if up else rng.uniform(0.45, 0.75), 2)))
    commas = "," in m["num"] or len(m["num"]) < 4  # "765" → "1,201", as news writes it
    new = _number_text(value * factor, decimals, commas)
    if new == _number_text(value, decimals, commas):
        step = Decimal(1).scaleb(-decimals)
        new = _number_text(value + step if up else max(value - step, step), decimals, commas)
    return Plant("discrepancy", "figure", m.group(), _figure_text(m, new))


def change_date(sentence: str, rng: random.Random) -> Plant | None:
    sites = list(DATE.finditer(sentence))
    if not sites:
        return None
    m = rng.choice(sites)
    shift = rng.choice((-1, 1))
    if m["in_year"]:
        year = int(m["in_year"]) + shift * rng.randint(1, 4)
        return Plant("discrepancy", "date", m.group(), m.group().replace(m["in_year"], str(year)))
    month = m["md_month"] or m["dm_month"]
    day, year = int(m["md_day"] or m["dm_day"]), int(m["md_year"] or m["dm_year"])
    try:
        when = dt.date(year, _MONTHS.index(month) + 1, day)
    except ValueError:
        return None
    new = when + dt.timedelta(days=shift * rng.randint(3, 40))
    if m["md_month"]:
        text = f"{_MONTHS[new.month - 1]} {new.day}, {new.year}"
    else:
        text = f"{new.day} {_MONTHS[new.month - 1]} {new.year}"
    return Plant("discrepancy", "date", m.group(), text)


def swap_entity(sentence: str, rng: random.Random) -> Plant | None:
    found = [r for r in _load_csv("swaps.csv") if r["kind"] == "entity" and r["find"] in sentence]
    if not found:
        return None
    row = rng.choice(found)
    return Plant("discrepancy", "entity", row["find"], row["replace"])


def change_unit(sentence: str, rng: random.Random) -> Plant | None:
    """A measure unit swapped for another, or a currency for another, the number kept."""
    options: list[tuple[str, str]] = []
    for row in _load_csv("swaps.csv"):
        if row["kind"] == "unit":
            m = re.search(rf"\d(?:[\d,.]*\d)?\s(?:million |billion )?{re.escape(row['find'])}\b", sentence)
            if m:
                options.append((m.group(), m.group().replace(row["find"], row["replace"])))
    for m in _figure_sites(sentence):
        if m["cur"] and not m["pct"]:
            row = next(r for r in _load_csv("swaps.csv") if r["kind"] == "currency" and r["find"] == m["cur"])
            options.append((m.group(), row["replace"] + m.group()[len(m["cur"]) :]))
    if not options:
        return None
    original, changed = rng.choice(options)
    return Plant("discrepancy", "unit", original, changed)


# ---- planted harmless variations ------------------------------------------------------


def round_figure(sentence: str, rng: random.Random) -> Plant | None:
    """One decimal fewer ("2.34 million" → "2.3 million"), or a large count in millions."""
    options = []
    for m in _figure_sites(sentence):
        value = _value(m)
        if m["dec"]:
            decimals = len(m["dec"]) - 2
            options.append((m, _figure_text(m, _number_text(value, decimals, "," in m["num"]))))
        elif not m["scale"] and not m["pct"] and value >= 1_000_000:
            millions = _number_text(value / 1_000_000, 1, False)
            options.append((m, f"{m['cur'] or ''}{millions} million"))
    if not options:
        return None
    m, text = rng.choice(options)
    return Plant("harmless", "rounding", m.group(), text)


def hedge_figure(sentence: str, rng: random.Random) -> Plant | None:
    """A hedge that still covers the figure: "about 520" for 519, "nearly 60%" for 58%, "more than 500"."""
    sites = _figure_sites(sentence)
    if not sites:
        return None
    m = rng.choice(sites)
    value = _value(m)
    commas = "," in m["num"]
    options = [(rng.choice(("about", "around", "roughly", "some")), _significant(value, 2, ROUND_HALF_UP))]
    ceiling = _significant(value, 2, ROUND_CEILING)
    if value < ceiling and value >= ceiling * Decimal("0.92"):
        options.append((rng.choice(("nearly", "almost")), ceiling))
    floor = _significant(value, 2, ROUND_FLOOR)
    if floor < value:
        options.append((rng.choice(("more than", "over")), floor))
    hedge, number = rng.choice(options)
    number = _plain(number)
    decimals = max(0, -number.as_tuple().exponent)
    text = f"{hedge} {_figure_text(m, _number_text(number, decimals, commas))}"
    return Plant("harmless", "hedge", m.group(), text)


def convert_currency(sentence: str, rng: random.Random) -> Plant | None:
    """The money figure followed by its value in another currency: "$500bn (£395bn)"."""
    codes = {"$": "USD", "US$": "USD", "£": "GBP", "€": "EUR"}
    sites = [m for m in _figure_sites(sentence) if m["cur"] and not sentence[m.end() :].lstrip().startswith("(")]
    if not sites:
        return None
    m = rng.choice(sites)
    rates = [r for r in _load_csv("rates.csv") if r["from"] == codes[m["cur"]]]
    row = rng.choice(rates)
    converted = _plain(_significant(_value(m) * Decimal(row["rate"]), 3, ROUND_HALF_UP))
    decimals = max(0, -converted.as_tuple().exponent)
    number = _number_text(converted, decimals, "," in m["num"])
    other = row["symbol"] + _figure_text(m, number, percent=False)[len(m["cur"]) :]
    return Plant("harmless", "conversion", m.group(), f"{m.group()} ({other})")


DISCREPANCIES: dict[str, Callable[[str, random.Random], Plant | None]] = {
    "figure": change_figure,
    "date": change_date,
    "entity": swap_entity,
    "unit": change_unit,
}
HARMLESS: dict[str, Callable[[str, random.Random], Plant | None]] = {
    "rounding": round_figure,
    "hedge": hedge_figure,
    "conversion": convert_currency,
}


# ---- stories -------------------------------------------------------------------------


def _pick_units(pool: list[Unit], used: dict[str, int], rng: random.Random, target: int) -> list[Unit]:
    """The least-used units of the pool until the story has `target` sentences."""
    order = sorted(pool, key=lambda u: (used[u.topic], rng.random()))
    chosen: list[Unit] = []
    for unit in order:
        chosen.append(unit)
        used[unit.topic] += 1
        if sum(len(u.sentences) for u in chosen) >= target:
            break
    return chosen


def _story_date(units: list[Unit], sentences: list[str], rng: random.Random) -> dt.date:
    """A date the story could be published on: after every year its sentences name."""
    dated = [u.published for u in units if u.published]
    if dated:
        return dt.date.fromisoformat(max(dated))
    years = [int(y) for s in sentences for y in re.findall(r"\b(?:19|20)\d\d\b", s)]
    year = min(max(years, default=2015) + 1, 2024)
    return dt.date(year, 1, 1) + dt.timedelta(days=rng.randint(0, 330))


def _plant(kinds: dict, sentences: list[str], free: list[int], rng: random.Random):
    """One plant of a kind chosen among those that fit a free sentence: (index, Plant) or None."""
    candidates = []
    for kind, make in kinds.items():
        fits = [i for i in free if make(sentences[i], random.Random(0)) is not None]
        if fits:
            candidates.append((kind, fits))
    if not candidates:
        return None
    kind, fits = rng.choice(candidates)
    i = rng.choice(fits)
    return i, kinds[kind](sentences[i], rng)


def make_story(number: int, n_docs: int, units: list[Unit], published: dt.date, rng: random.Random):
    """The documents of one story and the records of what was planted in them."""
    story = f"s{number:04d}"
    sentences = [s for u in units for s in u.sentences]
    doc_ids = [f"{story}-d{j}" for j in range(n_docs)]
    carries = [[rng.random() < SHARE for _ in sentences] for _ in doc_ids]
    free = list(range(len(sentences)))
    rng.shuffle(free)
    plants: list[tuple[int, int, Plant]] = []  # (document, sentence, plant)
    wanted = [DISCREPANCIES] if rng.random() < DISCREPANCY_RATE else []
    wanted += [HARMLESS] * rng.choice(VARIATIONS)
    for kinds in wanted:
        found = _plant(kinds, sentences, free, rng)
        if found is None:
            continue
        i, plant = found
        free.remove(i)
        plants.append((rng.randrange(n_docs), i, plant))
        for row in carries:
            row[i] = True
    texts = [[s for s, keep in zip(sentences, row, strict=True) if keep] for row in carries]
    records = []
    for d, i, plant in plants:
        changed_sentence = sentences[i].replace(plant.original, plant.changed, 1)
        texts[d][texts[d].index(sentences[i])] = changed_sentence
        records.append(_record(story, doc_ids, d, plant, sentences[i], changed_sentence))
    if rng.random() < 0.3 and free:
        d = rng.randrange(n_docs)
        movable = [s for s in texts[d][:-1] if s in sentences and sentences.index(s) in free]
        if movable and len(texts[d]) >= 3:
            moved = rng.choice(movable)
            texts[d].remove(moved)
            texts[d].append(moved)
            records.append(_record(story, doc_ids, d, Plant("harmless", "reorder", moved, moved), moved, moved))
    dates = [published + dt.timedelta(days=rng.randint(0, 1)) for _ in doc_ids]
    return doc_ids, texts, dates, records


def _record(story: str, doc_ids: list[str], d: int, plant: Plant, original: str, changed: str) -> dict:
    return {
        "type": plant.type,
        "kind": plant.kind,
        "story": story,
        "doc": doc_ids[d],
        "others": [x for j, x in enumerate(doc_ids) if j != d],
        "original": plant.original,
        "changed": plant.changed,
        "original_sentence": original,
        "changed_sentence": changed,
    }


def _title(units: list[Unit]) -> str:
    """The desk story's topic, else the first words of the story's first sentence."""
    first = units[0]
    if first.source == "desk":
        return first.topic
    return " ".join(first.sentences[0].split()[:8]).rstrip(",.;:")


def _markdown(title: str, published: dt.date, sentences: list[str], rng: random.Random) -> str:
    paragraphs, current = [], []
    for s in sentences:
        current.append(s)
        if len(current) >= rng.choice((2, 3)):
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    header = f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\ndate: {published.isoformat()}\n---\n\n"
    return header + "\n\n".join(paragraphs) + "\n"


def build_corpus(n_documents: int, out: Path, seed: int = 7) -> dict:
    """Write `n_documents` documents under `out`/docs, and planted.jsonl and manifest.json; return the manifest.

    The lists stay outside docs/ so that a check of docs/ reads the documents only.
    """
    rng = random.Random(seed)
    units = load_units()
    pools = {
        "desk": [u for u in units if u.source == "desk"],
        "seeds": [u for u in units if u.source != "desk"],
    }
    used: dict[str, int] = defaultdict(int)
    if out.exists():
        shutil.rmtree(out)
    (out / "docs").mkdir(parents=True)
    stories, planted, left, number, copies = [], [], n_documents, 0, 0
    while left > 0:
        n_docs = rng.choice(DOCS_PER_STORY)
        n_docs = left if left <= 6 else min(n_docs, left - 3)
        pool = pools["seeds" if rng.random() < 0.5 else "desk"]
        chosen = _pick_units(pool, used, rng, rng.randint(4, 8))
        sentences = [s for u in chosen for s in u.sentences]
        published = _story_date(chosen, sentences, rng)
        number += 1
        doc_ids, texts, dates, records = make_story(number, n_docs, chosen, published, rng)
        copies += sum(len(text) for text in texts)
        for doc_id, text, when in zip(doc_ids, texts, dates, strict=True):
            (out / "docs" / f"{doc_id}.md").write_text(_markdown(_title(chosen), when, text, rng), encoding="utf-8")
        stories.append({"story": f"s{number:04d}", "docs": doc_ids, "topics": [u.topic for u in chosen]})
        planted.extend(records)
        left -= n_docs
    with (out / "planted.jsonl").open("w", encoding="utf-8") as f:
        for r in planted:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    manifest = {
        "documents": n_documents,
        "seed": seed,
        "fingerprint": fingerprint(),
        "sentences": sum(len(u.sentences) for u in units),
        "sentence_copies": copies,
        "stories": stories,
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False), encoding="utf-8")
    return manifest


def build(n_documents: int, out: Path, seed: int = 7, *, archive: bool = False) -> dict:
    """The default corpus, or with `archive` the archive-shaped one of archive_corpus.py."""
    if not archive:
        return build_corpus(n_documents, out, seed)
    from archive_corpus import build_archive

    return build_archive(n_documents, out, seed, fingerprint())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of documents")
    parser.add_argument("out", type=Path, help="output folder (replaced)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--archive", action="store_true", help="a year of stories of every size (archive_corpus.py)")
    args = parser.parse_args()
    manifest = build(args.n, args.out, args.seed, archive=args.archive)
    planted = [json.loads(line) for line in (args.out / "planted.jsonl").open(encoding="utf-8")]
    counts: dict[str, int] = defaultdict(int)
    for r in planted:
        counts[f"{r['type']}:{r['kind']}"] += 1
    print(
        f"{args.out}: {manifest['documents']} documents in {len(manifest['stories'])} stories; planted "
        + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
    )


if __name__ == "__main__":
    main()
