"""A sum told as what one party paid another for a thing ("Vessa paid Orm City £48m for Tom Hale", "Acme paid
$2.4bn for Birch Foods") is the price the thing changed hands at, as "signed Tom Hale for £42m" is; and the
look-alikes: a sum paid with no "for" after it (a fine, compensation), a sum paid for another thing, and "for the
first time"."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Vessa Rovers have signed striker Tom Hale from Orm City for £42m.",
         "Vessa Rovers paid Orm City £48m for Tom Hale, the club said."),
        ("Acme Corp bought Birch Foods for $2.1bn on Monday.", "Acme Corp paid $2.4bn for Birch Foods, its filing shows."),
        ("The Tarvo museum acquired the Lund altarpiece for 3.2 million euros.",
         "The museum paid the Lund family 2.3 million euros for the altarpiece, its director said."),
    ],
)
def test_a_sum_paid_for_a_thing_is_its_price(error_kinds, first, second):
    assert error_kinds(first, second) == ["value-conflict"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Acme Corp bought Birch Foods for $2.1bn on Monday.", "Acme Corp paid $2.4bn in fines over the merger."),
        ("Vessa Rovers signed Tom Hale from Orm City for £42m.",
         "Vessa Rovers paid Lenk United £48m for Ivo Tran, the club said."),
        ("The council bought the Harrow depot for £4m.", "The council paid £6m for the new fleet of buses."),
        ("Vessa Rovers signed Tom Hale from Orm City for £42m.",
         "Vessa paid £48m for the first time in its history to land a player, the club said."),
    ],
)
def test_another_payment_is_no_price_of_the_thing(error_kinds, first, second):
    assert error_kinds(first, second) == []
