"""Whose figure: of the names a sentence gives, a figure belongs to the one beside it."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # two parties' seats in one sentence, one party's in the other report
        ("The Harbour Party took 47 seats and the Greens 12 seats.", "The Greens won 14 seats, their best result."),
        # two countries' teams in one list
        ("Halvard Shipping employs 400 staff, while Ostby Lines employs 150 staff.", "Ostby Lines employs 210 staff, the union said."),
        # two companies' revenues
        ("Ostby Lines had revenue of $2.1bn, and Halvard Shipping had revenue of $900m.",
         "Halvard Shipping had revenue of $1.4bn."),
    ],
)
def test_a_figure_beside_another_name_is_that_names_figure(error_kinds, first, second):
    kinds = error_kinds(first, second)
    assert "value-conflict" in kinds  # the figures of the same owner still differ


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The Harbour Party took 47 seats and the Greens 12 seats.", "The Greens won 12 seats, their best result."),
        ("Halvard Shipping employs 400 staff, while Ostby Lines employs 150 staff.", "Ostby Lines employs 150 staff, the union said."),
        ("Ostby Lines had revenue of $2.1bn, and Halvard Shipping had revenue of $900m.",
         "Halvard Shipping had revenue of $900 million."),
    ],
)
def test_one_owners_figure_is_not_compared_with_anothers(error_kinds, first, second):
    assert "value-conflict" not in error_kinds(first, second)


# a sentence that goes on about the last one's subject ("These specialists", "They") gives that subject's figures
ITALY = "Italy has sent 35 firefighters and six water-bombing planes to help fight the wildfires in Greece."


@pytest.mark.parametrize(
    "second",
    [
        "France has deployed a team of firefighters. These specialists have been sent with 4 water-bombing planes to help in Greece.",
        "France has deployed a team of firefighters. They took 4 water-bombing planes to Greece.",
    ],
)
def test_a_sentence_going_on_about_another_subject_gives_that_subjects_figures(error_kinds, second):
    assert "value-conflict" not in error_kinds(ITALY, second)


@pytest.mark.parametrize(
    "second",
    [
        "Italy has deployed a team of firefighters. These specialists have been sent with 4 water-bombing planes to help in Greece.",
        "Italy has deployed a team of firefighters. They took 4 water-bombing planes to Greece.",
    ],
)
def test_a_sentence_going_on_about_the_same_subject_is_compared(error_kinds, second):
    assert "value-conflict" in error_kinds(ITALY, second)


# where the event happened ("off Kolo island", "near Brenn") and where the report was filed ("BRENN, March 12
# (AP) -") say whose figure it is no more than a name left unsaid: the toll is the event's
@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The Amara ferry sank on Wednesday. Police said 13 people had died.",
         "BRENN, March 12 (AP) - The ferry sinking off Kolo island killed 31 people, police said."),
        ("The Amara ferry sank on Wednesday. Police said 13 people had died.",
         "The ferry sinking near Kolo killed 31 people, police said."),
        ("The Tarvik mine collapsed on Tuesday. Rescuers said 8 miners were trapped.",
         "The collapse outside Brenn left 18 miners trapped, rescuers said."),
    ],
)
def test_a_place_of_the_event_is_not_another_owner(error_kinds, first, second):
    assert "value-conflict" in error_kinds(first, second)


# a company that reports its own revenue or profit gives its own figure, not a figure on its word: another
# source's figure for that company's revenue is compared with it
@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Halvard Shipping reported revenue of $1.4bn in 2024.",
         "Barlow Securities said Halvard Shipping had revenue of $1.9bn in 2024."),
        ("Ostby Lines has posted a net profit of $210 million in 2024.",
         "Ostby Lines made a profit of $120 million in 2024, the Harbour Post reported."),
        ("Ostby Lines announced sales of 4.2 million tickets in 2024.",
         "Analysts at Barlow Securities said Ostby Lines had sales of 2.4 million tickets in 2024."),
    ],
)
def test_a_company_reporting_its_own_figure_owns_it(error_kinds, first, second):
    assert "value-conflict" in error_kinds(first, second)
