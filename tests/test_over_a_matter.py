""""Over" after a word of blame or dispute ("jailed over", "sued over", "a row over") says what the matter is
about when a noun follows the sum ("jailed over £2.4m fraud"): the sum is the fraud's, not a bound above it.
Without such a word, or with nothing after the sum, "over" stays a hedge ("fined over £2.4m", "raised over
£2.4m for charity")."""

from __future__ import annotations

import math

import pytest

from consistency.model import FIGURE_KINDS
from consistency.parse.figures import numbers


def _sum(text: str):
    found = [m for m in numbers.find(text) if m.kind == "money" and m.kind in FIGURE_KINDS]
    assert len(found) == 1, [m.text for m in found]
    return found[0]


@pytest.mark.parametrize(
    "text",
    [
        "Builder jailed over £2.4m fraud",
        "Carmaker sued over $1.2bn emissions settlement",
        "Council row over €40m stadium deepens",
        "Two bankers charged over $900m bond scheme",
        "Protests grow over £30m library closures",
    ],
)
def test_over_before_a_matter_is_no_hedge(text):
    m = _sum(text)
    assert m.hedge is None and m.high != math.inf


@pytest.mark.parametrize(
    "text",
    [
        "The company was fined over £2.4m on Tuesday.",
        "Fans raised over £2.4m for the hospice.",
        "The insurer paid out over $1.2bn last year.",
        "Builder jailed after stealing over £2.4m from pensioners",
        "The club was fined over £2.4m",
        "The singer was sued over $2m last year.",
        "The trust was investigated over £3m each year until 2019.",
        "The firm was charged over $5m in March.",
    ],
)
def test_over_as_a_bound_stays_a_hedge(text):
    m = _sum(text)
    assert m.hedge == "over" and m.high == math.inf


def test_the_matters_sum_is_compared_as_a_sum(error_kinds):
    same = ("Builder jailed over £2.4m fraud", "The builder stole £2.4m from 30 pensioners, the court heard.")
    assert "value-conflict" not in error_kinds(*same)
    other = ("Builder jailed over £2.4m fraud", "Builder jailed over £4.2m fraud")
    assert "value-conflict" in error_kinds(*other)
