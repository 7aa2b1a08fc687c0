"""An outbreak, a run of raids or of strikes is a series of events of one kind, and a report says which one it
dates by a word of position before it ("the first case", "the latest case"; data/series_positions.csv): two
positions are two events, and each report's "latest" is the latest on its own day. The same position on two days
still conflicts."""

from __future__ import annotations

SECOND = (
    "2024-11-11",
    "Bird flu has been confirmed at a second poultry farm in Fenmoor. The Animal Health Agency confirmed the latest "
    "case this morning and said new protection zones would apply.",
)
THIRD = (
    "2024-11-14",
    "A third outbreak of bird flu has hit Fenmoor. The latest case was confirmed on Wednesday at a free-range egg "
    "farm, where 21,000 hens are being culled, the Animal Health Agency said.",
)
ROUND_UP = (
    "2024-11-22",
    "Bird flu has now struck three farms in Fenmoor. The first, at a turkey farm near Holbeck Fen, was confirmed on "
    "Thursday 7 November, the Animal Health Agency said.",
)


def test_each_position_of_a_series_is_its_own_event(dated_errors):
    assert dated_errors(SECOND, THIRD, ROUND_UP, kind="date-conflict") == []


def test_one_position_on_two_days_conflicts(dated_errors):
    other = (
        "2024-11-12",
        "Bird flu has been found at two farms in Fenmoor. The first, at a turkey farm near Holbeck Fen, was confirmed "
        "on Friday 8 November, the Animal Health Agency said.",
    )
    assert dated_errors(ROUND_UP, other, kind="date-conflict") == [("Thursday 7 November", "Friday 8 November")]


def test_what_began_a_series_is_its_first_event(dated_errors):
    # "the outbreak began when ... was confirmed on 5 February" tells the first case, as "the first case" does
    latest = ("2025-02-13", "Measles reaches third Harwell school\n\nMeasles has reached a third school in Harwell. "
                            "The Harwell Health Agency confirmed the latest case this morning and said new exclusion "
                            "rules would apply.")
    began = ("2025-02-20", "Harwell measles outbreak grows\n\nThe outbreak began when the disease was confirmed on 5 "
                           "February at Harwell Primary, where 30 pupils were sent home, the Harwell Health Agency said.")
    assert dated_errors(latest, began, kind="date-conflict") == []
