"""A count of votes said to have carried a measure ("the law passed with 64 votes", "was approved with just 64
votes") is the votes for it: the first count of a tally ("64 votes to 59"), never the votes against."""

from __future__ import annotations

TALLY = ("2026-06-24", "The Tenancy Reform Bill passed its third reading on Tuesday, 64 votes to 59.")


def test_the_votes_that_carried_it_are_not_the_votes_against(dated_errors):
    assert not dated_errors(("2026-06-25", "The law passed with 64 votes in the 123-seat parliament."), TALLY)


def test_other_votes_that_carried_it_are_compared_with_the_votes_for(dated_errors):
    assert dated_errors(
        ("2026-06-25", "The law was approved with just 66 votes in the 123-seat parliament."), TALLY,
        kind="value-conflict",
    )


def test_passed_with_its_votes_is_no_count_passing_a_mark(dated_errors):
    assert dated_errors(("2026-06-25", "The law passed with 71 votes in the 123-seat parliament."), TALLY,
                        kind="value-conflict")


def test_a_toll_that_passed_a_mark_still_rises(dated_errors):
    assert not dated_errors(
        ("2026-06-24", "The toll from the floods passed 70 on Tuesday, officials said."),
        ("2026-06-25", "The toll from the floods passed 90 on Wednesday, officials said."),
        kind="value-conflict",
    )
