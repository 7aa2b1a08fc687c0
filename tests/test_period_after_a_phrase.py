"""A figure's own period may stand a few words after it, past what the figure is for ("£3.1 million on its
libraries in 2027", "$1.2 billion in its network in 2024"): that period, and not the day the statement was made
("it said on Tuesday"), is the time the figure holds for. Two years' figures are then two values of a series,
and two figures for one year still conflict."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The council will spend £3.1 million on its libraries in 2027, it said on Tuesday.",
            "The council spent £3.4 million on its libraries in 2024, it said on Tuesday.",
        ),  # a plan and a past year
        (
            "Orbel Telecom invested $1.2 billion in its network in 2023, the company said on Monday.",
            "Orbel Telecom invested $1.9 billion in its network in 2024, the company said on Monday.",
        ),  # two years
        (
            "The trust paid £41 million to agency nurses during 2023, its board heard on Monday.",
            "The trust paid £52 million to agency nurses during 2024, its board heard on Monday.",
        ),  # during
    ],
)
def test_figures_of_two_periods_said_on_one_day_do_not_conflict(error_kinds, first, second):
    assert "value-conflict" not in error_kinds(first, second)


def test_figures_of_one_period_still_conflict(error_kinds):
    assert "value-conflict" in error_kinds(
        "The council will spend £3.1 million on its libraries in 2027, it said on Tuesday.",
        "The council will spend £3.4 million on its libraries in 2027, it said on Tuesday.",
    )
