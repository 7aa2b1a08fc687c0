"""A sentence that opens "This time" sets its matter against the time the sentence before told of ("They held merger
talks in 2019 that collapsed. This time the deal is an all-share one"): it is of now, and takes neither that
sentence's year nor its subject."""

from __future__ import annotations

TERMS = ("2026-05-14", "Under the terms, Harlow shareholders will own 55% of the combined company and Greenway "
                       "investors 45%, the companies said.")


def test_a_figure_after_this_time_is_of_this_deal(dated_errors):
    assert dated_errors(
        ("2026-05-15", "The two chains held merger talks in 2019 that collapsed over price. This time the deal is an "
                       "all-share one, with Greenway's investors taking 54% of the enlarged company."),
        TERMS,
        kind="value-conflict",
    )


def test_a_figure_of_the_earlier_talks_is_still_theirs(dated_errors):
    assert not dated_errors(
        ("2026-05-15", "The two chains held merger talks in 2019 that collapsed over price. They had then planned "
                       "to give Greenway's investors 54% of the enlarged company."),
        TERMS,
        kind="value-conflict",
    )
