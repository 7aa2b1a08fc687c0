"""A group named by its age ("five-year-olds", "16-year-olds") is a noun, not a figure that stands between another
figure and its words: "74% of five-year-olds have had both doses" measures what the 74% is of."""

from __future__ import annotations

import pytest

from consistency.claim_building import figure_attribute
from consistency.model import Sentence
from consistency.parse import mentions


def test_a_share_of_a_group_named_by_age_keeps_its_words():
    text = "Just 74% of five-year-olds in Harwell have had both doses of the measles vaccine."
    found = mentions(text)
    (share,) = [m for m in found if m.text == "74%"]
    attribute = figure_attribute(Sentence(0, len(text), text), share, [m for m in found if m.kind != "entity"])
    assert {"dose", "vaccin"} <= set(attribute)


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        ("Just 74% of five-year-olds in Harwell have had both doses of the measles vaccine.",
         "Only 79% of five-year-olds in Harwell have had both doses of the measles vaccine.", True),
        ("Just 74% of five-year-olds in Harwell have had both doses of the measles vaccine.",
         "Some 88% of two-year-olds in Harwell have had a first dose of the measles vaccine.", False),
    ],
)
def test_shares_of_a_group_named_by_age(error_kinds, first, second, flagged):
    assert ("value-conflict" in error_kinds(first, second)) is flagged
