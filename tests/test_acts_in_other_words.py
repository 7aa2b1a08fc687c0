"""One act told in other words is one event: captives "were freed on Sunday" and "were released on Saturday" are
one release on two days."""

from __future__ import annotations


def test_freed_and_released_are_one_release(dated_errors):
    assert dated_errors(
        ("2026-04-13", "The two Nkandian staff members were freed on Sunday near the village of Gassoua and handed "
                       "over to local officials."),
        ("2026-04-14", "The two Nkandians were released on Saturday, and are said to be recovering with their "
                       "families."),
        kind="date-conflict",
    )

