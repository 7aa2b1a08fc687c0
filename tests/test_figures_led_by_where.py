"""A figure a preposition of where leads, with its own noun after it ("taken to hospitals in three neighbouring
counties", "fans from 40 countries"), counts that noun: the measure its clause's subject names (the injured,
the fans) is not its, so it is never set against the count of the injured in the report's lede."""

from __future__ import annotations

import pytest

from consistency.align.frames import frame_of
from consistency.model import Sentence
from consistency.parse import mentions


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        ("The injured were taken to hospitals in three neighbouring counties.", "three", None),
        ("The wounded were flown to clinics across four provinces.", "four", None),
        # the measure of a figure the subject rose to, its place told before it, is still the subject's
        ("The toll in three provinces has risen to 2,000.", "2,000", "death"),
    ],
)
def test_a_figure_led_by_where_counts_its_own_noun(text, figure, measure):
    (m,) = [m for m in mentions(text) if m.text == figure]
    assert frame_of(Sentence(0, len(text), text), m).measure == measure


def test_counties_are_no_second_count_of_the_injured(tmp_path):
    (tmp_path / "a.md").write_text(
        "---\ndate: 2025-04-25\n---\n"
        "A storm tore through Pellton on Thursday, injuring at least 27 people, officials said.\n\n"
        "The injured were taken to hospitals in three neighbouring counties; four were in a critical condition.\n",
        encoding="utf-8",
    )
    import consistency

    report = consistency.check([str(tmp_path)])
    assert [d.kind for d in report.discrepancies if str(d.severity) == "error"] == []
