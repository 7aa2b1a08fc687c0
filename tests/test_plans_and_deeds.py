"""A figure told as planned ("plans to hire 500 engineers") and one told as done ("hired 300 engineers") are a
target and an outcome; two plans, or two deeds, of one thing still compare."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Acme plans to hire 500 engineers this year.", "Acme hired 300 engineers this year."),  # business
        ("Brenna Air aims to raise $2bn from the share sale.", "Brenna Air raised $1.2bn from the share sale."),  # markets
        ("Varn City Council pledged to build 4,000 homes.", "Varn City Council built 2,100 homes, figures show."),  # politics
    ],
)
def test_a_plan_and_what_was_done_are_not_compared(error_kinds, first, second):
    assert "value-conflict" not in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Acme plans to hire 500 engineers this year.", "Acme plans to hire 300 engineers this year."),
        ("Acme plans to cut 500 jobs this year.", "Acme will cut 300 jobs this year."),
        ("Acme hired 500 engineers this year.", "Acme hired 300 engineers this year."),
        ("Brenna Air raised $2bn from the share sale.", "Brenna Air raised $1.2bn from the share sale."),
    ],
)
def test_two_plans_or_two_deeds_still_conflict(error_kinds, first, second):
    assert "value-conflict" in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # an aim told by a participle or another inflection of its verb
        (
            "Volunteers will walk 100 miles on Sunday, hoping to raise £8,000 for the Corran lifeboat station.",
            "Volunteers who walked 100 miles for the Corran lifeboat station raised £11,500.",
        ),  # charity
        (
            "Dunmore Rovers are aiming to sell 9,000 season tickets before the opening match.",
            "Dunmore Rovers sold 7,400 season tickets before the opening match.",
        ),  # sport
        (
            "The Pellow Party had hoped to win 40 seats in the assembly.",
            "The Pellow Party won 27 seats in the assembly.",
        ),  # politics
        (
            "Halvik Energy is seeking to cut 1,200 jobs at its refineries.",
            "Halvik Energy cut 800 jobs at its refineries.",
        ),  # business
        # an aim told by a noun after the figure
        (
            "The appeal for the Marlow hospice set a £40,000 target.",
            "The appeal for the Marlow hospice raised £52,000.",
        ),
    ],
)
def test_an_aim_in_other_words_and_what_was_done_are_not_compared(error_kinds, first, second):
    assert "value-conflict" not in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # an aim against an aim, a deed against a deed: one quantity told twice
        (
            "Volunteers will walk 100 miles, hoping to raise £8,000 for the Corran lifeboat station.",
            "Volunteers will walk 100 miles, hoping to raise £12,000 for the Corran lifeboat station.",
        ),
        (
            "Volunteers who walked 100 miles for the Corran lifeboat station raised £8,000.",
            "Volunteers who walked 100 miles for the Corran lifeboat station raised £11,500.",
        ),
        # a word of hope that is no aim of the figure: "hopes" of another verb, then a deed
        (
            "Dunmore Rovers sold 9,000 season tickets before the opening match.",
            "Dunmore Rovers sold 7,400 season tickets before the opening match, hoping for a full stadium.",
        ),
    ],
)
def test_two_aims_or_two_deeds_still_conflict(error_kinds, first, second):
    assert "value-conflict" in error_kinds(first, second)
