"""A weekday said alone ("on Thursday", "Thursday's collapse", "last Monday") places its day in the week its
report's day suggests; a round-up written more than a week after what it sums up, or "last Monday" said late in a
week, may mean the one a week before or after. The same weekday a week away in another report is the writer's
week, no second day; any other day still is."""

from __future__ import annotations

import pytest

import consistency


@pytest.fixture
def date_rows(tmp_path):
    """The date-conflict rows between two reports, each (publication day, text), as the texts they quote."""

    def check(first: tuple[str, str], second: tuple[str, str]) -> list[tuple[str, ...]]:
        for name, (day, text) in (("a", first), ("b", second)):
            (tmp_path / f"{name}.md").write_text(f"---\ndate: {day}\n---\n{text}\n", encoding="utf-8")
        report = consistency.check([str(tmp_path)])
        return [tuple(c.mention.text for c in d.claims) for d in report.discrepancies if d.kind == "date-conflict"]

    return check


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            ("2025-09-08", "The Marl footbridge in Kessing collapsed on 4 September, injuring three walkers."),
            ("2025-09-12", "Kessing council has opened an inquiry into Thursday's collapse of the Marl footbridge, which injured three walkers."),
        ),
        (
            ("2025-09-05", "The Marl footbridge in Kessing collapsed on Thursday, injuring three walkers."),
            ("2025-09-13", "The Marl footbridge in Kessing collapsed on Thursday, injuring three walkers, and an inquiry has opened."),
        ),
        (
            ("2025-09-09", "The Orrel dam was breached on Monday, flooding 40 homes in Tarrow."),
            ("2025-09-14", "The Orrel dam was breached last Monday, flooding 40 homes in Tarrow."),
        ),
    ],
)
def test_the_same_weekday_a_week_away_is_the_writers_week(date_rows, first, second):
    assert date_rows(first, second) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            ("2025-09-08", "The Marl footbridge in Kessing collapsed on 9 September, injuring three walkers."),
            ("2025-09-12", "Kessing council has opened an inquiry into Thursday's collapse of the Marl footbridge, which injured three walkers."),
        ),
        (
            ("2025-09-08", "The Marl footbridge in Kessing collapsed on 4 September, injuring three walkers."),
            ("2025-09-12", "The Marl footbridge in Kessing collapsed on 11 September, injuring three walkers."),
        ),
    ],
)
def test_another_day_or_two_written_dates_a_week_apart_still_conflict(date_rows, first, second):
    assert date_rows(first, second) != []
