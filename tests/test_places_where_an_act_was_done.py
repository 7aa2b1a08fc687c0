"""A place a sentence says an act was done in ("sank off the coast of Kerrow on Sunday") is where, not whose: the
date is compared with another report's day for the act told of the ship by name. A name after a kind of place and
"of" ("the coast of Brittany", "the town of Florence") is a place, though its word is a given name too."""

from __future__ import annotations

import pytest

import consistency


def _check(tmp_path, *reports: str):
    for day, text in zip((10, 11), reports, strict=False):
        (tmp_path / f"r{day}.txt").write_text(f"Headline\nPublished: {day} June 2026\n\n{text}\n", encoding="utf-8")
    return consistency.check([str(tmp_path)])


@pytest.mark.parametrize(
    "first",
    [
        "A cargo ship sank off the coast of Kerrow on Sunday, the coastguard said.",
        "A cargo ship sank off the coast of Brittany on Sunday, the coastguard said.",
    ],
)
def test_the_place_of_an_act_does_not_keep_its_day_apart(tmp_path, first):
    report = _check(tmp_path, first, "The Amara sank on Saturday, the coastguard said.")
    assert any(
        d.kind == "date-conflict" and {c.mention.text for c in d.claims} == {"Sunday", "Saturday"}
        for d in report.discrepancies
    )


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("The ferry ran aground off the coast of Brittany.", "Brittany", "place"),
        ("The summit was held in the town of Florence.", "Florence", "place"),
        ("The coach, Brittany Shaw, said the team was ready.", "Brittany Shaw", "person"),
    ],
)
def test_a_name_after_a_kind_of_place_is_a_place(tmp_path, text, name, role):
    report = _check(tmp_path, text)
    roles = {c.mention.text: c.mention.role for c in report.claims if c.mention.kind == "entity"}
    assert roles.get(name) == role, roles


def test_acts_each_said_of_its_own_place_stay_apart(tmp_path):
    report = _check(
        tmp_path,
        "A cargo ship sank off the coast of Kerrow on Sunday, the coastguard said.",
        "A ferry sank off the coast of Dunmore on Saturday, the coastguard said.",
    )
    assert not any(d.kind == "date-conflict" for d in report.discrepancies)
