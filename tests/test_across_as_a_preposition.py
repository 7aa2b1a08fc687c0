"""A length followed by "across" and a noun phrase ("a race of 218 kilometres across the flat lanes of Flanders")
runs through that ground: no width of anything, not compared with a width ("the crater is 14 km across")."""

from __future__ import annotations

import pytest

import consistency


def _measure(tmp_path, sentence: str, figure: str) -> str | None:
    (tmp_path / "a.md").write_text(f"---\ndate: 2026-04-13\n---\n{sentence}\n", encoding="utf-8")
    found = [c for c in consistency.claims([str(tmp_path)]) if c.mention.text.startswith(figure)]
    assert found, figure
    return found[0].frame.measure if found[0].frame else None


@pytest.mark.parametrize(("sentence", "figure", "width"), [
    ("Haverkamp won a race of 218 kilometres across the flat lanes of West Flanders.", "218", False),
    ("The crater, which is about 14km across, lies near the pole.", "14km", True),
    ("The comet is about 140 km across and spins every six hours.", "140 km", True),
])
def test_across_before_a_noun_phrase_is_no_width(tmp_path, sentence, figure, width):
    assert (_measure(tmp_path, sentence, figure) == "width") is width

