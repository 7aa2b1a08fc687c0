"""A clause on a figure's members: "54 cases, the vast majority of which came from Italy and Spain".

The names in such a clause tell where the members came from or where they
are, not whose the figure is: the whole compares with another report's
whole ("Morocco has more than 60 cases"), and never with a figure of one of
those names ("Italy has reported 2,000 cases", "600 jobs in Kael"), which is
of a part or of another group.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("whole", "other"),
    [
        ("The country has 54 confirmed cases, the vast majority of which came from abroad, Austria, Egypt and Spain.",
         "Morocco has more than 60 confirmed cases."),
        ("The Kael quake killed 54 people, most of whom were tourists from Italy, Spain and France.",
         "The Kael quake killed more than 60 people."),
        ("Brant Motors cut 900 jobs, most of which were in Kael and Orsa.",
         "Brant Motors cut 1,200 jobs, the company said."),
    ],
)
def test_the_whole_compares_with_another_whole(error_kinds, whole, other):
    assert "value-conflict" in error_kinds(whole, other)


@pytest.mark.parametrize(
    ("whole", "part"),
    [
        ("The Kael quake killed 54 people, most of whom were tourists from Italy and Spain.",
         "Italy said 12 of its citizens died in the Kael quake."),
        ("Brant Motors cut 900 jobs, most of which were in Kael and Orsa.", "Brant Motors cut 600 jobs in Kael."),
        ("Kael reported 54 confirmed cases, the vast majority of which came from Italy and Spain.",
         "Italy has reported more than 2,000 confirmed cases."),
    ],
)
def test_a_members_name_has_a_figure_of_its_own(error_kinds, whole, part):
    assert error_kinds(whole, part) == []
