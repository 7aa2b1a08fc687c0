"""A source named by its initials in one report and in full in another is one source.

"The CPSC said 17" and "the Consumer Product Safety Commission said 27" are one
body's figures given differently (value-conflict), not two bodies' own figures;
two bodies whose initials and names do not match stay two.
"""

from __future__ import annotations

import pytest

import consistency
from consistency.align.frames import same_source


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("CPSC", "Consumer Product Safety Commission", True),
        ("National Weather Service", "NWS", True),
        ("EU", "European Union", True),
        ("USGS", "Interior Ministry", False),
        ("NWS", "National Flood Authority", False),
        ("CPSC", "Consumer Product Safety Commission of Canada", False),
        ("Interior Ministry", "Morocco's interior ministry", True),
    ],
)
def test_an_acronym_and_its_name_are_one_source(a, b, same):
    assert same_source(a, b) is same


def _kinds(tmp_path, first: str, second: str) -> list[str]:
    for name, text in (("a", first), ("b", second)):
        (tmp_path / f"{name}.md").write_text(f"---\ndate: 2025-03-12\n---\n{text}\n", encoding="utf-8")
    return [d.kind for d in consistency.check([tmp_path]).discrepancies]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # weather: a service's rainfall, named in full and by its initials
        (
            "The National Weather Service said 240 mm of rain fell on Velden on Monday.",
            "The NWS said 420 mm of rain fell on Velden on Monday.",
        ),
        # product safety: a regulator's count
        (
            "The Consumer Product Safety Commission said the heaters had caused 27 fires.",
            "The heaters caused 17 fires, the CPSC said.",
        ),
    ],
)
def test_one_bodys_figure_given_differently_is_a_conflict(tmp_path, first, second):
    assert "value-conflict" in _kinds(tmp_path, first, second)


def test_two_bodies_figures_are_no_conflict(tmp_path):
    kinds = _kinds(
        tmp_path,
        "The National Weather Service said 240 mm of rain fell on Velden on Monday.",
        "The Velden Flood Authority said 420 mm of rain fell on Velden on Monday.",
    )
    assert "value-conflict" not in kinds
