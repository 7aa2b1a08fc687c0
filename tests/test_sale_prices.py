"""A thing's sale price is one measure however the sale is told: "sold for", "fetched", "went for" and "sold it at
auction for", "bought it for" are all what it changed hands at, once; and the look-alikes: an asking price is no
sale price, a price with the buyer's fees is not the price without them, another thing's sale is another price."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The bronze was sold at auction in Graz in 2023 for €310,000.",
         "The bronze fetched €360,000 at a Graz auction two years ago."),
        ("Halden's painting Blue Quay sold for $48.6 million at an auction on Tuesday.",
         "Halden's painting Blue Quay fetched $46.8 million at an auction on Tuesday."),
        ("The Morrow stamp collection went for £2.3 million at Fenwick's on Friday.",
         "A dealer bought the Morrow stamp collection for £3.2 million at Fenwick's on Friday."),
        ("Dorn Mining sold its copper unit to Vale Metals for $1.2 billion.",
         "Dorn Mining's copper unit fetched $2.1 billion from Vale Metals."),
        ("The sale price of Marra's sketch Low Tide was $4.1 million.",
         "Marra's sketch Low Tide fetched $1.4 million at auction on Tuesday."),
        ("Ostra Telecom was sold at a price of 2.4 billion euros, its filing shows.",
         "Ostra Telecom sold for 4.2 billion euros, its filing shows."),
        ("The archive was auctioned for a record price of 900,000 francs.", "The archive went for 600,000 francs at auction."),
        ("The club's old ground changed hands for £14 million last year.",
         "The club sold its old ground to a developer for £41 million last year."),
    ],
)
def test_a_sale_told_two_ways_gives_one_price(error_kinds, first, second):
    assert error_kinds(first, second) == ["value-conflict"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The farmhouse was listed at an asking price of £900,000.", "The farmhouse sold for £820,000 in May, the agent said."),
        ("The manuscript sold for £1.2 million at Carrow's on Friday.",
         "The manuscript sold for £1.5 million including buyer's premium at Carrow's on Friday."),
        ("The manuscript was knocked down for £1.2 million (£1.5 million with fees) at Carrow's on Friday.",
         "The manuscript sold for £1.5 million with fees at Carrow's on Friday."),
        ("Halden's painting Blue Quay sold for $48.6 million on Tuesday.",
         "Marra's sketch Low Tide fetched $4.1 million at the same sale on Tuesday."),
        ("Halden's Blue Quay was sold for a hammer price of $42 million.",
         "Halden's Blue Quay sold for $46.8 million at auction on Tuesday."),
        ("The asking price for the Harrow depot is £4 million.", "The council bought the Harrow depot for £3.6 million."),
        ("Brava Foods' share price was $41 on Tuesday.", "Acme bought Brava Foods for $2.1 billion on Tuesday."),
    ],
)
def test_an_asking_price_fees_or_another_sale_are_other_prices(error_kinds, first, second):
    assert error_kinds(first, second) == []
