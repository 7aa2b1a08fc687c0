"""A month or a day without its year takes its tense from its own sentence, not from the sentence before: "She has
swum there for forty years. From September, the pool will be shut." is next September, however the sentence
before it is told."""

from __future__ import annotations

import datetime as dt

import pytest

import consistency


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("She has swum there every morning for forty years. From September, the pool will be shut.", dt.date(2024, 9, 1)),
        ("She swam there every morning. In September, the pool will be shut.", dt.date(2024, 9, 1)),
        ("The pool will reopen soon. In September, it was shut for repairs.", dt.date(2023, 9, 1)),
    ],
)
def test_a_months_year_follows_its_own_sentences_tense(text, month):
    dates = [m for m in consistency.mentions(text, published=dt.date(2024, 3, 2)) if m.kind == "date"]
    assert [m.date for m in dates] == [month]
