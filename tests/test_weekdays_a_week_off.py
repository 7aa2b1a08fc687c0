"""A weekday said alone ("on Thursday", "Thursday's collapse", "last Monday", "next weekend") places its day in
the week its report's day suggests, and a writer may mean another: a round-up written more than a week on still
says "Thursday's crash", "last Monday" said late in a week means that week's Monday to some, and "next weekend"
said early in a week the coming one. The same weekday a week before is the writer's week when the nearest one
falls after the other report had told the event as done, or, for a "next" one, when the week before is still to
come; the week after, when the weekday is a "last" one. Any other day still conflicts, and so does a week before
a report that told the event later."""

from __future__ import annotations

import pytest


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
        (
            ("2025-05-19", "Kelby Town will parade the cup through the town on an open-top bus next weekend."),
            ("2025-05-21", "Kelby Town will parade the cup through the town on an open-top bus on Sunday."),
        ),
    ],
)
def test_the_same_weekday_a_week_away_is_the_writers_week(dated_errors, first, second):
    assert dated_errors(first, second, kind="date-conflict") == []


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
        (
            ("2025-03-12", "The Kessing footbridge collapsed on Monday, injuring three walkers."),
            ("2025-03-12", "The Kessing footbridge collapsed on 3 March, injuring three walkers."),
        ),
    ],
)
def test_another_day_two_written_dates_or_a_week_before_a_report_that_told_it_still_conflict(dated_errors, first, second):
    assert dated_errors(first, second, kind="date-conflict") != []
