"""A period told after a figure belongs to that figure ("the previous record of 5.9 metres set in 1993"), not to an
earlier figure of the sentence that has a date of its own ("peaked at 6.8 metres on Monday morning, well above the
previous record of 5.9 metres set in 1993": the 6.8 is Monday's). Figures listed before one period share it
("revenue of $2.1bn and profit of $300m in 2024")."""

from __future__ import annotations

import datetime as dt

from tests.test_ages_of_others import _values
from tests.test_claims import claims_in
from tests.test_time_frames import rows


def _times(tmp_path, text: str, published: str = "2026-07-06") -> dict[str, tuple[dt.date, dt.date] | None]:
    return {c.mention.text: c.time for c in claims_in(tmp_path, text, published) if c.mention.is_figure}


def test_a_period_after_a_later_figure_is_that_figures(tmp_path):
    times = _times(tmp_path, "The Lenne peaked at 4.2 metres at Brisdorf on Monday morning, well above the previous "
                             "record of 3.7 metres set in 1987.")
    monday = dt.date(2026, 7, 6)
    assert times["4.2 metres"] == (monday, monday)
    assert times["3.7 metres"] == (dt.date(1987, 1, 1), dt.date(1987, 12, 31))


def test_figures_listed_before_one_period_share_it(tmp_path):
    times = _times(tmp_path, "Orvane reported revenue of $2.1 billion and a profit of $300 million in 2024.")
    year = (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert times["$2.1 billion"] == year and times["$300 million"] == year


def test_one_crest_told_on_one_day_disagrees(tmp_path):
    first = ("2026-07-06", "The Lenne peaked at 4.2 metres at Brisdorf on Monday morning, well above the previous "
                           "record of 3.7 metres set in 1987, the state flood agency said.")
    second = ("2026-07-07", "The Lenne peaked at 4.7 metres at Brisdorf on Monday, beating the previous record.")
    assert ("4.2 metres", "4.7 metres") in _values(rows(tmp_path, {"a": first, "b": second}))
