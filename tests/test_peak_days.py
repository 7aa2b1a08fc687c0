"""The day an event peaked ("the flood reached its worst point on Wednesday night", "the storm peaked on Wednesday";
data/peak_verbs.csv) is a day of it, neither its first nor its last: it is not compared with the day it began. A
sentence that tells of the end and the start of an event dates each by its own clause ("pumped dry this morning,
ending a flood that began on Monday evening"). Two peak days of one event still conflict."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("2025-08-14", "The flood that has swamped half of Kell reached its worst point on Wednesday night, when 4,000 "
                        "homes were under water, according to figures released yesterday by the council."),
         ("2025-08-17", "The last homes in Kell were pumped dry early this morning, ending a flood that began on "
                        "Monday evening and lasted almost five days.")),
        (("2025-03-13", "The storm that has battered Orla Bay peaked on Wednesday night, when 900 homes were flooded, "
                        "the council said."),
         ("2025-03-16", "Crews reopened the last roads in Orla Bay this morning, ending a storm that began on Monday evening.")),
    ],
)
def test_the_day_an_event_peaked_is_not_the_day_it_began(date_rows, first, second):
    assert date_rows(first, second) == []


def test_two_peak_days_of_one_event_conflict(date_rows):
    assert date_rows(
        ("2025-08-14", "The flood that has swamped half of Kell reached its worst point on Wednesday night, when 4,000 "
                       "homes were under water, according to the council."),
        ("2025-08-21", "The flood that swamped half of Kell reached its worst point on 14 August, when 4,000 homes were "
                       "under water, the council said."),
    )
