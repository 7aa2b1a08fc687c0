"""Compensation promised is a term set once, like damages awarded: "households will receive compensation of €150"
and "every household will receive €200" a few days later disagree. A sum for each one ("€250 to each passenger",
"every household") is a share, never set against a sum ten times it or more that is said for no one each (the
"€2m in compensation to passengers" all the shares come to)."""

from __future__ import annotations

import pytest

WEDNESDAY = "2025-06-18"


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        ("Households cut off for more than a day will receive compensation of €150, the power company Orvel said.",
         "Every household cut off for more than a day will receive €200 from Orvel, paid automatically.",
         {"€150", "€200"}),
        ("Passengers on the cancelled Brenn flight will get compensation of €250 each, the airline said on Monday.",
         "The airline said each passenger on the cancelled Brenn flight would receive €400 in compensation.",
         {"€250", "€400"}),
    ],
)
def test_compensation_promised_told_otherwise_conflicts(error_texts, first, second, values):
    assert any(set(row) == values for row in error_texts(first, second, WEDNESDAY))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The airline Orvel has paid €2m in compensation to passengers of the cancelled Brenn flights, it said.",
         "Each passenger on the cancelled Brenn flights received compensation of €250, Orvel said."),
        ("The regulator fined Orvel €3m on Monday over the Brenn blackout.",
         "Orvel will pay €2m in compensation to households hit by the Brenn blackout, it said on Monday."),
    ],
)
def test_a_share_and_the_whole_or_a_fine_are_no_conflict(error_texts, first, second):
    assert error_texts(first, second, WEDNESDAY) == []


def test_a_share_and_the_whole_of_one_day_are_no_conflict(error_kinds):
    assert "value-conflict" not in error_kinds(
        "The airline Orvel has paid €2m in compensation to passengers of the cancelled Brenn flights, it said.",
        "Each passenger on the cancelled Brenn flights received compensation of €250, Orvel said.",
    )
