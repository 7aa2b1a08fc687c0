"""How full a thing is ("at 54% of capacity", "17 per cent full") is a level that changes from day to day, not what
the thing can hold: two reports of two days may give two levels; two of one day disagree."""

from __future__ import annotations

import pytest

from tests.test_ages_of_others import _values
from tests.test_time_frames import rows


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("2026-07-13", "Orvik Water said Hale Reservoir, its main storage site, was at 54% of capacity."),
         ("2026-07-16", "Orvik Water said Hale Reservoir was at 51% of capacity on Thursday morning.")),
        (("2026-07-13", "The region's reservoirs are 21 per cent full, the water agency said."),
         ("2026-07-17", "The region's reservoirs are at 17% of capacity, the water agency said.")),
    ],
)
def test_levels_of_two_days_are_no_conflict(tmp_path, first, second):
    assert _values(rows(tmp_path, {"a": first, "b": second})) == set()


def test_levels_of_one_day_disagree(tmp_path):
    found = rows(tmp_path, {
        "a": ("2026-07-14", "The region's reservoirs are only 17 per cent full, the water agency said on Tuesday."),
        "b": ("2026-07-14", "The region's reservoirs stood at 14% of capacity on Tuesday, the water agency said."),
    })
    assert ("17 per cent", "14%") in _values(found)
