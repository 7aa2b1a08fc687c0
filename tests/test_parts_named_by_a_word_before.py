"""A count of a noun with a word before it ("19 league goals", "300 domestic flights") is a part of the count of
the noun that says it is the whole ("27 goals in all competitions", "1,200 flights in total"; data/whole_words.csv):
two quantities. Two counts of the same part are still compared."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Arrieta scored 27 goals in all competitions for Ribeira last season.", "Arrieta scored 19 league goals for Ribeira last season."),
        ("Skyvale operated 1,200 flights in total during the strike week.", "Skyvale operated 300 domestic flights during the strike week."),
    ],
)
def test_a_part_named_by_a_word_before_its_noun_is_not_the_whole(error_kinds, first, second):
    assert "value-conflict" not in error_kinds(first, second)


def test_two_counts_of_one_part_are_compared(error_kinds):
    first = "Arrieta scored 19 league goals for Ribeira last season."
    assert "value-conflict" in error_kinds(first, "Arrieta scored 24 league goals for Ribeira last season.")
