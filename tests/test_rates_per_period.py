"""A rate for a period ("11,500 vehicles a day", "1,200 vans a week"; data/rate_periods.csv) stands from one
day's report to the next's, as a usual rate does: two reports' rates of one period are compared, though each is
dated only by its report. A rate told as it is now, or of people befallen, moves with its event; a rate for
another period is another figure."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("first", "second", "odd"),
    [
        (
            "The Harl viaduct, which was closed on Monday, carries about 9,200 vehicles a day, the county council said.",
            "Before it was closed, the Harl viaduct carried 12,800 vehicles a day.",
            ("9,200", "12,800"),
        ),
        (
            "The Skerry ferry carries 1,400 passengers a day in summer.",
            "In summer the Skerry ferry carries some 2,600 passengers a day, the operator said.",
            ("1,400 passengers", "2,600 passengers"),
        ),
        (
            "The Orrin mine produces 3.1 million tonnes of ore a year.",
            "The Orrin mine produces about 4.6 million tonnes of ore annually, its owner said.",
            ("3.1 million tonnes", "4.6 million tonnes"),
        ),
        ("The Velt plant builds 1,200 vans a week.", "The Velt plant, the firm's largest, turns out 1,900 vans a week.", ("1,200", "1,900")),
    ],
)
def test_two_days_reports_of_one_rate_are_compared(error_texts, first, second, odd):
    assert odd in error_texts(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The Harl viaduct carries about 9,200 vehicles a day.", "The Harl viaduct carried 9,200 vehicles a day."),
        ("The Velt plant builds 1,200 vans a week.", "The Velt plant builds 60,000 vans a year."),
        (
            "The clinic is seeing 40 new cases a day, health officials said.",
            "Officials said the clinic was now seeing 120 new cases a day.",
        ),
    ],
)
def test_rates_that_agree_move_or_are_of_other_periods_are_no_conflict(error_texts, first, second):
    assert error_texts(first, second) == []
