"""The days listed for one event ("schools will close on Tuesday and Wednesday") are all its days: another report that
gives one of them alone ("the strike continues on Wednesday") agrees; a day not among them disagrees."""

from __future__ import annotations

from tests.test_event_days import _dates
from tests.test_time_frames import rows


def test_one_of_the_listed_days_given_alone_agrees(tmp_path):
    found = rows(tmp_path, {
        "a": ("2026-06-01", "Most schools in Tarrow will close on Tuesday and Wednesday as teachers strike over pay."),
        "b": ("2026-06-02", "The teachers' strike over pay in Tarrow continues on Wednesday."),
        "c": ("2026-06-05", "The teachers' strike over pay on Tuesday and Wednesday closed most schools in Tarrow."),
    })
    assert _dates(found) == set()


def test_a_day_not_listed_disagrees(tmp_path):
    found = rows(tmp_path, {
        "a": ("2026-06-01", "Teachers in Tarrow will strike over pay on Tuesday and Wednesday, closing most schools."),
        "b": ("2026-06-01", "Teachers in Tarrow will strike over pay on Thursday, closing most schools."),
    })
    assert {days[1] for days in _dates(found)} == {"Thursday"}
