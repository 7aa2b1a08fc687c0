"""A sum written right before its noun ("£14m reserves draw", "$2bn bond sale") is that noun's amount, whatever
measure the words before it in its clause name ("sets budget with")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # local government: a draw from reserves and the budget it helps balance
        ("Brenna sets budget with £14m reserves draw and 4.99% tax rise.",
         "Brenna City Council has set its revenue budget of £612m for next year."),
        # transport: a fare rise in the budget's headline and the budget
        ("Varn transit sets budget with $3 fare rise and new bus lanes.",
         "Varn transit has approved a budget of $840m for next year."),
    ],
)
def test_a_sum_before_its_noun_is_not_the_clauses_measure(error_kinds, first, second):
    assert "value-conflict" not in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Brenna sets budget with £14m reserves draw and 4.99% tax rise.",
         "Brenna balanced its budget with a £41m reserves draw and a 4.99% tax rise."),
        ("Acme funds expansion with $2bn bond sale.", "Acme funds its expansion with a $3bn bond sale."),
        ("Brenna City Council sets £612m budget.", "Brenna City Council has set its budget of £621m."),
    ],
)
def test_the_same_nouns_sum_told_differently_is_still_a_conflict(error_kinds, first, second):
    assert "value-conflict" in error_kinds(first, second)
