"""Whole counts against bounds, and lists of different measures: two passages that differ on a count."""

from __future__ import annotations

import pytest

from consistency import mentions
from consistency.intervals import bound_excludes_value, whole_counts_overlap


def _figure(text: str):
    return next(m for m in mentions(text) if m.is_figure)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("more than 33 critics", "33 critics", False),  # "more than 33" is 34 or more
        ("over 120 volunteers", "121 volunteers", True),
        ("at least 40 people", "40 people", True),
        ("fewer than 12 patients", "12 patients", False),
        ("fewer than 12 patients", "11 patients", True),
        ("up to 300 volunteers", "300 volunteers", True),
        ("more than 33 critics", "31 critics", False),
    ],
)
def test_whole_counts_share_a_whole_number_or_not(a, b, expected):
    assert whole_counts_overlap(_figure(a), _figure(b)) is expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("2.3 million people", "more than 2.3 million people"),  # a scaled figure is no whole count
        ("about 40 people", "more than 40 people"),  # a hedge that widens both ways
        ("85%", "more than 85%"),  # a share is no count
    ],
)
def test_not_whole_counts_are_left_to_their_intervals(a, b):
    assert whole_counts_overlap(_figure(a), _figure(b)) is None



@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        ("The council received over 480 complaints about the Varna bridge works.",
         "The council received 480 complaints about the Varna bridge works.", True),
        ("The council received over 480 complaints about the Varna bridge works.",
         "The council received 495 complaints about the Varna bridge works.", False),
        ("Fewer than 20 lorries crossed the Varna bridge on Tuesday.",
         "Exactly 20 lorries crossed the Varna bridge on Tuesday.", True),
    ],
)
def test_a_bound_and_a_whole_count(error_kinds, first, second, flagged):
    assert ("value-conflict" in error_kinds(first, second)) is flagged


@pytest.mark.parametrize(
    ("listed", "bound", "flagged"),
    [
        # cases, recoveries and deaths are three counts, not parts of one total (412 + 30 + 9 = 451)
        ("Ruritania has 412 confirmed cases, 30 recoveries and 9 deaths, the health ministry said.",
         "Ruritania has more than 440 confirmed cases, the health ministry said.", True),
        ("Ruritania has 412 confirmed cases, 30 recoveries and 9 deaths, the health ministry said.",
         "Ruritania has more than 400 confirmed cases, the health ministry said.", False),
        # parts of one whole still add up: 120 adults and 14 children are 134 passengers
        ("The ferry carried 120 adults and 14 children when it left Varna.",
         "The ferry carried 134 passengers when it left Varna.", False),
    ],
)
def test_a_list_of_different_measures_is_no_sum(error_kinds, listed, bound, flagged):
    assert ("value-conflict" in error_kinds(listed, bound)) is flagged


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("above 72%", "72%", True),
        ("more than $2 billion", "$2 billion", True),
        ("less than 4.5%", "4.5%", True),
        ("at least 72%", "72%", False),  # "at least" holds its own value
        ("above 72%", "71%", False),  # left to the intervals: [70.5, 71.5) and (72, inf) do not overlap
        ("about 72%", "72%", False),
    ],
)
def test_a_strict_bound_excludes_its_own_value(a, b, expected):
    assert bound_excludes_value(_figure(a), _figure(b)) is expected


def test_a_strict_bound_against_its_value_is_flagged(error_kinds):
    assert "value-conflict" in error_kinds(
        "The Varna referendum passed with more than 61% of the vote, the election board said.",
        "The Varna referendum passed with 61% of the vote, the election board said.",
    )
