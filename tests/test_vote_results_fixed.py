"""The premium an offer pays is told once: a later report that gives another value, with no word that it changed,
contradicts the earlier one. The share that backed a ballot is not compared across days: a story of a union, a party
or an annual meeting holds several ballots, each backed by its own share ("84% backed strike action", "74% backed the
pay offer in a later ballot"), nor is a result of one round that of another."""

import pytest


@pytest.mark.parametrize(
    "first, later",
    [
        (
            "The offer represents a premium of 31% to Brightwater's closing share price on Friday.",
            "Analysts said the 38% premium would make it hard for Brightwater's board to reject the offer.",
        ),
    ],
)
def test_a_premium_told_again_days_later_is_compared(dated_errors, first, later):
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
        (
            "The union said 84% of members backed strike action.",
            "Some 74% of members backed the pay offer in a later ballot.",
        ),
        (
            "Some 61% of members backed Hale.",
            "Hale's rival was backed by 39% of members.",
        ),
    ],
)
def test_another_round_or_another_motion_is_not_the_result(dated_errors, first, later):
    assert not dated_errors(("2026-03-02", first), ("2026-03-06", later), kind="value-conflict")
