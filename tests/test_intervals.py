"""The one home of overlap, widening and range text (consistency.intervals), and Mention.family."""

from __future__ import annotations

import datetime as dt
import math

import pytest

import consistency
from consistency import mentions
from consistency.intervals import date_range_text, interval_text, overlap, ranges_overlap
from consistency.model import Mention

D = dt.date


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ((84.5, 85.5), (85.5, 86.5), False),  # neighbours never touch: [84.5, 85.5) ends where 86% begins
        ((84.5, 85.5), (85.0, 86.0), True),
        ((5.0, math.inf), (4.5, 5.5), True),  # "more than 5" and "5"
        ((0.0, 5.0), (5.0, 6.0), False),
        ((60.0, 60.0), (54.0, 60.0), True),  # a point stands for its value
        ((60.0, 60.0), (60.5, 61.5), False),
    ],
)
def test_overlap(a, b, expected):
    assert overlap(*a, *b) is expected
    assert overlap(*b, *a) is expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ((D(2025, 2, 24), D(2025, 2, 24)), (D(2025, 2, 24), D(2025, 3, 2)), True),
        ((D(2025, 2, 1), D(2025, 2, 28)), (D(2025, 3, 1), D(2025, 3, 31)), False),
        ((D(2025, 2, 28), D(2025, 3, 1)), (D(2025, 3, 1), D(2025, 3, 1)), True),  # day ranges are closed
    ],
)
def test_ranges_overlap(a, b, expected):
    assert ranges_overlap(a, b) is expected
    assert ranges_overlap(b, a) is expected


def test_range_and_interval_text():
    assert date_range_text(D(2025, 2, 24), D(2025, 2, 24)) == "2025-02-24"
    assert date_range_text(D(2025, 2, 24), D(2025, 3, 2)) == "2025-02-24..2025-03-02"
    assert date_range_text(D(2025, 2, 24)) == "2025-02-24"
    assert date_range_text(None) == ""
    # large sums in whole digits, as a spreadsheet shows them, never in exponents
    assert interval_text(2.25e6, 2.35e6) == "[2,250,000, 2,350,000)"
    assert interval_text(2.35e9, 2.45e9) == "[2,350,000,000, 2,450,000,000)"
    assert interval_text(1234566.5, 1234567.5) == "[1,234,566.5, 1,234,567.5)"
    assert interval_text(84.5, 85.5) == "[84.5, 85.5)"
    assert interval_text(270, math.inf) == "[270, inf)"
    assert interval_text(-math.inf, 95) == "[-inf, 95)"


@pytest.mark.parametrize(
    ("text", "kind", "family"),
    [
        ("The deal is worth $15 billion.", "money", "money"),
        ("China refines 85% of the ore.", "percent", "percent"),
        ("The fire burned 72 km of forest.", "quantity", "measure"),
        ("The storm killed 261 people.", "quantity", "count"),  # a count of people
        ("The team won 13 games.", "number", "count"),
    ],
)
def test_family_of_figures(text, kind, family):
    found = [m for m in mentions(text) if m.is_figure]
    assert [(m.kind, m.family) for m in found][:1] == [(kind, family)]


def test_family_of_names():
    office = Mention(kind="entity", text="the Biden administration", start=0, end=24, canonical="Joe Biden", office="US president")
    name = Mention(kind="entity", text="Lake Varna", start=0, end=10, canonical="Lake Varna")
    assert (office.family, name.family) == ("office", "name")


def test_unknown_time_overlaps_every_time():
    assert ranges_overlap(None, (D(2025, 2, 24), D(2025, 2, 24)))
    assert ranges_overlap((D(2025, 2, 24), D(2025, 2, 24)), None)
    assert ranges_overlap(None, None)


def test_undated_sources_that_name_different_office_holders_conflict(tmp_path):
    (tmp_path / "a.txt").write_text("The Biden administration met the offer on rare earths with doubt.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("The Trump administration welcomed the offer on rare earths.\n", encoding="utf-8")
    report = consistency.check([str(tmp_path)])
    found = [d for d in report.discrepancies if d.kind == "entity-conflict"]
    assert [d.summary for d in found] == ["US president: Joe Biden in a, Donald Trump in b"]
    assert "for the same time (undated)" in found[0].explanation
