"""A count told besides a place or a thing named before it ("from Valdecorzo and three neighbouring villages",
"Leeds and two other cities") counts the others only: four villages in all, never set against "four villages"."""

from __future__ import annotations

import pytest

from tests.test_ages_of_others import _values
from tests.test_time_frames import rows


@pytest.mark.parametrize("second", [
    "About 1,400 people were evacuated from Orvalle and three neighbouring villages on Monday night.",
    "Orvalle and three nearby villages were evacuated on Monday night.",
])
def test_the_others_besides_a_named_place_are_not_the_whole(tmp_path, second):
    first = ("2026-08-05", "About 1,400 people were evacuated from four villages around Orvalle on Monday night.")
    assert _values(rows(tmp_path, {"a": first, "b": ("2026-08-06", second)})) == set()


def test_a_count_of_all_the_villages_still_disagrees(tmp_path):
    first = ("2026-08-05", "About 1,400 people were evacuated from four villages around Orvalle on Monday night.")
    second = ("2026-08-06", "About 1,400 people were evacuated from three villages around Orvalle on Monday night.")
    assert _values(rows(tmp_path, {"a": first, "b": second})) == {("four", "three")}
