"""A word of an act inside a name ("the Orrin Pass", "Pass" of a mountain road) names no act: the day the
Orrin Pass road reopened is not the day a bill passed, nor the day a coach crashed on the pass."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.align.frames import event_word
from consistency.model import Sentence
from consistency.parse import mentions


@pytest.mark.parametrize(
    ("text", "date", "event"),
    [
        ("The transport authority reopened the Orrin Pass road on Monday.", "Monday", None),
        ("The Senate passed the bill on Monday.", "Monday", "approval"),
    ],
)
def test_an_act_inside_a_name_is_no_event(text, date, event):
    (m,) = [m for m in mentions(text, dt.date(2025, 9, 19)) if m.text == date]
    assert event_word(Sentence(0, len(text), text), m) == event


def test_a_road_reopened_is_not_the_crash_on_it(dated_errors):
    crash = ("2025-09-06", "Four people were killed on Saturday when a coach carrying tourists left a mountain road "
                           "on the Orrin Pass and fell down a wooded slope, police said.")
    reopened = ("2025-09-19", "The regional transport authority reopened the Orrin Pass road on Monday after "
                              "installing concrete barriers at the hairpin where the coach left the road.")
    assert dated_errors(crash, reopened, kind="date-conflict") == []
