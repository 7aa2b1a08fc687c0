"""A word that names no kind of incident ("the accident", "the tragedy", "the incident") dates the story's incident,
whatever kind another report names it by ("the train derailed on Tuesday", "a gas explosion ripped through a house on
Sunday"); an accident told as another one ("an accident involving two lorries") is not the story's."""

from __future__ import annotations

import pytest

from tests.test_event_days import _dates
from tests.test_time_frames import rows

ONE_INCIDENT = [
    (
        ("2026-03-04", "A commuter train derailed near Halby on Tuesday morning, injuring 23 passengers, the rail "
                       "operator said."),
        ("2026-03-09", "Investigators say a broken rail caused the accident on 2 March, which injured 23 people."),
        {("Tuesday", "2 March")},
    ),
    (  # a crowd crush is a stampede, named either way
        ("2026-09-06", "Three people died in a crush at the north gate of the Harlow Arena on Saturday night, police "
                       "said."),
        ("2026-09-08", "Stewards at the arena said the stampede on Friday had built up in minutes as fans pushed "
                       "towards the gate."),
        {("Saturday", "Friday")},
    ),
    (
        ("2026-08-10", "A gas explosion ripped through a house in Marnby on Sunday, killing four people."),
        ("2026-08-12", "The tragedy on 8 August has prompted calls for checks on every gas boiler in the town."),
        {("Sunday", "8 August")},
    ),
]


@pytest.mark.parametrize(("first", "second", "expected"), ONE_INCIDENT)
def test_a_word_for_any_incident_dates_the_storys_incident(tmp_path, first, second, expected):
    found = rows(tmp_path, {"01-first": first, "02-second": second})
    assert _dates(found) == expected


def test_another_accident_is_not_the_storys_incident(tmp_path):
    found = rows(tmp_path, {
        "01-first": ("2026-03-04", "A commuter train derailed near Halby on Tuesday morning, injuring 23 passengers, "
                                   "the rail operator said."),
        "02-second": ("2026-03-05", "Traffic on the ring road was held up on Monday after an accident involving two "
                                    "lorries near the Halby junction."),
    })
    assert _dates(found) == set()

