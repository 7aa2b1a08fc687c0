"""A name spelt two ways in one role ("closed at the Tarnowa junction" three times, "at the Tarnova junction" once) is
one name misspelt: a name-variant row tells it, and no entity-conflict sets the two spellings against each other
as two names. Two names spelt otherwise in that role are still two."""

from __future__ import annotations

import consistency

BODY = "A landslide closed the A4 motorway at the {} junction on Monday, police said. About 300 drivers were stranded."


def _rows(tmp_path, odd: str) -> list[tuple[str, str]]:
    for i, (day, name) in enumerate([("2025-07-03", "Tarnowa"), ("2025-07-04", "Tarnowa"), ("2025-07-05", "Tarnowa"),
                                     ("2025-07-06", odd)]):
        body = BODY.format(name)
        (tmp_path / f"r{i}.md").write_text(f"---\ndate: {day}\n---\n# Landslide shuts A4\n\n{body}\n", encoding="utf-8")
    report = consistency.check([str(tmp_path)])
    return [(d.kind, " / ".join(c.mention.text for c in d.claims)) for d in report.discrepancies]


def test_one_name_misspelt_is_a_variant_not_two_names(tmp_path):
    rows = _rows(tmp_path, "Tarnova")
    assert [kind for kind, _ in rows if "Tarnova" in _] == ["name-variant"]


def test_two_names_in_one_role_still_conflict(tmp_path):
    rows = _rows(tmp_path, "Kolbudy")
    assert any(kind == "entity-conflict" and "Kolbudy" in names for kind, names in rows)
