"""A distance told as how far below ground a thing lies ("480 metres underground", "some 430 metres below ground",
"at a depth of 480 metres", "480 metres deep") is a depth, one fact whatever day it is told; a count of people said to
be underground ("62 workers were underground") is no depth."""

from __future__ import annotations

import pytest

from tests.test_ages_of_others import _values
from tests.test_time_frames import rows

FIRST = ("2026-03-09", "The rockfall at the Vellar copper mine blocked the main ramp at a depth of 480 metres, the "
                       "operator said.")


@pytest.mark.parametrize("second", [
    "The eleven miners at Vellar are sheltering some 430 metres below ground, behind the rockfall.",
    "The eleven miners at Vellar have spent two nights in a refuge chamber 430 metres underground.",
])
def test_a_depth_below_ground_is_compared_across_days(tmp_path, second):
    assert ("480 metres", "430 metres") in _values(rows(tmp_path, {"a": FIRST, "b": ("2026-03-11", second)}))


def test_people_underground_are_no_depth(tmp_path):
    second = ("2026-03-11", "Of the 62 workers who were underground at Vellar when the rockfall hit, 51 walked out.")
    assert _values(rows(tmp_path, {"a": FIRST, "b": second})) == set()
