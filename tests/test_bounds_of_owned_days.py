"""A day that owns the noun after it, through a part of the day ("after Friday night's earthquake", "before
Sunday morning's vote"), is that noun's day, as "after Friday's quake" is: no bound of the days after it."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.parse import mentions


@pytest.mark.parametrize(
    ("text", "bounded"),
    [
        ("The toll rose to 2,012 after Friday night's earthquake.", False),
        ("Turnout was low before Sunday morning's vote.", False),
        ("The toll rose after Friday's quake.", False),
        ("Aid arrived after Friday night.", True),
    ],
)
def test_a_day_owning_a_noun_is_no_bound(text, bounded):
    (m,) = [m for m in mentions(text, dt.date(2023, 9, 10)) if m.kind == "date"]
    assert (m.hedge is not None) is bounded
