"""A figure told on a day named by its event ("fell 11% on the day of the announcement", "on the day the breach
was announced") is of that day, whichever day each report was written: two reports' figures of one event's day
are compared. The day after an event is another day."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("first", "second", "odd"),
    [
        (
            "Shares in Marrowgate fell 11% on the day of the announcement.",
            "Marrowgate's shares, which fell 14% on the day the breach was announced, have since recovered a little.",
            ("11%", "14%"),
        ),
        (
            "On the day of the vote, turnout in Kelby was 61%.",
            "Turnout in Kelby was 68% on the day of the vote, the council said.",
            ("61%", "68%"),
        ),
    ],
)
def test_figures_of_one_events_day_are_compared(error_texts, first, second, odd):
    assert odd in error_texts(first, second)


def test_the_day_after_an_event_is_another_day(error_texts):
    first = "Shares in Marrowgate fell 11% on the day of the announcement."
    assert error_texts(first, "Shares in Marrowgate fell 14% on the day after the announcement.") == []
