"""What befell those a count counts is its measure whatever noun it counts them by ("Two skiers were killed", "three
climbers were injured": the dead and the injured, as "two people were killed" are), so a toll told by the
victims' noun is compared with one told by "people"; things counted are not people harmed ("40 homes were
damaged")."""

from __future__ import annotations

import pytest

from consistency.align.frames import frame_of
from consistency.model import Sentence
from consistency.parse import mentions


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        ("Two skiers were killed on Tuesday.", "Two", "death"),
        ("Police said three climbers were injured in the rockfall.", "three", "injury"),
        ("Two people were killed on Tuesday.", "Two people", "death"),
        ("About 40 homes were damaged on Tuesday.", "40 homes", "damage"),
    ],
)
def test_what_befell_those_counted(text, figure, measure):
    (m,) = [m for m in mentions(text) if m.text == figure]
    assert frame_of(Sentence(0, len(text), text), m).measure == measure


def test_a_toll_told_by_the_victims_noun_is_compared(dated_errors):
    assert dated_errors(
        ("2026-02-17", "Two skiers were killed when an avalanche swept across a piste at Saint-Lorin on Tuesday."),
        ("2026-02-17", "Three people were killed when an avalanche swept across a piste at Saint-Lorin on Tuesday."),
        kind="value-conflict",
    )
