"""The holes of a round of golf are told by their places ("on the 18th green", "walked off the 13th green", "at the
17th hole"): two reports' holes are two parts of the round, not one figure given two values."""

from __future__ import annotations


def test_two_greens_are_two_holes(dated_errors):
    assert not dated_errors(
        ("2026-07-19", "Bellavista holed a long putt on the 18th green at Strathclune to win the Open."),
        ("2026-07-24", "Bellavista walked off the 13th green at Strathclune three shots behind the leader."),
        kind="value-conflict",
    )
