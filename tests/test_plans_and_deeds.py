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
