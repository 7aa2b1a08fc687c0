"""A figure told as the amount something changed by ("was cut by £4m", "can have his ban reduced by 20 weeks":
a verb that names what it changes, then "by") is a change, and a figure told as what something is ("a budget of
£42m", "an 18-month ban") a level: two quantities, whatever their kind. Two changes are still compared."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The Harl council's roads budget is £42m this year.", "The Harl council's roads budget was cut by £4m this year."),
        ("Kell Brant was given an 18-month driving ban.", "Kell Brant can have his ban reduced by 18 weeks if he completes a course."),
        ("The Velt plant employs 1,200 workers.", "The Velt plant's workforce was reduced by 120 workers last year."),
    ],
)
def test_a_change_by_an_amount_is_not_the_level(error_kinds, first, second):
    assert "value-conflict" not in error_kinds(first, second)


def test_two_changes_by_amounts_are_compared(error_kinds):
    first = "The Harl council's roads budget was cut by £4m this year."
    assert "value-conflict" in error_kinds(first, "The Harl council's roads budget was reduced by £6m this year.")
