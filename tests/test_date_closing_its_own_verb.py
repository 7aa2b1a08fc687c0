"""A date that closes a phrase of its own verb ("the 40.7C recorded at Saltby Fen on 22 July capped weeks of
drought", "rescuers who arrived on Tuesday found two survivors") is that verb's day: the verb after it is the
sentence's next act, not this day's. A date written before its verb with none of its own ("the opposition on
Thursday attacked the budget") is still the day of the verb after it."""

from __future__ import annotations

import consistency
from consistency.align.times import dated_act
from consistency.model import Sentence


def _act_after(text: str, date_text: str) -> str | None:
    m = next(x for x in consistency.mentions(text) if x.kind == "date" and x.text == date_text)
    found = dated_act(Sentence(start=0, end=len(text), text=text), m)
    return found["act"] if found else None


def test_a_date_after_its_own_verb_dates_that_verb():
    assert _act_after("The 40.7C recorded at Saltby Fen on 22 July capped weeks of drought.", "22 July") is None


def test_a_date_before_its_verb_dates_the_verb_after_it():
    assert _act_after("The opposition on Thursday attacked the budget.", "Thursday") == "attacked"


def test_one_record_dated_apart_conflicts(date_rows):
    assert date_rows(
        ("2026-07-21", "Britain recorded its highest temperature on Tuesday, when thermometers at Saltby Fen reached "
                       "40.7C, the Met Office said."),
        ("2026-07-24", "Farmers fear a poor harvest after the 40.7C recorded at Saltby Fen on 22 July capped weeks of "
                       "drought."),
    )
