"""Everyday words before a person's name of two words ("Liberal Democrat Anna Pryce", "Green Party Tom Hale") name a
party or a side, not the person: the person is the given name and what follows. A run with a given name among the
words before ("Mary Ann Keller") or that ends in a body's or a place's word ("Port Elizabeth Hospital") is left
whole, and so is a name the knowledge base knows."""

from __future__ import annotations

import pytest

import consistency


def _names(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.role) for m in consistency.mentions(text) if m.kind == "entity"]


@pytest.mark.parametrize(("text", "person"), [
    ("Liberal Democrat Anna Pryce won the Hartwell by-election.", "Anna Pryce"),
    ("The seat was won by Liberal Democrat Anna Pryce on Friday.", "Anna Pryce"),
    ("Green Party Tom Hale said the count was fair.", "Tom Hale"),
])
def test_a_partys_words_before_a_name_are_not_the_persons(text, person):
    assert (person, "person") in _names(text)


@pytest.mark.parametrize(("text", "whole"), [
    ("Mary Ann Keller chairs the board.", "Mary Ann Keller"),
    ("She was taken to Port Elizabeth Hospital in the city.", "Port Elizabeth Hospital"),
])
def test_a_run_that_is_one_name_stays_whole(text, whole):
    assert whole in [name for name, _ in _names(text)]


def test_two_candidates_votes_are_not_compared(dated_errors):
    rows = dated_errors(
        ("2026-05-08", "Liberal Democrat Anna Pryce won the Hartwell by-election with 14,210 votes."),
        ("2026-05-08", "The Conservative candidate, Tom Ashby, took 12,005 votes in Hartwell."),
        kind="value-conflict",
    )
    assert rows == []
