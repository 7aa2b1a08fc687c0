"""An escape is an act of its own (data/act_verbs.csv: escaped, fled, absconded): the day of the escape is not the
day one of those who escaped was caught, however the arrest's sentence names the escape ("one of the men who
escaped from Harlow prison was arrested on Tuesday"). Two days of one escape, or of one arrest, still conflict."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("2025-06-09", "Two men escaped from Harlow prison in the early hours of Sunday, climbing a fence."),
         ("2025-06-11", "One of the two men who escaped from Harlow prison was arrested on Tuesday in Dover, police said.")),
        (("2025-06-09", "Two men fled Harlow prison in the early hours of Sunday, climbing a fence."),
         ("2025-06-11", "One of the two men who fled Harlow prison was arrested on Tuesday in Dover, police said.")),
        (("2025-03-03", "A patient absconded from the Kell secure unit on Saturday night, police said."),
         ("2025-03-05", "The patient who absconded from the Kell secure unit was caught on Monday, police said.")),
    ],
)
def test_the_day_of_an_escape_is_not_the_day_of_an_arrest(date_rows, first, second):
    assert date_rows(first, second) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("2025-06-09", "Two men escaped from Harlow prison in the early hours of Sunday, climbing a fence."),
         ("2025-06-11", "Two men escaped from Harlow prison on Monday, police said.")),
        (("2025-06-11", "One of the two men who escaped from Harlow prison was arrested on Monday, police said."),
         ("2025-06-12", "One of the two men who escaped from Harlow prison was arrested on Tuesday in Dover.")),
    ],
)
def test_two_days_of_one_escape_or_one_arrest_conflict(date_rows, first, second):
    assert date_rows(first, second)
