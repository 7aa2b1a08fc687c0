"""A date that closes a clause of "after" or "before" with a verb of its own ("the recall now covers five batches,
after two were added on Thursday") dates that clause's act, not the sentence's event: the day two batches were added
is no day of the recall."""

from __future__ import annotations


def test_the_day_of_an_after_clause_is_its_own_acts(headlined_errors):
    first = ("2026-04-16", "Orvell recalls heart drug",
             "Orvell Pharmaceuticals had already recalled three batches of Cardalin on Tuesday.")
    later = ("2026-04-18", "Cardalin recall widened",
             "The recall now covers five batches, after two were added on Thursday.")
    assert headlined_errors(first, later, kind="date-conflict") == []


def test_a_day_after_the_event_itself_is_still_the_events(headlined_errors):
    first = ("2026-04-16", "Orvell recalls heart drug",
             "Orvell Pharmaceuticals recalled three batches of Cardalin on Tuesday, the regulator said.")
    later = ("2026-04-18", "Cardalin recall",
             "Orvell Pharmaceuticals recalled three batches of Cardalin on Monday, the regulator said.")
    assert headlined_errors(first, later, kind="date-conflict") != []
