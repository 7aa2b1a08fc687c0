"""A passive act's subject is what the act was done to: "Ferry services were suspended on Sunday" and "Two port
officials were suspended on Wednesday" are two suspensions, of two things, one brought in as new; the same things
suspended on two days are one act dated twice."""

from __future__ import annotations

STORY = ("The ferry Sinar Barokah capsized on Lake Tondano on Saturday. The port of Tanjung Rembo has been under "
         "pressure since the sinking.")
SERVICES = ("2026-03-16", f"{STORY} Ferry services across the lake were suspended on Sunday.")


def test_two_things_suspended_are_two_acts(dated_errors):
    officials = ("2026-03-20", f"{STORY} Two port officials were suspended on Wednesday.")
    assert dated_errors(SERVICES, officials, kind="date-conflict") == []


def test_one_thing_suspended_on_two_days_is_one_act_dated_twice(dated_errors):
    again = ("2026-03-20", f"{STORY} Ferry services across the lake were suspended on Monday.")
    assert ("Sunday", "Monday") in dated_errors(SERVICES, again, kind="date-conflict") or (
        "Monday", "Sunday") in dated_errors(SERVICES, again, kind="date-conflict")
