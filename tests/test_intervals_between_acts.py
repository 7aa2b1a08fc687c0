"""How long between two acts done, the first told before the stretch of time and the other after "before" or
"after" ("sirens sounded 17 minutes before it reached the town"), is a measure of its own, fixed once both are
done (data/fixed_measures.csv "interval"): reports days apart compare it."""

from __future__ import annotations

import pytest

from consistency.align.frames import frame_of
from consistency.model import Sentence
from consistency.parse import mentions


@pytest.mark.parametrize(
    ("text", "figure", "between"),
    [
        ("Sirens sounded 11 minutes before it arrived, he said.", "11 minutes", True),
        ("Warning sirens sounded about 17 minutes before the storm reached the town.", "17 minutes", True),
        ("The alarm was raised 40 minutes after the fire started.", "40 minutes", True),
        # a stretch an act lasted, or one still to come, is no interval between two acts done
        ("The search lasted six hours before it was called off.", "six hours", False),
        ("The vote will take place two weeks after the hearing.", "two weeks", False),
    ],
)
def test_how_long_between_two_acts(text, figure, between):
    (m,) = [m for m in mentions(text) if m.text == figure]
    assert (frame_of(Sentence(0, len(text), text), m).measure == "interval") is between


def test_an_interval_told_days_apart_is_compared(dated_errors):
    first = ("2025-04-25", "Warning sirens in Pellton sounded about 17 minutes before the tornado reached the town.")
    later = ("2025-04-28", "Sirens in Pellton sounded 11 minutes before the tornado arrived, the mayor said.")
    assert dated_errors(first, later, kind="value-conflict") == [("17 minutes", "11 minutes")]
