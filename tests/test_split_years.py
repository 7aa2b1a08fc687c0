"""A year split across two ("2026-27", "the 2025/26 season", "FY 2023-24") is one year of its own: a budget for
2026-27 is not the one for 2025-26, and two reports that give each its own sum do not disagree. Two reports
that give one split year two sums do, and a range of whole years ("from 2019 to 2020") stays a range."""

from __future__ import annotations

import datetime as dt

import pytest

import consistency


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Councils in England will receive £2.4 billion for road repairs in 2026-27, the department said.",
            "Councils in England received £2.1 billion for road repairs in 2025-26, the department said.",
        ),  # two budget years
        (
            "The club's wage bill rose to £212 million in the 2024/25 season, its accounts show.",
            "The club's wage bill was £187 million in the 2023/24 season, its accounts show.",
        ),  # two seasons
        (
            "Councils will receive £2.4 billion for road repairs in 2026-27, up from £2.1 billion in the current "
            "financial year, the department said.",
            "In the current financial year, councils received £2.1 billion for road repairs, the department said.",
        ),  # the year in hand, named by its place among financial years
    ],
)
def test_two_split_years_give_two_sums(error_kinds, first, second):
    assert "value-conflict" not in error_kinds(first, second)


def test_one_split_year_given_two_sums_conflicts(error_kinds):
    assert "value-conflict" in error_kinds(
        "Councils in England will receive £2.4 billion for road repairs in 2026-27, the department said.",
        "Councils in England will get £2.7 billion for road repairs in 2026-27, the department said.",
    )


@pytest.mark.parametrize(
    ("text", "written", "first", "last"),
    [
        ("The grant for 2026-27 was cut.", "2026-27", dt.date(2026, 7, 1), dt.date(2027, 6, 30)),
        ("Results for FY 2023-24 were weak.", "FY 2023-24", dt.date(2023, 7, 1), dt.date(2024, 6, 30)),
        ("Fighting raged from 2019 to 2020.", "2019 to 2020", dt.date(2019, 1, 1), dt.date(2020, 12, 31)),
        # told from publication (12 March 2025): the financial year that holds the day, or the one before or after
        ("Spending rose in the current financial year.", "current financial year", dt.date(2024, 7, 1),
         dt.date(2025, 6, 30)),
        ("Spending fell in the last financial year.", "last financial year", dt.date(2023, 7, 1),
         dt.date(2024, 6, 30)),
        ("Spending will rise next fiscal year.", "next fiscal year", dt.date(2025, 7, 1), dt.date(2026, 6, 30)),
    ],
)
def test_a_split_year_overlaps_both_its_calendar_years_and_no_other_split_year(text, written, first, last):
    (m,) = [m for m in consistency.mentions(text, dt.date(2025, 3, 12)) if m.kind == "date"]
    assert (m.text, m.date, m.date_end) == (written, first, last)
