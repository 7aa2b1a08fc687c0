"""A grant is a sum a body gave for a purpose, as an allocation is ("a £12 million grant towards the project", "its £14
million grant"): given once, compared whatever day each report tells it; never the cost of what it paid for."""

from __future__ import annotations

import pytest

from tests.test_ages_of_others import _values
from tests.test_time_frames import rows

GRANT = ("2026-04-16", "The Tarrow Heritage Trust made a £12 million grant towards the museum project, the council said.")


def test_a_grant_told_two_ways_on_two_days_is_compared(tmp_path):
    other = ("2026-04-21", "The Tarrow Heritage Trust's £14 million grant for the museum project was among its largest.")
    assert ("£12 million", "£14 million") in _values(rows(tmp_path, {"a": GRANT, "b": other}))


@pytest.mark.parametrize(
    "other",
    [
        ("2026-04-21", "The museum project cost £32 million in all, the council said."),
    ],
)
def test_a_grant_is_no_cost_and_no_other_bodys_sum(tmp_path, other):
    assert _values(rows(tmp_path, {"a": GRANT, "b": other})) == set()
