"""A count right after a place's noun and "of" is the people the place holds, whatever the article and the words
describing the place ("a town of 18,000 people", "this town of 2,300", "a small farming community of 3,200"),
and whatever befell others in its clause ("killed three people in this town of 2,300")."""

from __future__ import annotations

import pytest

from consistency.align.frames import frame_of
from consistency.model import Sentence
from consistency.parse import mentions


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        ("Pellton, a town of about 2,300 people, was hit.", "2,300 people", "population"),
        ("The storm killed three people in this town of 2,300.", "2,300", "population"),
        ("The numbers are stark for a small farming community of 3,200.", "3,200", "population"),
        ("The storm killed three people in this town of 2,300.", "three people", "death"),
        ("A team of 12 scientists found the bones.", "12", None),
    ],
)
def test_a_count_after_a_place_and_of_is_its_population(text, figure, measure):
    (m,) = [m for m in mentions(text) if m.text == figure]
    assert frame_of(Sentence(0, len(text), text), m).measure == measure
