"""A post many hold ("cabinet minister", "Cabinet Secretary") is one person's when a word of what it is for comes
before it: "Education Cabinet Secretary Amos Chelimo" holds education, and a report that gives that post to another
person disagrees; "Treasury Cabinet Secretary" is another post."""

from __future__ import annotations

DAY = "2026-02-08"
FIRST = (DAY, "Teachers' strike ends\n\nEducation Cabinet Secretary Amos Chelimo said schools would reopen on Monday.")
SECOND = (DAY, "Schools reopen\n\nEducation Cabinet Secretary Amos Chelimo asked schools to prepare catch-up timetables.")


def test_one_portfolio_given_to_two_people_conflicts(headlined_errors):
    third = (DAY, "Deal signed", "Education Cabinet Secretary Halima Abdirahman welcomed the agreement.")
    found = headlined_errors(
        (FIRST[0], *FIRST[1].split("\n\n")), (SECOND[0], *SECOND[1].split("\n\n")), third, kind="entity-conflict"
    )
    assert any("Halima Abdirahman" in row and "Amos Chelimo" in row for row in found)


def test_another_portfolio_is_another_post(headlined_errors):
    third = (DAY, "Deal signed", "Treasury Cabinet Secretary Halima Abdirahman said the money would come from savings.")
    found = headlined_errors(
        (FIRST[0], *FIRST[1].split("\n\n")), (SECOND[0], *SECOND[1].split("\n\n")), third, kind="entity-conflict"
    )
    assert not [row for row in found if "Halima Abdirahman" in row]
