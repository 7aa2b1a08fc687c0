"""A stock that stands (a debt, a population: data/standing_measures.csv), told by two reports a few days apart with
no time words of its own, is one value: two values conflict. A later report that tells it as changed ("debts have
grown to", "now owes") gives an update."""

from __future__ import annotations

from pathlib import Path

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
