"""A verb right before a sum can name what the sum is, as a noun does: "the fund lost £340 million" is the loss
of "a loss of £340m", "the club owes £80 million" the debt of "debts of £80m", and neither is the revenue or
the profit told beside it."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The Orrin Valley Water Company lost £215 million last year after a failed expansion into Spain.",
            "The Orrin Valley Water Company reported a loss of £251m last year after a failed expansion into Spain.",
        ),  # business
        (
            "Castlemere Athletic lost $18 million in the season, the club's accounts show.",
            "Castlemere Athletic's accounts show losses of $12 million in the season.",
        ),  # sport
        (
            "Drayton Borough Council owes £64 million to the Treasury after the leisure centre project collapsed.",
            "Drayton Borough Council has debts of £46 million to the Treasury after the leisure centre project collapsed.",
        ),  # local government
    ],
)
def test_a_sum_after_its_verb_is_compared_with_its_noun(error_kinds, first, second):
    assert "value-conflict" in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The Orrin Valley Water Company lost £215 million last year after a failed expansion into Spain.",
            "The Orrin Valley Water Company reported revenue of £1.4 billion last year despite a failed expansion into Spain.",
        ),
        (
            "Drayton Borough Council owes £64 million to the Treasury after the leisure centre project collapsed.",
            "Drayton Borough Council made a profit of £9 million on the leisure centre project before it collapsed.",
        ),
    ],
)
def test_a_sum_after_its_verb_is_not_compared_with_another_measure(error_kinds, first, second):
    assert "value-conflict" not in error_kinds(first, second)
