""""last" after "to" or a modal is a verb ("the trial is expected to last four weeks": a length of time, no period
before the report), and two years of a thing done every year ("the annual regatta in 2023", "last year's regatta")
are two editions of it, not two dates for one."""

from __future__ import annotations

import datetime as dt

import pytest

import consistency


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("The inquiry is expected to last four weeks.", False),
        ("The stoppage will last three days, the union said.", False),
        ("Prices have risen in the last four weeks.", True),
    ],
)
def test_last_after_to_or_a_modal_is_a_verb(text, dated):
    found = [m for m in consistency.mentions(text, dt.date(2025, 3, 3)) if m.kind == "date"]
    assert bool(found) == dated


def test_two_years_of_an_annual_event_are_two_editions(date_rows):
    found = date_rows(
        ("2025-07-08", "At the annual Brenmouth regatta in 2023, 212 boats took part."),
        ("2025-07-18", "At last year's Brenmouth regatta, 240 boats took part."),
    )
    assert not found


def test_two_years_for_one_edition_still_conflict(date_rows):
    found = date_rows(
        ("2025-07-08", "The Brenmouth regatta was first held in 1923, when 12 boats took part."),
        ("2025-07-18", "The Brenmouth regatta was first held in 1932, when 12 boats took part."),
    )
    assert found
