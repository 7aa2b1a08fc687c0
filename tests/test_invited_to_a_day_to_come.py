"""An invitation that stands ("residents have been invited to a meeting on Friday"; date_words.csv "future") is to a
thing still to come: its weekday is the next such day after the report, not the last one before it, however long
the clause between the two."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # 11 June 2025 is a Wednesday: the meeting is on Friday 13 June
        (("2025-06-11", "Residents have been invited to a meeting at Harlow village hall on Friday evening."),
         ("2025-06-16", "At a tense meeting in Harlow village hall on Friday, residents asked why the escape went unnoticed.")),
        # the word of the future far before its day, in one long clause
        (("2025-06-11", "Residents have been invited to a public meeting with prison managers at Harlow village hall "
                        "on Friday evening."),
         ("2025-06-16", "At a tense public meeting in Harlow village hall on Friday, residents asked why the escape "
                        "went unnoticed.")),
        (("2025-06-11", "The mayor is invited to the opening of the Kell bridge on Saturday."),
         ("2025-06-16", "The mayor cut the ribbon at the opening of the Kell bridge on 14 June.")),
    ],
)
def test_a_day_one_is_invited_to_is_still_to_come(date_rows, first, second):
    assert date_rows(first, second) == []


def test_a_day_one_was_invited_to_is_past(date_rows):
    # told in the past, the invitation was to a day before the report, and another day conflicts
    assert date_rows(
        ("2025-06-11", "Residents were invited to a meeting at Harlow village hall on Friday evening."),
        ("2025-06-16", "At a tense meeting in Harlow village hall on 13 June, residents asked why the escape went unnoticed."),
    )
