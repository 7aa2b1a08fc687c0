"""Savings are a measure of their own ("£21m of savings", "savings of £12m", data/measures.csv): two reports of one
budget's savings that disagree conflict, whatever verb each tells them with; a household's savings, a budget gap,
a part of the savings, savings over another period or another company's savings are other quantities."""

from __future__ import annotations

import pytest

from consistency.engine import claims


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The package, approved by councillors on Thursday night, includes £21m of savings over the year.",
         "To balance the budget, the council has had to find £31 million of savings."),
        ("The Northgate hospital trust must make savings of £12m this year.",
         "The Northgate hospital trust needs to find £21m of savings this year."),
    ],
)
def test_one_budgets_savings_told_apart_conflict(error_kinds, first, second):
    assert "value-conflict" in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The package includes £21m of savings, £6m of them from social care.",
         "The council will find £6m of savings in social care."),
        ("Savers lost £2m of savings when the firm collapsed.", "The council must make savings of £31m."),
        ("The package includes £21m of savings over the year.", "The council had to close a gap of £31m."),
        ("The merger will bring $300m of savings, Acme said.",
         "Borla's own cost programme delivered $120m of savings last year."),
        ("The package, approved on Thursday night, includes £21m of savings over the year.",
         "To balance the budget, the council has had to find £21 million of savings."),
    ],
)
def test_other_savings_or_the_same_figure_are_no_conflict(error_kinds, first, second):
    assert "value-conflict" not in error_kinds(first, second)


def test_a_share_keeps_its_measure_before_the_savings_of_the_next_figure(tmp_path):
    (tmp_path / "a.md").write_text(
        "---\ndate: 2025-03-12\n---\n\nThe deficit target of 2.1% of GDP rests on health savings of 900 million euros.\n",
        encoding="utf-8",
    )
    measures = {c.mention.text: c.frame.measure for c in claims(tmp_path) if c.mention.is_figure}
    assert measures == {"2.1%": "deficit", "900 million euros": "savings"}


def test_a_count_right_before_the_next_figure_keeps_the_words_between(tmp_path):
    (tmp_path / "a.md").write_text(
        "---\ndate: 2025-03-12\n---\n\nAt least 1,120 more people were injured - 380 critically, the ministry said.\n",
        encoding="utf-8",
    )
    measures = {c.mention.text: c.frame.measure for c in claims(tmp_path) if c.mention.is_figure}
    assert measures["1,120"] == "injury"
