"""Two plans of two acts ("expected to refloat the ship within 48 hours", "expected to report within six
months") are not one plan's two days, while two days for one plan are compared. A plan a later report tells as it
now stands ("will now leave at 6pm today") is the plan changed, not a contradiction of the plan an earlier report
gave."""

from __future__ import annotations


def test_two_plans_of_two_acts_are_not_compared(dated_errors):
    first = (
        "2025-02-14",
        "The Kessa Canal Authority had initially said it expected to refloat the ship within 48 hours, but people "
        "involved in the work told this newspaper that timetable now looked optimistic.",
    )
    later = (
        "2025-02-28",
        "The Tarn Horizon was refloated on 16 February. An investigation into the grounding, led by the national "
        "maritime safety board, is expected to report within six months.",
    )
    assert dated_errors(first, later, kind="date-conflict") == []


def test_two_days_for_one_plan_are_compared(dated_errors):
    first = ("2025-02-14", "The canal authority said the ship was expected to be refloated on Sunday.")
    later = ("2025-02-15", "The canal authority said the ship was expected to be refloated on Wednesday.")
    assert dated_errors(first, later, kind="date-conflict") == [("Sunday", "Wednesday")]


def test_a_plan_told_anew_is_no_contradiction(dated_errors):
    first = ("2025-05-13", "Bellhaven says the ship's next cruise is due to leave Portmere on Friday evening.")
    later = (
        "2025-05-17",
        "The ship, which was due to leave Portmere last night, will now leave at 6pm today after the company "
        "agreed to delay departure by 24 hours.",
    )
    assert dated_errors(first, later, kind="date-conflict") == []
