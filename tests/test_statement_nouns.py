"""A date right after a noun of saying ("in a statement on Thursday", "said in an interview on Monday", "at a news
conference late on Tuesday") says when something was said, as "said on Thursday" does: never the day of an act the
story tells of."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.align.times import is_statement_date
from consistency.model import Sentence
from consistency.parse import mentions
from tests.test_event_days import _dates
from tests.test_time_frames import rows


@pytest.mark.parametrize(("text", "date", "statement"), [
    ("In a statement on Thursday, Tarrow Steel said it would study the offer.", "Thursday", True),
    ("Tarrow Steel said in a statement on Thursday that it would study the offer.", "Thursday", True),
    ("Speaking at a news conference late on Monday, the mayor said 40 homes were lost.", "Monday", True),
    ("The minister resigned on Thursday.", "Thursday", False),
    ("At a meeting on Thursday, the council approved the plan.", "Thursday", False),
])
def test_a_date_after_a_noun_of_saying_is_a_statements(text, date, statement):
    (m,) = [m for m in mentions(text, dt.date(2026, 3, 19)) if m.text == date]
    assert is_statement_date(Sentence(0, len(text), text), m) is statement


def test_the_day_of_a_statement_is_not_the_day_of_the_announcement(tmp_path):
    announced = ("2026-03-18", "Tarrow Steel announced the closure of its two blast furnaces on 17 March.")
    statement = ("2026-03-19", "In a statement on Thursday, Tarrow Steel said it would study the government's offer "
                               "but that the closure of the furnaces announced this week would go ahead.")
    assert _dates(rows(tmp_path, {"a": announced, "b": statement})) == set()
