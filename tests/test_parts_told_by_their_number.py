"""A part of a whole told by its number after its noun ("in round nine", "on day three of the trial") is a place in
order, as "the ninth round" is, not a count of rounds or days; a noun after the number makes it a count again ("broke
his leg two years ago")."""

from __future__ import annotations

import pytest

import consistency


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The champion was sent to the canvas in round nine.", ("round nine", 9.0)),
        ("The fight was stopped in round 9 after a body shot.", ("round 9", 9.0)),
        ("On day three of the trial, the jury heard from the pathologist.", ("day three", 3.0)),
        ("Game 11 was a quiet draw in 31 moves.", ("Game 11", 11.0)),
        ("She won game 8 to level the match.", ("game 8", 8.0)),
    ],
)
def test_a_part_told_by_its_number_is_a_place(text, found):
    assert [(m.text, m.value) for m in consistency.mentions(text) if m.unit == "rank"] == [found]


@pytest.mark.parametrize(
    "text",
    [
        "She had opened with the English in games 3 and 7, and lost neither.",
        "The court sat on days 2, 5 and 9 of the month only.",
    ],
)
def test_the_numbers_of_several_parts_are_no_counts(text):
    assert [m.text for m in consistency.mentions(text) if m.kind in ("number", "quantity")] == []


def test_a_list_of_counts_is_no_list_of_parts():
    found = [m.value for m in consistency.mentions("They played 14 games, won 6 and drew 5.") if m.kind != "entity"]
    assert found == [14.0, 6.0, 5.0]


def test_a_number_with_a_noun_after_it_is_a_count():
    assert all(m.unit != "rank" for m in consistency.mentions("He broke his leg two years ago."))
    assert all(m.unit != "rank" for m in consistency.mentions("She set two records in the pool."))


def test_a_round_told_by_its_number_is_no_count_of_rounds(headlined_errors):
    first = ("2025-05-18", "Quinn crowned champion", "A left hook to the body sent the champion to the canvas in round nine.")
    later = ("2025-05-19", "How Quinn won", "For six rounds the champion looked every inch a veteran.")
    assert headlined_errors(first, later, kind="value-conflict") == []


def test_the_games_a_player_chose_an_opening_in_add_up_to_no_total(headlined_errors):
    report = (
        "2025-11-30", "Halloran takes the title",
        "Halloran won game 12 to take the match 6.5-5.5. She chose the English with the white pieces, as she had in "
        "games 4 and 8, and her opponent defended for 57 moves before resigning.",
    )
    assert headlined_errors(report, kind="internal-conflict") == []
