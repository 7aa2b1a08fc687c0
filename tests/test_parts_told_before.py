"""A count of a part of a whole told before ("About 3,150 of them had been hurt", "Of those, 41 were arrested") is
another quantity than the whole, and the same figure given again in other words is weighed as a match."""

from __future__ import annotations

from pathlib import Path

import consistency

SURVEY = {
    "a.txt": (
        "Published: 3 March 2026\n\nWarehouse workers who lift heavy loads are far more likely to be hurt, a survey of "
        "12,400 staff has found. Lifting more than 25 kg several times an hour doubled the risk of back injury.\n"
    ),
    "b.txt": (
        "Published: 3 March 2026\n\nLifting more than 25 kg several times an hour doubles the risk of back injury, the "
        "survey of warehouse staff shows. The survey, by the Labour Institute, found that 3,150 workers had been "
        "injured in the past year.\n"
    ),
    "c.txt": (
        "Published: 4 March 2026\n\nResearchers questioned 12,400 warehouse workers about injury. About 3,150 of them "
        "had been hurt in the past year, most of them with back injury.\n"
    ),
    "d.txt": (
        "Published: 4 March 2026\n\nThe survey of 12,400 warehouse workers found 3,150 had been injured at work in the "
        "past year. Lifting over 25 kg raised the risk of back injury.\n"
    ),
}


def _check(tmp_path: Path, docs: dict[str, str]):
    for name, text in docs.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return consistency.check([str(tmp_path)])


def _errors(report) -> list[str]:
    return [d.summary for d in report.discrepancies if str(d.severity) == "error"]


def test_a_part_told_by_a_pronoun_is_not_the_whole_before_it(tmp_path):
    # "About 3,150 of them" counts some of the 12,400 questioned: one report, no internal conflict
    assert _errors(_check(tmp_path, SURVEY)) == []


def test_a_whole_told_differently_still_conflicts_beside_its_part(tmp_path):
    docs = dict(SURVEY)
    docs["d.txt"] = docs["d.txt"].replace("12,400", "14,200")
    errors = _errors(_check(tmp_path, docs))
    assert any("14,200" in e and "12,400" in e for e in errors), errors


def test_a_part_opening_its_sentence_is_a_part(tmp_path):
    docs = {
        "a.txt": "Published: 3 June 2026\n\nPolice questioned 230 fans after the match on Saturday. Of those, 41 were "
        "arrested, a police spokesman said.\n",
        "b.txt": "Published: 4 June 2026\n\nPolice questioned 230 fans after Saturday's match and arrested 41 of them.\n",
        "c.txt": "Published: 4 June 2026\n\nThe hospital treated 410 people after the fire. Of these, 38 were children.\n",
        "d.txt": "Published: 5 June 2026\n\nAbout 410 people were treated in hospital after the fire, and 38 of those "
        "were children.\n",
    }
    assert _errors(_check(tmp_path, docs)) == []


def test_a_sum_of_a_sum_told_before_is_a_part(error_texts):
    # "Of that, €180m" and ", of which €180m": a part of the debt told just before, not the debt
    debt = "The airline owes some 412 million euros to lessors, banks and suppliers, the administrators said."
    for part in (
        "The airline owes 412 million euros in all. Of that, €180m is owed to aircraft lessors for unpaid rent.",
        "The airline has debts of 412 million euros, of which €180m is owed to aircraft lessors for unpaid rent.",
    ):
        assert not [row for row in error_texts(debt, part) if "€180m" in row]


def test_a_sum_told_in_its_own_words_still_conflicts(error_texts):
    debt = "The airline owes some 412 million euros to lessors, banks and suppliers, the administrators said."
    other = "The airline owes some 471 million euros to lessors, banks and suppliers, the administrators said."
    assert error_texts(debt, other)
