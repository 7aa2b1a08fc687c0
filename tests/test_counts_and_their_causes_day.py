"""A count of what befell people, told with the day of what caused it ("five were injured after a mudslide swept over
the road late on Sunday"), is the count as its report knows it: the day belongs to the mudslide. And two counts of
different things that befell people, listed together ("Two people were missing and six were injured"), are no parts
of one whole that another report's count could be the sum of."""

from __future__ import annotations

import pytest

from tests.test_ages_of_others import _values
from tests.test_time_frames import rows

SAME_DAY_COUNTS_AT_ODDS = [
    (  # the crane's day is Monday; both reports count on Tuesday
        ("2026-03-10", "Four people were injured when a crane collapsed onto a bus shelter in Tarrow on Monday, "
                       "police said."),
        ("2026-03-10", "Seven people were hurt in the collapse, police said."),
        ("Four people", "Seven people"),
    ),
    (
        ("2026-11-03", "Three climbers were killed after an avalanche swept across the north face late on Sunday."),
        ("2026-11-03", "The avalanche killed five climbers, mountain rescue said."),
        ("Three", "five"),
    ),
    (  # the missing and the injured are two counts: "eight hurt" is not their sum
        ("2026-06-08", "Two people were missing and six were injured after a mudslide buried the coast road late on "
                       "Sunday, police said."),
        ("2026-06-08", "Police said eight people had been hurt; they were flown to hospital in Bergvik."),
        ("six", "eight people"),
    ),
]


@pytest.mark.parametrize(("first", "second", "texts"), SAME_DAY_COUNTS_AT_ODDS)
def test_counts_of_one_day_told_with_the_causes_day_conflict(tmp_path, first, second, texts):
    assert texts in _values(rows(tmp_path, {"a": first, "b": second}))


COUNTS_THAT_MAY_DIFFER = [
    (  # two days later the count may have grown
        ("2026-03-10", "Four people were injured when a crane collapsed onto a bus shelter in Tarrow on Monday."),
        ("2026-03-12", "Seven people were hurt in the collapse, the ambulance service said."),
    ),
    (  # told as rising: the count of the day it rose
        ("2026-03-10", "The number of injured rose to seven after two more people were treated on Monday."),
        ("2026-03-10", "Four people were injured in the collapse, police said."),
    ),
    (  # one whole and its parts, listed together, agree
        ("2026-06-08", "Two passengers and six crew were injured when the ferry struck the pier on Sunday."),
        ("2026-06-08", "Eight people were injured, the coastguard said."),
    ),
]


@pytest.mark.parametrize(("first", "second"), COUNTS_THAT_MAY_DIFFER)
def test_counts_of_other_days_or_of_parts_do_not_conflict(tmp_path, first, second):
    assert _values(rows(tmp_path, {"a": first, "b": second})) == set()
