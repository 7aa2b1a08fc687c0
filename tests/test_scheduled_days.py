"""A weekday a thing is scheduled for, told in the present ("the ban starts on Friday", "takes effect on Friday"),
is the coming one, as "will start on Friday" is; so is one told after a time of day written with a colon ("would
take effect at 00:01 on Friday": the colon of the time ends no clause), and one a thing must, has to or needs to be
done on ("must now win Friday's game"); "must have" looks back ("must have left on Friday")."""

from __future__ import annotations

import pytest

import consistency


def _days(text: str, published: str = "2026-07-14") -> list[str]:
    import datetime as dt

    return [str(m.date) for m in consistency.mentions(text, dt.date.fromisoformat(published)) if m.kind == "date"]


@pytest.mark.parametrize("text", [
    "The hosepipe ban, covering three counties, starts on Friday.",
    "The new timetable takes effect on Friday.",
    "The curfew comes into force on Friday, the council said.",
    "The fares approved by the board take effect on Friday.",
    "The rules, drawn up after the floods, apply from Friday.",
    "Unconditional dealings in the shares begin on Friday.",
    "Southdown Water said the ban would take effect at 00:01 on Friday.",
    "The funeral takes place on Friday at St Mary's church.",
    "The sentencing hearing is set for Friday.",
])
def test_a_day_scheduled_in_the_present_is_the_coming_one(text):
    assert _days(text) == ["2026-07-17"]  # published on Tuesday 14 July


def test_a_day_told_in_the_past_is_the_last_one():
    assert _days("The hosepipe ban started on Friday.") == ["2026-07-10"]


def test_one_start_told_in_the_present_and_by_its_date_agrees(date_rows):
    assert date_rows(
        ("2026-07-14", "The hosepipe ban, covering three counties, starts on Friday."),
        ("2026-07-17", "The hosepipe ban covering three counties came into force today."),
    ) == []


# ---- a rule "applies from", is "in force from", "effective from" a day: the day it begins to bind -------------

@pytest.mark.parametrize("second", [
    "The new parking charges set by Harwick council apply from 1 October.",
    "Under the scheme, in force from 1 October, drivers pay by the hour.",
    "The charges, effective from 1 October, will be reviewed next year.",
])
def test_a_rule_that_applies_from_another_day_disagrees(date_rows, second):
    first = ("2026-06-02", "The parking charges approved by Harwick council take effect on 1 September.")
    assert len(date_rows(first, ("2026-06-03", second))) == 1


def test_a_rule_that_applies_from_the_same_day_agrees(date_rows):
    assert date_rows(
        ("2026-06-02", "The parking charges approved by Harwick council take effect on 1 September."),
        ("2026-06-03", "The new parking charges set by Harwick council apply from 1 September."),
    ) == []


@pytest.mark.parametrize("text", [
    "The defending champion must now win Friday's final game to force a tiebreak.",
    "The club has to pay the fee on Friday or lose its licence.",
    "Contractors need to finish the repairs on Friday before the bridge can reopen.",
])
def test_a_day_something_must_be_done_on_is_the_coming_one(text):
    assert _days(text, "2026-05-21") == ["2026-05-22"]  # published on Thursday 21 May


def test_must_have_looks_back():
    assert _days("Investigators said the men must have left the harbour on Friday.", "2026-05-21") == ["2026-05-15"]
