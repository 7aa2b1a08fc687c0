"""A stretch that begins on its report's day and runs on ("a weaker forecast for the rest of the year") is the time a
forecast runs over, never the day something happened: no rival of the day an act took place ("Wednesday's cuts")."""

from __future__ import annotations


def test_the_rest_of_the_year_is_no_day_of_the_cuts(dated_errors):
    assert not dated_errors(
        ("2026-07-22", "Corvane Systems said it would cut 1,850 jobs. Wednesday's cuts are its second round of layoffs "
                       "in 18 months."),
        ("2026-07-24", "Shares in Corvane Systems fell 11.3% on Thursday after the group paired 1,850 job cuts with a "
                       "weaker forecast for the rest of the year."),
        kind="date-conflict",
    )


def test_the_day_of_the_cuts_told_otherwise_still_conflicts(dated_errors):
    assert dated_errors(
        ("2026-07-22", "Corvane Systems announced on Wednesday that it would cut 1,850 jobs."),
        ("2026-07-24", "Corvane Systems announced on 20 July that it would cut 1,850 jobs."),
        kind="date-conflict",
    )
