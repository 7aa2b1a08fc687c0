"""A figure told at the height of an event ("at its height", "at the peak of the blaze") is of one moment, the peak,
whichever day a report tells it: two reports' figures for it are compared, while the figure of another moment is
not."""

import pytest


@pytest.mark.parametrize(
    "first, later",
    [
        (
            "At the height of the blaze, 120 firefighters and 24 engines were at the warehouse, the brigade said.",
            "Some 85 firefighters tackled the fire at its height, and crews stayed at the site into Sunday.",
        ),
        (
            "At its peak on Tuesday night, the outage left 46,000 homes without power across the county.",
            "About 64,000 homes lost power at the peak of the outage, according to the network operator.",
        ),
    ],
)
def test_two_reports_of_the_peak_are_compared(dated_errors, first, later):
    assert dated_errors(("2026-02-11", first), ("2026-02-14", later), kind="value-conflict")


def test_the_peak_is_not_the_count_of_another_day(dated_errors):
    assert not dated_errors(
        ("2026-02-11", "At the height of the blaze, 120 firefighters and 24 engines were at the warehouse."),
        ("2026-02-14", "Some 30 firefighters remained at the warehouse on Saturday to damp down hot spots."),
        kind="value-conflict",
    )
