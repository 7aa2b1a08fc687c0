"""One verb done to two named places is two acts ("the ship left Southampton on Saturday" and "left Bergen on Thursday
evening"): two departures, whose days do not disagree; the same place on two days still does."""

from __future__ import annotations

import pytest

from tests.test_event_days import _dates
from tests.test_time_frames import rows

FIRST = ("2026-05-06", "The Coral Star, which left Southampton on Saturday on a 12-night cruise, is carrying 2,680 "
                       "passengers.")


@pytest.mark.parametrize(
    "other",
    [
        ("2026-05-08", "The Coral Star left Bergen on Thursday evening after a deep clean, the company said."),
        ("2026-05-08", "The Coral Star reached Stavanger on Wednesday with 2,680 passengers on board."),
    ],
)
def test_the_same_verb_to_another_place_is_another_act(tmp_path, other):
    assert _dates(rows(tmp_path, {"a": FIRST, "b": other})) == set()


def test_the_same_place_on_another_day_disagrees(tmp_path):
    other = ("2026-05-08", "The Coral Star left Southampton on 3 May on a 12-night cruise with 2,680 passengers.")
    assert ("Saturday", "3 May") in _dates(rows(tmp_path, {"a": FIRST, "b": other}))
