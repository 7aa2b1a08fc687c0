"""A count of things given a grade ("four were rated good", "inspectors rated six of its schools inadequate",
"three were judged to require improvement"; data/rating_verbs.csv) counts the things of that grade: two grades are
two counts, and one grade told twice is compared."""

from __future__ import annotations


def test_two_grades_are_two_counts(error_kinds):
    first = "At the Greyfell trust, only four of the 14 schools were rated good by inspectors."
    second = "Inspectors rated six of the Greyfell trust's 14 schools inadequate."
    assert "value-conflict" not in error_kinds(first, second)


def test_one_grade_told_twice_is_compared(error_kinds):
    first = "Inspectors rated seven of the Greyfell trust's 14 schools inadequate."
    second = "Inspectors rated six of the Greyfell trust's 14 schools inadequate."
    assert "value-conflict" in error_kinds(first, second)
