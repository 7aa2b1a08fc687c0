"""A count told over a stretch ahead of it ("Three records in two days", "40 goals in six weeks") says how long the
count took, no day ahead of the report; with no count before it ("Talks resume in two weeks", "a decision in two
weeks") the stretch still dates a day ahead."""

from __future__ import annotations

import datetime as dt

import pytest

import consistency

PUBLISHED = dt.date(2026, 7, 23)


@pytest.mark.parametrize("text", [
    "Three records in two days: what the heatwave tells us",
    "Forty goals in six weeks: how the striker found his form",
])
def test_a_count_over_a_stretch_is_no_date(text):
    assert not [m.text for m in consistency.mentions(text, PUBLISHED) if m.kind == "date"]


@pytest.mark.parametrize(("text", "day"), [
    ("Talks resume in two weeks.", dt.date(2026, 8, 6)),
    ("A decision is expected in two weeks.", dt.date(2026, 8, 6)),
])
def test_a_stretch_ahead_with_no_count_is_a_day(text, day):
    assert [m.date for m in consistency.mentions(text, PUBLISHED) if m.kind == "date"] == [day]
