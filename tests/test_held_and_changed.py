"""What is held and what is added or taken away are two quantities of one noun (data/holding_verbs.csv).

"A unit which has 1,100 engineers" is a workforce; "plans to hire 300 engineers" an intake; "had 15,400 employees"
a headcount; "will cut 1,850 employees" the cuts. Two reports that each tell one of them do not disagree; two that
tell the same one with two figures still do, whatever verbs they use.
"""

from __future__ import annotations

import pytest

import consistency


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Corvell plans to hire about 300 engineers this year.", "Corvell's software unit, which has about 1,100 engineers, will keep growing."),
        ("Corvell, which had 15,400 employees at the end of 2025, reported a loss.", "Corvell said on Tuesday it would get rid of 1,850 employees."),
        ("The hospital employs 2,600 nurses across its three sites.", "The hospital will recruit 140 nurses from abroad this year."),
        ("Its 820 drivers voted to strike on Monday.", "Tarnby Buses laid off 95 drivers last spring."),
        ("The brewery has 430 staff at its Lund plant.", "The brewery will add 60 staff at its Lund plant."),
    ],
)
def test_a_stock_and_a_flow_of_one_noun_are_two_things(error_kinds, first, second):
    assert "value-conflict" not in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Corvell plans to hire about 300 engineers this year.", "Corvell will recruit 450 engineers this year."),
        ("The hospital employs 2,600 nurses across its three sites.", "The hospital has 2,900 nurses across its three sites."),
        ("Corvell said on Tuesday it would cut 1,850 jobs.", "Corvell said on Tuesday it would cut 1,580 jobs."),
        ("The brewery will add 60 staff at its Lund plant.", "The brewery is to take on 90 staff at its Lund plant."),
    ],
)
def test_one_quantity_told_with_two_figures_still_conflicts(error_kinds, first, second):
    assert "value-conflict" in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Shares of Corvell fell 6.2% on Monday after the results.", "Shares of Corvell had dropped 2.6% on Monday after the results."),
        ("The river rose 1.8 metres at Lund on Sunday.", "The river had risen 8.1 metres at Lund on Sunday."),
        ("Corvell said on Tuesday it would cut 1,850 jobs.", "Corvell said on Tuesday it had cut 1,580 jobs."),
    ],
)
def test_had_before_a_participle_is_no_holding(error_kinds, first, second):
    """"had dropped 2.6%": "had" is the participle's auxiliary, and the figure tells what dropped, not what is held."""
    assert "value-conflict" in error_kinds(first, second)


@pytest.mark.parametrize(
    ("text", "figure", "holding"),
    [
        ("The stock had dropped 4.1% by noon.", "4.1%", None),
        ("The league had lost 1,200 members by June.", "1,200", None),
        ("The firm, which had 9,300 employees, was sold.", "9,300 employees", "stock"),
        ("The firm had laid off 640 workers by June.", "640 workers", "flow"),
    ],
)
def test_the_holding_of_a_figure_after_had(tmp_path, text, figure, holding):
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    claims = consistency.claims([tmp_path / "a.txt"])
    assert next(c for c in claims if c.mention.text == figure).frame.holding == holding
