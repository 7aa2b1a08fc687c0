"""What befell those a count counts, told by a phrase after them, is its measure whoever they are ("15 riders were
taken to Harrogate District Hospital"); and a clause a figure's own
opens with "when" ("fell 6.2% on Tuesday when the fine was announced"), or a day told by what was done on it ("on the
day the fine was announced"), tells of another thing than the figure."""

from __future__ import annotations

import pytest

from tests.test_ages_of_others import _values
from tests.test_time_frames import rows

AT_ODDS = [
    (
        ("2026-06-10", "Fifteen riders were taken to Harrogate District Hospital after the crash, organisers said."),
        ("2026-06-10", "Eleven riders were taken to hospital after the crash, organisers said."),
        ("Fifteen", "Eleven"),
    ),
    (
        ("2026-06-16", "Shares in Ardent Bank fell 6.2% on Tuesday when the fine was announced."),
        ("2026-06-16", "Shares in Ardent Bank fell 4.2% on Tuesday, traders said."),
        ("6.2%", "4.2%"),
    ),
    (  # a day told by what was done on it is no word of the figure's either
        ("2026-06-16", "Shares in Ardent Bank fell 6.2% on the day the fine was announced."),
        ("2026-06-16", "Shares in Ardent Bank fell 4.2% on Tuesday, traders said."),
        ("6.2%", "4.2%"),
    ),
]


@pytest.mark.parametrize(("first", "second", "texts"), AT_ODDS)
def test_counts_of_one_measure_told_in_other_words_conflict(tmp_path, first, second, texts):
    assert texts in _values(rows(tmp_path, {"a": first, "b": second}))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (  # the injured in hospital are no count of the riders who finished
            ("2026-06-10", "Eleven riders were taken to hospital after the crash, organisers said."),
            ("2026-06-10", "Only 96 riders finished the stage after the crash, organisers said."),
        ),
        (  # a phrase of another clause ("as a woman died in hospital") tells nothing of the count before it
            ("2026-06-11", "The death toll from the coach crash rose to 10 on Thursday as a woman died in hospital."),
            ("2026-06-11", "Police said 26 people were taken to hospital after the coach crash."),
        ),
        (  # the fine is no fall in the shares
            ("2026-06-16", "Shares in Ardent Bank fell 6.2% on Tuesday when the fine was announced."),
            ("2026-06-16", "Ardent Bank was fined 3% of its annual turnover on Tuesday."),
        ),
    ],
)
def test_other_quantities_are_not_compared(tmp_path, first, second):
    assert _values(rows(tmp_path, {"a": first, "b": second})) == set()
