"""A place a sentence gives for the rest of a group ("71,000 patients in England, with the rest in Scotland, Wales
and Northern Ireland"; data/remainder_words.csv, position "place") is not where its figure was counted: the
figure is England's, a part of the country's whole."""

from __future__ import annotations


def test_a_regions_count_with_the_rest_elsewhere_is_a_part_of_the_whole(error_kinds):
    first = (
        "In England, about 71,000 patients received tablets from the recalled batches, with the rest in Scotland, "
        "Wales and Northern Ireland."
    )
    second = "About 84,000 patients across the UK received tablets from the recalled batches."
    assert "value-conflict" not in error_kinds(first, second)


def test_two_counts_of_the_whole_still_conflict(error_kinds):
    first = "About 71,000 patients across the UK received tablets from the recalled batches."
    second = "About 84,000 patients across the UK received tablets from the recalled batches."
    assert "value-conflict" in error_kinds(first, second)
