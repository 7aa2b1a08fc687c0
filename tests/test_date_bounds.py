"""Dates that are not one date: open bounds ("by the end of the year") and alternatives ("this week or next")."""

from __future__ import annotations

import datetime as dt

import pytest

import consistency
from consistency import engine
from consistency.intervals import date_range_text
from consistency.parse import dates

D = dt.date
WEDNESDAY = D(2025, 3, 12)
OPEN_START, OPEN_END = D.min, D.max


def only_date(text: str, published: dt.date | None = WEDNESDAY):
    found = dates.find(text, published)
    assert len(found) == 1, [(m.text, m.date) for m in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "span", "hedge", "first", "last"),
    [
        # up to and including the day or period named
        ("The plant will close by the end of the year.", "end of the year", "by", OPEN_START, D(2025, 12, 31)),
        ("Ministers want a deal by the end of the month.", "end of the month", "by", OPEN_START, D(2025, 3, 31)),
        ("The fund must be repaid by 2030.", "2030", "by", OPEN_START, D(2030, 12, 31)),
        ("Troops are to leave by June 30, 2026.", "June 30, 2026", "by", OPEN_START, D(2026, 6, 30)),
        ("Bids are due no later than 14 April 2025.", "14 April 2025", "no later than", OPEN_START, D(2025, 4, 14)),
        ("The curfew stays until 2027.", "2027", "until", OPEN_START, D(2027, 12, 31)),
        ("He ran the agency till May 2019.", "May 2019", "till", OPEN_START, D(2019, 5, 31)),
        # before: up to the day before
        ("Ballots must arrive before March 20, 2025.", "March 20, 2025", "before", OPEN_START, D(2025, 3, 19)),
        ("The bridge was built before 1900.", "1900", "before", OPEN_START, D(1899, 12, 31)),
        ("Tickets sold out prior to 5 May 2024.", "5 May 2024", "prior to", OPEN_START, D(2024, 5, 4)),
        ("Talks must end ahead of the end of the year.", "end of the year", "ahead of", OPEN_START, D(2025, 12, 31)),
        # since and after: from the day named, or the day after
        ("Prices have doubled since 2019.", "2019", "since", D(2019, 1, 1), OPEN_END),
        ("The border has been shut ever since March 2020.", "March 2020", "ever since", D(2020, 3, 1), OPEN_END),
        ("Flights resume after 9 May 2025.", "9 May 2025", "after", D(2025, 5, 10), OPEN_END),
        ("No vote is possible later than 2028.", "2028", "later than", D(2029, 1, 1), OPEN_END),
        # a negated or doubled bound word reads as a whole
        ("Claims filed on or before March 31, 2025 are valid.", "March 31, 2025", "on or before", OPEN_START,
         D(2025, 3, 31)),
        ("Claims filed on or after 1 April 2025 are void.", "1 April 2025", "on or after", D(2025, 4, 1), OPEN_END),
        ("The plant will reopen no earlier than 2026.", "2026", "no earlier than", D(2026, 1, 1), OPEN_END),
        ("The court will rule not before June 2025.", "June 2025", "not before", D(2025, 6, 1), OPEN_END),
    ],
)
def test_a_bound_word_opens_the_date_on_its_side(text, span, hedge, first, last):
    found = only_date(text)
    assert (found.text, found.hedge, found.date, found.date_end) == (span, hedge, first, last)


@pytest.mark.parametrize(
    "text",
    [
        "Two days before March 3, 2025 the talks collapsed.",  # an offset, read as one day
        "Three weeks after 9 May 2025 the floods came.",
        "It rained the week after Easter 2024.",
        "We met on 4 March 2025 in Lisbon.",
        "The deadline passed in 2019 unnoticed.",
        "Homes were destroyed by Friday's storm.",  # the agent's day, not a deadline
        "Families gathered at the gates after Sunday's explosion.",  # the explosion's day, not the days after
        "Prices have fallen since Monday's vote in parliament.",
        "Crews worked until Tuesday's deadline passed.",
    ],
)
def test_no_bound_without_a_bound_word_just_before(text):
    found = dates.find(text, WEDNESDAY)
    assert found and all(m.hedge is None and D.min < m.date <= m.date_end < D.max for m in found)


def test_the_end_of_a_period_without_a_bound_word_is_its_last_part():
    found = only_date("Prices rose at the end of the year.")
    assert (found.date, found.date_end, found.hedge) == (D(2025, 9, 1), D(2025, 12, 31), None)


