"""Two dates told from their reports' days in words with no figure, one of them a year ("on Sunday", "last year"),
that fall in two years tell two runnings of a thing, not one misdated: "won the road race on Sunday" and "finished
ninth in this race last year". A year written in figures is still compared ("in 2024" against "in 2025")."""

from __future__ import annotations

from tests.test_event_days import _dates
from tests.test_time_frames import rows

WON = ("2026-09-27", "Belgium's Lukas Verbeke won the men's road race at the world championships on Sunday, "
                     "attacking alone on the final climb.")


def test_a_year_told_as_last_year_is_another_running(tmp_path):
    earlier = ("2026-09-28", "Lukas Verbeke, who finished ninth in this race last year, had already been active in a "
                             "long-range move that was caught with two laps to go.")
    assert _dates(rows(tmp_path, {"a": WON, "b": earlier})) == set()


def test_two_days_of_one_race_still_disagree(tmp_path):
    other = ("2026-09-28", "Verbeke won the men's road race at the world championships on Saturday, attacking alone "
                           "on the final climb.")
    assert _dates(rows(tmp_path, {"a": WON, "b": other})) == {("Sunday", "Saturday")}
