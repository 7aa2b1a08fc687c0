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


def test_the_worst_since_and_an_earlier_one_disagree(dated_errors):
    assert dated_errors(
        ("2026-08-20", "It was the deadliest flood in the Barranco gorge since 2015, the regional government said."),
        ("2026-08-22", "An earlier flood in the Barranco gorge, in 2018, killed two people."),
        kind="date-conflict",
    )


def test_one_told_before_and_one_in_the_same_place_disagree(dated_errors):
    assert dated_errors(
        ("2026-08-21", "The Barranco de las Voltas has flooded before: in 2018 a surge killed two people."),
        ("2026-08-23", "In 2015, a flood in the same gorge killed two people."),
        kind="date-conflict",
    )


def test_a_later_one_than_the_last_disagrees_and_an_earlier_one_agrees(dated_errors):
    last = ("2026-03-04", "The last comparable blackout in the region, in August 2011, left 900,000 customers without "
                          "power.")
    assert dated_errors(
        last,
        ("2026-03-07", "The blackout of 2014, caused by a storm in the foothills, led to a government report."),
        kind="date-conflict",
    )
    assert not dated_errors(
        last,
        ("2026-03-07", "The blackout of 2003, caused by a storm in the foothills, led to a government report."),
        kind="date-conflict",
    )
