"""What befell those a count counts may be told by a phrase after them ("140 people were forced out of their
homes", data/measure_phrases.csv): the evacuated, as "240 residents were evacuated" are."""

from __future__ import annotations

import pytest

from consistency.align.frames import frame_of
from consistency.model import Sentence
from consistency.parse import mentions


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        ("Around 140 people were forced out of their homes in Orrin, many of them elderly.", "140 people", "evacuated"),
        ("Some 90 residents had been forced to leave their homes by Sunday.", "90 residents", "evacuated"),
        ("A total of 240 residents were evacuated from Orrin.", "240 residents", "evacuated"),
        ("About 300 people live in Orrin, the council said.", "300 people", None),
        # told after them, ahead of the clause's subject that did it to them
        ("Rescuers in boats brought 64 people to safety overnight.", "64 people", "rescued"),
    ],
)
def test_a_phrase_after_a_count_tells_its_measure(text, figure, measure):
    (m,) = [m for m in mentions(text) if m.text == figure]
    assert frame_of(Sentence(0, len(text), text), m).measure == measure


def test_the_evacuated_in_other_words_are_compared(error_kinds):
    first = "Around 140 people were forced out of their homes in Orrin after the dam breach, police said."
    second = "A total of 240 people were evacuated from their homes in Orrin after the dam breach, police said."
    assert "value-conflict" in error_kinds(first, second)
