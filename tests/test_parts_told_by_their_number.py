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
    ],
)
def test_a_part_told_by_its_number_is_a_place(text, found):
    assert [(m.text, m.value) for m in consistency.mentions(text) if m.unit == "rank"] == [found]


def test_a_number_with_a_noun_after_it_is_a_count():
    assert all(m.unit != "rank" for m in consistency.mentions("He broke his leg two years ago."))
    assert all(m.unit != "rank" for m in consistency.mentions("She set two records in the pool."))


def test_a_round_told_by_its_number_is_no_count_of_rounds(headlined_errors):
    first = ("2025-05-18", "Quinn crowned champion", "A left hook to the body sent the champion to the canvas in round nine.")
    later = ("2025-05-19", "How Quinn won", "For six rounds the champion looked every inch a veteran.")
    assert headlined_errors(first, later, kind="value-conflict") == []
