"""A holding is in a firm, not in a place: "Shares in Telmark", "a stake in Telmark" name a firm (data/name_cues.csv
"holding before"), so Telmark is one name of the story's subject, whose figures both reports give.

The jobs a firm's plan cuts, told by reports days apart, are not compared yet: read as a figure fixed once announced,
they set a part at one site ("800 jobs could go at its head office") and another body's new jobs against the plan's
total, so the case below is marked unsolved."""

from __future__ import annotations

import pytest

import consistency


@pytest.mark.xfail(strict=True, reason="a plan's job cuts told days apart are compared only for one day")
def test_two_numbers_for_one_plan_of_cuts_disagree(headlined_errors):
    first = ("2025-05-15", "Telmark to cut 2,300 jobs as annual profit slides",
             "Shares in Telmark closed down 7.4% after the results.")
    later = ("2025-05-17", "Telmark to axe 2,800 jobs as profits tumble",
             "The telecoms group Telmark said the cuts were painful but necessary.")
    assert headlined_errors(first, later, kind="value-conflict") == ["r0 says 2,300 jobs, r1 says 2,800 jobs"]


def test_an_earlier_round_of_cuts_is_another(headlined_errors):
    first = ("2025-05-15", "Telmark to cut 2,300 jobs as annual profit slides",
             "The telecoms group's chief executive said the cuts were painful but necessary.")
    later = ("2025-05-19", "Telmark's long decline",
             "Telmark cut 600 jobs in January 2024, when it closed two call centres.")
    assert headlined_errors(first, later, kind="value-conflict") == []


@pytest.mark.parametrize(
    "text",
    ["Shares in Telmark closed down 7.4% on Thursday.", "Orvane bought a 30% stake in Telmark last year."],
)
def test_a_holding_in_a_firm_names_no_place(text):
    (found,) = [m for m in consistency.mentions(text) if m.kind == "entity" and m.text == "Telmark"]
    assert found.role != "place"


def test_a_depot_in_a_town_is_a_place():
    (found,) = [m for m in consistency.mentions("The depot in Marsdale will close next summer.") if m.kind == "entity"]
    assert found.role == "place"
