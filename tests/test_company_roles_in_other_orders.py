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


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a thing that comes from a company: its supplier (data/source_verbs.csv)
        ("The steel for the bridge is supplied by Kessel Works.", "The steel for the bridge comes from Dornfeld Steel."),
        # a passive with a modal before it: "will be supplied by"
        ("The battery cells will be supplied by Arkwell Cells.", "Battery cells for both versions come from Voltaris."),
    ],
)
def test_a_thing_that_comes_from_a_company_names_its_supplier(error_texts, first, second):
    rows = error_texts(first, second)
    assert any(len(row) == 2 for row in rows), rows


def test_someone_from_a_company_is_no_supply(error_texts):
    rows = error_texts("The steel is supplied by Kessel Works.", "A spokesman from Dornfeld Steel said the steel was fine.")
    assert rows == [], rows
