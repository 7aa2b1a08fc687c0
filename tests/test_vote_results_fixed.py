"""The votes or the share that backed a counted motion or ballot, and the premium an offer pays, are told once: a
later report that gives another value, with no word that it changed, contradicts the earlier one. A result of one
round is not that of another, and a first round's is not the outcome a report gives with no round."""

import pytest


@pytest.mark.parametrize(
    "first, later",
    [
        (
            "The motion of censure was backed by 212 deputies, short of the 226 needed to bring the cabinet down.",
            "Only 198 deputies backed the motion, which needed an absolute majority of the chamber to pass.",
        ),
        (
            "The offer represents a premium of 31% to Brightwater's closing share price on Friday.",
            "Analysts said the 38% premium would make it hard for Brightwater's board to reject the offer.",
        ),
    ],
)
def test_a_vote_result_or_a_premium_told_again_days_later_is_compared(dated_errors, first, later):
    assert dated_errors(("2026-03-02", first), ("2026-03-06", later), kind="value-conflict")


@pytest.mark.parametrize(
    "first, later",
    [
        (
            "In the first round of the leadership ballot, Hale was backed by 41% of members.",
            "Hale won the run-off, backed by 56% of members, and becomes the party's first woman leader.",
        ),
        (
            "Hale was backed by 41% of members in the first round of the leadership ballot on Saturday.",
            "Hale, backed by 56% of the party's members, becomes its first woman leader.",
        ),
        (
            "The first motion, on the budget, was backed by 212 deputies.",
            "A second motion, on pensions, was backed by only 187 deputies on Thursday.",
        ),
    ],
)
def test_another_round_or_another_motion_is_not_the_result(dated_errors, first, later):
    assert not dated_errors(("2026-03-02", first), ("2026-03-06", later), kind="value-conflict")
