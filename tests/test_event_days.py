"""The days of a story's events against the other times a report gives: a plan's future period, the day a
count had come to, a statement's day; and a count a later report gives again as an earlier day's.

An act of the story's subject (marched, protested, struck, reported its
results) dates the event; "said on Thursday" dates a statement; "over the
next 12 months" is a plan's time; "by Thursday" the day a count had reached.
"""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.align.times import is_statement_date
from consistency.model import Sentence
from consistency.parse import mentions
from tests.test_reporting_periods import _values
from tests.test_time_frames import rows


def _dates(found: set) -> set[tuple[str, ...]]:
    return {texts for kind, texts in found if kind == "date-conflict"}


# ---- a plan's future period is no day of something that happened --------------------------------------------

PLAN_PERIODS = [
    (
        ("2025-10-24", "Shares of Halden Energy closed up 3.1% on Friday, a day after the utility raised its outlook."),
        ("2025-10-30", "Halden Energy said on Thursday it would buy back up to $400 million of its shares over the "
                       "next 12 months."),
    ),
    (
        ("2026-03-02", "Corvin Motors' shares rose 2% on Monday after the carmaker unveiled its new saloon."),
        ("2026-03-05", "Corvin Motors said on Wednesday it would spend $3 billion on its saloon and battery plants "
                       "over the next two years."),
    ),
    (
        ("2025-06-13", "Aldmouth council approved the harbour plan on Thursday after a two-hour debate."),
        ("2025-06-20", "Aldmouth council said the harbour plan would be carried out over the next three years."),
    ),
]


@pytest.mark.parametrize(("first", "second"), PLAN_PERIODS)
def test_a_plans_future_period_is_not_a_days_event(tmp_path, first, second):
    assert _dates(rows(tmp_path, {"a": first, "b": second})) == set()


# ---- a count reached by a day: the day dates the count, not an event -----------------------------------------

REACHED_BY = [
    (
        ("2025-08-13", "The Valdera fire had burned 8,000 hectares by Wednesday, officials said on Wednesday."),
        ("2025-08-14", "The Valdera fire had burned 16,500 hectares by Thursday, officials said."),
    ),
    (
        ("2025-08-13", "The Valdera fire was 10% contained by Wednesday evening."),
        ("2025-08-14", "The Valdera fire had burned 16,500 hectares by Thursday."),
    ),
    (
        ("2025-08-13", "The fire was 10% contained by Wednesday evening."),
        ("2025-08-14", "The fire, which began on Tuesday near Monteclaro, had burned 16,500 hectares by Thursday, "
                       "officials said."),
    ),
    (
        ("2025-09-02", "The blaze in the Orvan forest was half contained by Monday night."),
        ("2025-09-03", "The blaze, which started near Orvan, had destroyed 210 homes by Tuesday, the fire service said."),
    ),
    (
        ("2026-02-08", "Rescuers had pulled 41 survivors from the rubble of the Kessa quake by Sunday."),
        ("2026-02-09", "Rescuers had pulled 63 survivors from the rubble of the Kessa quake by Monday, the agency said."),
    ),
]


@pytest.mark.parametrize(("first", "second"), REACHED_BY)
def test_days_counts_had_come_to_are_no_event_dates(tmp_path, first, second):
    assert _dates(rows(tmp_path, {"a": first, "b": second})) == set()



# ---- the day people marched, protested or struck is the event's day ------------------------------------------

ACTS_ON_DAYS = [
    (
        ("2025-11-15", "Tens of thousands of nurses marched through Dunmore on Saturday against the pay freeze."),
        ("2025-11-17", "About 40,000 nurses protested in Dunmore on Friday, according to the health ministry."),
        ("Saturday", "Friday"),
    ),
    (
        ("2026-05-13", "Farmers rallied outside the agriculture ministry in Velmora on Tuesday against the new tariffs."),
        ("2026-05-16", "Tuesday's protest by farmers in Velmora, on May 12, ended peacefully."),
        None,  # the same day: no row
    ),
    (
        ("2026-05-13", "Farmers rallied outside the agriculture ministry in Velmora on Tuesday against the new tariffs."),
        ("2026-05-16", "More than 5,000 farmers demonstrated in Velmora on Monday against the new tariffs."),
        ("Tuesday", "Monday"),
    ),
]


@pytest.mark.parametrize(("first", "second", "pair"), ACTS_ON_DAYS)
def test_the_day_people_protested_is_the_protests_day(tmp_path, first, second, pair):
    found = _dates(rows(tmp_path, {"a": first, "b": second}))
    assert found == ({pair} if pair else set())


EARLIER_DAYS_OF_ACTION = [
    (
        ("2025-03-06", "Hundreds of thousands marched across Arvenne on Thursday against the pension reform."),
        ("2025-03-07", "Union leaders said the turnout beat the 1.1 million who marched across Arvenne in January."),
    ),
    (
        ("2025-10-09", "Dock workers in Halport went on strike on Wednesday over pay."),
        ("2025-10-10", "It was the dockers' second strike in Halport since a walkout over pay in August."),
    ),
]


@pytest.mark.parametrize(("first", "second"), EARLIER_DAYS_OF_ACTION)
def test_an_earlier_day_of_action_is_another_march(tmp_path, first, second):
    assert _dates(rows(tmp_path, {"a": first, "b": second})) == set()


# ---- the day a company reported its results is the results' day, not a statement's ------------------------------

