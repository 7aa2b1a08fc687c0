"""A state kept into the future ("will stay closed until Saturday", "will remain shut until Friday") points its
weekday forward, as "will be closed" does: the coming Saturday, not the last one before the report."""

from __future__ import annotations

import datetime as dt

import pytest

import consistency


def _days(tmp_path, text: str) -> list[tuple[dt.date, dt.date] | None]:
    (tmp_path / "a.md").write_text(f"---\ndate: 2026-09-04\n---\n{text}\n", encoding="utf-8")  # a Friday
    return [c.time for c in consistency.check([str(tmp_path)]).claims if c.mention.text == "Saturday"]


@pytest.mark.parametrize(
    "text",
    [
        "Ardnavar harbour will stay closed until at least Saturday after the ferry ran aground.",
        "The bridge will remain shut until Saturday, the council said.",
        "The road will be closed on Saturday.",
    ],
)
def test_a_state_kept_until_a_weekday_points_forward(tmp_path, text):
    (found,) = _days(tmp_path, text)
    assert found is not None and found[1] == dt.date(2026, 9, 5)


def test_a_state_that_ended_points_back(tmp_path):
    (found,) = _days(tmp_path, "The bridge stayed closed on Saturday after the storm.")
    assert found == (dt.date(2026, 8, 29), dt.date(2026, 8, 29))
