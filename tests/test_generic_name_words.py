"""A word many names of one kind open with ("Mount", "Lake", "Port", "San"; data/generic_name_words.csv) makes no
one name of two: what "Mount Karsa" did is not what "Mount Vela" did. Two names that share a word of their own
("Acme" and "Acme Corp") are still one."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Mount Karsa erupted in 1989, killing 21 people.", "Mount Vela erupted in 1998, killing 21 people."),
        ("Port Lira opened its new terminal in 2019.", "Port Kelan opened its new terminal in 2021."),
    ],
)
def test_two_names_that_share_only_a_generic_word_are_two(error_kinds, first, second):
    assert "date-conflict" not in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Mount Karsa erupted in 1989, killing 21 people.", "Mount Karsa erupted in 1998, killing 21 people."),
        ("Acme opened its new terminal in 2019.", "Acme Corp opened its new terminal in 2021."),
    ],
)
def test_one_name_told_twice_still_conflicts(error_kinds, first, second):
    assert "date-conflict" in error_kinds(first, second)
