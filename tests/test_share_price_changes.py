"""A share price's change told by its holding as the subject ("Shares in Acme fell 6%", "the stock had slid 2%"),
and a place written as where a company is based ("the Leeds-based grocer"), which is no name of whose figure it is.

A percent change whose clause's subject is a company's shares or stock measures the share price
(data/changed_subjects.csv), so two reports of one day's move are compared; another company's shares, the stock
market or stocks of a good stay apart.
"""

from __future__ import annotations

import pytest

import consistency


@pytest.mark.parametrize(
    ("first", "conflicting", "agreeing"),
    [
        ("Shares in Varro Foods fell 6.2% on Tuesday after the Leeds-based grocer cut its forecast.",
         "Varro Foods' stock had slid 2.6% on Tuesday, traders said.",
         "Varro Foods' stock had slid 6.2% on Tuesday, traders said."),
        ("Shares of Orrin Metals jumped 11.5% on Thursday after the copper find.",
         "Orrin Metals' stock rose 15.1% on Thursday, brokers said.",
         "Orrin Metals' stock rose 11.5% on Thursday, brokers said."),
    ],
)
def test_a_share_price_change_told_by_its_holding(error_kinds, first, conflicting, agreeing):
    assert "value-conflict" in error_kinds(first, conflicting)
    assert error_kinds(first, agreeing) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Shares in Varro Foods fell 6.2% on Tuesday.", "Shares in rival Kellan Mills fell 2.6% on Tuesday."),
        ("Shares in Varro Foods fell 6.2% on Tuesday.", "The stock market fell 2.6% on Tuesday, its worst day since March."),
        ("Shares of Orrin Metals jumped 11.5% on Thursday.",
         "Orrin Metals' copper stocks fell 15% on Thursday as the smelter ran short."),
    ],
)
def test_other_holdings_stay_apart(error_kinds, first, second):
    assert error_kinds(first, second) == []


def test_the_measure_of_a_holdings_change(tmp_path):
    text = "Shares in Varro Foods fell 6.2% on Tuesday. The stock market fell 1.1% on Tuesday."
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    measures = {c.mention.text: c.frame.measure for c in consistency.claims([tmp_path]) if c.mention.kind == "percent"}
    assert measures == {"6.2%": "share price", "1.1%": None}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The Austin-based group said it would cut 400 jobs.", "Austin"),
        ("Shares in the Perth-based miner fell 3% on Friday.", "Perth"),
        ("Grace Holloway said the New Haven-based insurer had grown.", "New Haven"),
    ],
)
def test_a_name_a_thing_is_based_in_is_a_place(text, place):
    found = [(m.text, m.role) for m in consistency.mentions(text) if m.kind == "entity"]
    assert (place, "place") in found


def test_a_name_before_based_is_no_subject(tmp_path):
    (tmp_path / "a.md").write_text("The Austin-based group said on Monday it would cut 400 jobs.", encoding="utf-8")
    jobs = [c for c in consistency.claims([tmp_path]) if c.mention.text.startswith("400")]
    assert jobs and "Austin" not in jobs[0].subject


def test_a_change_since_a_past_moment_is_not_the_days(error_kinds):
    assert error_kinds("Shares of Orrin Metals jumped 11.5% on Thursday after the copper find.",
                       "Orrin Metals' shares have risen 18% since the copper find.") == []
