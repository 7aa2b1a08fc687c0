"""Two values too far apart for a slip to make one of the other are two quantities; a slip of digits or of a
scale word (a thousand for a million) is still a conflict. A premium an offer stands at is its own measure."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # transport: a month's passengers and one flight's
        ("The airline carried 2.4 million passengers in March, Skyvane said.",
         "Skyvane carried 140 passengers on the first flight in March, it said."),
        # science: a distance in hundreds of millions and a size
        ("Tarvos is currently about 318 million kilometres (198 million miles) from Earth.",
         "Tarvos measures about 140km, the agency said."),
        # business: a company's value and a price a share
        ("The bid values Kestrel Mining at $4.2 billion, the board said.",
         "The board said the bid for Kestrel Mining was $38 a share."),
    ],
)
def test_values_ten_thousand_times_apart_are_not_compared(error_kinds, first, second):
    assert "value-conflict" not in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The takeover values Brenna Foods at £3.2 billion.", "The takeover values Brenna Foods at £3.2 million."),
        ("The recall covers 486,000 heaters sold since 2021.", "The recall covers 486 heaters sold since 2021."),
        ("The recall covers 486,000 heaters sold since 2021.", "The recall covers 846,000 heaters sold since 2021."),
        ("The storm left 12,000 homes without power in Varn.", "The storm left 120 homes without power in Varn."),
    ],
)
def test_a_slip_of_digits_or_of_a_scale_word_is_still_a_conflict(error_kinds, first, second):
    assert "value-conflict" in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The proposal represents a premium of 38% to the undisturbed closing price of Brenna Foods, the company said.",
         "Ostby's 300p proposal offered a 48 per cent premium to Brenna Foods' undisturbed share price."),
        ("Halden's offer is a 25% premium to Kestrel Mining's closing price on Friday.",
         "Halden's offer represents a premium of 35% to Kestrel Mining's closing price on Friday."),
    ],
)
def test_two_premiums_of_one_offer_differ(error_kinds, first, second):
    assert "value-conflict" in error_kinds(first, second)


def test_an_auctions_price_with_premium_is_not_a_premium(error_kinds):
    assert "value-conflict" not in error_kinds(
        "The painting sold for a hammer price of €410,000 at Ostby's on Friday.",
        "The painting sold for €512,500 with buyer's premium at Ostby's on Friday.",
    )
