"""A count for a season begun well before its report and still running at it ("killed in avalanches in Switzerland
this winter", "so far this year") sums the season to date: no count of one day's event inside it, in the same
report or another. A stretch that begins at the report ("a 9% rise over three years") is a plan's, no sum."""

from __future__ import annotations


def test_a_seasons_toll_is_no_rival_of_one_avalanches(dated_errors):
    assert not dated_errors(
        ("2026-02-23", "The avalanche that killed five skiers at Saint-Lorin on 16 February has put safety in "
                       "question. The deaths bring the number of people killed in avalanches in Switzerland this "
                       "winter to 19, the avalanche institute said."),
        kind="internal-conflict",
    )


def test_a_seasons_toll_told_by_another_report_is_no_rival_either(dated_errors):
    assert not dated_errors(
        ("2026-02-17", "An avalanche killed five skiers at Saint-Lorin on Monday, police said."),
        ("2026-02-23", "Nineteen people have been killed in avalanches in Switzerland this winter, the avalanche "
                       "institute said."),
        kind="value-conflict",
    )


def test_one_avalanches_toll_told_twice_still_conflicts(dated_errors):
    assert dated_errors(
        ("2026-02-17", "An avalanche killed five skiers at Saint-Lorin on Monday, police said."),
        ("2026-02-17", "An avalanche killed seven skiers at Saint-Lorin on Monday, police said."),
        kind="value-conflict",
    )
