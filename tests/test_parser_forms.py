"""Forms of figures and dates that news copy writes, read by form: negative mixed
fractions, accounting negatives, observed Islamic feasts and years in words.

Each table holds sentences of one form, written in several variants, and what
the parser must make of them; the hostile tables hold look-alikes that must
stay what they are.
"""

from __future__ import annotations

import datetime as dt

import pytest

import consistency
from consistency.model import FIGURE_KINDS, Mention


def figures(text: str) -> list[Mention]:
    return [m for m in consistency.mentions(text) if m.kind in FIGURE_KINDS]


def dates(text: str, published: dt.date) -> list[Mention]:
    return [m for m in consistency.mentions(text, published=published) if m.kind == "date"]


# A sign before a mixed number negates all of it: "-1 4/5" is -1.8, not -1 + 0.8.
# (sentence, figure text, value)
NEGATIVE_MIXED_FRACTIONS = [
    ("The river gauge read -1 4/5 metres at dawn.", "-1 4/5", -1.8),
    ("Futures closed −2 1/2 points lower.", "−2 1/2", -2.5),
    ("The adjustment was -3 3/4 on the day.", "-3 3/4", -3.75),
    ("Output changed by -10 1/3 over the year.", "-10 1/3", -31 / 3),
    ("The gauge read 1 4/5 metres, up from -1/2.", "1 4/5", 1.8),
]


@pytest.mark.parametrize(("sentence", "phrase", "value"), NEGATIVE_MIXED_FRACTIONS)
def test_a_sign_before_a_mixed_number_negates_all_of_it(sentence, phrase, value):
    found = [m for m in figures(sentence) if m.text.startswith(phrase)]
    assert found, figures(sentence)
    assert found[0].value == pytest.approx(value, rel=1e-9)


def test_a_signed_fraction_after_a_whole_number_is_a_figure_of_its_own():
    found = figures("The index moved 1 -4/5 on the open.")
    assert [m.value for m in found] == [1.0, pytest.approx(-0.8)]
