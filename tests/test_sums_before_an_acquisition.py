"""A sum written right before a noun of a thing changing hands ("its $6.8bn acquisition of X", "the £75m buyout of
Y", data/acquisition_nouns.csv) is the price paid for it, as "agreed to buy X for $8.6bn" is: two reports that give
it otherwise disagree. A sum of another kind near the noun (the debt the buyer took on, another deal) stays apart."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The regulator on Tuesday blocked Quell Systems' $6.8bn acquisition of the payroll provider Bryn.",
         "Quell Systems wanted to buy the payroll business Bryn for $8.6bn, but the regulator said no on Tuesday."),
        ("Talbot Paper said its €240m purchase of the Renn mill would close in June.",
         "Talbot Paper agreed to buy the Renn mill for €310m, it said."),
        ("The £75m buyout of Corra Boats by its managers was agreed on Monday.",
         "Managers at Corra Boats agreed on Monday to buy the business for £90m."),
    ],
)
def test_a_sum_before_a_noun_of_acquisition_is_the_price_paid(error_kinds, first, second):
    assert "value-conflict" in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Harlan Foods completed its £420m takeover of the dairy group Pellow on Monday.",
         "Harlan Foods, which bought the dairy group Pellow on Monday, took on £460m of debt."),
        ("Harlan Foods completed its £420m takeover of the dairy group Pellow on Monday.",
         "Harlan Foods bought the bakery chain Marl for £150m in 2021 and the dairy group Pellow on Monday."),
    ],
)
def test_other_sums_near_an_acquisition_stay_apart(error_kinds, first, second):
    assert "value-conflict" not in error_kinds(first, second)
