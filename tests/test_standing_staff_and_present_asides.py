"""A workforce told on two days, one of them in a present-tense aside beside a year.

"The academy, which has a teaching staff of 44, was rated good, up from
inadequate in 2022": the year is the rating's, the staff the academy's at the
report's time (a relative clause of the present set off by commas). A
workforce stands for days unless a report says it changed
(data/standing_measures.csv), so "employs fifty-one teachers" the day before
disagrees with it. A past aside keeps its year ("which had 4,000 staff in
2019"), and a workforce a later report says has changed ("now employs") or a
past year's is an update.
"""

from __future__ import annotations

import pytest

import consistency


@pytest.fixture
def kinds_a_day_apart(tmp_path):
    def check(first: str, second: str, second_day: str = "2026-10-15") -> list[str]:
        for name, day, text in (("a", "2026-10-14", first), ("b", second_day, second)):
            (tmp_path / f"{name}.md").write_text(f"---\ndate: {day}\n---\n{text}\n", encoding="utf-8")
        return [d.kind for d in consistency.check([tmp_path]).discrepancies if str(d.severity) == "error"]

    return check


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
def test_a_workforce_told_differently_a_day_apart_is_a_conflict(kinds_a_day_apart, first, second):
    assert "value-conflict" in kinds_a_day_apart(first, second)


@pytest.mark.parametrize(
    ("first", "second", "second_day"),
    [
        # a past aside keeps its own year
        ("The firm employs 2,500 staff, the company said.", "The firm, which had 4,000 staff in 2019, was sold in 2021.", "2026-10-15"),
        # a later report says the workforce has changed
        ("The firm employs 440 staff, the company said.", "The firm now employs 520 staff after hiring 80 engineers this week.", "2026-10-16"),
        # a past year's staff
        ("The school employs 42 teachers.", "The school had 30 teachers in 2021, the report said.", "2026-10-15"),
    ],
)
def test_a_past_or_changed_workforce_is_no_conflict(kinds_a_day_apart, first, second, second_day):
    assert "value-conflict" not in kinds_a_day_apart(first, second, second_day)
