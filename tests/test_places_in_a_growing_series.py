"""A place in a series against a count of it from an earlier day is no contradiction: a series grows ("cases at
three Harwell schools" on the 13th, "Orrin Academy, the fourth Harwell school" on the 18th). A count given later
than the place, or on its day, below it still is."""

from __future__ import annotations

THREE = ("2025-02-13", "Measles cases have now been confirmed at three Harwell schools, the Harwell Health Agency said.")
FOURTH = ("2025-02-18", "Orrin Academy became the fourth Harwell school with a measles case, the Harwell Health Agency "
                        "said.")


def test_an_earlier_count_below_a_later_place(dated_errors):
    assert dated_errors(THREE, FOURTH, kind="value-conflict") == []


def test_a_later_count_below_an_earlier_place(dated_errors):
    later_three = ("2025-02-20", THREE[1])
    assert dated_errors(FOURTH, later_three, kind="value-conflict") != []
