"""A sentence's first word before a known name is dropped only when it is an everyday English word or a noun of a
person ("Farmer Anna Kowalczyk", "Prosecutor Anjali Desai KC"): a given name no list holds, one no one writes in
English ("Tsige Alemayehu won"), is the name's own."""

from __future__ import annotations

import pytest

import consistency


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tsige Alemayehu won the women's race in Kessa.", "Tsige Alemayehu"),
        ("Farmer Anna Kowalczyk said the river had flooded her fields.", "Anna Kowalczyk"),
        ("Prosecutor Anjali Desai KC told the court the money paid for a boat.", "Anjali Desai"),
    ],
)
def test_the_first_word_before_a_known_name(text, name):
    assert [m.text for m in consistency.mentions(text) if m.kind == "entity"][:1] == [name]
