"""A rider's, a player's or a driver's team is where they work ("Luca Benedetti of Team Solano", "Benedetti, who
rides for Corsa-Vitali,", "who plays for Harbury Town"): two reports that give one person two teams disagree. A name
that opens with "Team" is an organisation's."""

from __future__ import annotations

import datetime as dt

import pytest

import consistency


def _rows(tmp_path, second: str) -> list[str]:
    (tmp_path / "a.md").write_text("---\ndate: 2026-04-12\n---\nJasper Haverkamp won on Sunday, beating Italy's Luca "
                                   "Benedetti of Team Solano by half a wheel.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text(f"---\ndate: 2026-04-14\n---\n{second}\n", encoding="utf-8")
    return [d.summary for d in consistency.check([str(tmp_path)]).discrepancies if d.kind == "entity-conflict"]


@pytest.mark.parametrize("second", [
    "Italian Luca Benedetti, who rides for Corsa-Vitali, lost out by half a wheel.",
    "Luca Benedetti of Team Corsa lost out by half a wheel.",
])
def test_another_team_for_one_rider_disagrees(tmp_path, second):
    rows = _rows(tmp_path, second)
    assert any("Team Solano" in r and "Corsa" in r for r in rows), rows


def test_the_same_team_agrees(tmp_path):
    assert not _rows(tmp_path, "Italian Luca Benedetti, who rides for Team Solano, lost out by half a wheel.")


def test_a_name_opening_with_team_is_an_organisations():
    found = [(m.text, m.role) for m in consistency.mentions("Team Solano signed him in May.", dt.date(2026, 4, 12))
             if m.kind == "entity"]
    assert found == [("Team Solano", "organisation")]
