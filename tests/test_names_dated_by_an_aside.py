"""A date in a phrase set off after a name that tells of another act ("Tessaly is owned by Kestrin Holdings, which
bought it in 2017") dates that act, not what the sentence says of the name: the owner named today is compared with
the owner other reports name; so does a later clause of an act of its own ("supplied by Arkwell Cells, under a
contract the two companies announced last year"). A date of the name's own clause ("In 2015 Tessaly was owned by Kestrin Holdings")
still dates it, and an owner of another year is no conflict."""

from __future__ import annotations

import consistency

OWNED = ("Tessaly is owned by Orvane Group.", "Tessaly, the solvents maker, is owned by Orvane Group.")


def _entity_errors(tmp_path, third: str) -> list[set[str]]:
    for day, text in zip((10, 11, 12), (*OWNED, third), strict=True):
        (tmp_path / f"r{day}.txt").write_text(f"Headline\nPublished: {day} March 2026\n\n{text}\n", encoding="utf-8")
    report = consistency.check([str(tmp_path)])
    return [
        {c.mention.text for c in d.claims} for d in report.discrepancies
        if str(d.severity) == "error" and d.kind == "entity-conflict"
    ]


def test_a_date_in_an_aside_does_not_date_the_name(tmp_path):
    errors = _entity_errors(tmp_path, "Tessaly is owned by Kestrin Holdings, which bought it in 2017.")
    assert any("Kestrin Holdings" in row and "Orvane Group" in row for row in errors), errors


def test_a_date_of_the_names_own_clause_still_dates_it(tmp_path):
    assert _entity_errors(tmp_path, "In 2015 Tessaly was owned by Kestrin Holdings.") == []


def test_a_date_of_a_later_clause_of_another_act_does_not_date_the_name(error_texts):
    rows = error_texts(
        "The cells are supplied by Arkwell Cells, under a contract the two companies announced last year.",
        "The cells are supplied by Voltaris, the carmaker said.",
    )
    assert {"Arkwell Cells", "Voltaris"} in map(set, rows), rows
