"""A time in a clause after a figure that tells of a part of what it counts (", of whom eleven remained in hospital
last night") dates that part, not the figure: "Police now put the number of injured at 31" the next day is a
later count than "27 people were injured", an update, not a rival count of the same night."""

from __future__ import annotations

import consistency


def _times(tmp_path, text: str) -> dict[str, object]:
    path = tmp_path / "a.md"
    path.write_text(f"---\ndate: 2026-06-15\n---\n{text}\n", encoding="utf-8")
    return {c.mention.text: c.time for c in consistency.claims(str(path)) if c.mention.is_figure}


def test_the_time_of_a_parts_clause_is_the_parts(tmp_path):
    times = _times(tmp_path, "Police now put the number of injured at 31, of whom eleven remained in hospital last night.")
    assert times["31"] is None  # the report's own day
    assert str(times["eleven"][0]) == "2026-06-14"


def test_a_time_of_the_figures_own_clause_stays_its_own(tmp_path):
    times = _times(tmp_path, "The blast injured 31 people on Saturday, of whom eleven are still in hospital.")
    assert str(times["31 people"][0]) == "2026-06-13"


def test_a_toll_that_rose_overnight_is_no_conflict(dated_errors):
    assert dated_errors(
        ("2026-06-14", "West Midlands Police said 27 people were injured in the crush at the stadium."),
        ("2026-06-15", "Police now put the number of injured in the stadium crush at 31, of whom eleven remained in "
                       "hospital last night."),
        kind="value-conflict",
    ) == []
