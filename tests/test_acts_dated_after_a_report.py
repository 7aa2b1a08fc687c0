"""A report can only tell as done what happened by its own day: a vote another report dates after it was written
is another vote, whatever its tally, while one dated on or before that day is the same vote told again."""

from __future__ import annotations

FIRST = (
    "2025-05-20",
    "Harbour plan clears committee",
    "The Eastbay harbour redevelopment plan was approved by 12 votes to 5 after a four-hour hearing.",
)


def test_a_vote_dated_after_the_other_report_is_another_vote(headlined_errors):
    later = (
        "2025-06-06",
        "Council backs harbour plan",
        "The full council approved the Eastbay harbour redevelopment plan on 3 June by 41 votes to 22, two weeks "
        "after its planning committee backed it.",
    )
    assert not headlined_errors(FIRST, later, kind="value-conflict")


def test_a_vote_dated_before_the_other_report_is_the_same_vote(headlined_errors):
    later = (
        "2025-06-06",
        "Harbour plan: what happens next",
        "The Eastbay harbour redevelopment plan was approved on 19 May by 12 votes to 9 after a four-hour hearing.",
    )
    assert headlined_errors(FIRST, later, kind="value-conflict")
