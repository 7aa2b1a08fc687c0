"""A term in prison or a fine is one person's, given by one act. A lead that names no one ("A former care home
manager has been jailed for six years") speaks of the one person the story names with such a figure, and is set
against that person's term however each report words it ("was given a four-year jail term"). Where the story
gives terms to two people, an unnamed one is no one's in particular."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "A former care home manager who stole from elderly residents has been jailed for six years.",
            "Deborah Kinsella was given a four-year jail term at Maidstone Crown Court on Tuesday.",
        ),  # a term in prison
        (
            "A builder who left a trench unguarded has been fined £12,000 by magistrates.",
            "Magistrates ordered Tom Hale to pay a fine of £21,000 over the unguarded trench.",
        ),  # a fine
        (
            "A Harwick man who ran a fake charity was sentenced to 18 months in prison.",
            "Oliver Brandt received a three-year sentence for running the fake charity.",
        ),  # months and years
    ],
)
def test_an_unnamed_lead_and_the_named_holder_conflict(error_kinds, first, second):
    assert "value-conflict" in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "A former care home manager who stole from elderly residents has been jailed for six years.",
            "Deborah Kinsella was given a six-year jail term. Her accomplice, Tom Hale, was given a two-year term.",
        ),  # two people sentenced: the unnamed one may be either
        (
            "A former care home manager who stole from elderly residents has been jailed for six years.",
            "Deborah Kinsella was given a six-year jail term at Maidstone Crown Court on Tuesday.",
        ),  # one term, told alike
    ],
)
def test_terms_of_two_people_or_one_term_told_alike_do_not_conflict(error_kinds, first, second):
    assert "value-conflict" not in error_kinds(first, second)
