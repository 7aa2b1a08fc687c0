"""A day a clause of the future says something will have been done by ("expected to have every home reconnected by
Thursday", "will have finished the repairs by Friday") is a day still to come, not the last such weekday: a future
perfect keeps its clause in the future. A counterfactual ("would have met them on Friday") stays in the past."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.parse import mentions
from tests.test_time_frames import rows

WEDNESDAY = dt.date(2026, 5, 20)


def _day(text: str) -> tuple[dt.date | None, dt.date | None]:
    found = [m for m in mentions(text, published=WEDNESDAY) if m.kind == "date"]
    assert len(found) == 1
    return found[0].date, found[0].date_end


@pytest.mark.parametrize(
    ("text", "last_day"),
    [
        # utilities
        ("The utility said it expected to have every home reconnected by Thursday.", dt.date(2026, 5, 21)),
        # building works
        ("The crews will have finished the repairs by Friday, the mayor said.", dt.date(2026, 5, 22)),
        # sport
        ("The club said the stand is due to have been rebuilt by Saturday.", dt.date(2026, 5, 23)),
    ],
)
def test_a_future_perfect_points_to_a_day_to_come(text, last_day):
    assert _day(text)[1] == last_day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("He said he would have met them on Friday had the flight not been cancelled.", dt.date(2026, 5, 15)),
        ("The utility said it had reconnected every home by Monday.", dt.date(2026, 5, 18)),
    ],
)
def test_a_past_or_counterfactual_clause_stays_in_the_past(text, day):
    assert _day(text)[1] == day


def test_a_forecast_by_a_day_is_no_other_day_of_the_act(tmp_path):
    docs = {
        "a": ("2026-05-20", "Varn Energy said its crews had worked through the night and that it expected to have "
                            "every home in Oslen reconnected by Thursday, though some farms could take longer."),
        "b": ("2026-05-22", "Varn Energy said the last 3,100 homes in Oslen, mostly farms, were reconnected at about "
                            "2pm on Thursday."),
    }
    assert not {t for kind, t in rows(tmp_path, docs) if kind == "date-conflict"}


def test_two_days_of_the_act_still_conflict(tmp_path):
    docs = {
        "a": ("2026-05-22", "Varn Energy said the last homes in Oslen were reconnected on Thursday."),
        "b": ("2026-05-23", "Varn Energy said the last homes in Oslen were reconnected on Wednesday."),
    }
    assert ("Thursday", "Wednesday") in {t for kind, t in rows(tmp_path, docs) if kind == "date-conflict"}
