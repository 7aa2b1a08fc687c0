"""A vote's counts are dated by the day it was held, however that day is written: "on Tuesday night" is Tuesday, a
part of its day, and no thing the day names as "the 2026 budget" names a year's budget. An earlier reading of the
bill told in a clause after the counts ("seven months after a first reading in November") is another vote."""

from __future__ import annotations

TUESDAY = ("2026-06-23", "The Tenancy Reform Bill cleared its third reading by 64 votes to 55 on Tuesday.")


def test_a_vote_on_tuesday_night_is_tuesdays_vote(dated_errors):
    assert dated_errors(
        ("2026-06-24", "The Tenancy Reform Bill passed its third reading on Tuesday night, 64 votes to 59, seven "
                       "months after a first reading in November."),
        TUESDAY,
        kind="value-conflict",
    )


def test_the_same_counts_on_tuesday_evening_agree(dated_errors):
    assert not dated_errors(
        ("2026-06-24", "The Tenancy Reform Bill passed its third reading on Tuesday evening, 64 votes to 55, seven "
                       "months after a first reading in November."),
        TUESDAY,
        kind="value-conflict",
    )


def test_the_counts_of_a_vote_a_week_before_are_another_votes(dated_errors):
    assert not dated_errors(
        ("2026-06-24", "The Tenancy Reform Bill passed its second reading on 16 June, 64 votes to 59."),
        TUESDAY,
        kind="value-conflict",
    )
