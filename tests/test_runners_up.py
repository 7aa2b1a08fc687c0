"""The runner-up of a contest holds its second place, as "finished second" says: "The runner-up, independent Rob
Hale,", "Runner-up Ana Ruiz of Chile", "Oliver Crane was runner-up", "Ana Ruiz, the runner-up,". A place may end its
clause ("came second, with X third", "finished second."). Two reports that give second place to two people
disagree; a runner-up of an earlier running, or of another race of the meeting, does not."""

from __future__ import annotations

import datetime as dt

import pytest

import consistency


def _rows(tmp_path, odd: str) -> list[str]:
    reports = {
        "a": ("2026-05-22", "Mira Sandhu won the Eastmoor mayoral by-election on Thursday. Independent Rob Hale came "
                            "second, with Conservative Oliver Crane a distant third."),
        "b": ("2026-05-23", "Mira Sandhu won Thursday's by-election easily. The runner-up, independent Rob Hale, took "
                            "almost a third of the vote."),
        "c": ("2026-05-23", f"Mira Sandhu will be Eastmoor's next mayor. {odd}"),
    }
    for name, (day, text) in reports.items():
        (tmp_path / f"{name}.md").write_text(f"---\ndate: {day}\n---\n{text}\n", encoding="utf-8")
    return [d.summary for d in consistency.check([str(tmp_path)]).discrepancies if d.kind == "entity-conflict"]


@pytest.mark.parametrize("odd", [
    "The Conservative candidate, Oliver Crane, was runner-up.",
    "Runner-up Oliver Crane conceded shortly after 3am.",
    "Oliver Crane finished second.",
])
def test_second_place_given_to_another_disagrees(tmp_path, odd):
    rows = _rows(tmp_path, odd)
    assert any("Oliver Crane" in r and "Rob Hale" in r for r in rows), rows


@pytest.mark.parametrize("odd", [
    "Rob Hale, the runner-up, said he would stand again.",
    "Oliver Crane was runner-up in the 2019 election.",
])
def test_the_same_runner_up_or_an_earlier_one_agrees(tmp_path, odd):
    assert not _rows(tmp_path, odd)


@pytest.mark.parametrize(("text", "places"), [
    ("Rob Hale came second, with Oliver Crane third.", ["second", "third"]),
    ("Hale finished second.", ["second"]),
    ("The race lasted a second.", []),
])
def test_a_place_may_end_its_clause(text, places):
    found = [m.text for m in consistency.mentions(text, dt.date(2026, 5, 23)) if m.unit == "rank"]
    assert found == places
