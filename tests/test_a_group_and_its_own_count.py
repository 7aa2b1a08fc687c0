"""A figure that counts a group is that group's count, whatever words lead to it: "among a crowd of 44,862" is the
crowd (no part counted among it, as "unemployment among young workers" is), and "4,200 residents of the three
villages" are residents, with whose they are after them (no part of "the three")."""

from __future__ import annotations

import pytest

DAY = "2026-09-27"


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        ("About 6,000 Mariners supporters made the trip for the final at Oranjepark, among a crowd of 44,862.",
         "The crowd of 41,862 at Oranjepark for the final was the largest for a domestic match.",
         {"44,862", "41,862"}),
        ("Authorities evacuated 4,200 residents of the three nearest villages after the chlorine leak at Rampur.",
         "After the chlorine leak at Rampur, authorities evacuated 2,400 residents from nearby villages.",
         {"4,200 residents", "2,400 residents"}),
    ],
)
def test_a_groups_own_count_is_compared(dated_errors, first, second, values):
    found = dated_errors((DAY, first), (DAY, second), kind="value-conflict")
    assert any(set(row) == values for row in found)