def test_a_relative_bound_in_an_undated_document_stays_unresolved():
    found = only_date("The plant will close by the end of the year.", None)
    assert (found.date, found.date_end) == (None, None)


def test_open_ends_read_as_empty_in_text():
    assert date_range_text(D.min, D(2030, 12, 31)) == "..2030-12-31"
    assert date_range_text(D(2019, 1, 1), D.max) == "2019-01-01.."
    m = consistency.mentions("Output should double by 2030.", WEDNESDAY)
    assert [x.value_text for x in m if x.kind == "date"] == ["..2030-12-31"]


@pytest.mark.parametrize(
    ("text", "span", "first", "last"),
    [
        # both periods offered: the range that holds both (the text does not say which)
        ("The deal will be signed later this month or early next.", "later this month or early next",
         WEDNESDAY, D(2025, 4, 10)),
        ("Talks resume this week or next week.", "this week or next week", D(2025, 3, 10), D(2025, 3, 23)),
        ("A ruling is due this month or next.", "this month or next", D(2025, 3, 1), D(2025, 4, 30)),
        ("The vote could come this year or next year.", "this year or next year", D(2025, 1, 1), D(2026, 12, 31)),
    ],
)
def test_alternative_periods_are_one_range_holding_both(text, span, first, last):
    found = only_date(text)
    assert (found.text, found.date, found.date_end, found.hedge) == (span, first, last, None)


def _check(tmp_path, first: str, second: str) -> list[str]:
    for name, text in (("a", first), ("b", second)):
        (tmp_path / f"{name}.md").write_text(f"---\ndate: 2025-03-12\n---\n{text}\n", encoding="utf-8")
    return [d.kind for d in consistency.check([tmp_path]).discrepancies]


def test_a_deadline_agrees_with_any_day_before_it(tmp_path):
    assert _check(
        tmp_path,
        "Northwind Mining will close the Karsk smelter by the end of the year, the company said.",
        "Northwind Mining will close the Karsk smelter on 15 October 2025, the company said.",
    ) == []


def test_a_deadline_conflicts_with_a_day_after_it(tmp_path):
    assert _check(
        tmp_path,
        "Northwind Mining will close the Karsk smelter before 1 June 2025, the company said.",
        "Northwind Mining will close the Karsk smelter on 15 October 2025, the company said.",
    ) == ["date-conflict"]


# Published 2025-03-12: "two weeks ago" is about 26 February, "a week ago" about 5 March.
@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Transport minister Ilse Varn resigned on 24 February, her office said.",
         "Transport minister Ilse Varn, who resigned two weeks ago, was replaced by her deputy."),
        ("The Orlen refinery was shut on 1 March after a fire, the company said.",
         "The Orlen refinery, shut by a fire two weeks ago, reopened on Wednesday."),
        ("Striking dockers at Port Arvel walked out on 6 March.",
         "Dockers at Port Arvel walked out a week ago."),
    ],
)
def test_weeks_counted_back_agree_with_a_day_near_them(tmp_path, first, second):
    assert "date-conflict" not in _check(tmp_path, first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Transport minister Ilse Varn resigned on 2 January, her office said.",
         "Transport minister Ilse Varn resigned two weeks ago, her office said."),
        ("Striking dockers at Port Arvel walked out on 20 February.",
         "Striking dockers at Port Arvel walked out a week ago."),
    ],
)
def test_weeks_counted_back_disagree_with_a_day_far_from_them(tmp_path, first, second):
    assert "date-conflict" in _check(tmp_path, first, second)


def test_mentions_table_shows_open_ends_empty():
    from consistency.mentions_table import mention_rows
    from consistency.model import Document

    doc = Document(id="d", path="", text="Prices have doubled since 2019.", published=WEDNESDAY)
    rows = [r for r in mention_rows([doc]) if r["kind"] == "date"]
    assert [(r["date"], r["date_end"], r["hedge"]) for r in rows] == [("2019-01-01", None, "since")]


def _claims(tmp_path, text: str):
    (tmp_path / "report.md").write_text(f"---\ndate: {WEDNESDAY}\n---\n{text}\n", encoding="utf-8")
    return engine.claims([tmp_path])


def test_a_bound_dates_its_claim_but_not_the_figures_beside_it(tmp_path):
    """ "Since 2019 ... cut 212 jobs": the jobs were not cut in 2019; the figure speaks for the report's date."""
    claims = {c.mention.kind: c for c in _claims(tmp_path, "Since 2019, Northwind has cut 212 jobs at the Karsk smelter.")}
    assert claims["date"].time == (D(2019, 1, 1), D.max)
    assert claims["quantity"].time is None