RESULTS_DAYS = [
    (
        ("2025-07-30", "Orlen Brewing reported second-quarter revenue of 2.1 billion euros on Tuesday."),
        ("2025-07-31", "Orlen Brewing reported on Monday second-quarter revenue of 2.1 billion euros, up 4%."),
        ("Tuesday", "Monday"),
    ),
    (
        ("2025-10-24", "Kessler Group posted a third-quarter net profit of $410 million on Thursday."),
        ("2025-10-27", "Kessler Group reported its quarterly results on Wednesday, with freight volumes up."),
        ("Thursday", "Wednesday"),
    ),
    (
        ("2025-10-24", "Kessler Group posted a third-quarter net profit of $410 million on Thursday."),
        ("2025-10-27", "Kessler Group announced its earnings on Thursday, with freight volumes up."),
        None,
    ),
]


def test_a_statement_on_another_day_is_not_the_results_day(tmp_path):
    # what a company said on Monday, and what it reported on Tuesday, are two things
    docs = {
        "a": ("2025-07-30", "Orlen Brewing reported second-quarter revenue of 2.1 billion euros on Tuesday."),
        "b": ("2025-07-31", "Orlen Brewing said on Monday that its chief executive would step down."),
    }
    assert _dates(rows(tmp_path, docs)) == set()


@pytest.mark.parametrize(
    ("text", "date", "statement"),
    [
        ("Orlen Brewing reported on Monday second-quarter revenue of 2.1 billion euros.", "Monday", False),
        ("The health ministry reported on Monday that 40 people had died.", "Monday", True),
        ("Kessler Group announced on Friday a first-half loss of $20 million.", "Friday", False),
        ("Kessler Group announced on Friday that it would close two plants.", "Friday", True),
        # a speech verb in a clause about a noun is not the opening clause's
        ("On Thursday, officials said that the toll had reached 240.", "Thursday", True),
        ("On Thursday, Acme banned products that claimed to cure the flu.", "Thursday", False),
        ("On Thursday, police arrested a man who said he set the fire.", "Thursday", False),
        # a month before a clause of what was said, its figure in that clause: when it was said
        ("The brewer warned in June that sales growth in 2026 would be weak.", "June", True),
        ("Valdra Mining said in May that copper output in 2026 would fall 5%.", "May", True),
        ("The league said in March that ticket revenue rose 9% to $80 million.", "March", True),
        # what a court was told, and when: "the court heard" reports what was said there
        ("Holm must serve at least 19 years, Tarvik Crown Court heard on Friday.", "Friday", True),
        ("The jury heard on Monday that the van had been seen near the farm.", "Monday", True),
        ("The appeal was heard on Monday by three judges.", "Monday", False),
        ("The case, heard at Tarvik Crown Court over five weeks from 3 March, turned on a will.", "five weeks from 3 March", False),
        # the period of the figure after it, no clause of what was said
        ("Acme reported third-quarter revenue of $1.2 billion.", "third-quarter", False),
        ("In 2024 that figure rose to 3.1 billion euros.", "2024", False),
    ],
)
def test_reporting_results_is_no_statement(text, date, statement):
    (m,) = [m for m in mentions(text, dt.date(2025, 7, 31)) if m.kind == "date" and m.text == date]
    assert is_statement_date(Sentence(0, len(text), text), m) is statement


# ---- a later report that repeats an earlier day's count --------------------------------------------------------

def test_a_count_between_two_reports_that_agree_is_the_odd_one(tmp_path):
    docs = {
        "a": ("2025-06-12", "Twenty-six workers were injured in the Corran warehouse fire, the fire service said."),
        "b": ("2025-06-13", "The fire service said on Friday that 62 workers were injured in the Corran warehouse fire."),
        "c": ("2025-06-16", "Twenty-six workers and four residents were injured in the Corran warehouse fire."),
    }
    assert ("62 workers", "Twenty-six workers") in _values(rows(tmp_path, docs))


def test_a_count_that_rose_and_stayed_is_no_conflict(tmp_path):
    docs = {
        "a": ("2025-06-12", "Twenty-six workers were injured in the Corran warehouse fire, the fire service said."),
        "b": ("2025-06-13", "The fire service said on Friday that 31 workers were injured in the Corran warehouse fire."),
        "c": ("2025-06-16", "Thirty-one workers and four residents were injured in the Corran warehouse fire."),
    }
    assert _values(rows(tmp_path, docs)) == set()


def test_seats_of_several_parties_on_several_days_are_no_restated_count(tmp_path):
    docs = {
        "a": ("2025-04-07", "The Labour Party won 112 seats and the Liberals 89 seats in Sunday's election."),
        "b": ("2025-04-08", "The Liberals, with 89 seats, conceded defeat on Monday."),
        "c": ("2025-04-10", "Labour, which won 112 seats, opened coalition talks with the Greens."),
    }
    assert _values(rows(tmp_path, docs)) == set()


def test_a_figure_listed_before_another_takes_their_predicate(tmp_path):
    # "38 police officers and 21 protesters were injured": both are counts of the injured
    docs = {
        "a": ("2025-03-06", "Thirty-eight police officers were injured in the clashes, the minister said."),
        "b": ("2025-03-06", "Forty police officers and 21 protesters were injured in the clashes."),
    }
    assert ("Thirty-eight", "Forty") in _values(rows(tmp_path, docs))

