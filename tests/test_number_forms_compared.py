"""Figures in the forms news writes them, against the same figure written otherwise.

A length of time that qualifies a noun ("a three-year contract", "a 9-second
margin", "a 12-month ban") is the noun's figure, whichever word the other
report uses for it ("deal", "suspension"); a count beside a ranked pool
("48 losses against Top 20 players") is the player's own. Each case gives a
figure, a report that contradicts it and one that agrees with it.
"""

from __future__ import annotations

import pytest

import consistency


def _errors(tmp_path, first: str, second: str, *, dated: bool = True) -> set[str]:
    header = "---\ndate: 2024-05-02\n---\n\n" if dated else ""
    for name, text in (("a", first), ("b", second)):
        (tmp_path / f"{name}.md").write_text(f"{header}{text}\n", encoding="utf-8")
    return {d.kind for d in consistency.check([tmp_path]).discrepancies if d.severity.name == "error"}


# (a figure, a report that contradicts it, a report that agrees with it)
DURATIONS = [
    ("Midfielder Tomas Brek signed a three-year contract with Harlow City.",
     "Tomas Brek joined Harlow City on a five-year deal.", "Tomas Brek joined Harlow City on a three-year deal."),
    ("Striker Ana Ruiz was handed a three-match ban for the tackle.",
     "Ana Ruiz received a five-match suspension for the tackle.",
     "Ana Ruiz received a three-match suspension for the tackle."),
    ("The Orsa council gave the firm a 10-year lease on the old harbour.",
     "The firm holds a 25-year lease on the old Orsa harbour.", "The firm holds a ten-year lease on the old Orsa harbour."),
    ("Lena Vell won the Kael stage by a 9-second margin.",
     "Lena Vell won the Kael stage by a margin of 14 seconds.", "Lena Vell won the Kael stage by a margin of 9 seconds."),
    ("The Kael mayor was handed a 12-month ban from office.",
     "The Kael mayor was banned from office for 18 months.", "The Kael mayor was banned from office for a year."),
]

RECORDS = [
    ("Kara Lind beat Ines Calder in Rome. It gives her a record of 36 wins and 48 losses against Top 20 players.",
     "Kara Lind has 49 losses against Top 20 players.", "Kara Lind has 48 losses against Top 20 players."),
    ("The win leaves Harlow City with 14 wins and 9 defeats against Top 10 sides this season.",
     "Harlow City have 12 defeats against Top 10 sides this season.",
     "Harlow City have 9 defeats against Top 10 sides this season."),
]


@pytest.mark.parametrize(("figure", "outside", "within"), DURATIONS + RECORDS)
def test_a_figure_against_the_same_figure_written_otherwise(tmp_path, figure, outside, within):
    assert "value-conflict" in _errors(tmp_path, figure, outside)
    assert _errors(tmp_path, figure, within) == set()


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("a 9-second difference", "second"),
        ("a 10-second penalty", "second"),
        ("a three-year contract", "year"),
        ("a 12-month ban", "month"),
    ],
)
def test_a_length_of_time_before_a_noun_is_a_quantity(text, unit):
    (figure,) = [m for m in consistency.mentions(text) if m.kind in ("number", "quantity")]
    assert (figure.kind, figure.unit) == ("quantity", unit)


@pytest.mark.parametrize("text", ["She finished second in the Kael stage.", "The 2 second-half goals came late."])
def test_second_alone_is_no_unit(text):
    assert not [m for m in consistency.mentions(text) if m.unit == "second"]


def test_top_before_a_number_is_no_name():
    names = [m.text for m in consistency.mentions("She has 48 losses against Top 20 players.") if m.kind == "entity"]
    assert "Top" not in names
