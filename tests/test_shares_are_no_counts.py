"""A part of a whole told below one with no unit ("a third", "half") is no count of whole things: "the body of a
third, the foreman, was recovered" is never set against "the eight trapped miners"."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Rescuers at the Orla mine recovered the body of one of the eight trapped miners on Tuesday.",
         "The Orla mine collapsed on Monday. The body of a third, the foreman Peter Vask, was recovered on Tuesday."),
        ("Twelve workers at the Orla plant were hurt in the blaze on Monday.",
         "The blaze at the Orla plant on Monday hurt half of the workers on the night shift."),
    ],
)
def test_a_share_is_not_set_against_a_count(error_kinds, first, second):
    assert "value-conflict" not in error_kinds(first, second)


def test_two_shares_are_compared(error_kinds):
    first = "The Orla plant cut a third of its workforce on Monday."
    second = "The Orla plant cut half of its workforce on Monday."
    assert "value-conflict" in error_kinds(first, second)
