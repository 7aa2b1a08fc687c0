"""Whose word a figure is on, and what it measures.

- A body's report that gives a figure ("The Environment Agency's hydrology report for June put rainfall at 42%",
  "the ministry's figures showed") gives it on the body's word, as "the agency said" does: two named bodies' own
  figures are not set against each other as an error.
- "Area" measures a surface only: a figure in another unit beside the word ("rainfall in its Downs area at 42%",
  "the area had received 85 centimetres of snow") measures something else.
"""

from __future__ import annotations

import consistency


def _frames(tmp_path, text: str) -> dict[str, tuple]:
    path = tmp_path / "a.md"
    path.write_text(f"---\ndate: 2026-07-14\n---\n{text}\n", encoding="utf-8")
    return {c.mention.text: (c.frame.measure, c.frame.attribution) for c in consistency.claims(str(path))
            if c.mention.is_figure}


def test_a_bodys_report_gives_the_figure_on_its_word(tmp_path):
    frames = _frames(tmp_path, "The Environment Agency's hydrology report for June put rainfall in the Downs at 42% "
                               "of the long-term average.")
    assert frames["42%"][1] == "Environment Agency"


def test_two_bodies_own_rainfall_figures_are_no_error(dated_errors):
    assert dated_errors(
        ("2026-07-13", "The Met Office said south-east England had received just 38% of its average June rainfall."),
        ("2026-07-17", "The Environment Agency's hydrology report for June put rainfall in south-east England at 42% "
                       "of the long-term average."),
        kind="value-conflict",
    ) == []


def test_area_is_a_surfaces_measure_only(tmp_path):
    frames = _frames(tmp_path, "The area had received about 85 centimetres of fresh snow. The fire burnt an area of "
                               "4,000 hectares.")
    assert frames["85 centimetres"][0] != "area"
    assert frames["4,000 hectares"][0] == "area"
