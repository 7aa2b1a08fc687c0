"""A report whose sentence gives both figures tells them apart itself: "the region's rate reached 7.1 per cent,
well above the national rate of 5.3 per cent" is set against no other report's 5.3 per cent, nor "Vale was
jailed for seven years and Pell for four and a half years" against another's four and a half years."""

from __future__ import annotations


def test_a_regional_rate_told_beside_the_national_one(dated_errors):
    found = dated_errors(
        ("2026-05-19", "Britain's unemployment rate rose to 5.3% in the three months to March, official figures "
                       "showed on Tuesday."),
        ("2026-05-21", "Unemployment in the region reached 7.1 per cent in the three months to March, well above the "
                       "national rate of 5.3 per cent."),
        kind="value-conflict",
    )
    assert not found


def test_two_peoples_terms_told_in_one_sentence(dated_errors):
    found = dated_errors(
        ("2026-03-13", "Ruth Vale, the firm's compliance director, received seven years, while salesman Owen Pell, "
                       "39, was jailed for four and a half years."),
        ("2026-03-14", "Vale was jailed for seven years and Pell for four and a half years."),
        kind="value-conflict",
    )
    assert not found


def test_a_figure_told_alone_still_disagrees(dated_errors):
    found = dated_errors(
        ("2026-05-19", "Britain's unemployment rate rose to 5.3% in the three months to March, official figures "
                       "showed on Tuesday."),
        ("2026-05-19", "Britain's unemployment rate rose to 5.8% in the three months to March, the statistics office "
                       "said."),
        kind="value-conflict",
    )
    assert found


def test_each_rank_is_told_by_its_own_superlative(dated_errors):
    found = dated_errors(
        ("2026-05-19", "By the last census, Harlow Bay is the sixth-largest city and the fourth-most populous "
                       "metropolitan area in the country."),
        ("2026-05-19", "By the last census, Harlow Bay is the fourth-largest city in the country."),
        kind="value-conflict",
    )
    assert found


def test_a_tallys_two_counts_are_one_result(dated_errors):
    found = dated_errors(
        ("2026-11-19", "Parliament approved the budget on Wednesday by 104 votes to 96."),
        ("2026-11-20", "Parliament backed the budget on Wednesday by 96 votes to 104, a margin of eight."),
        kind="value-conflict",
    )
    assert found
