"""A stretch of time told in two units without "and" ("completing the crossing in 19 hours 24 minutes") is how long
the act took, one figure, as it is with "and"; no day 19 hours after the report. The length of an act finished in
it ("completed the crossing of the Varra Channel in") is that act's, whatever day each report tells it."""

from __future__ import annotations

import datetime as dt

import consistency


def test_a_stretch_in_two_units_is_one_figure():  # the past verb lies too far back to tell the clause's tense
    text = (
        "A retired teacher from Galway has set a new record for swimming the Kessen Sound, a cold and tidal stretch of"
        " water off the north coast of the island, completing the crossing in 19 hours 24 minutes, organisers said on"
        " Tuesday."
    )
    found = [(m.kind, m.text) for m in consistency.mentions(text, dt.date(2026, 8, 11)) if m.kind != "entity"]
    assert found == [("quantity", "19 hours 24 minutes"), ("date", "Tuesday")]


def test_a_day_ahead_is_still_a_day():
    assert [m.kind for m in consistency.mentions("The talks will resume in two weeks, officials said.")] == ["date"]


def test_two_times_of_one_crossing_disagree(dated_errors):
    assert dated_errors(
        ("2026-08-10", "Aine Ruddy completed the crossing of the Varra Channel in 19 hours and 42 minutes."),
        ("2026-08-11", "Aine Ruddy set a record for the Varra Channel, completing the crossing in 19 hours 24 minutes."),
        kind="value-conflict",
    )
