"""A count of a noun with a word before it ("19 league goals", "300 domestic flights") is a part of the count of
the noun that says it is the whole ("27 goals in all competitions", "1,200 flights in total"; data/whole_words.csv):
two quantities. Two counts of the same part are still compared."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Velde scored 27 goals in all competitions for Harlow last season.", "Velde scored 19 league goals for Harlow last season."),
        ("Skyvale operated 1,200 flights in total during the strike week.", "Skyvale operated 300 domestic flights during the strike week."),
    ],
)
def test_a_part_named_by_a_word_before_its_noun_is_not_the_whole(error_kinds, first, second):
    assert "value-conflict" not in error_kinds(first, second)


def test_two_counts_of_one_part_are_compared(error_kinds):
    first = "Velde scored 19 league goals for Harlow last season."
    assert "value-conflict" in error_kinds(first, "Velde scored 24 league goals for Harlow last season.")


def test_a_bare_count_is_the_whole_where_the_story_tells_the_whole(dated_errors):
    # one report tells the whole of the goals; another's bare count is then the whole too, and the part is no
    # match for it, though the bare count itself is wrong
    reports = (
        ("2025-08-07", "Velde scored 27 goals in all competitions for Harlow last season."),
        ("2025-08-13", "Velde scored 23 goals for Harlow last season."),
        ("2025-08-19", "Velde scored 19 league goals for Harlow last season."),
    )
    assert {tuple(sorted(row)) for row in dated_errors(*reports, kind="value-conflict")} == {("23", "27")}
