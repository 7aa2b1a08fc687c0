"""A name in apposition with a noun only a person is ("Worknesh Tola, the women's winner,", "Oren Vasquez, a
nurse,") is a person's, though its given name is one no list holds: so two winners' prizes are two people's."""

from __future__ import annotations

import pytest

import consistency


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Worknesh Tola, the women's winner, took home $30,000.", "Worknesh Tola"),
        ("Oren Vasquez, a nurse, said the ward was full.", "Oren Vasquez"),
        ("Marit Olufsen, the runner-up, finished 40 seconds back.", "Marit Olufsen"),
    ],
)
def test_a_name_beside_a_noun_of_a_person_is_a_person(text, name):
    assert [(m.text, m.role) for m in consistency.mentions(text) if m.kind == "entity"] == [(name, "person")]


def test_a_firm_beside_a_noun_of_its_trade_is_no_person():
    text = "Orvane Logistics, the contractor, said the data was safe."
    assert [m.role for m in consistency.mentions(text) if m.text == "Orvane Logistics"] != ["person"]


def test_two_winners_prizes_are_two_peoples(dated_errors):
    first = ("2025-04-28", "Worknesh Tola, the women's winner of the Kessa marathon, took home $30,000.")
    second = ("2025-05-01", "Daniel Kiprop, who won the men's race at the Kessa marathon, flew home to Kenya with "
                            "$45,000 in prize money.")
    assert dated_errors(first, second, kind="value-conflict") == []
