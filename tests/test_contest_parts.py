"""The parts of a contest on their own days (data/act_rounds.csv): a queen stage and the final stage, a tie's
first leg and its second, a tournament's final round, are other parts of one contest and are never one
another's day; the same part on two days is."""

from __future__ import annotations

import pytest

from tests.test_event_days import _dates
from tests.test_time_frames import rows

OTHER_PARTS = [
    (
        ("2026-05-21", "Lena Ortiz won the queen stage of the Tour of Vasco on Thursday, attacking on the final climb."),
        ("2026-05-24", "Lena Ortiz won the Tour of Vasco after surviving a nervous final stage into Berro on Sunday."),
    ),
    (
        ("2026-04-08", "Corran United beat Malden 2-0 in the first leg of the semi-final on Tuesday."),
        ("2026-04-16", "Corran United reached the final after the second leg of the semi-final against Malden on "
                       "Wednesday."),
    ),
    (
        ("2026-09-03", "Team Halvik won the opening stage of the Coastal Rally on Monday."),
        ("2026-09-07", "Team Halvik clinched the Coastal Rally in the last stage on Friday."),
    ),
]


@pytest.mark.parametrize(("first", "second"), OTHER_PARTS)
def test_two_parts_of_a_contest_keep_their_own_days(tmp_path, first, second):
    assert _dates(rows(tmp_path, {"a": first, "b": second})) == set()


ONE_PART = [
    (
        ("2026-05-21", "Lena Ortiz won the queen stage of the Tour of Vasco on Thursday."),
        ("2026-05-24", "Lena Ortiz, who won the queen stage of the Tour of Vasco on Wednesday, took the title."),
        ("Thursday", "Wednesday"),
    ),
    (
        ("2026-06-14", "Arun Mehta won the final round of the Selby Open on Sunday to take the title."),
        ("2026-06-17", "Arun Mehta won the last round of the Selby Open on Saturday to take the title."),
        ("Sunday", "Saturday"),
    ),
]


@pytest.mark.parametrize(("first", "second", "texts"), ONE_PART)
def test_one_part_on_two_days_conflicts(tmp_path, first, second, texts):
    assert _dates(rows(tmp_path, {"a": first, "b": second})) == {texts}
