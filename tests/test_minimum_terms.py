"""The time a court says a prisoner must serve before parole ("told he must serve at least 22 years", "must serve
a minimum of 24 years", "a minimum term of 24 years") is a measure of its own, the minimum term: "at least"
says what it is, not that the figure is uncertain, so 22 years and 24 years are two terms; and the term is set
once, whatever day it is reported."""

from __future__ import annotations

import pytest

from consistency.align.frames import frame_of
from consistency.model import Sentence
from consistency.parse import mentions


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        ("Holm was jailed for life and told he must serve at least 22 years.", "22 years", "minimum term"),
        ("Holm must serve a minimum of 24 years before he can be considered for parole.", "24 years", "minimum term"),
        ("Holm began a life sentence with a minimum term of 24 years.", "24 years", "minimum term"),
        ("The maximum sentence for bribery is 10 years.", "10 years", "sentence"),
    ],
)
def test_the_term_before_parole_is_a_measure_of_its_own(text, figure, measure):
    (m,) = [m for m in mentions(text) if m.text == figure]
    assert frame_of(Sentence(0, len(text), text), m).measure == measure


def test_at_least_a_term_and_another_term_are_compared(dated_errors):
    first = ("2025-04-26", "Gareth Holm was jailed for life yesterday and told he must serve at least 22 years.")
    later = ("2025-05-02", "Gareth Holm began a life sentence this week with a minimum term of 24 years.")
    assert dated_errors(first, later, kind="value-conflict") == [("22 years", "24 years")]


def test_the_same_term_said_both_ways_agrees(dated_errors):
    first = ("2025-04-26", "Gareth Holm was jailed for life yesterday and told he must serve at least 24 years.")
    later = ("2025-05-02", "Gareth Holm began a life sentence this week with a minimum term of 24 years.")
    assert dated_errors(first, later, kind="value-conflict") == []
