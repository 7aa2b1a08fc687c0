"""Two values of one quantity a report gets wrong lie close together (a mistyped digit, a rounding, an early count)
or a slip apart (a scale mis-told, "£1.2bn" for "£12bn"; the digits in another order, "16,000" for "61,000").
Figures farther apart than that (rules.figures.FAR_APART) count two things, whatever words they share: a stand's
seats and the stadium's, a ship's capacity and the containers it lost."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The Harlow Stadium, which has 32,500 seats, opened on Saturday.",
         "The new north stand at the Harlow Stadium alone holds 4,000 seats."),
        ("The Selka Dawn can carry about 8,500 containers.", "The Selka Dawn lost 62 containers in the storm on Sunday."),
    ],
)
def test_figures_far_apart_are_two_things(error_kinds, first, second):
    assert "value-conflict" not in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The Harlow Stadium has 32,500 seats.", "The Harlow Stadium has 3,250 seats."),  # a power of ten apart
        ("The Harlow Stadium has 16,000 seats.", "The Harlow Stadium has 61,000 seats."),  # two digits swapped
        ("Acme Foods was sold for £1.2bn on Monday.", "Acme Foods was sold for £12bn on Monday."),
        ("The Harlow Stadium has 32,500 seats.", "The Harlow Stadium has 25,300 seats."),
        # a place in an order is no amount: far apart, still one rank mis-told
        ("Raja was the third best-selling film of 1995.", "Raja was the 36th best-selling film of 1995."),
    ],
)
def test_a_slip_or_a_near_value_is_still_compared(error_kinds, first, second):
    assert "value-conflict" in error_kinds(first, second)
