"""A figure in a present-tense aside beside another clause's year.

"The academy, which has a teaching staff of 44, was rated good, up from
inadequate in 2022": the year is the rating's, the staff the academy's at the
report's time (a relative clause of the present set off by commas, data/
present_holding_verbs.csv), so a same-day report's "employs fifty-one
teachers" disagrees with it rather than reading as an update since 2022. A
past aside keeps its year ("which had 4,000 staff in 2019"), and so does a
year inside the aside ("which has had 36 teachers since 2021").
"""

from __future__ import annotations

import datetime as dt
import pathlib

import pytest

import consistency


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # schools: a number in words against a staff in an aside beside another clause's year
        (
            "Inspectors noted that the academy employs fifty-one teachers.",
            "The academy, which has 900 pupils and a teaching staff of 44, was rated good, up from inadequate in 2022.",
        ),
        # business: a plant's workforce beside the year it opened
        (
            "The Harlow plant employs 640 people, the company said.",
            "The Harlow plant, which has a workforce of 460, opened in 1998.",
        ),
    ],
)
def test_a_present_asides_figure_is_of_the_reports_day(error_kinds, first, second):
    assert "value-conflict" in error_kinds(first, second)


def _times(tmp_path: pathlib.Path, text: str) -> dict[str, tuple[dt.date, dt.date] | None]:
    (tmp_path / "a.md").write_text(f"---\ndate: 2026-10-14\n---\n{text}\n", encoding="utf-8")
    return {c.mention.text: c.time for c in consistency.claims([str(tmp_path / "a.md")]) if c.mention.is_figure}


@pytest.mark.parametrize(
    ("text", "figure", "year"),
    [
        ("The club, which has 4,000 members, was founded in 1921.", "4,000", None),
        ("The firm, which had 4,000 staff in 2019, was sold in 2021.", "4,000", 2019),
        ("The school, which has had a teaching staff of 36 since 2021, was rated good.", "36", 2021),
    ],
)
def test_only_a_past_aside_or_a_year_inside_it_dates_its_figure(tmp_path, text, figure, year):
    time = _times(tmp_path, text)[figure]
    assert (time[0].year if time else None) == year
