"""A date in a phrase of its own participle that opens a sentence ("Built in 1968, the bridge was last inspected
in October 2024") is the day of that participle's act, not of the clause after it: the year the bridge was built is
never set against the month another report says it was inspected. A date that merely opens its clause ("On
Thursday night, councillors voted") still dates the clause after it."""

from __future__ import annotations

import pytest

from tests.test_event_days import _dates
from tests.test_time_frames import rows

INSPECTED = ("2026-05-18", "The Colle viaduct, which carries the SP231 over the river, was last inspected in November 2024, "
                           "according to local officials.")


@pytest.mark.parametrize("opening", [
    "Built in 1968, the Colle viaduct was last inspected by engineers in October 2024.",
    "Opened to traffic in 1968, the Colle viaduct was last inspected by engineers in October 2024.",
])
def test_the_year_of_an_opening_participle_is_not_the_inspection(tmp_path, opening):
    found = _dates(rows(tmp_path, {"a": INSPECTED, "b": ("2026-05-19", opening)}))
    assert found == {("November 2024", "October 2024")}


def test_the_opening_participles_year_is_its_own_act(tmp_path):
    built = ("2026-05-19", "Built in 1968, the Colle viaduct was last inspected by engineers in October 2024.")
    other = ("2026-05-20", "The Colle viaduct, which was built in 1971, carries 9,000 vehicles a day.")
    assert ("1968", "1971") in _dates(rows(tmp_path, {"a": built, "b": other}))
