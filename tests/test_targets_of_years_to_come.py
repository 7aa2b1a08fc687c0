"""A figure given for a stretch of years still to come ("will save 2.8 billion euros a year by the middle of the next
decade") is a target dated by when it is to be met: no sum of the years up to its report, so it is compared with
another report's target for those years."""

from __future__ import annotations

BY_2035 = ("2026-10-15", "The finance ministry estimates the pension reform will save the state €2.3 billion a year "
                         "by 2035.")


def test_a_target_for_the_next_decade_is_compared_with_one_for_a_year_of_it(dated_errors):
    assert dated_errors(
        ("2026-10-16", "The government says the pension reform will save the state €2.8 billion a year by the "
                       "middle of the next decade."),
        BY_2035,
        kind="value-conflict",
    )


def test_a_target_for_another_decade_is_not(dated_errors):
    assert not dated_errors(
        ("2026-10-16", "The government says the pension reform will save the state €2.8 billion a year by the "
                       "middle of the 2040s."),
        BY_2035,
        kind="value-conflict",
    )


def test_a_sum_over_the_past_decade_is_still_no_target(dated_errors):
    assert not dated_errors(
        ("2026-10-16", "The government says earlier reforms saved the state €12.8 billion over the past decade."),
        BY_2035,
        kind="value-conflict",
    )
