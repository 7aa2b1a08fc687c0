"""A figure dated by a count of years back ("paid three years ago") speaks for that year give or take one, as a date
so told does ("17 years ago" in November is the April of 17 years and seven months before): compared with the same
figure given for that year, not with one of years before."""

from __future__ import annotations

import pytest

from tests.test_ages_of_others import _values
from tests.test_time_frames import rows

RECORD = ("2026-07-01", "Rovers paid Hartwell £24.5m for the striker Joel Amankwah in August 2023, their record until now.")


def test_a_figure_of_years_ago_is_compared_with_that_years(tmp_path):
    other = ("2026-07-02", "The fee beats the £26.5m Rovers paid Hartwell for the striker Joel Amankwah three years ago.")
    assert ("£24.5m", "£26.5m") in _values(rows(tmp_path, {"a": RECORD, "b": other}))


@pytest.mark.parametrize(
    "other",
    [
        ("2026-07-02", "Rovers paid Hartwell £26.5m for the striker Joel Amankwah six years ago."),
        ("2026-07-02", "Rovers paid Hartwell £26.5m for the striker Joel Amankwah in 2019."),
    ],
)
def test_a_figure_of_other_years_is_not(tmp_path, other):
    assert _values(rows(tmp_path, {"a": RECORD, "b": other})) == set()
