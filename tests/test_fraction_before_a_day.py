""""a quarter" or "a half" before a day counted from it is a share of something ("cut its forecast by a quarter
after Sunday's storm"), not a quarter or half year after the day: the day is read alone. A stretch counted in other
units ("a week after Sunday's fire", "two quarters after March 3") still counts from the day."""

from __future__ import annotations

import datetime as dt

import pytest

import consistency

PUBLISHED = dt.date(2026, 6, 19)  # a Friday


@pytest.mark.parametrize(("text", "written", "day"), [
    ("Growers cut their forecast by more than a quarter after Sunday's hailstorm.", "Sunday's", dt.date(2026, 6, 14)),
    ("Bookings fell by half after Monday's strike.", "Monday's", dt.date(2026, 6, 15)),
    ("Ticket sales dropped by a quarter after the 2 June warning.", "2 June", dt.date(2026, 6, 2)),
    ("The plant reopened a week after Sunday's fire.", "a week after Sunday's", dt.date(2026, 6, 21)),
    ("Two quarters after March 3 the plant closed.", "Two quarters after March 3", dt.date(2026, 9, 3)),
])
def test_the_day_after_a_share_is_read_alone(text, written, day):
    dates = [(m.text, m.date) for m in consistency.mentions(text, PUBLISHED) if m.kind == "date"]
    assert dates == [(written, day)]
