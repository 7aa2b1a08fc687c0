"""Where the people a figure counts came from ("its 32 crew, mostly from the Philippines, Ukraine and India") is no
owner of the figure: the crew is compared with another report's crew of the ship, whatever countries the clause
names, and a figure further on in the sentence does not make the clause count a part."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "members",
    [
        "Its 32 crew, mostly from the Philippines, Ukraine and India, kept the freighter stable in waves of up to nine metres.",
        "Its 32 crew, all from Georgia, were praised for keeping the freighter afloat.",
    ],
)
def test_where_the_counted_came_from_is_no_owner(error_texts, members):
    rows = error_texts("The freighter, which has 23 crew, was towed into Falmouth.", members)
    assert {"23", "32"} in map(set, rows), rows


def test_a_part_counted_in_the_members_clause_stays_its_own(error_texts):
    rows = error_texts(
        "Kael reported 54 cases, of which 30 were in Italy.",
        "Italy has reported 48 cases, health officials said.",
    )
    assert not any("54" in row for row in rows), rows
