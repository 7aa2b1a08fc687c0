"""A figure for a reporting period (a quarter, a half, a year) is a fact of that period, whatever day it is reported.

"Third-quarter net profit was $186 million" on Thursday and "the company
earned $168 million in the quarter that ended in September" on Friday speak
of one quarter. A measure a company reports of itself (revenue, profit, a
margin) that its sentence does not time is the result of the period the
report gives its results for. Another period's figure stays apart: last
year's quarter, the full year, next quarter's forecast.
"""

from __future__ import annotations

import pytest

from tests.test_time_frames import rows


def _values(found: set) -> set[tuple[str, ...]]:
    return {texts for kind, texts in found if kind == "value-conflict"}


PERIOD_RESULTS = [
    # (first report, its day, a later report, its day, the two figures that disagree)
    (
        "Brightwater Retail reported fourth-quarter sales of $3.1bn on Thursday. Net profit was $240 million.",
        "2026-01-29",
        "Brightwater Retail earned $420 million in the quarter that ended in December, on sales of $3.1bn.",
        "2026-01-30",
        ("$240 million", "$420 million"),
    ),
    (
        "Halvorsen Foods said on Tuesday that first-half revenue rose to 2.4 billion euros. "
        "Gross margin was 31.5%.",
        "2025-07-22",
        "Halvorsen Foods posted first-half revenue of 2.4 billion euros last week. Its gross margin was 35.1%.",
        "2025-07-28",
        ("31.5%", "35.1%"),
    ),
    (
        "Torvik Shipping reported revenue of $5.2 billion in 2025. Net profit rose to $610 million from "
        "$540 million a year earlier.",
        "2026-02-12",
        "Torvik Shipping made a net profit of $660 million in 2025, on revenue of $5.2 billion.",
        "2026-02-20",
        ("$610 million", "$660 million"),
    ),
]


@pytest.mark.parametrize(("first", "day1", "second", "day2", "pair"), PERIOD_RESULTS)
def test_one_periods_result_reported_on_two_days_is_compared(tmp_path, first, day1, second, day2, pair):
    found = _values(rows(tmp_path, {"a": (day1, first), "b": (day2, second)}))
    assert pair in found


PERIOD_AGREES = [
    # the same result on two days: no row, and the base of the change is last year's figure
    (
        "Brightwater Retail reported fourth-quarter sales of $3.1bn on Thursday. Net profit rose to $240 million "
        "from $198 million in the same quarter last year.",
        "Brightwater Retail's net profit in the quarter to December was $240 million.",
    ),
    # next quarter's forecast is not this quarter's sales
    (
        "Brightwater Retail reported fourth-quarter sales of $3.1bn on Thursday. It forecast first-quarter "
        "sales of $2.6bn.",
        "Brightwater Retail's fourth-quarter sales were $3.1bn, the company said.",
    ),
    # the full year's revenue is not the quarter's
    (
        "Brightwater Retail reported fourth-quarter sales of $3.1bn on Thursday. Net profit was $240 million.",
        "Brightwater Retail expects full-year sales of about $12bn and annual profit of $900 million.",
    ),
]


@pytest.mark.parametrize(("first", "second"), PERIOD_AGREES)
def test_another_periods_figure_is_not_this_periods(tmp_path, first, second):
    assert _values(rows(tmp_path, {"a": ("2026-01-29", first), "b": ("2026-01-30", second)})) == set()


def test_a_share_price_on_two_days_is_two_figures(tmp_path):
    docs = {
        "a": ("2026-01-29", "Brightwater Retail reported fourth-quarter sales of $3.1bn. Its shares closed at $41.20."),
        "b": ("2026-01-30", "Brightwater Retail's fourth-quarter sales were $3.1bn. Its shares closed at $43.05."),
    }
    assert _values(rows(tmp_path, docs)) == set()


def test_the_period_written_before_its_figure_wins_over_the_day_it_was_reported(tmp_path):
    # "reported on Wednesday third-quarter sales of ...": the quarter's sales, not Wednesday's
    docs = {
        "a": ("2025-10-23", "Norvale Chemicals reported on Wednesday third-quarter sales of $880 million."),
        "b": ("2025-10-27", "Norvale Chemicals' third-quarter sales were $808 million, it said on Friday."),
    }
    assert ("$880 million", "$808 million") in _values(rows(tmp_path, docs))


# ---- a change over a year is a measure of its own, of the measure it changes ------------------------------

YEAR_ON_YEAR_CHANGES = [
    (
        "Solvik Telecom said on Tuesday that second-quarter revenue rose 9% year on year to 4.1 billion kronor.",
        "Solvik Telecom reported second-quarter revenue of 4.1 billion kronor, up 6% from a year earlier.",
        ("9%", "6%"),
    ),
    (
        "Kestrel Airlines reported sales of $2.2bn for the three months to June on Monday, a 12 per cent "
        "increase on the same period last year.",
        "Kestrel Airlines' sales for the three months to June grew 21% compared with a year earlier, to $2.2bn.",
        ("12 per cent", "21%"),
    ),
    (
        "Marlow Bank posted year-on-year growth of 15% in second-quarter profit.",
        "Marlow Bank's second-quarter profit rose 51% on a year earlier.",
        ("15%", "51%"),
    ),
]


@pytest.mark.parametrize(("first", "second", "pair"), YEAR_ON_YEAR_CHANGES)
def test_a_change_over_a_year_is_compared_across_reports(tmp_path, first, second, pair):
    found = _values(rows(tmp_path, {"a": ("2025-07-29", first), "b": ("2025-07-30", second)}))
    assert pair in found


CHANGES_APART = [
    # revenue's change is not profit's
    (
        "Solvik Telecom said third-quarter revenue rose 9% year on year, while net profit rose 25% from a year "
        "earlier.",
        "Solvik Telecom's third-quarter net profit was up 25% on a year earlier; revenue rose 9% year on year.",
    ),
    # a share of the revenue is no change of it
    (
        "Solvik Telecom's third-quarter revenue rose 9% from a year earlier.",
        "Mobile data made up 41% of Solvik Telecom's third-quarter revenue.",
    ),
    # the shares' move on the day is no change over a year
    (
        "Solvik Telecom's third-quarter revenue rose 9% year on year.",
        "Solvik Telecom's third-quarter results sent its shares up 4% on Wednesday.",
    ),
    # next quarter's implied growth is not this quarter's
    (
        "Solvik Telecom's third-quarter revenue rose 9% from a year earlier.",
        "Solvik Telecom's guidance for the fourth quarter implies revenue growth of 17% on a year earlier.",
    ),
]


@pytest.mark.parametrize(("first", "second"), CHANGES_APART)
def test_a_change_over_a_year_is_not_another_figure(tmp_path, first, second):
    assert _values(rows(tmp_path, {"a": ("2025-10-22", first), "b": ("2025-10-23", second)})) == set()
