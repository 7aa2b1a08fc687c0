"""A date after an act and the name of who did it ("the budget presented by Finance Minister Jonas Varek on 14
October") dates that act: the name and its title say who, and do not push the act's own words out of what the
date is compared by. Against "the budget, presented on 15 October," it is a date-conflict; a date of another act
with the same name before it is not."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("first", "second", "pair"),
    [
        ("The budget presented by Finance Minister Jonas Varek on 14 October contains few surprises.",
         "The budget, presented on 15 October, sets out spending of 84bn euros.",
         {"14 October", "15 October"}),
        ("The bridge opened by Transport Secretary Ruth Calloway on 2 September carries four lanes.",
         "The bridge, which was opened on 9 September, carries four lanes of traffic.",
         {"2 September", "9 September"}),
    ],
)
def test_an_act_done_by_a_named_agent_keeps_its_date(error_texts, first, second, pair):
    assert pair in map(set, error_texts(first, second))


@pytest.mark.parametrize(
    "first",
    [
        # the same day: nothing to flag
        "The budget presented by Finance Minister Jonas Varek on 15 October contains few surprises.",
        # the name is whom the act was told to, not who did it: a hearing is no presenting of the budget
        "The budget was questioned in a hearing with Finance Minister Jonas Varek on 14 October.",
    ],
)
def test_the_same_day_or_another_act_is_no_conflict(error_texts, first):
    second = "The budget, presented on 15 October, sets out spending of 84bn euros."
    assert not any({"14 October", "15 October"} & set(row) for row in error_texts(first, second))
