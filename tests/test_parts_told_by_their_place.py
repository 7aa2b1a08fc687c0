"""Parts of a whole told by their places are several parts: "broke in the seventh game" and, later, "broke back
in the fourth game" are two games of one match, and "their first dose" and "their second dose" two doses of one
course. A place of the story's own event in someone's series is still one place."""

from __future__ import annotations

import pytest

OTHER = "Unrelated copy about the weather in Kessa on Monday."


@pytest.mark.parametrize(
    "text",
    [
        "Okafor broke Lind in the seventh game of the first set and served it out. "
        "Lind hit back in the second set, breaking in the fourth game to level the match.",
        "In Harwell, 91% of children have had their first dose of the vaccine by the age of two. "
        "Some of those children have missed their second dose for years, a doctor said.",
        "Tom Rask won the third stage of the Tour of Kessa in a sprint. "
        "He crashed on the descent in the fourth stage and lost two minutes.",
    ],
)
def test_two_parts_told_by_their_places_are_no_conflict(error_kinds, text):
    assert "internal-conflict" not in error_kinds(text, OTHER)


@pytest.mark.parametrize(
    "text",
    [
        "The 24-year-old has now won two of his five meetings with Brenner. Brenner, 29, said he would rest.",
        "Lind, 31, lost the final. The 26-year-old has beaten Lind in two semi-finals as well.",
        "Lukas Brenner, 29, lost the final. The 24-year-old has won two of his five meetings with Brenner.",
    ],
)
def test_an_age_standing_for_its_person_is_not_the_age_of_a_name_beside_it(error_kinds, text):
    assert "internal-conflict" not in error_kinds(text, OTHER)


@pytest.mark.parametrize(
    "text",
    [
        # one person's age given twice
        "Ana Lind, 31, lost the final on Sunday. Lind, 34, said she would rest.",
        # one place of the story's own event in one owner's series
        "Acme Motors issued its second recall of the Velo on Monday. It is the company's first recall.",
    ],
)
def test_one_thing_given_two_ways_is_still_found(error_kinds, text):
    assert "internal-conflict" in error_kinds(text, OTHER)


def test_an_age_standing_for_its_person_is_of_the_subject_before(dated_errors):
    # "The 24-year-old" after a sentence whose subject is Orlan is Orlan's age, not that of the rival it names
    first = ("2025-06-22", "Kessa's Mateo Orlan beat top seed Lukas Brenner in three sets to win the Harwell Open on "
                           "Sunday. The 24-year-old won in two hours 41 minutes.")
    rival = ("2025-06-24", "Brenner, 29, said he would rest before the next tournament in Harwell.")
    winner = ("2025-06-24", "Orlan, 26, said he would rest before the next tournament in Harwell.")
    assert dated_errors(first, rival, kind="value-conflict") == []
    assert dated_errors(first, winner, kind="value-conflict") != []


def test_two_floors_told_by_two_reports_are_no_conflict(dated_errors):
    first = ("2025-03-08", "Police said the person who died was a guest and had been found on the fourth floor.")
    later = (
        "2025-03-11",
        "Jenna Moss, who was staying on the third floor with her two children, said: \"We only woke up because "
        "someone was banging on the door.\"",
    )
    assert dated_errors(first, later, kind="value-conflict") == []


def test_two_innings_told_by_two_reports_are_no_conflict(dated_errors):
    first = ("2025-02-14", "Earlier, Vellmar were bowled out for 287 in their first innings, 25 runs behind Ostra.")
    second = ("2025-02-15", "His six for 54 yesterday bowled Ostra out for 198 in their second innings at Harwell.")
    assert ("first", "second") not in dated_errors(first, second, kind="value-conflict")
