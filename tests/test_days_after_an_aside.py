"""A day told by a part of it after a phrase set off by commas ("above the village of Orvik, in the Tarrow region, on
the evening of 9 June") dates the clause before the phrase: its words, not the part of the day's, are the event's."""

from __future__ import annotations

import pytest

from tests.test_event_days import _dates
from tests.test_time_frames import rows

SET_OFF = ("2026-06-10", "The coach left the road on a sharp bend above the village of Orvik, in the Tarrow region, on "
                         "the evening of 9 June.")


def test_the_day_after_an_aside_dates_the_clause_before_it(tmp_path):
    other = ("2026-06-12", "The coach plunged off a sharp bend above the village of Orvik on the evening of 8 June, "
                           "police said.")
    assert ("9 June", "8 June") in _dates(rows(tmp_path, {"a": SET_OFF, "b": other}))


@pytest.mark.parametrize(
    "other",
    [
        ("2026-06-12", "The coach plunged off a sharp bend above the village of Orvik on the evening of 9 June."),
        ("2026-06-12", "A memorial service for the victims was held in Orvik on the evening of 11 June."),
    ],
)
def test_the_same_day_or_another_acts_day_does_not_conflict(tmp_path, other):
    assert _dates(rows(tmp_path, {"a": SET_OFF, "b": other})) == set()
