"""How long someone or something was kept in a state, told by the state's passive and "for" ("was held for 19
days", "was closed for 31 hours", "was shut for 41 hours"; data/states_endured.csv), is the length of that state
(captivity, closure), a duration fixed once it is over: reports days apart compare it."""

from __future__ import annotations

import pytest

from consistency.align.frames import frame_of
from consistency.model import Sentence
from consistency.parse import mentions


@pytest.mark.parametrize(
    ("text", "figure", "duration"),
    [
        ("The executive, who was held for 17 days before being freed last weekend, thanked police.", "17 days", True),
        ("Kessa airport was shut for 41 hours before reopening on Wednesday.", "41 hours", True),
        ("The airport was closed to flights for 31 hours after the snow.", "31 hours", True),
        # a state still to come is no length of one endured
        ("The road will be closed for six weeks.", "six weeks", False),
    ],
)
def test_the_length_of_a_state_endured(text, figure, duration):
    (m,) = [m for m in mentions(text) if m.text == figure]
    assert (frame_of(Sentence(0, len(text), text), m).measure == "duration") is duration


def test_the_length_of_a_captivity_told_days_apart_is_compared(dated_errors):
    first = ("2025-03-22", "Kidnappers freed Henrik Vass on Saturday, 19 days after he was seized on a highway, police said.")
    later = ("2025-03-28", "Henrik Vass, who was held for 17 days before being freed last weekend, thanked police.")
    last = ("2025-04-04", "Henrik Vass was held for 19 days before his release on 22 March.")
    assert ("17 days", "19 days") in dated_errors(first, later, last, kind="value-conflict")
