"""A day written right before a noun, as its possessive ("Friday's individual time trial") or after an article ("the
6 August time trial"), dates that one occurrence: two such days before one noun, a day apart, disagree. A thing
that recurs ("Tuesday's strike", "the 3 March strike") may be two of its days, and things in the plural are
many."""

from __future__ import annotations


def test_one_time_trial_dated_by_two_days_conflicts(date_rows):
    assert date_rows(
        ("2026-08-08", "Vermaat took the red jersey from Prydderch in Friday's individual time trial in Aberystwyth."),
        ("2026-08-10", "His time for the 28km test in the 6 August time trial turned a deficit into a lead."),
    )


def test_two_days_of_a_recurring_thing_are_two(date_rows):
    assert date_rows(
        ("2026-03-05", "Commuters were stranded by Tuesday's strike on the northern line."),
        ("2026-03-09", "Union leaders said the 6 March strike would go ahead."),
    ) == []
