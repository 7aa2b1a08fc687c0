"""A body's cut of a rate in other words is one act ("cut its main rate on Thursday", "lowered rates on Wednesday
last week"; data/act_verbs.csv), whose day two reports may disagree on; a firm's cut of jobs and its cut of prices
are two acts."""

from __future__ import annotations


def test_two_days_for_one_rate_cut_conflict(date_rows):
    found = date_rows(
        ("2025-03-06", "The Bank of Norvia cut its main interest rate by a quarter point to 3.75% on Thursday, "
                       "saying inflation had eased."),
        ("2025-03-14", "The Bank of Norvia lowered its main rate to 3.75% on Wednesday last week, in a 6-3 vote."),
    )
    assert found


def test_a_cut_of_jobs_and_a_cut_of_prices_are_two_acts(date_rows):
    found = date_rows(
        ("2025-03-06", "Harlan Foods cut 300 jobs at its Tarrow bakery on Monday."),
        ("2025-03-14", "Harlan Foods cut the price of bread by 10p on Thursday."),
    )
    assert not found
