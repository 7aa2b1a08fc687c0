"""A company's president is one person, as its chief executive is ("Tarrow Freight president Ines Calder"), and a
post whose organisation is a common noun opening the sentence ("Company president Ines Calder", "Club captain Joe
Marr") is the story's company's, unnamed, as "the company's president" is. An auction has one auctioneer."""

from __future__ import annotations


def test_a_company_president_named_two_ways(dated_errors):
    assert dated_errors(
        ("2026-07-03", "Tarrow Freight president Ines Calder told reporters the line would reopen on Friday."),
        ("2026-07-04", "Company president Ines Calder said crews were clearing the cutting."),
        ("2026-07-06", "Company president Otto Brenner said contractors were working around the clock."),
        kind="entity-conflict",
    )


def test_a_common_noun_opening_the_sentence_is_no_company_of_that_name(dated_errors):
    assert not dated_errors(
        ("2026-07-03", "Tarrow Freight president Ines Calder told reporters the line would reopen on Friday."),
        ("2026-07-06", "Company president Otto Brenner of Kessel Rail said its own trains were running."),
        kind="entity-conflict",
    )


def test_the_president_of_a_country_is_no_company_post(dated_errors):
    assert not dated_errors(
        ("2026-07-03", "President Amara Diallo visited the flooded town on Thursday."),
        ("2026-07-04", "Tarrow Freight president Ines Calder said the line would reopen."),
        kind="entity-conflict",
    )


def test_a_past_president_is_left_alone(dated_errors):
    assert not dated_errors(
        ("2026-07-03", "Tarrow Freight president Ines Calder told reporters the line would reopen on Friday."),
        ("2026-07-04", "Tarrow Freight president Ines Calder said crews were clearing the cutting."),
        ("2026-07-06", "Former Tarrow Freight president Otto Brenner said the slope had worried him for years."),
        kind="entity-conflict",
    )


def test_one_auctioneer_of_the_sale(dated_errors):
    assert dated_errors(
        ("2026-08-14", "On Friday evening auctioneer Hugo Fenwick brought down his hammer at $41 million."),
        ("2026-08-17", "Auctioneer Clara Voss took the bidding from $30 million to $41 million in 12 minutes."),
        ("2026-08-19", "Auctioneer Hugo Fenwick needed just 12 minutes to sell the car."),
        kind="entity-conflict",
    )


def test_a_countrys_president_is_no_organisations_post(dated_errors):
    assert not dated_errors(
        ("2026-07-03", "Chilean President Ana Ruiz opened the Corwen summit on Monday."),
        ("2026-07-03", "Chilean President Moira Keane arrived at the Corwen summit on Monday."),
        kind="entity-conflict",
    )
