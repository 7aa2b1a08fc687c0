"""Within one report, two figures of one noun are two quantities when the report tells one as held and the other
not ("Northlink, which has about 5.1 million customers," and "cut off service for 2 million customers"), or one in
the past perfect, of an act done before the one it tells ("At first instance, a panel of three judges had sentenced
him"), and the other not. One quantity told twice, both alike, still disagrees with itself."""

from __future__ import annotations


def test_a_firms_customers_and_those_cut_off_are_two_counts(dated_errors):
    assert not dated_errors(
        ("2026-07-14", "A network failure at Northlink Communications cut off mobile and internet service for 2 "
                       "million customers in Ontario and Quebec on Tuesday. Northlink, which has about 5.1 million "
                       "customers, said it had found the fault."),
        kind="internal-conflict",
    )


def test_the_panel_of_the_first_trial_is_another_panel(dated_errors):
    assert not dated_errors(
        ("2026-04-23", "The ruling, by five judges of the High Court of Cassation and Justice, is final. At first "
                       "instance, a panel of three judges had sentenced him to eight years."),
        kind="internal-conflict",
    )


def test_one_count_told_twice_alike_still_disagrees(dated_errors):
    assert dated_errors(
        ("2026-07-14", "A network failure at Northlink Communications cut off service for 2 million customers on "
                       "Tuesday. The company said the failure cut off service for 2.6 million customers."),
        kind="internal-conflict",
    )


def test_a_term_a_report_tells_as_the_earlier_one_is_no_rival_of_another_reports_term(dated_errors):
    assert not dated_errors(
        ("2026-04-22", "Former minister Dorin Pavel began his prison term after the High Court sentenced him to seven "
                       "years."),
        ("2026-04-23", "Dorin Pavel was jailed for seven years on Tuesday. At first instance, a panel of three judges "
                       "had sentenced him to eight years."),
        kind="value-conflict",
    )


def test_a_term_told_in_the_past_perfect_alone_is_still_compared(dated_errors):
    assert dated_errors(
        ("2026-04-22", "Former minister Dorin Pavel began his prison term after the High Court sentenced him to seven "
                       "years."),
        ("2026-04-23", "Dorin Pavel's lawyers said the High Court had sentenced him to eight years."),
        kind="value-conflict",
    )
