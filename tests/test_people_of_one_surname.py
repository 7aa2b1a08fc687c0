"""Two people who share a surname under two given names (a grandmother and her grandson, two brothers in one
dock) are two people: a figure of one is not compared with the other's. One person's name written again, in
full or by title and surname, is still one person."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The farm at Low Fell was bought in 1962 by Edith Marr. Mrs Marr, 91, still keeps the accounts.",
            "The farm at Low Fell is now run by Callum Marr, her great-grandson. Mr Marr, 31, took over last year.",
        ),  # family business
        (
            "Tomasz Wrona was jailed for nine years at Leeds Crown Court.",
            "His brother Pawel Wrona was jailed for four years at Leeds Crown Court.",
        ),  # courts
        (
            "The club was founded by Greta Lindahl, 67, who still coaches the juniors.",
            "Erik Lindahl, 38, her son, now chairs the club.",
        ),  # sport
    ],
)
def test_two_people_of_one_surname_are_not_compared(error_kinds, first, second):
    assert "value-conflict" not in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Hanna Kowal, 52, opened the bakery in Dorne.", "Hanna Kowal, 25, opened the bakery in Dorne."),
        (
            "The bakery in Dorne was opened by Hanna Kowal. Mrs Kowal, 52, still bakes every day.",
            "Hanna Kowal, 25, opened the bakery in Dorne.",
        ),
        ("Tomasz Wrona was jailed for nine years at Leeds Crown Court.", "Wrona was jailed for four years at Leeds Crown Court."),
    ],
)
def test_one_person_named_again_still_conflicts(error_kinds, first, second):
    assert "value-conflict" in error_kinds(first, second)
