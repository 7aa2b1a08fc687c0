"""Copies of one sentence in several reports: alike as written (`model.as_written`), scored once by
`mutual_conflicts`, and still compared report by report."""

from __future__ import annotations

import dataclasses

import pytest

import consistency
from consistency.align import mutual_conflicts
from consistency.engine import claims
from consistency.model import as_written

SHARED = "The architect Lena Voss was born in Ghent in 1961."
OTHER_NAME = "The architect Lena Voss was born in Lyon in 1961."
ASIDES = (
    "Her firm employs designers in three cities.",
    "The museum opens to the public next spring.",
    "Critics praised the building's timber roof.",
    "The city council approved the plans last year.",
)


def _write(tmp_path, texts: list[str]) -> None:
    for i, text in enumerate(texts):
        (tmp_path / f"r{i}.md").write_text(f"---\ndate: 2024-06-12\n---\n\n{text}\n", encoding="utf-8")


def _named(found, text: str):
    return [c for c in found if c.mention.text == text]


@pytest.mark.parametrize("lead", ["", "Officials gave the details on Monday. ", "A new museum opened in Ghent. "])
def test_a_copy_of_a_sentence_is_alike_as_written_wherever_it_stands(tmp_path, lead):
    _write(tmp_path, [SHARED, lead + SHARED])
    named = _named(claims(tmp_path), "Lena Voss")
    first, second = named[0], named[-1]
    assert first.doc != second.doc
    assert as_written(first) == as_written(second)
    assert as_written(dataclasses.replace(first, doc="elsewhere", published=None)) == as_written(first)


def test_another_name_in_the_same_sentence_is_written_otherwise(tmp_path):
    _write(tmp_path, [SHARED, OTHER_NAME])
    ghent, lyon = _named(claims(tmp_path), "Ghent"), _named(claims(tmp_path), "Lyon")
    assert ghent and lyon
    assert as_written(ghent[0]) != as_written(lyon[0])


def test_copies_are_scored_once_and_found_as_when_scored_each_time(tmp_path):
    _write(tmp_path, [SHARED, SHARED, SHARED, OTHER_NAME])
    places = [c for c in claims(tmp_path) if c.mention.text in ("Ghent", "Lyon")]
    asked: list[tuple[str, str]] = []

    def score(a, b) -> float:
        asked.append((a.mention.text, b.mention.text))
        return 1.0

    def agree(a, b) -> bool:
        return a.mention.text == b.mention.text

    def found(**options):
        pairs = mutual_conflicts(places, lambda c: ["born"], score, agree, threshold=1.0, close=0.0, **options)
        return [(a.doc, b.doc) for a, b, _ in pairs]

    each_time = found()
    calls = len(asked)
    asked.clear()
    assert found(as_written_only=True) == each_time
    assert sorted(each_time) == [("r0", "r3"), ("r1", "r3"), ("r2", "r3")]
    assert calls == 6 and len(asked) == 2  # six pairs of reports, two pairs of sentences as written


@pytest.mark.parametrize(
    ("shared", "changed", "names"),
    [
        ("Nordpay, the payments firm, is based in Oslo.", "Nordpay, the payments firm, is based in Bergen.",
         ("Bergen", "Oslo")),
        ("Kestrel Foods, the snack maker, is headquartered in Leeds.",
         "Kestrel Foods, the snack maker, is headquartered in York.", ("Leeds", "York")),
        ("Vantha Raghunandan, a businessman, is based in Madrid.",
         "Vantha Raghunandan, a businessman, is based in Milan.", ("Madrid", "Milan")),
    ],
)
def test_a_changed_name_in_a_copied_sentence_is_found_against_each_copy(tmp_path, shared, changed, names):
    _write(tmp_path, [f"{shared} {ASIDES[0]}", f"{shared} {ASIDES[1]}", f"{shared} {ASIDES[2]}", f"{changed} {ASIDES[3]}"])
    report = consistency.check([tmp_path])
    rows = [d for d in report.discrepancies if d.kind == "entity-conflict"]
    assert {tuple(sorted(c.mention.text for c in d.claims)) for d in rows} == {names}
    assert sorted(d.docs for d in rows) == [("r0", "r3"), ("r1", "r3"), ("r2", "r3")]
