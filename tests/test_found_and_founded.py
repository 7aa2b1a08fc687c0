""""Found", the past of "find", is not "founded": the year a charity was founded is not compared with the year a
dog was reported missing and then found, while two years of one founding, or two days of one finding, still
are."""

from __future__ import annotations

import pytest

from consistency.terms import content_terms


def test_found_is_a_form_of_find():
    assert content_terms("has been found") == content_terms("finds") != content_terms("was founded")


def test_a_founding_and_a_finding_are_two_acts(error_texts):
    assert error_texts(
        "Harwell Housing, which was founded in 1968 and manages around 3,000 homes, cut 40 staff.",
        "A dog reported missing in 2019 has been found alive two streets away.",
    ) == []


@pytest.mark.parametrize(
    ("first", "second", "pair"),
    [
        ("The charity was founded in 1968.", "The charity, founded in 1986, runs 40 hostels.", {"1968", "1986"}),
        ("The body was found on Monday.", "The body was found on Sunday.", {"Monday", "Sunday"}),
    ],
)
def test_one_founding_or_one_finding_is_still_compared(error_texts, first, second, pair):
    assert pair in map(set, error_texts(first, second))
