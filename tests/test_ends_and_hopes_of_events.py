"""A day an event was declared under control is its end, not its start (data/ending_verbs.csv); a day someone
had hoped to do a thing by is a hope told in the past (data/future_words.csv), not a day it was done. Neither is
set against the day the event began."""

from __future__ import annotations

import pytest

import consistency

BEGAN = ("2026-07-19", "The fire on Harrow Moor broke out at about 2pm on Saturday near the Kelby car park.")


def _error_kinds(tmp_path, *reports: tuple[str, str]) -> list[str]:
    for i, (day, text) in enumerate(reports):
        (tmp_path / f"{i}.md").write_text(f"---\ndate: {day}\n---\n{text}\n", encoding="utf-8")
    return [d.kind for d in consistency.check([str(tmp_path)]).discrepancies if str(d.severity) == "error"]


@pytest.mark.parametrize(
    "later",
    [
        ("2026-07-24", "The wildfire on Harrow Moor was declared under control on Wednesday, five days after it began "
                       "near the Kelby car park."),
        ("2026-07-20", "Crews had hoped to have the fire on Harrow Moor under control by Tuesday, but the wind changed "
                       "yesterday."),
    ],
)
def test_an_end_or_a_hope_is_not_the_start(tmp_path, later):
    assert "date-conflict" not in _error_kinds(tmp_path, BEGAN, later)


def test_two_days_of_one_end_are_compared(tmp_path):
    first = ("2026-07-22", "The wildfire on Harrow Moor was brought under control on Wednesday.")
    second = ("2026-07-24", "The wildfire on Harrow Moor was declared under control on Tuesday.")
    assert "date-conflict" in _error_kinds(tmp_path, first, second)
