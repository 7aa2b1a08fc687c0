"""A superlative's span (rules.superlatives.spans_of), on sentences written for these tests."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consistency.model import Sentence
from consistency.rules.superlatives import spans_agree, spans_of

NEVER = (-math.inf, -math.inf)


def _spans(text: str, year: int = 2025) -> list[tuple[str, float, float]]:
    return [(s.dimension, s.low, s.high) for _, s in spans_of(Sentence(0, len(text), text), year)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the deadliest quake since 2004", [("deaths", 2004, 2004)]),
        ("the country's deadliest since a 1998 flood", [("deaths", 1998, 1998)]),
        ("the deadliest tremor in more than six decades", [("deaths", -math.inf, 1965)]),
        ("the strongest storm in more than a century", [("size", -math.inf, 1925)]),
        ("the costliest fire in nearly 20 years", [("cost", -math.inf, 2007)]),
        ("its deadliest earthquake in decades", [("deaths", -math.inf, 2005)]),
        ("the strongest to hit the country in the last century", [("size", -math.inf, 1925)]),
        ("the most powerful quake to ever hit the country", [("size", *NEVER)]),
        ("the strongest-ever earthquake", [("size", *NEVER)]),
        ("the largest blast on record", [("size", *NEVER)]),
    ],
)
def test_spans(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "one of the deadliest floods ever recorded",  # not the greatest
        "the deadliest quake struck in 2004",  # no span
        "the largest city in the region since the war",  # no year or count
        "the strongest in many ways",
    ],
)
def test_no_span(text):
    assert _spans(text) == []


def test_spans_agree():
    since_2004, six_decades, ever = spans_of(
        Sentence(0, 120, "deadliest since 2004, deadliest in more than six decades, deadliest ever"), 2023
    )
    assert not spans_agree(since_2004[1], six_decades[1])
    assert not spans_agree(since_2004[1], ever[1])
    assert spans_agree(six_decades[1], ever[1])  # both say the last deadlier one was long ago, or never


@given(st.text())
def test_never_raises(text):
    spans_of(Sentence(0, len(text), text), 2025)
