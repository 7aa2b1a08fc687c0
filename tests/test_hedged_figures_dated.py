"""A date after a figure hedged before it ("the toll rose to at least 11 on Wednesday", "rose to more than 300 on
Friday") says when the figure held, as "rose to 11 on Wednesday" does: no day of the flood the toll is of."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.align.frames import dates_a_figure
from consistency.model import Sentence
from consistency.parse import mentions
from tests.test_event_days import _dates
from tests.test_time_frames import rows


@pytest.mark.parametrize("text", [
    "The death toll from the flood rose to at least 11 on Wednesday.",
    "The number of dead rose to more than 300 on Friday.",
    "The toll rose to about 40 on Monday.",
])
def test_a_date_after_a_hedged_figure_dates_the_figure(text):
    (m,) = [m for m in mentions(text, dt.date(2026, 9, 11)) if m.kind == "date"]
    assert dates_a_figure(Sentence(0, len(text), text), m)


def test_the_day_a_hedged_toll_rose_is_not_the_floods_day(tmp_path):
    funerals = ("2026-09-09", "Funerals were held in Tazrout on Wednesday morning for the first victims of Monday "
                              "evening's flash flood, as the authorities raised the death toll to 11.")
    toll = ("2026-09-09", "The death toll from the flash flood in the desert town of Tazrout rose to at least 11 on "
                          "Wednesday, as residents asked why they had been given no warning.")
    assert _dates(rows(tmp_path, {"a": funerals, "b": toll})) == set()
