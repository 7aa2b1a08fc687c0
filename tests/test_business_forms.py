"""Forms of business and economics reporting: a policy rate named in other words, the month a figure is for,
the customers a breach touched, a figure one report disputes on its own day."""

from __future__ import annotations

import pytest

import consistency
from consistency.parse.figures import numbers


def _frames(tmp_path, text: str, date: str = "2025-06-05") -> dict[str, object]:
    path = tmp_path / "a.md"
    path.write_text(f"---\ndate: {date}\n---\n{text}\n", encoding="utf-8")
    return {c.mention.text: c for c in consistency.claims(str(path)) if c.mention.is_figure}


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The Bank of Varland raised its benchmark rate by a quarter point on Thursday.", "a quarter point"),
        ("The central bank cut interest rates by 50 basis points.", "50 basis points"),
        ("The Federal Reserve left the federal funds rate at 4.5% on Wednesday.", "4.5%"),
        ("Its key rate now stands at 3.75% after the increase.", "3.75%"),
    ],
)
def test_a_policy_rate_is_named_in_many_words(tmp_path, text, figure):
    assert _frames(tmp_path, text)[figure].frame.measure == "policy rate"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Unemployment held at 4.1% in May, the office said.", "4.1%"),
        ("The lender raised its standard variable rate to 6.1% from July 1.", "6.1%"),
        ("The dissenters wanted to leave the rate at 4%.", "4%"),
    ],
)
def test_other_rates_are_not_the_policy_rate(tmp_path, text, figure):
    assert _frames(tmp_path, text)[figure].frame.measure != "policy rate"


@pytest.mark.parametrize(
    ("text", "figure", "period"),
    [
        ("Inflation in May was 8.3%, the statistics office said last week.", "8.3%", ("2025-05-01", "2025-05-31")),
        ("Unemployment in March stood at 5.1%, the agency said on Friday.", "5.1%", ("2025-03-01", "2025-03-31")),
        ("Retail sales in April fell 2.1%, figures showed on Thursday.", "2.1%", ("2025-04-01", "2025-04-30")),
        ("Consumer prices rose 3.8% in May from a year earlier, the office said on Tuesday.", "3.8%",
         ("2025-05-01", "2025-05-31")),
        ("The economy grew 0.4% in the first quarter, the agency said on Friday.", "0.4%", ("2025-01-01", "2025-03-31")),
        ("Exports fell 2.1 per cent in April, customs data showed on Thursday.", "2.1 per cent", ("2025-04-01", "2025-04-30")),
    ],
)
def test_the_period_just_after_a_measure_times_its_figure_before_the_day_it_was_said(tmp_path, text, figure, period):
    claim = _frames(tmp_path, text, date="2025-06-10")[figure]
    assert tuple(d.isoformat() for d in claim.time) == period


def test_a_base_is_timed_by_its_own_date_not_by_the_period_of_the_figure(tmp_path):
    claims = _frames(tmp_path, "Inflation in May was 8.3%, the office said on Tuesday, up from 3.4% in April.", date="2025-06-10")
    assert claims["8.3%"].time[0].month == 5
    assert claims["3.4%"].time[0].month == 4


def _write(tmp_path, docs: dict[str, tuple[str, str]]) -> None:
    for name, (date, text) in docs.items():
        (tmp_path / f"{name}.md").write_text(f"---\ndate: {date}\n---\n{text}\n", encoding="utf-8")


def _value_conflicts(tmp_path) -> list[str]:
    return [
        d.summary for d in consistency.check([tmp_path]).discrepancies
        if d.kind == "value-conflict" and str(d.severity) == "error"
    ]


def test_a_published_statistic_quoted_by_an_official_is_the_statistic(tmp_path):
    # the governor quotes the office's figure: it is not the governor's own estimate against the office's
    _write(tmp_path, {
        "a": ("2025-06-05", "Governor Maria Kessler said inflation of 3.8% in May was far too high."),
        "b": ("2025-06-06", "Inflation was 3.8 per cent in May, the highest since 2023."),
        "c": ("2025-06-10", "Inflation in May was 4.6%, the statistics office said last week."),
    })
    rows = _value_conflicts(tmp_path)
    assert rows and all("4.6%" in row for row in rows), rows


@pytest.mark.parametrize(
    "forecast",
    [
        "Economists polled by Reuters had forecast inflation of 4.6% in May.",
        "The bank's forecast put inflation at 4.6% in May.",
    ],
)
def test_a_forecast_is_not_the_months_figure(tmp_path, forecast):
    _write(tmp_path, {
        "a": ("2025-06-05", forecast),
        "b": ("2025-06-10", "Inflation in May was 3.8%, the statistics office said last week."),
    })
    assert _value_conflicts(tmp_path) == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Hackers took the personal data of 2.4 million customers across three countries.", "2.4 million"),
        ("The outage hit 80,000 subscribers throughout the region.", "80,000"),
    ],
)
def test_what_a_figure_counts_ends_at_a_preposition(tmp_path, text, figure):
    claim = _frames(tmp_path, text)[figure]
    assert claim.head in ("custom", "subscrib") and claim.frame.measure == "customer"


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("The Federal Reserve lowered interest rates by a quarter point on Wednesday.", "a quarter point", 0.25),
        ("The bank raised its key rate by half a point.", "half a point", 0.5),
        ("Ten-year yields jumped 0.3 points after the data.", "0.3 points", 0.3),
    ],
)
def test_the_points_a_rate_moves_by_are_percentage_points(text, figure, value):
    found = [m for m in numbers.find(text) if m.text == figure]
    assert [(m.kind, m.unit, m.value) for m in found] == [("percent", "pp", pytest.approx(value))]


def test_points_of_an_index_are_points(tmp_path):
    found = [m for m in numbers.find("The FTSE 100 index fell 85 points on Tuesday.") if m.text.startswith("85")]
    assert [m.unit for m in found] == ["point"]


def test_a_figure_disputed_on_its_day_does_not_make_a_later_report_out_of_date():
    # the breach set: 4.2 million customers on Monday, 2.4 million and 4.2 million in two reports of Tuesday,
    # 4.2 million again in November: Tuesday's 2.4 million is the odd figure, not a correction in force
    from pathlib import Path

    report = consistency.check([str(Path(__file__).parent / "data" / "stories" / "breach")])
    assert not [d.summary for d in report.discrepancies if d.kind == "superseded"]
