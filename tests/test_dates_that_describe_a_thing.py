"""A year, a decade or a century between an article and a noun describes the thing ("the 1913 painting", "a
19th-century artist"): no day of an act to set against another report's ("the collector died in 2023")."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.align.times import year_of_a_noun
from consistency.model import Sentence
from consistency.parse import mentions


@pytest.mark.parametrize(
    ("text", "date", "describes"),
    [
        ("A painting by Ada Marsh, a 19th-century artist who was long overlooked, sold for a record.", "19th-century", True),
        ("The museum said the 1913 painting would go on display.", "1913", True),
        ("Marsh painted most of her work in the 19th century.", "19th century", False),
    ],
)
def test_a_date_before_a_noun_describes_it(text, date, describes):
    (m,) = [m for m in mentions(text, dt.date(2025, 5, 15)) if m.kind == "date" and m.text == date]
    assert year_of_a_noun(Sentence(0, len(text), text), m) is describes


def test_a_century_that_describes_an_artist_is_no_day_of_a_death(dated_errors):
    first = ("2025-05-14", "The painting was consigned by the estate of Tom Vance, the collector who died in 2023.")
    later = (
        "2025-05-15",
        "A painting by Ada Marsh, a 19th-century artist who was largely overlooked for decades after her death, "
        "has sold for a record price.",
    )
    assert dated_errors(first, later, kind="date-conflict") == []
