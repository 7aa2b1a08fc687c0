"""A speaker's second reported clause, opened by "and that", with a pronoun for the speaker as its subject: the
figure is the speaker's own ("Acme said sales fell and that it would cut 300 jobs")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # business: two companies' cuts
        ("Acme Corp said sales fell in March and that it would cut 300 jobs.",
         "Birch Ltd will cut 120 jobs, its chief executive said."),
        # consumer safety: two regulators' counts of complaints
        ("Health Norway said 9,000 heaters were affected and that it had received 11 reports of overheating.",
         "The Consumer Product Safety Commission has received 171 reports of overheating."),
        # politics: two parties' candidates
        ("The Harbour Party said turnout was low and that it would field 40 candidates in May.",
         "The Green Alliance will field 12 candidates in May, its leader said."),
    ],
)
def test_a_figure_of_the_speakers_second_clause_is_the_speakers(error_kinds, first, second):
    assert "value-conflict" not in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Acme Corp said sales fell in March and that it would cut 300 jobs.",
         "Acme Corp will cut 120 jobs, its chief executive said."),
        ("Health Norway said 9,000 heaters were affected and that it had received 11 reports of overheating.",
         "Health Norway has received 17 reports of overheating."),
        ("The Harbour Party said turnout was low and that it would field 40 candidates in May.",
         "The Harbour Party will field 12 candidates in May, its leader said."),
    ],
)
def test_the_same_speakers_figure_told_differently_is_still_a_conflict(error_kinds, first, second):
    assert "value-conflict" in error_kinds(first, second)
