"""A nationality said before a person's name ("the Norwegian Kari Berg", "the Swede Anna Lind") is no word of the
name, and a number set off after a two-word name nothing says the kind of ("Kari Berg, 31, won") is an age."""

from __future__ import annotations

from pathlib import Path

import pytest

import consistency
from consistency import mentions
from consistency.model import Sentence
from consistency.parse.names.nationalities import described_name


def _names(text: str) -> list[str]:
    return [m.text for m in mentions(text) if m.kind == "entity"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Norwegian Kari Berg, 28, won the sprint.", "Kari Berg"),
        ("On Sunday the Swede Anna Lind took the title.", "Anna Lind"),
        ("The Dane Mads Holt finished second.", "Mads Holt"),
        ("The Kenyan Daniel Kiprono won in 2:04:37.", "Daniel Kiprono"),
    ],
)
def test_a_nationality_before_a_name_is_not_part_of_it(text, name):
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Norwegian Air Shuttle cut 300 jobs on Monday.", "Norwegian Air Shuttle"),
        ("The Norwegian Refugee Council said 40 people had died.", "Norwegian Refugee Council"),
        ("Shares in the Swedish Match Company rose 4%.", "Swedish Match Company"),
    ],
)
def test_a_name_that_opens_with_a_demonym_keeps_it(text, name):
    assert name in _names(text)


def _errors(folder: Path, a: str, b: str) -> list[str]:
    (folder / "a.txt").write_text(f"Published: 4 May 2026\n\n{a}\n", encoding="utf-8")
    (folder / "b.txt").write_text(f"Published: 6 May 2026\n\n{b}\n", encoding="utf-8")
    return [d.summary for d in consistency.check([str(folder)]).discrepancies if str(d.severity) == "error"]


def test_two_ages_of_one_runner_named_with_and_without_her_nationality_conflict(tmp_path):
    errors = _errors(tmp_path, "Kari Berg, 31, won the sprint on Sunday.", "The Norwegian Kari Berg, 28, won Sunday's sprint.")
    assert any("31" in e and "28" in e for e in errors), errors


def test_the_same_age_agrees_and_a_team_score_is_no_age(tmp_path):
    errors = _errors(
        tmp_path,
        "Kari Berg, 31, won the sprint on Sunday. In the relay, Vessa Town 3, Orm Rovers 1.",
        "The Norwegian Kari Berg, 31, won Sunday's sprint.",
    )
    assert errors == []


@pytest.mark.parametrize(
    ("text", "described"),
    [
        ("Among the dead were Tom Hale, an engineer from Leeds, the Dutch student Mia Smit and a guide.", "Mia Smit"),
        ("The victims were Ana Ruiz, of Valencia, the Irish climber Sean Doyle and two others.", "Sean Doyle"),
        ("The winner was Pieter Aalbers, a Dutch cyclist, who beat Tom Hale.", "Pieter Aalbers"),
    ],
)
def test_a_nationality_before_a_name_in_a_list_is_that_names(text, described):
    found = mentions(text)
    (demonym,) = [m for m in found if m.role == "nationality"]
    names = [m for m in found if m.kind == "entity" and m.role != "nationality"]
    assert described_name(Sentence(0, len(text), text), demonym, names).text == described
