"""A day's possessive right before a name dates that named occurrence ("Sunday's Derby"), which another report may
date otherwise ("won the Derby on Saturday"); the possessive after a verb of saying is no day of the saying
("Hale said Saturday's Derby win was the best day of his life")."""

from __future__ import annotations

WON = ("2025-06-08", "Dunmore Lad wins the Derby",
       "Dunmore Lad won the Derby at Elmfield on Saturday, beating the favourite by two lengths.")
WEEK = ("2025-06-14", "Racing week", "Sunday's Derby, won by Dunmore Lad, drew a crowd of 40,000 to Elmfield.")


def test_a_named_race_by_its_possessive_day_conflicts_with_its_day(headlined_errors):
    assert headlined_errors(WON, WEEK, kind="date-conflict")


def test_a_possessive_day_after_said_is_the_named_days(headlined_errors):
    said = ("2025-06-10", "Trainer's joy", "Trainer Mark Hale said Saturday's Derby win was the best day of his life.")
    assert headlined_errors(said, WEEK, kind="date-conflict")


def test_the_same_day_told_both_ways_agrees(headlined_errors):
    week = ("2025-06-14", "Racing week", "Saturday's Derby, won by Dunmore Lad, drew a crowd of 40,000 to Elmfield.")
    assert not headlined_errors(WON, week, kind="date-conflict")
