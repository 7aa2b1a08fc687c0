"""A day written without its year in a sentence of what is to come, told in a passive with an adverb ("The board's
next meeting on 5 August will be closely watched"), is the coming one, as "will be watched" would make it; the same
passive in the past ("was widely criticised") keeps the day that has passed. A participle after "whose" ("borrowers
whose fixed rates expire") describes a noun, no act done."""

from __future__ import annotations

import datetime as dt

import pytest

import consistency

PUBLISHED = dt.date(2026, 6, 25)


@pytest.mark.parametrize(("text", "year"), [
    ("The board's next meeting on 5 August will be closely watched by borrowers.", 2026),
    ("The meeting on 5 August will matter to borrowers whose fixed rates expire this year.", 2026),
    ("The final on 5 August is eagerly awaited.", 2026),
    ("The meeting on 5 August was widely criticised.", 2025),
    ("The hearing on 5 August was adjourned.", 2025),
])
def test_the_year_of_a_day_told_in_a_passive(text, year):
    days = [m.date for m in consistency.mentions(text, PUBLISHED) if m.kind == "date" and m.text == "5 August"]
    assert days == [dt.date(year, 8, 5)]
