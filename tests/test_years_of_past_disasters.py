"""A year after the noun of a disaster and "of" ("the slide of 2011", "the blast of 2019", "the derailment of
1998") is that disaster's year (data/date_words.csv "year_of_cue"): its toll is another event's, not this one's."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.parse import mentions


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Older residents remember the slide of 2011, which killed three people.", 2011),
        ("The blast of 2019 destroyed the same warehouse.", 2019),
        ("The derailment of 1998 happened on the same curve.", 1998),
    ],
)
def test_a_disasters_year_after_its_noun(text, year):
    found = [m for m in mentions(text, dt.date(2026, 10, 14)) if m.kind == "date"]
    assert [(m.date.year, m.grain) for m in found] == [(year, "year")]


def test_a_past_disasters_toll_is_no_second_toll_of_this_one(error_kinds):
    text = ("Orrin Alto: six dead and 11 missing after landslide. Older residents remember the slide of 2011, which "
            "killed three people on the same slope.")
    assert "internal-conflict" not in error_kinds(text, "Unrelated copy about the weather in Kessa on Monday.")
