"""A by-election is an election, dated as one ("Thursday's by-election", "the by-election held on 20 May"), and two
reports that give it two days disagree. The day a winner was declared elected, the day after the vote ("was elected
mayor on Friday", after an overnight count), is no other day for the vote."""

from __future__ import annotations

import pytest

import consistency


def _date_rows(tmp_path, first: str, second: str) -> list[str]:
    (tmp_path / "a.md").write_text(f"---\ndate: 2026-05-22\n---\n{first}\n", encoding="utf-8")
    (tmp_path / "b.md").write_text(f"---\ndate: 2026-05-23\n---\n{second}\n", encoding="utf-8")
    return [d.summary for d in consistency.check([str(tmp_path)]).discrepancies if d.kind == "date-conflict"]


def test_two_days_for_one_by_election_disagree(tmp_path):
    rows = _date_rows(tmp_path, "Mira Sandhu won Thursday's by-election in Eastmoor on a low turnout.",
                      "Mira Sandhu won the Eastmoor by-election held on 20 May on a low turnout.")
    assert any("2026-05-20" in r and "2026-05-21" in r for r in rows), rows


@pytest.mark.parametrize("vote", ["an election", "a by-election"])
def test_declared_the_day_after_the_vote_agrees(tmp_path, vote):
    rows = _date_rows(tmp_path, f"Mira Sandhu was elected mayor of Eastmoor on Friday after {vote} in which fewer "
                                "than a third of voters took part.",
                      f"Eastmoor's new mayor, Mira Sandhu, promised to tour every ward after winning Thursday's "
                      f"{vote.split()[-1]}.")
    assert not rows, rows


def test_declared_two_days_after_the_vote_disagrees(tmp_path):
    rows = _date_rows(tmp_path, "Mira Sandhu was elected mayor of Eastmoor on Friday after an election in which fewer "
                                "than a third of voters took part.",
                      "Eastmoor's new mayor, Mira Sandhu, promised to tour every ward after winning Wednesday's "
                      "election.")
    assert rows, "Wednesday's election and a declaration on Friday"
