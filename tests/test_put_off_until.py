"""A weekday a thing was put off until ("adjourned sentencing until Friday") is a day still to come when it was
put off, however past the verb: the next such day after the report, not the last one before it."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # courts: a sentencing put off to the Friday of the same week (10 February 2026 is a Tuesday)
        (("2026-02-10", "Judge Ruth Mayne adjourned sentencing until Friday and warned Okafor he faced prison."),
         ("2026-02-13", "Sentencing Okafor at Harwick Crown Court on Friday, Judge Ruth Mayne said he had lied.")),
        # politics: a vote postponed to the Thursday after
        (("2026-02-10", "The Harwick council vote on the bypass was postponed until Thursday because of snow."),
         ("2026-02-13", "Harwick councillors approved the bypass on Thursday by 31 votes to 12.")),
        # sport: a match put back to the Sunday after
        (("2026-02-10", "The Kell derby was put back until Sunday after the pitch froze."),
         ("2026-02-16", "Kell United won the derby on Sunday, three days later than planned.")),
    ],
)
def test_the_day_put_off_until_is_the_next_one(date_rows, first, second):
    assert date_rows(first, second) == []


def test_a_day_put_off_until_still_conflicts_with_another_day(date_rows):
    assert date_rows(
        ("2026-02-10", "Judge Ruth Mayne adjourned sentencing until Friday and warned Okafor he faced prison."),
        ("2026-02-13", "Judge Ruth Mayne will sentence Okafor at Harwick Crown Court on Thursday."),
    )
