"""A sum demanded is compared with the same sum demanded however it is told ("demanded $3.6m", "a ransom demand of
$6.3m", "is demanding"), and bail with bail, whatever day each report names; and the look-alikes: a sum demanded is
no sum paid, a ransom no fine, bail no fine, a fine proposed no fine imposed."""

from __future__ import annotations

import pytest

from tests.test_time_frames import rows


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The attackers left a ransom note demanding $3.6 million in bitcoin.",
         "The county will not meet the attackers' ransom demand of $6.3 million, officials said."),
        ("The kidnappers are demanding 3 million pesos for the engineer.",
         "The family cannot raise the 5 million pesos the kidnappers demanded for the engineer."),
        ("The strikers' demands include a pay rise of 12%.", "The strikers want a 21% pay rise."),
        ("The pilots are seeking a 9% raise.", "The pilots' union demanded a 12% raise."),
        ("Pirates holding the tanker Orla demanded a ransom of $7 million.",
         "The pirates' ransom demand for the tanker Orla is $9 million, its owners said."),
    ],
)
def test_a_sum_demanded_told_two_ways_is_compared(error_kinds, first, second):
    assert error_kinds(first, second) == ["value-conflict"]


def test_a_ransom_demand_is_compared_across_days(error_texts):
    first = "The attackers left a ransom note demanding $3.6 million in bitcoin, payable within five days."
    second = "The mayor repeated that the town will not meet the hackers' ransom demand of $6.3 million."
    assert error_texts(first, second) == [("$3.6 million", "$6.3 million")]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("A judge set bail at $250,000 for the developer.", "The developer was freed on $350,000 bail, court records show."),
        ("The striker was released on £20,000 bail on Monday.", "The striker was released on bail of £40,000 on Monday."),
    ],
)
def test_bail_told_two_ways_is_compared(error_kinds, first, second):
    assert error_kinds(first, second) == ["value-conflict"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The pirates demanded a ransom of $5 million for the crew.",
         "The owners paid a $1.5 million ransom to free the crew, the shipping firm said."),
        ("The kidnappers demanded $2 million.", "The family paid a $400,000 ransom, police said."),
        ("A judge set bail at $250,000 for the developer.", "The developer was fined $100,000 for the violations."),
        ("Regulators proposed a fine of €12 million against the airline.",
         "Regulators imposed a fine of €8 million on the airline."),
        ("The union is demanding a 9% pay rise for nurses.", "The nurses accepted a 6% pay rise, the union said."),
        ("The pilots are seeking a 9% raise.", "The pilots accepted a 6% raise."),
        ("Regulators proposed a budget of $2.1 billion for the agency.", "The agency's budget is $2.4 billion."),
    ],
)
def test_a_sum_demanded_is_no_sum_paid_set_or_imposed(error_kinds, first, second):
    assert error_kinds(first, second) == []


@pytest.mark.parametrize(
    ("first", "second", "texts"),
    [
        (
            ("2026-09-07", "A ransomware gang calling itself Grey Owl claimed the attack on Monday, posting stolen files "
                           "and demanding $20 million."),
            ("2026-09-09", "Grey Owl is demanding $12 million, according to a post on its leak site."),
            ("$20 million", "$12 million"),
        ),
        (
            ("2026-04-02", "The kidnappers demanded £2 million from the family of the engineer Ivo Marsh on Tuesday."),
            ("2026-04-05", "The kidnappers of Ivo Marsh have demanded £3 million, police said."),
            ("£2 million", "£3 million"),
        ),
    ],
)
def test_a_sum_demanded_told_by_its_verb_alone_is_compared_across_days(tmp_path, first, second, texts):
    # what is demanded is the ransom, whichever day each report tells it; a raised demand would say so
    found = {t for kind, t in rows(tmp_path, {"a": first, "b": second}) if kind == "value-conflict"}
    assert texts in found
