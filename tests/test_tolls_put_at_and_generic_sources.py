"""A toll "put at N", a count of people a harm befell, and generic sources.

"Authorities have put the death toll from the sinking at 19" gives the toll,
whatever words stand between "put the death toll" and "at"; "killing 14
passengers" counts deaths, not passengers on board. "Authorities", with or
without a nationality or a region before it ("Chilean authorities", "regional
authorities"), may be any of a country's bodies, so its figure is compared
with the police's or a ministry's; two named bodies (two ministries) still
give their own figures.
"""

from __future__ import annotations

import pytest

import consistency


@pytest.fixture
def rows_of(tmp_path):
    """The (kind, severity) of the rows `check` finds between two reports of 6 August 2026."""

    def check(first: str, second: str) -> list[tuple[str, str]]:
        for name, text in (("a", first), ("b", second)):
            (tmp_path / f"{name}.md").write_text(f"---\ndate: 2026-08-06\n---\n{text}\n", encoding="utf-8")
        return [(d.kind, str(d.severity)) for d in consistency.check([tmp_path]).discrepancies]

    return check


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # shipping: a toll put at a figure, far from its "at"
        (
            "A ferry capsized off Kestra, killing 14 passengers, coastguard officials said.",
            "Authorities have put the death toll from the ferry sinking off Kestra at 19.",
        ),
        # mining: the police and the authorities of one country
        (
            "A gas blast at the Orvalle mine killed 12 miners, Chilean police said.",
            "Chilean authorities said the gas blast at the Orvalle mine killed 15 miners.",
        ),
        # road: the harm told by a verb before the count, and after it
        (
            "A tour coach overturned on the Brenn pass on Sunday, injuring 40 passengers.",
            "Police said 52 passengers were injured when a tour coach overturned on the Brenn pass on Sunday.",
        ),
        # floods: regional authorities against the police
        (
            "Flooding in the Tarn valley killed 23 residents, regional authorities said.",
            "Police put the death toll from the flooding in the Tarn valley at 31.",
        ),
    ],
)
def test_one_toll_told_two_ways_is_a_conflict(rows_of, first, second):
    assert ("value-conflict", "error") in rows_of(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # those killed on board are not those on board
        (
            "A coach overturned near Tarvo on Wednesday, killing seven passengers.",
            "The coach, which overturned near Tarvo on Wednesday, was carrying 40 passengers.",
        ),
        (
            "Lifeboat crews rescued 40 passengers after the ferry ran aground off Kestra on Tuesday.",
            "The ferry that ran aground off Kestra on Tuesday was carrying 45 passengers.",
        ),
        # two tolls put at figures: the injured and the dead
        (
            "Officials put the number of injured from Tuesday's blast at 23.",
            "Officials put the death toll from Tuesday's blast at nine.",
        ),
    ],
)
def test_other_counts_of_the_same_people_are_not_the_toll(rows_of, first, second):
    assert ("value-conflict", "error") not in rows_of(first, second)


def test_two_named_bodies_still_give_their_own_figures(rows_of):
    rows = rows_of(
        "The quake killed 120 people on Monday, the interior ministry said.",
        "The quake killed 135 people on Monday, the health ministry said.",
    )
    assert ("value-conflict", "error") not in rows
    assert ("attributed-figures", "info") in rows
