"""A ban as handed down (from driving, from a sport; data/fixed_measures.csv) is the ban on every day it is
reported, as a prison term is: a later report's undated ban is compared with the one dated by the hearing."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("first", "second", "odd"),
    [
        (
            "Orrin striker Kell Brant was banned from driving for 18 months on Tuesday after admitting drink-driving.",
            "Kell Brant, the Orrin striker, was banned from the roads for 24 months for drink-driving.",
            ("18 months", "24 months"),
        ),
        (
            "Jockey Mara Lind was banned for 21 days by the racing authority on Friday.",
            "The racing authority banned Mara Lind for 14 days.",
            ("21 days", "14 days"),
        ),
    ],
)
def test_a_ban_is_the_same_on_every_day_it_is_reported(error_texts, first, second, odd):
    assert odd in error_texts(first, second)


def test_a_ban_told_alike_is_no_conflict(error_texts):
    first = "Orrin striker Kell Brant was banned from driving for 18 months on Tuesday after admitting drink-driving."
    assert error_texts(first, "Kell Brant, the Orrin striker, was banned from the roads for 18 months.") == []
