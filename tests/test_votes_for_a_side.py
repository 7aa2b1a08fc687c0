"""A count of votes said to be cast for a side ("121 votes in favour", "98 votes against") is that side's count of
the vote, as the counts of a tally are ("by 121 votes to 104"): two reports of one vote, a day apart, that give
it in favour 120 and 121 votes disagree; the votes for are never the votes against."""

from __future__ import annotations

import pytest

import consistency
from consistency.align.frames import FIRST_COUNT, SECOND_COUNT


def _sides(tmp_path, text: str) -> dict[str, tuple[str | None, frozenset[str]]]:
    path = tmp_path / "a.md"
    path.write_text(f"---\ndate: 2026-10-16\n---\n{text}\n", encoding="utf-8")
    return {c.mention.text: (c.frame.measure, c.frame.qualifiers) for c in consistency.claims(str(path)) if c.mention.is_figure}


def test_votes_in_favour_and_against_are_the_two_sides_of_a_vote(tmp_path):
    sides = _sides(tmp_path, "The assembly approved the reform with 131 votes in favour and 96 votes against.")
    assert sides["131 votes"] == ("vote", frozenset({FIRST_COUNT}))
    assert sides["96 votes"] == ("vote", frozenset({SECOND_COUNT}))


@pytest.mark.parametrize(("first", "second"), [
    (  # told alike, a day apart
        ("2026-10-15", "The pension reform was approved on Thursday with 131 votes in favour."),
        ("2026-10-16", "The pension reform was approved with 130 votes in favour in Thursday's vote."),
    ),
    (  # a side's count against a tally's first count
        ("2026-10-15", "The pension bill passed by 131 votes to 96, with four abstentions."),
        ("2026-10-16", "The pension reform was approved with 130 votes in favour in Thursday's vote."),
    ),
])
def test_one_votes_count_for_a_side_told_twice_conflicts(dated_errors, first, second):
    assert dated_errors(first, second, kind="value-conflict")


def test_the_votes_for_are_not_the_votes_against(dated_errors):
    assert dated_errors(
        ("2026-10-15", "The pension reform was approved with 131 votes in favour."),
        ("2026-10-16", "The pension reform drew 96 votes against in Thursday's vote."),
        kind="value-conflict",
    ) == []
