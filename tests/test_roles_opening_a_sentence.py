"""A role of a story's event opening a sentence before a name ("Administrators Kestner Vale said", "Developer
Tidewater Homes said") is the role, not a word of the name: the name is read without it, and the role it holds is
read as "administrators Kestner Vale" would be."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.parse import mentions


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Administrators Kestner Vale, appointed by the court on Wednesday, put the debts at 412 million euros.",
         "Kestner Vale"),
        ("Liquidators Harcourt Lane said the firm owed £3 million.", "Harcourt Lane"),
        ("Developer Tidewater Homes said the plan was dead.", "Tidewater Homes"),
    ],
)
def test_a_role_opening_a_sentence_is_no_part_of_the_name(text, name):
    names = [m.text for m in mentions(text, dt.date(2026, 3, 15)) if m.kind == "entity"]
    assert name in names


def test_a_title_opening_a_sentence_still_reads_the_person():
    names = [m.text for m in mentions("Judge Helen Marsh adjourned the case.", dt.date(2026, 3, 15)) if m.kind == "entity"]
    assert names == ["Helen Marsh"]


def test_two_administrators_named_for_one_failed_firm_conflict(dated_errors):
    found = dated_errors(
        ("2026-03-11", "SkyLenta collapsed on Monday. The court appointed Holbrook Radley as administrator of the "
                       "airline on Wednesday."),
        ("2026-03-12", "SkyLenta collapsed on Monday. Administrators Holbrook Radley said no flights would resume."),
        ("2026-03-15", "SkyLenta collapsed on Monday. Administrators Kestner Vale, appointed by the court on "
                       "Wednesday, put the airline's debts at 412 million euros."),
        kind="entity-conflict",
    )
    assert any(set(row) == {"Kestner Vale", "Holbrook Radley"} for row in found)
