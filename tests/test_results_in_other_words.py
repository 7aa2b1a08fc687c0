"""A firm's results told in other words are one set of results: "full-year numbers", "annual figures" and "annual
results" (data/synonyms.csv), so two days given for their release disagree; a half-year's results are another."""

from __future__ import annotations


def test_full_year_numbers_and_annual_figures_are_one_release(headlined_errors):
    first = ("2025-05-21", "Castlewick's cost reset",
             "When Castlewick Energy reported full-year numbers on 15 May, the figures were bleak.")
    later = ("2025-05-30", "The week in business",
             "Two weeks after Castlewick Energy unveiled its annual figures on 14 May, the fallout goes on.")
    assert headlined_errors(first, later, kind="date-conflict") != []


def test_half_year_figures_are_another_release(headlined_errors):
    first = ("2025-05-21", "Castlewick's cost reset",
             "When Castlewick Energy reported full-year numbers on 15 May, the figures were bleak.")
    later = ("2025-05-30", "The week in business",
             "Castlewick Energy will publish its half-year figures on 14 August, it said.")
    assert headlined_errors(first, later, kind="date-conflict") == []
