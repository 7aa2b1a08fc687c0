"""How far behind a finisher of a finished contest came in ("finished two hours and 40 minutes behind", "which
finished three hours and 40 minutes later", "finished second, two strokes back") is a measure of its own,
fixed once the contest is over (data/fixed_measures.csv "finished behind"): reports days apart compare it."""

from __future__ import annotations

import pytest

from consistency.align.frames import frame_of
from consistency.model import Sentence
from consistency.parse import mentions


@pytest.mark.parametrize(
    ("text", "figure", "behind"),
    [
        ("In the end Grey Tern finished two hours and 40 minutes behind.", "two hours and 40 minutes", True),
        ("Grey Tern, which finished three hours later, was second.", "three hours", True),
        ("Hale finished second, two strokes back.", "two", True),
        ("Vik crossed the line 38 seconds behind the winner.", "38 seconds", True),
        # a verb of finishing with an object of its own finishes no contest
        ("The crew finished loading the ship two hours later.", "two hours", False),
        ("She finished the season with 12 goals, later voided.", "12", False),
    ],
)
def test_how_far_behind_a_finisher_came_in(text, figure, behind):
    (m,) = [m for m in mentions(text) if m.text == figure]
    assert (frame_of(Sentence(0, len(text), text), m).measure == "finished behind") is behind


def test_a_finishers_gap_told_days_apart_is_compared(dated_errors):
    first = ("2026-03-13", "In the end Grey Tern, skippered by Ola Brekke, finished two hours and 40 minutes behind.")
    later = ("2026-03-16", "Sea Lantern held off Grey Tern, which finished three hours and 40 minutes later.")
    assert dated_errors(first, later, kind="value-conflict") == [("two hours and 40 minutes", "three hours and 40 minutes")]
