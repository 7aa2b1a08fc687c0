"""A weekend said as a bound ("by the weekend", "until the weekend") reads as a time open at one end: a date
compared with it is never moved a week either way (checking such reports failed once), and a bound is no day
something happened on."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "said",
    [
        "Forecasters said thunderstorms were likely to break the heat in Kessa by the weekend.",
        "The red warning for Kessa stays in force until the weekend, forecasters said.",
        "Forecasters said the heat in Kessa had lasted since the weekend.",
        "The warning stays in force, with thunderstorms likely to break the heat in Kessa by the weekend.",
    ],
)
def test_a_weekend_open_at_one_end_is_read_without_failing(dated_errors, said):
    other = ("2025-07-20", "Thunderstorms broke the heat in Kessa on Saturday 19 July, forecasters said.")
    assert dated_errors(("2025-07-17", said), other, kind="date-conflict") == []
