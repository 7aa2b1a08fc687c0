"""A day's possessive dates the event its noun names ("Wednesday's armed robbery": the robbery, and "armed" is no
verb of that day), and only that event: "charged in connection with last week's robbery" is no day of a charge."""

from __future__ import annotations

ROBBED = ("2025-06-05", "Bank robbed", "Two masked men robbed the Kelso Building Society branch on Mill Street on "
          "Thursday, police said.")
CAR = ("2025-06-06", "Getaway car found", "The car used in Wednesday's armed robbery at the Kelso Building Society "
       "branch on Mill Street was found burned out, police said.")


def test_a_possessive_day_dates_the_robbery(headlined_errors):
    assert headlined_errors(ROBBED, CAR, kind="date-conflict")


def test_a_robbery_is_an_event_of_its_own_day(headlined_errors):
    # "robbed" and "the robbery" name one event (data/frame_words.csv)
    found = headlined_errors(
        ROBBED,
        ("2025-06-12", "Robbery: man held", "The robbery at the Kelso Building Society branch on Mill Street took "
         "place on Friday, police said."),
        kind="date-conflict",
    )
    assert found


def test_a_robbery_of_last_week_is_no_day_of_a_charge(headlined_errors):
    found = headlined_errors(
        ("2025-06-11", "Man charged", "A man has been charged in connection with last week's armed robbery at a bank "
         "in Kelso."),
        ("2025-06-20", "Second man charged", "Ian Doyle, 36, has been charged and remanded; a second man was charged "
         "on Monday."),
        kind="date-conflict",
    )
    assert not found
