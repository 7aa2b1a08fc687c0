"""What befell those a count counts, told right after the noun the figure is read with ("Three passengers died",
"Three passengers survived"), is what the count measures: the dead or the survivors among the passengers, not all the
passengers there were."""

from __future__ import annotations

import pytest

DAY = "2026-01-24"
CARRIED = (DAY, "The Airbus AS350 B3, operated by Coastline Air, was carrying a pilot and six passengers when it "
                "crashed on Thursday.")


@pytest.mark.parametrize(
    "befell",
    [
        "Three passengers survived. The pilot and two passengers were killed when the helicopter crashed on Thursday.",
        "Three passengers died when the helicopter crashed on Thursday. The pilot survived.",
    ],
)
def test_those_befallen_are_not_all_the_passengers(dated_errors, befell):
    found = dated_errors(CARRIED, (DAY, befell), kind="value-conflict")
    assert not [row for row in found if "six passengers" in row]


def test_two_counts_of_the_dead_on_one_day_still_conflict(dated_errors):
    found = dated_errors(
        (DAY, "Three passengers died when the helicopter crashed on Thursday near Tamarack Falls."),
        (DAY, "Four passengers died when the helicopter crashed on Thursday near Tamarack Falls."),
        kind="value-conflict",
    )
    assert any(set(row) == {"Three passengers", "Four passengers"} for row in found)
