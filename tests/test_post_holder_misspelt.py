"""The holder of a post one person holds at a time, named by a surname alone and spelt otherwise in one report than
in the others ("Mrs Justice Crowder" against "Mrs Justice Crowther" twice): one person misspelt, a name-variant
warning, and no entity-conflict of two judges. Two surnames far apart ("Crowther", "Hallam") stay two holders."""

from __future__ import annotations

import consistency

REPORTS = {
    "a": ("2026-05-05", "Mrs Justice Crowther remanded Okafor in custody at Bristol Crown Court."),
    "b": ("2026-05-08", "Mrs Justice Crowther told Bristol Crown Court that Okafor had lied to the jury."),
    "c": ("2026-05-10", "In sentencing Okafor, Mrs Justice {judge} set a minimum term of 24 years."),
}


def _rows(tmp_path, judge: str) -> list[tuple[str, str]]:
    for name, (day, text) in REPORTS.items():
        (tmp_path / f"{name}.md").write_text(f"---\ndate: {day}\n---\n{text.format(judge=judge)}\n", encoding="utf-8")
    return [(d.kind, d.summary) for d in consistency.check([str(tmp_path)]).discrepancies]


def test_a_judges_surname_misspelt_once_is_a_name_variant(tmp_path):
    rows = _rows(tmp_path, "Crowder")
    assert [kind for kind, summary in rows if "Crowder" in summary] == ["name-variant"]


def test_another_judges_name_is_an_entity_conflict(tmp_path):
    rows = _rows(tmp_path, "Hallam")
    assert [kind for kind, summary in rows if "Hallam" in summary] == ["entity-conflict"]
