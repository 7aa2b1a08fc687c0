"""Whose figure: of the names a sentence gives, a figure belongs to the one beside it."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # two parties' seats in one sentence, one party's in the other report
        ("The Harbour Party took 47 seats and the Greens 12 seats.", "The Greens won 14 seats, their best result."),
        # two countries' teams in one list
        ("Halvard Shipping employs 400 staff, while Ostby Lines employs 150 staff.", "Ostby Lines employs 210 staff, the union said."),
        # two companies' revenues
        ("Ostby Lines had revenue of $2.1bn, and Halvard Shipping had revenue of $900m.",
         "Halvard Shipping had revenue of $1.4bn."),
    ],
)
def test_a_figure_beside_another_name_is_that_names_figure(error_kinds, first, second):
    kinds = error_kinds(first, second)
    assert "value-conflict" in kinds  # the figures of the same owner still differ


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The Harbour Party took 47 seats and the Greens 12 seats.", "The Greens won 12 seats, their best result."),
        ("Halvard Shipping employs 400 staff, while Ostby Lines employs 150 staff.", "Ostby Lines employs 150 staff, the union said."),
        ("Ostby Lines had revenue of $2.1bn, and Halvard Shipping had revenue of $900m.",
         "Halvard Shipping had revenue of $900 million."),
    ],
)
def test_one_owners_figure_is_not_compared_with_anothers(error_kinds, first, second):
    assert "value-conflict" not in error_kinds(first, second)
