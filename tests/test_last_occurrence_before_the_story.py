"""The last event of a kind before the story's, told as "the first shark attack at Carrawong since 1998" or "the last
fatal attack at Carrawong was in 1993" or "Poland's previous national rail strike, in 2011": one past event, whose
year two reports give differently. The first of a kind since a year and another kind's last are two events."""

from __future__ import annotations


def test_the_first_since_and_the_last_in_disagree(dated_errors):
    assert dated_errors(
        ("2026-02-11", "It is the first serious shark attack at Carrawong since 1998, when a bodyboarder was killed."),
        ("2026-02-12", "The last fatal attack at Carrawong was in 1993, and people here still talk about it."),
        kind="date-conflict",
    )


def test_a_previous_strike_and_the_first_since_disagree(dated_errors):
    assert dated_errors(
        ("2026-06-03", "It is the first nationwide rail strike in Poland since 2008, union leaders said."),
        ("2026-06-06", "Poland's previous national rail strike, in 2011, lasted two days."),
        kind="date-conflict",
    )


def test_the_last_of_another_kind_is_another_event(dated_errors):
    assert not dated_errors(
        ("2026-06-03", "It is the first nationwide rail strike in Poland since 2008, union leaders said."),
        ("2026-06-06", "Poland's previous national election, in 2011, was held in October."),
        kind="date-conflict",
    )


def test_the_first_since_agrees_with_the_last_in_its_year(dated_errors):
    assert not dated_errors(
        ("2026-02-11", "It is the first serious shark attack at Carrawong since 1998, when a bodyboarder was killed."),
        ("2026-02-12", "The last fatal attack at Carrawong was in 1998, and people here still talk about it."),
        kind="date-conflict",
    )
