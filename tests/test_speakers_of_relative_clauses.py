"""A name that opens a relative clause of saying ("Brennick Appliances, which said on March 3 that ...", "Ms Hale,
who announced on Friday that ...") is its speaker: the day it said so is compared with the day another report
says the same speaker said it."""

from __future__ import annotations


def test_a_speaker_opening_a_relative_clause_dates_the_same_remarks(dated_errors):
    first = ("2025-03-05", "Brennick Appliances said on Tuesday it would close its Dunmarsh factory by September.")
    second = (
        "2025-03-12",
        "Brennick Appliances, which said on March 3 that it would close its Dunmarsh factory by September, blamed energy costs.",
    )
    assert dated_errors(first, second) == [("Tuesday", "March 3")]


def test_the_same_remarks_on_the_same_day_are_no_conflict(dated_errors):
    first = ("2025-03-05", "Brennick Appliances said on Tuesday it would close its Dunmarsh factory by September.")
    second = (
        "2025-03-12",
        "Brennick Appliances, which said on March 4 that it would close its Dunmarsh factory by September, blamed energy costs.",
    )
    assert dated_errors(first, second) == []
