"""How far a thing or a person fell in one act is the accident's, fixed once it happened (data/fall_leads.csv,
data/fixed_measures.csv, data/event_measures.csv): "fell almost 40 metres onto the rocks" and "dropped some 60
metres to the rocks below" disagree whatever days they are told; a level's change ("the river fell 2 metres
overnight") is no fall."""

from __future__ import annotations

import pytest

from consistency.align.frames import frame_of
from consistency.model import Sentence
from consistency.parse import mentions


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        ("The gondola fell almost 40 metres onto the rocks.", "40 metres", "fall"),
        ("It dropped some 60 metres to the rocks below.", "60 metres", "fall"),
        ("She broke her wrist in a fall of about 12 metres.", "12 metres", "fall"),
        ("The river fell 2 metres overnight.", "2 metres", None),
    ],
)
def test_a_length_after_a_verb_of_falling_is_a_fall(text, figure, measure):
    (m,) = [m for m in mentions(text) if m.text == figure]
    assert frame_of(Sentence(0, len(text), text), m).measure == measure


def test_one_fall_told_otherwise_days_later_conflicts(headlined_errors):
    found = headlined_errors(
        ("2025-02-08", "Gondola falls at Tessin", "A gondola on the Tessin lift fell almost 40 metres onto the rocks "
         "on Saturday morning, police said."),
        ("2025-02-12", "Lift stays shut", "The gondola fell about 40m onto the rocks, and the lift will stay shut."),
        ("2025-02-15", "What went wrong", "When the haul rope snapped, the gondola rolled back and dropped some 60 "
         "metres to the rocks below."),
        kind="value-conflict",
    )
    assert found and all("60 metres" in row for row in found)
