"""A wire dateline names its place with the region after it, in words that may join with a lower-case word ("Isle
of Sorran", "Bay of Plenty"): the dateline's date is the report's, not a date of an event in its text."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.readers.datelines import dateline

HEAD = "Rocket fails after engine shutdown\nPublished: 12 June 2025\n\n"


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("KELLAN, Isle of Orrin, June 12 (Northline) - A rocket failed to reach orbit on Thursday.", "KELLAN"),
        ("TAURANGA, Bay of Plenty, June 12 (Reuters) - Floods closed roads on Thursday.", "TAURANGA"),
        ("LISBON, Portugal, June 12 (Reuters) - Ministers met on Thursday.", "LISBON"),
    ],
)
def test_a_dateline_with_a_region_of_several_words(line, place):
    found = dateline(HEAD + line)
    assert found is not None and found.place == place and found.date == dt.date(2025, 6, 12)


def test_the_datelines_date_is_no_event_date(dated_errors):
    wire = ("2025-06-12", "KELLAN, Isle of Orrin, June 12 (Northline) - A Halden rocket failed to reach orbit on "
                          "Thursday after its second-stage engine shut down early.")
    trade = ("2025-06-16", "The Halden rocket failed to reach orbit on Thursday 12 June after its second-stage engine "
                           "shut down early.")
    assert dated_errors(wire, trade, kind="date-conflict") == []
