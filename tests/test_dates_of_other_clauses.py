"""A date that stands in a clause of its own after a figure, opened by a verb's -ing form ("will rise to €4.2bn,
reflecting commitments made to allies earlier this year"), dates that clause's act, not the figure; and a year a
change is set against ("a rise of 12% on this year") is the change's base, not the time of the sum beside it. The
figure keeps its report's time, so two reports' figures for the coming year are compared."""

from __future__ import annotations

import pytest

import consistency


def _figure_times(tmp_path, text: str) -> dict[str, tuple | None]:
    (tmp_path / "r.txt").write_text(f"Headline\nPublished: 29 October 2025\n\n{text}\n", encoding="utf-8")
    report = consistency.check([str(tmp_path)])
    return {c.mention.text: c.time for c in report.claims if c.mention.is_figure}


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Defence spending will rise to €4.2bn, reflecting commitments made to allies earlier this year and plans "
         "to buy new radar.", "€4.2bn"),
        ("The mill cut 400 jobs, citing falling orders in 2024.", "400 jobs"),
        ("Defence will receive 4.6 billion euros, a rise of 12% on this year, as Lorvania steps up its commitments.",
         "4.6 billion euros"),
    ],
)
def test_a_date_of_another_clause_or_a_base_is_not_the_figures(tmp_path, text, figure):
    times = _figure_times(tmp_path, text)
    assert times[figure] is None, times


@pytest.mark.parametrize(
    ("text", "figure", "year"),
    [
        # a period right after the figure is its own
        ("Revenue was 5 billion euros, including 1 billion from Asia, in 2024.", "5 billion euros", 2024),
        # a phrase that tells of the figure's parts is no other act
        ("The group has 4.2 million customers, including 2.6 million in France in 2024.", "4.2 million", 2024),
        # a change said within the year is the year's
        ("Sales rose 12% this year, the company said.", "12%", 2025),
    ],
)
def test_a_period_of_the_figure_stays_its_time(tmp_path, text, figure, year):
    times = _figure_times(tmp_path, text)
    assert times[figure] is not None and times[figure][0].year == year, times


def test_two_reports_of_next_years_sum_are_compared(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Budget\nPublished: 14 October 2025\n\nDefence spending will rise to €4.2bn, reflecting commitments made "
        "to allies earlier this year.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Budget\nPublished: 14 October 2025\n\nDefence spending will rise to €4.6bn, the finance ministry said.\n",
        encoding="utf-8")
    report = consistency.check([str(tmp_path)])
    assert any(
        d.kind == "value-conflict" and {c.mention.text for c in d.claims} == {"€4.2bn", "€4.6bn"}
        for d in report.discrepancies
    )
