"""A day's event named by its weekday in the possessive ("Friday's time trial") in a sentence that speaks of what
is to come and tells nothing done ("Thursday's third stage will run from Llangollen to Aberystwyth, before Friday's
individual time trial"; "organisers said Saturday's concert will go ahead") is the coming one, not the last."""

from __future__ import annotations

import datetime as dt

from consistency.parse import dates

WEDNESDAY = dt.date(2026, 8, 5)


def _days(text: str) -> dict[str, dt.date | None]:
    return {m.text: m.date for m in dates.find(text, WEDNESDAY)}


def test_stages_told_in_the_present_are_this_weeks():
    found = _days("Thursday's third stage will run from Llangollen to Aberystwyth, before Friday's individual time trial.")
    assert found == {"Thursday's": dt.date(2026, 8, 6), "Friday's": dt.date(2026, 8, 7)}


def test_a_concert_said_to_go_ahead_is_to_come():
    assert _days("Organisers said Saturday's concert will go ahead.") == {"Saturday's": dt.date(2026, 8, 8)}


def test_a_concert_told_as_done_is_the_last_one():
    assert _days("Fans who attended Saturday's concert will get refunds.") == {"Saturday's": dt.date(2026, 8, 1)}
    assert _days("Saturday's concert was cancelled, organisers said.") == {"Saturday's": dt.date(2026, 8, 1)}


def test_the_time_trial_told_the_day_before_and_on_the_day_agrees(dated_errors):
    assert not dated_errors(
        ("2026-08-05", "Thursday's third stage will run from Llangollen to Aberystwyth, before Friday's individual time "
                       "trial."),
        ("2026-08-07", "Owain Prydderch will start today's 28km time trial in Aberystwyth wearing the red jersey."),
        kind="date-conflict",
    )
