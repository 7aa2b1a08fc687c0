"""Phrases of categories of date and figure news writes that the earlier tables do not hold, several per
category (see test_parser_categories.py and test_parser_categories_more.py): percentages and points in
their abbreviated and hyphened forms, holidays named with their year, weeks named by their first day,
British counts of weeks from a weekday, numbers in words split by commas, and their look-alikes.
"""

from __future__ import annotations

import datetime as dt

import pytest

import consistency
from consistency.model import FIGURE_KINDS

PUBLISHED = dt.date(2024, 6, 12)  # a Wednesday
D = dt.date


def date_of(sentence: str, published: dt.date = PUBLISHED) -> list[tuple[str, dt.date | None, dt.date | None]]:
    return [(m.text, m.date, m.date_end) for m in consistency.mentions(sentence, published=published) if m.kind == "date"]


def figures_of(sentence: str) -> list[tuple[str, str, float | None, str | None]]:
    return [(m.kind, m.text, m.value, m.unit) for m in consistency.mentions(sentence) if m.kind in FIGURE_KINDS]


# Percentages, percentage points and basis points: "pc" after a space, the words of a point unit joined
# by hyphens before a noun, "pts" for points, and a decimal below one "of a" point.
# (sentence, figure as written, value, unit)
PERCENT_FORMS = [
    ("Shares in the miner fell 3 pc on Monday.", "3 pc", 3.0, "%"),
    ("Retail sales rose 12.5 pc in the year.", "12.5 pc", 12.5, "%"),
    ("The bank made a 25-basis-point cut.", "25-basis-point", 25.0, "bp"),
    ("A 50-basis-point rise is priced in.", "50-basis-point", 50.0, "bp"),
    ("Labour holds a 10-percentage-point lead.", "10-percentage-point", 10.0, "pp"),
    ("The senator's 3-percentage-point edge vanished.", "3-percentage-point", 3.0, "pp"),
    ("Turnout fell 4 percentage pts.", "4 percentage pts", 4.0, "pp"),
    ("Spreads widened 15 basis pts overnight.", "15 basis pts", 15.0, "bp"),
    ("Unemployment rose 0.3 of a percentage point.", "0.3 of a percentage point", 0.3, "pp"),
    ("Growth was revised down by 0.2 of a per cent.", "0.2 of a per cent", 0.2, "%"),
    ("Support rose by 6 points to 41pc.", "41pc", 41.0, "%"),
    ("Sales rose 2.4 p.c. in April.", "2.4 p.c.", 2.4, "%"),
    ("Rates rose 100 bp in a year.", "100 bp", 100.0, "bp"),
    ("A 5-per-cent rise was agreed.", "5-per-cent", 5.0, "%"),
    ("The bank cut rates by a quarter of a percentage point.", "a quarter of a percentage point", 0.25, "pp"),
]


@pytest.mark.parametrize(("sentence", "phrase", "value", "unit"), PERCENT_FORMS)
def test_a_percent_or_point_in_its_short_and_hyphened_forms(sentence, phrase, value, unit):
    assert ("percent", phrase, pytest.approx(value), unit) in figures_of(sentence)


# Look-alikes: capital PC is a computer or a party; a decimal before "a" with no "of" is no share of a unit.
# (sentence, the figures it holds as (kind, value, unit))
NOT_PERCENTS = [
    ("The firm sold 3 PCs last week.", [("number", 3.0, None)]),
    ("PC sales fell sharply.", []),
    ("The PC party won 3 seats.", [("quantity", 3.0, "seat")]),
    ("The stock gained $0.25 a share.", [("money", 0.25, "USD")]),
    ("He ran 0.4 of the course.", [("number", 0.4, None)]),
    ("A 9-second gap opened.", [("quantity", 9.0, "second")]),
]


@pytest.mark.parametrize(("sentence", "found"), NOT_PERCENTS)
def test_look_alikes_of_a_percent_form(sentence, found):
    assert [(k, v, u) for k, _, v, u in figures_of(sentence)] == found
