"""A count told "since" an act that a clause dates ("since the outbreak was declared on Tuesday", "since the
ship left port on 2 May") is the tally at its report's date, as "since Tuesday" is: the date is when the count
began, so two reports days apart give two tallies, while two reports of one day still give one."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("first", "later"),
    [
        (
            "The line said 22 crew members had reported symptoms since the outbreak was declared on Tuesday.",
            "The line says 41 crew members have reported symptoms since the outbreak began last week.",
        ),
        (
            "Since the ship left Vardo on 2 May, 22 crew members have reported symptoms, the line said.",
            "The line says 41 crew members have reported symptoms since the ship left Vardo on 2 May.",
        ),
        (
            "Some 22 crew members have fallen ill since the first case was confirmed on Monday, the line said.",
            "The number of crew members who have fallen ill since the first case was confirmed on Monday is now 41.",
        ),
    ],
)
def test_tallies_since_a_dated_act_on_two_days_are_two_tallies(dated_errors, first, later):
    assert dated_errors(("2025-05-08", first), ("2025-05-13", later), kind="value-conflict") == []


def test_tallies_since_a_dated_act_on_one_day_are_compared(dated_errors):
    first = "The line said 22 crew members had reported symptoms since the outbreak was declared on Tuesday."
    other = "The line said 41 crew members had reported symptoms since the outbreak was declared on Tuesday."
    assert dated_errors(("2025-05-08", first), ("2025-05-08", other), kind="value-conflict") == [("22", "41")]
