""""Factory" and "plant" are one word of a maker's site (data/synonyms.csv): "launched at the company's Harlow
factory on 4 June" and "launched on 3 June at the company's Harlow plant" tell one launch on two days."""

from __future__ import annotations

from consistency.terms import content_terms


def test_factory_and_plant_are_one_word():
    assert content_terms("the factory") == content_terms("the plant") == content_terms("two plants")


def test_one_launch_at_a_factory_or_a_plant(error_texts):
    rows = error_texts(
        "The hatchback, launched at the company's Harlow factory on 4 June, comes in two versions.",
        "Demand is strong a fortnight after the car was launched on 3 June at the company's Harlow plant, with more "
        "orders than expected.",
    )
    assert {"4 June", "3 June"} in map(set, rows), rows
