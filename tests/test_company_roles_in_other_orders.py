"""A company's role for a thing told with a time between the verb and "by" ("Tessaly has been owned since 2017 by
Orvane Group") or in a clause after a description of the company ("Orvane Group, the Rotterdam company that owns
Tessaly") is that role: another report's owner of Tessaly conflicts with it. What the clause says the company owns
is its thing: a stake in Tessaly is not Tessaly."""

from __future__ import annotations

import pytest

OWNER = "Tessaly is owned by Kestrin Holdings, the chemicals group."


@pytest.mark.parametrize(
    "first",
    [
        "Tessaly has been owned since 2017 by Orvane Group, a Rotterdam-based chemicals maker.",
        "Orvane Group, the Rotterdam company that owns Tessaly, said all staff would be paid.",
    ],
)
def test_the_role_in_other_orders_is_compared(error_texts, first):
    assert {"Orvane Group", "Kestrin Holdings"} in map(set, error_texts(first, OWNER))


def test_what_the_clause_owns_is_its_thing(error_texts):
    first = "Orvane Group, the Rotterdam company that owns a stake in Tessaly, said all staff would be paid."
    assert not any("Orvane Group" in row for row in error_texts(first, OWNER))
