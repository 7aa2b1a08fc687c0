"""Date forms of news copy, each with several phrasings: counted windows, ..."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.parse import dates

D = dt.date
THURSDAY = D(2024, 10, 17)


def only_date(text: str, published: dt.date | None = THURSDAY):
    found = dates.find(text, published)
    assert len(found) == 1, [(m.text, m.date, m.date_end) for m in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "span", "first", "last"),
    [
        # ahead: whole units, from the first day of the next one
        ("Rates will stay high over the next three months, the bank said.", "next three months", D(2024, 11, 1),
         D(2025, 1, 31)),
        ("Sales are expected to double in the next 2 years.", "next 2 years", D(2025, 1, 1), D(2026, 12, 31)),
        ("The coming two quarters will be hard for exporters.", "coming two quarters", D(2025, 1, 1),
         D(2025, 6, 30)),
        ("Talks continue in the next two weeks.", "next two weeks", D(2024, 10, 21), D(2024, 11, 3)),
        # back: from the start of the unit that far back, up to publication
        ("Prices have risen 9% over the past three years.", "past three years", D(2021, 1, 1), THURSDAY),
        ("In the last six months the fund lost a quarter of its value.", "last six months", D(2024, 4, 1),
         THURSDAY),
        ("Arrivals fell during the past two weeks.", "past two weeks", D(2024, 9, 30), THURSDAY),
        # days are whole units already; decades ahead are counted from publication
        ("Storms are forecast for the next two days.", "next two days", D(2024, 10, 18), D(2024, 10, 19)),
        ("Police made 40 arrests in the past 10 days.", "past 10 days", D(2024, 10, 7), THURSDAY),
        ("Demand will grow over the next two decades.", "next two decades", D(2024, 10, 18), D(2044, 10, 17)),
    ],
)
def test_counted_windows(text, span, first, last):
    found = only_date(text)
    assert (found.text, found.date, found.date_end) == (span, first, last)


def test_counted_windows_in_an_undated_document_stay_unresolved():
    found = only_date("Rates will stay high over the next three months.", None)
    assert (found.text, found.date) == ("next three months", None)
