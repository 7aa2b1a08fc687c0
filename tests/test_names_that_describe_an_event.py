"""A name said before the noun of an event ("died in the Grange Hotel fire", "injured in the Kelby Road crash")
describes that event: the slot word before it ("died in") is said of the event, so the report names the place
for the event, not in some other role of its own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("first", "later"),
    [
        (
            ("2025-03-08", "Fire at Grange Hotel kills two",
             "Two people died when fire swept through the Grange Hotel in Carrowby on Friday night."),
            ("2025-03-11", "Hotel fire victims named",
             "Police have named the two people who died in the Grange Hotel fire in Carrowby on Friday."),
        ),
        (
            ("2025-06-02", "Crash at Mossley Junction injures nine",
             "Nine people were hurt when a lorry hit a bus at Mossley Junction in Tallon on Sunday."),
            ("2025-06-04", "Driver charged after bus crash",
             "A lorry driver has been charged over the Mossley Junction crash in Tallon on Sunday, in which nine "
             "people were hurt."),
        ),
        (
            ("2025-09-12", "Blast at Ferrow Mill kills worker",
             "A worker was killed by an explosion at Ferrow Mill near Dunscombe on Thursday."),
            ("2025-09-15", "Mill blast: inquiry opens",
             "An inquiry has opened into the death of a worker who was killed in the Ferrow Mill explosion near "
             "Dunscombe on Thursday."),
        ),
    ],
)
def test_a_place_named_before_its_event_is_the_events_place(headlined_errors, first, later):
    assert headlined_errors(first, later, kind="entity-conflict") == []


def test_two_hotels_for_one_fire_still_disagree(headlined_errors):
    first = ("2025-03-08", "Fire at Grange Hotel kills two",
             "Two people died when fire swept through the Grange Hotel in Carrowby on Friday night.")
    later = ("2025-03-11", "Hotel fire victims named",
             "Two people died when fire swept through the Marlow Hotel in Carrowby on Friday night.")
    assert headlined_errors(first, later, kind="entity-conflict") != []
