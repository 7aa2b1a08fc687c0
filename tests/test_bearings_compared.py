"""Bearings of one event compared across sources (value-conflict, part bearing), on sentences written here."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import consistency
from consistency.align import event_of
from consistency.model import Sentence
from consistency.rules.places import angle_between


@pytest.mark.parametrize(
    ("a", "b", "degrees"),
    [(225, 45, 180), (225, 135, 90), (350, 10, 20), (180, 225, 45), (0, 270, 90), (90, 90, 0)],
)
def test_angle_between(a, b, degrees):
    assert angle_between(a, b) == degrees


def _bearing_conflicts(tmp_path, *texts: str) -> list[dict]:
    paths = []
    for i, text in enumerate(texts):
        path = tmp_path / f"{chr(97 + i)}.md"
        path.write_text(f"---\ndate: 2024-05-02\n---\n{text}\n", encoding="utf-8")
        paths.append(str(path))
    found = consistency.check(paths).to_dict()["discrepancies"]
    return [d for d in found if d["kind"] == "value-conflict" and "puts the" in d["summary"]]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The quake struck 30 miles north of Corven.", "The earthquake hit 30 miles south of Corven."),
        ("The blast happened about 5 km east of the capital.", "The explosion occurred 5 km west of the capital."),
        ("The plane crash happened 12 km NE of Port Elan.", "The crash occurred 12 km SW of Port Elan, police said."),
        ("The quake struck 20 km north of Corven.", "The quake struck 90 km north of Corven."),  # distances apart
    ],
)
def test_one_event_placed_two_ways(tmp_path, a, b):
    found = _bearing_conflicts(tmp_path, a, b)
    assert len(found) == 1, found
    assert {c["doc"] for c in found[0]["claims"]} == {"a", "b"}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The quake struck 30 miles north of Corven.", "The quake struck 48 km north-northwest of Corven."),
        ("The quake struck about 30 miles north of Corven.", "The quake struck north of Corven."),  # no distance
        ("The quake struck 30 miles north of Corven.", "Rescuers drove to Telva, 30 miles south of Corven."),
        ("The quake struck 30 miles north of Corven.", "The quake struck 30 miles south of Ardley."),  # two places
    ],
)
def test_bearings_that_agree_or_do_not_compare(tmp_path, a, b):
    assert _bearing_conflicts(tmp_path, a, b) == []


@given(st.text())
def test_event_of_never_raises(text):
    for m in consistency.mentions(text):
        if m.kind in ("bearing", "time"):
            event_of(Sentence(0, len(text), text), m)
