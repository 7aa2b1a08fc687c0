"""An age said of someone brought in without a name ("a 29-year-old from the valley") is that person's, not the
age of anyone the report names; it is compared only with another such age described alike."""

from __future__ import annotations

import pytest

import consistency


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The second driver, a 31-year-old from Lund, is in hospital, doctors said.",
         "Among the dead is the lead driver, 44-year-old Per Nyberg, police said."),
        ("Two passengers were hurt; one of them, a 52-year-old woman, died on Saturday.",
         "A 27-year-old man was pulled from the river by divers on Saturday."),
        ("A 63-year-old farmer was the first to raise the alarm on Monday.",
         "The fire chief, Ola Brekke, 41, said crews arrived within minutes on Monday."),
    ],
)
def test_ages_of_different_people_stay_apart(error_kinds, first, second):
    assert "value-conflict" not in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("A 47-year-old woman died in hospital in Tromsø on Friday, police said.",
         "A 74-year-old woman died in hospital in Tromsø on Friday, police said."),
        ("Per Nyberg, 44, was driving the bus when it left the road.",
         "Per Nyberg, 47, was driving the bus when it left the road."),
    ],
)
def test_one_persons_age_told_twice_still_conflicts(error_kinds, first, second):
    assert "value-conflict" in error_kinds(first, second)


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("Two of the climbers, women aged 44 and 58, were also killed.", {"44", "58"}),
        ("The victims, aged 19, 23 and 31, were students at the college.", {"19", "23", "31"}),
    ],
)
def test_every_age_of_a_list_opened_by_aged(tmp_path, text, ages):
    (tmp_path / "a.md").write_text(f"---\ndate: 2025-03-12\n---\n{text}\n", encoding="utf-8")
    found = {c.mention.text for c in consistency.claims([tmp_path]) if c.frame and c.frame.measure == "age"}
    assert found == ages


def test_an_age_is_no_count(error_kinds):
    first = "Two of the climbers, women aged 44 and 58, were also killed near the summit on Sunday."
    second = "The dead include two women, 44 and 58, who were climbing with the guide near the summit on Sunday."
    assert "value-conflict" not in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Outside the court, Jonas Lind, whose 88-year-old father lost his home, said justice had been done.",
         "Jonas Lind, 61, spoke for the families outside the court."),
        ("The striker Omar Haddad missed the final because his 3-year-old son was in hospital.",
         "Omar Haddad, 27, missed the final for family reasons, the club said."),
        ("Mayor Ruth Ekdahl visited the shelter where her 84-year-old mother spent the night.",
         "The 58-year-old mayor, Ruth Ekdahl, visited the shelter on Tuesday."),
        ("Pilot Sara Venn's 19-year-old brother was among the first to reach the wreck.",
         "Sara Venn, 36, had flown the route for nine years."),
    ],
)
def test_the_age_of_someones_kin_is_not_theirs(error_kinds, first, second):
    assert "value-conflict" not in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Lena Holm said her 72-year-old father had lost his savings in the scheme.",
         "Lena Holm said her 62-year-old father had lost his savings in the scheme."),
        ("The minister, whose 9-year-old daughter was hurt, visited the school.",
         "The minister, whose 12-year-old daughter was hurt, visited the school."),
        ("The 34-year-old mother of two, Anna Berg, was rescued on Sunday.",
         "Anna Berg, 43, was rescued on Sunday."),
    ],
)
def test_one_kins_age_told_twice_still_conflicts(error_kinds, first, second):
    assert "value-conflict" in error_kinds(first, second)
