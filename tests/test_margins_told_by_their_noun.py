"""How far a winner was ahead is told by a noun of its own ("a majority of 2,900 votes", "her lead over Hale was
2,900 votes", "a margin of 3,920 votes"; data/margin_nouns.csv): it is the margin, compared with a margin told
as "won by", and never with the winner's votes."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Lena Brandt won the Corlay mayoral race with 18,432 votes to Tom Hale's 15,532.",
            "Brandt took the Corlay mayoralty with a majority of 2,900 votes.",
        ),  # the winner's votes and her majority
        (
            "Lena Brandt won the Corlay mayoral race with 18,432 votes, the returning officer said.",
            "Brandt's lead over Tom Hale was 2,900 votes when the count ended in Corlay.",
        ),  # a lead over the runner-up
    ],
)
def test_a_margin_is_not_the_winners_votes(error_kinds, first, second):
    assert "value-conflict" not in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Lena Brandt won the Corlay mayoral race with a majority of 2,900 votes.",
            "Lena Brandt won the Corlay mayoral race by 3,400 votes.",
        ),  # a majority and "won by"
        (
            "Lena Brandt won the Corlay mayoral race with a majority of 2,900 votes.",
            "Lena Brandt won the Corlay mayoral race with a margin of 3,400 votes.",
        ),  # two nouns of one margin
    ],
)
def test_two_margins_of_one_race_conflict(error_kinds, first, second):
    assert "value-conflict" in error_kinds(first, second)
