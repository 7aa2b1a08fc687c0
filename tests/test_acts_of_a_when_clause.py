"""A date that closes a clause of "when" dates the act its verb tells ("he had been speeding when police stopped
him on 11 February"), and one that closes an infinitive its verb's act ("allowing the harbour to reopen on
Monday"), not the event of the sentence around it: a hearing on 4 March is another day of the story. The same act
on two days still conflicts."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.align.times import clause_act
from consistency.model import Sentence
from consistency.parse import mentions


def test_a_when_clauses_act_is_not_the_hearings(dated_errors):
    hearing = ("2025-03-05", "The Kessa driver Paul Orrin had admitted dangerous driving at a hearing on 4 March, when "
                             "the case was adjourned.")
    stop = ("2025-03-20", "Paul Orrin was banned from driving for two years after admitting he had been speeding "
                          "when police stopped him on 11 February.")
    assert dated_errors(hearing, stop, kind="date-conflict") == []


def test_one_stop_on_two_days_still_conflicts(dated_errors):
    first = ("2025-03-20", "Paul Orrin was banned from driving for two years after admitting he had been speeding "
                           "when police stopped him on 11 February.")
    second = ("2025-03-21", "Paul Orrin, who was banned on Wednesday, had been speeding when police stopped him on "
                            "14 February.")
    assert dated_errors(first, second, kind="date-conflict") == [("11 February", "14 February")]



@pytest.mark.parametrize(
    ("text", "date", "act"),
    [
        ("He admitted he had been speeding when police stopped him on 11 February.", "11 February", "stopped"),
        ("The alarm was raised when a guard found the door open on Sunday.", "Sunday", "found"),
        ("The quake struck when most people were asleep on Friday.", "Friday", None),  # a state, no act
        ("The ferry was refloated, allowing the harbour to reopen on Monday.", "Monday", "reopen"),
        ("Storms forced the airport to close on Friday.", "Friday", "close"),
        ("The match was called off due to snow on Saturday.", "Saturday", None),  # a cause, no act
    ],
)
def test_clause_act_reads_the_verb_of_a_when_clause(text, date, act):
    (m,) = [m for m in mentions(text, dt.date(2025, 3, 20)) if m.text == date]
    assert clause_act(Sentence(0, len(text), text), m) == act


def test_an_infinitives_act_is_not_the_grounding(dated_errors):
    grounded = ("2025-09-05", "The ferry Orla ran aground off Tarvo harbour last Thursday with 140 passengers aboard.")
    reopened = ("2025-09-09", "The ferry Orla that ran aground off Tarvo harbour last Thursday was refloated on "
                              "Sunday evening's high tide, allowing Tarvo harbour to reopen on Monday morning.")
    assert dated_errors(grounded, reopened, kind="date-conflict") == []
