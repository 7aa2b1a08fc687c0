"""A stock that stands (a debt, a population: data/standing_measures.csv; or any measure both reports tell as held:
"the ship has 23 crew", "its 32 crew", "employs 340 people"), told by two reports a few days apart with no time
words of its own, is one value: two values conflict. A later report that tells it as changed ("debts have
grown to", "now owes") gives an update."""

from __future__ import annotations

from pathlib import Path

import pytest

import consistency


def _errors(tmp_path: Path, reports: dict[str, tuple[str, str]]) -> list[tuple[str, ...]]:
    for name, (published, text) in reports.items():
        (tmp_path / f"{name}.txt").write_text(f"Headline\nPublished: {published}\n\n{text}\n", encoding="utf-8")
    report = consistency.check([str(tmp_path)])
    return [tuple(sorted(c.text for c in d.claims)) for d in report.discrepancies if str(d.severity) == "error"]


def test_a_debt_told_on_two_days_is_one_value(tmp_path):
    errors = _errors(tmp_path, {
        "a": ("2 March 2026", "Calder Shipyards filed for bankruptcy on Monday. The shipbuilder owes its banks 380 million pounds."),
        "b": ("5 March 2026", "Calder Shipyards, which filed for bankruptcy this week, has debts of 830 million pounds."),
    })
    assert ("380 million pounds", "830 million pounds") in errors


def test_a_debt_said_to_have_grown_is_an_update(tmp_path):
    errors = _errors(tmp_path, {
        "a": ("2 March 2026", "Calder Shipyards filed for bankruptcy on Monday. The shipbuilder owes its banks 380 million pounds."),
        "b": ("6 March 2026", "Calder Shipyards' debts have grown to 430 million pounds since the filing, its administrator said."),
    })
    assert not any("430 million pounds" in e for e in errors)


def test_a_debt_told_now_in_the_later_report_is_an_update(tmp_path):
    errors = _errors(tmp_path, {
        "a": ("2 March 2026", "Calder Shipyards filed for bankruptcy on Monday. The shipbuilder owes its banks 380 million pounds."),
        "b": ("6 March 2026", "Calder Shipyards now owes its banks 430 million pounds, its administrator said."),
    })
    assert not any("430 million pounds" in e for e in errors)


def test_debts_told_weeks_apart_are_not_set_against_each_other(tmp_path):
    errors = _errors(tmp_path, {
        "a": ("2 March 2026", "Calder Shipyards filed for bankruptcy on Monday. The shipbuilder owes its banks 380 million pounds."),
        "b": ("30 March 2026", "Calder Shipyards, which filed for bankruptcy in March, has debts of 830 million pounds."),
    })
    assert not any("830 million pounds" in e for e in errors)


def test_a_count_that_grows_is_no_standing_stock(tmp_path):
    errors = _errors(tmp_path, {
        "a": ("2 March 2026", "The flood in Orsk has forced 1,200 people from their homes, officials said."),
        "b": ("5 March 2026", "The flood in Orsk has forced 3,400 people from their homes, officials said."),
    })
    assert not errors


@pytest.mark.parametrize(
    ("first", "second", "pair"),
    [
        ("The freighter, which has 21 crew, was towed into Falmouth.",
         "Its 12 crew were praised by the coastguard for keeping the freighter afloat.", ("12", "21")),
        ("The Dunmore bakery, which employs 260 people, was shut after the flood.",
         "The bakery employs 620 people and is Dunmore's largest employer.", ("260 people", "620 people")),
    ],
)
def test_a_stock_told_as_held_on_two_days_is_one_value(tmp_path, first, second, pair):
    errors = _errors(tmp_path, {"a": ("2 March 2026", first), "b": ("5 March 2026", second)})
    assert pair in errors


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # as it stands now: an update
        ("The Dunmore bakery, which employs 260 people, was shut after the flood.",
         "The bakery now employs 620 people after taking on flood-relief staff."),
        # what befell people is a count kept as it goes, held or not
        ("The Tarrin ward has 14 cases of the infection, the hospital said.",
         "The Tarrin ward has 41 cases of the infection, the hospital said."),
    ],
)
def test_a_held_stock_told_now_or_a_count_of_what_befell_is_no_conflict(tmp_path, first, second):
    errors = _errors(tmp_path, {"a": ("2 March 2026", first), "b": ("5 March 2026", second)})
    assert not errors
