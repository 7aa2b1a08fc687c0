"""A date told as the time a plan made before set for an act ("the line was originally due to open in June 2024",
"the trial was supposed to start in January") is the plan's date, which the act may have missed: it is compared
with another plan's date, not with the day an act of the story took place."""

from __future__ import annotations

import pytest

from tests.test_time_frames import rows


def _dates(found: set) -> set[tuple[str, ...]]:
    return {texts for kind, texts in found if kind == "date-conflict"}


MISSED_PLANS = [
    # transport: a line's planned opening against an earlier line's
    (
        ("2026-04-12", "The city of Pravec opened its second metro line on Sunday. Work began in May 2020 and the "
                       "line was originally due to open in June 2024, but tunnelling was slowed by flooding."),
        ("2026-04-17", "Rents within 400 metres of Pravec's first metro line, opened in 1999, rose 11% faster than "
                       "the city average over the following decade."),
    ),
    # sport: a stadium's planned completion against its predecessor's
    (
        ("2026-08-03", "The new Kessler Arena in Dornfeld was scheduled to be finished in March 2025, the club said, "
                       "but steel shortages held up the roof."),
        ("2026-08-05", "Dornfeld's old ground, the Kessler Arena's predecessor, was finished in 1961 and held "
                       "22,000 fans."),
    ),
    # courts: a trial's planned start against the day the defendant started a job
    (
        ("2026-09-10", "The fraud trial of former Ostmark Bank chief Lena Graf was supposed to start in January, "
                       "her lawyers said."),
        ("2026-09-12", "Lena Graf, the former Ostmark Bank chief, started at the bank in 2004."),
    ),
    # business: a merger's planned closing against an acquisition's
    (
        ("2026-05-20", "Halvard Foods said its merger with Orsk Dairies had originally been slated for completion "
                       "in March 2026."),
        ("2026-05-22", "Halvard Foods completed its purchase of Brenner Mills in 2018."),
    ),
]


@pytest.mark.parametrize(("first", "second"), MISSED_PLANS)
def test_a_plans_date_is_not_the_day_of_an_act(tmp_path, first, second):
    assert _dates(rows(tmp_path, {"a": first, "b": second})) == set()


PLAN_AGAINST_PLAN = [
    (
        ("2026-04-12", "The city of Pravec opened its second metro line on Sunday. The line was originally due to "
                       "open in June 2024."),
        ("2026-04-14", "Pravec's second metro line was originally due to open in December 2022."),
        ("June 2024", "December 2022"),
    ),
    (
        ("2026-09-10", "The fraud trial of Lena Graf was scheduled to start in January, her lawyers said."),
        ("2026-09-12", "The fraud trial of Lena Graf was scheduled to start in March, her lawyers said."),
        ("January", "March"),
    ),
]


@pytest.mark.parametrize(("first", "second", "texts"), PLAN_AGAINST_PLAN)
def test_two_plans_dates_for_one_act_still_conflict(tmp_path, first, second, texts):
    assert texts in _dates(rows(tmp_path, {"a": first, "b": second}))


def test_an_acts_own_dates_still_conflict(tmp_path):
    first = ("2026-04-12", "Pravec's first metro line opened in 1999.")
    second = ("2026-04-14", "Pravec's first metro line opened in 1997.")
    assert ("1999", "1997") in _dates(rows(tmp_path, {"a": first, "b": second}))
