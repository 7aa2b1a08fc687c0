"""Leaving a post is an act, told in several words ("resigned", "quit", "her resignation"; data/act_verbs.csv):
its day is compared as one act's. An act named only after "to" ("faced calls to resign on Monday", "refused to
resign") is called for, planned or refused, not done that day. A role after "as" ("her resignation as transport
minister on 12 November") is no clause of its own: the date stays the resignation's. An ordinal after a weekday
that goes on to a noun ("on Tuesday, the second cabinet resignation this year") counts the act, no day."""

from __future__ import annotations

import datetime as dt

import pytest

import consistency

RESIGNED = ("2025-11-14", "Transport minister Petra Lund resigned on Thursday over her expenses claims.")


@pytest.mark.parametrize(
    "first",
    [
        ("2025-11-10", "Transport minister Petra Lund faced calls to resign on Monday after a newspaper reported her expenses claims."),
        ("2025-11-14", "Transport minister Petra Lund refused to resign on Monday despite the row over her expenses."),
    ],
)
def test_an_act_called_for_or_refused_is_not_done_that_day(dated_errors, first):
    assert dated_errors(first, RESIGNED) == []


def test_one_resignation_in_other_words_on_two_days_conflicts(dated_errors):
    first = ("2025-11-14", "Transport minister Petra Lund quit on Wednesday over her expenses claims.")
    assert dated_errors(first, RESIGNED) == [("Wednesday", "Thursday")]


def test_a_role_after_as_leaves_the_date_to_the_resignation(dated_errors):
    first = ("2025-11-21", "Petra Lund's resignation as transport minister on 12 November is reshaping the debate over expenses.")
    assert dated_errors(first, ("2025-11-21", "The debate over expenses began on 14 November.")) == []


def test_an_ordinal_before_a_noun_after_a_weekday_is_no_day():
    text = "Finance minister Tomas Brenner stepped down on Tuesday, the second cabinet resignation this year."
    dates = [m for m in consistency.mentions(text, published=dt.date(2025, 11, 4)) if m.kind == "date"]
    assert [(m.text, m.date) for m in dates][0] == ("Tuesday", dt.date(2025, 11, 4))
