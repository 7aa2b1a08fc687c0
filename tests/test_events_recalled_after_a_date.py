"""An event told after a date in a phrase about another thing ("made contact on Wednesday with the miners trapped
by the collapse", "the search resumed on Monday for two climbers missing since the avalanche") is recalled, not
dated: the date is the day of its clause's own act, and never a day of the collapse or the avalanche."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.align.frames import event_word
from consistency.model import Sentence
from consistency.parse import mentions
from tests.test_event_days import _dates
from tests.test_time_frames import rows


def _event(text: str, date: str) -> str | None:
    (m,) = [m for m in mentions(text, dt.date(2026, 3, 13)) if m.text == date]
    return event_word(Sentence(0, len(text), text), m)


@pytest.mark.parametrize(("text", "date"), [
    ("Rescuers made contact on Wednesday with the nine miners trapped by the collapse at the Orla pit.", "Wednesday"),
    ("The search resumed on Monday for two climbers missing since the avalanche.", "Monday"),
    ("Divers went back on Tuesday to the wreck of the ferry lost in the sinking.", "Tuesday"),
])
def test_an_event_in_a_phrase_after_a_date_is_not_its_event(text, date):
    assert _event(text, date) is None


@pytest.mark.parametrize(("text", "date", "event"), [
    ("The senate on Tuesday approved the bill.", "Tuesday", "approval"),
    ("Police on Monday arrested two men over the robbery.", "Monday", "arrest"),
    ("Late on Friday, an avalanche swept over the climbers' camp.", "Friday", "avalanche"),
])
def test_the_act_of_its_own_clause_after_a_date_still_dates(text, date, event):
    assert _event(text, date) == event


def test_the_day_contact_was_made_is_not_the_day_of_the_collapse(tmp_path):
    contact = ("2026-03-11", "Rescuers made contact on Wednesday with all nine miners trapped by the collapse at the "
                             "Orla copper pit, the operator said.")
    collapse = ("2026-03-10", "The main tunnel at the Orla copper pit collapsed on Monday, trapping nine miners, the "
                              "operator said.")
    assert _dates(rows(tmp_path, {"a": contact, "b": collapse})) == set()
