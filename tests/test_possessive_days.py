"""The day of an act told with a possessive ("Saturday's theft", "Friday's blast") is compared with another report's day
for that act; a report's day ("Thursday's jobs report") is the day it came out, not the period it covers."""

from __future__ import annotations

from pathlib import Path

import pytest

import consistency


def _date_rows(tmp_path: Path, reports: dict[str, tuple[str, str]]) -> list[tuple[str, ...]]:
    for name, (published, text) in reports.items():
        (tmp_path / f"{name}.txt").write_text(f"Headline\nPublished: {published}\n\n{text}\n", encoding="utf-8")
    report = consistency.check([str(tmp_path)])
    return [tuple(sorted(c.text for c in d.claims)) for d in report.discrepancies if d.kind == "date-conflict"]


@pytest.mark.parametrize(
    ("first", "second", "pair"),
    [
        # crime
        ("The theft at the Ostra Museum in Malmo happened on Sunday, police said.",
         "Saturday's theft at the Ostra Museum in Malmo was the third this year.",
         ("Saturday's", "Sunday")),
        # politics
        ("The vote in the Ardal parliament on the pension reform was held on Monday.",
         "Wednesday's vote in the Ardal parliament on the pension reform surprised investors.",
         ("Monday", "Wednesday's")),
        # disasters
        ("The blast at the Varde chemical plant in Torun struck on Thursday night.",
         "Friday's blast at the Varde chemical plant in Torun forced 3,000 people from their homes.",
         ("Friday's", "Thursday")),
    ],
)
def test_a_possessive_day_of_an_act_is_compared_with_its_day(tmp_path, first, second, pair):
    rows = _date_rows(tmp_path, {"a": ("12 March 2026", first), "b": ("13 March 2026", second)})
    assert tuple(sorted(pair)) in rows


def test_two_acts_each_with_its_own_day_are_not_set_against_each_other(tmp_path):
    rows = _date_rows(tmp_path, {
        "a": ("6 March 2026", "Velmar Bank filed for bankruptcy on Monday in Oslo."),
        "b": ("7 March 2026", "Wednesday's search of Velmar Bank's offices in Oslo by prosecutors unsettled customers."),
    })
    assert not rows


def test_a_reports_day_is_not_the_month_it_covers(tmp_path):
    rows = _date_rows(tmp_path, {
        "a": ("5 December 2025", "Ruritanian employers added more jobs than expected in November, the statistics office said on Friday."),
        "b": ("9 December 2025", "Central bankers are studying Thursday's jobs report, which showed employers added 87,000 jobs in November."),
    })
    assert not any("November" in r for r in rows)
