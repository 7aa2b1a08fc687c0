"""A thing's size is its own whatever day a report gives it, and whatever noun of its kind the report calls it by
(data/kind_nouns.csv): "the 32-metre trawler" and "the 36m boat" are two sizes of one vessel; a lifeboat is another
thing."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("reports", "odd"),
    [
        # a trawler, a vessel and a boat: one ship
        ((("2025-02-11", "The 32-metre trawler Gannet sank off Scarra Point on Monday night with six men aboard."),
          ("2025-02-13", "The 32-metre vessel had fished out of Scarra Point for twenty years."),
          ("2025-02-15", "The 36m boat went down off Scarra Point on Monday night with six men aboard.")), "36m"),
        # a plane, an aircraft and a jet: one aircraft
        ((("2025-07-02", "The 38-metre plane left the runway at Harlow on Tuesday evening."),
          ("2025-07-04", "The 38-metre aircraft was carrying 61 passengers from Tarrow."),
          ("2025-07-09", "The 44-metre jet left the runway at Harlow on Tuesday evening.")), "44-metre"),
    ],
)
def test_one_things_size_by_nouns_of_its_kind_days_apart_conflicts(dated_errors, reports, odd):
    found = dated_errors(*reports, kind="value-conflict")
    assert found and all(odd in texts for texts in found)


def test_another_vessels_length_is_no_conflict(dated_errors):
    found = dated_errors(
        ("2025-02-11", "The 32-metre trawler Gannet sank off Scarra Point on Monday night with six men aboard."),
        ("2025-02-15", "A 14-metre lifeboat from Scarra Point reached the spot where the Gannet sank on Monday."),
        kind="value-conflict",
    )
    assert not found
