"""A figure whose own clause has a day's event for its object ("About 60 rescuers took part in Thursday's operation",
"some 3,000 fans attended Saturday's concert") is that day's: reports a day apart, one dating the count by the
possessive and one by "on Thursday", speak of one time. A day after another clause's edge or a word of another act's
time ("cut 400 jobs ahead of Tuesday's vote") is not the figure's, and a toll ("were killed in Saturday's attack")
stays the report's, as it may rise."""

from __future__ import annotations


def test_a_count_of_a_days_event_is_that_days(dated_errors):
    assert dated_errors(
        ("2026-08-21", "About 60 rescuers took part in Thursday's operation in the Barranco gorge."),
        ("2026-08-25", "On Thursday, 110 rescuers took part in the operation in the Barranco gorge."),
        kind="value-conflict",
    )


def test_a_day_after_another_acts_word_is_not_the_figures(dated_errors):
    assert not dated_errors(
        ("2026-08-19", "Halvard Foods said it would cut 400 jobs ahead of Tuesday's vote by shareholders."),
        ("2026-08-21", "Halvard Foods has cut 520 jobs since the vote by shareholders on Tuesday."),
        kind="value-conflict",
    )


def test_a_toll_of_a_days_attack_is_the_reports(dated_errors):
    assert not dated_errors(
        ("2026-08-16", "Twelve people were killed in Saturday's attack on the market in Dorvale."),
        ("2026-08-18", "Fifteen people were killed in the attack on the market in Dorvale on Saturday, officials said."),
        kind="value-conflict",
    )
