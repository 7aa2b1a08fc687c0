"""A name said with the same post as another, alike but for one word that is near in spelling ("club captain
Rosalind Kinsey" / "club captain Rosalind Kinsie", "Geoffrey Aldous, the charity's chief executive" / "Jeffrey
Aldous, chief executive of the charity"), is one person misspelt: a name-variant warning, and no entity-conflict
between two holders of the post. Without the shared post, or with a name further apart, nothing changes."""

from __future__ import annotations

import pytest

import consistency


def _rows(tmp_path, *reports: str) -> list[tuple[str, str, str]]:
    for day, text in zip((10, 11, 12), reports, strict=False):
        (tmp_path / f"r{day}.txt").write_text(f"Headline\nPublished: {day} June 2026\n\n{text}\n", encoding="utf-8")
    report = consistency.check([str(tmp_path)])
    return [(str(d.severity), d.kind, d.summary) for d in report.discrepancies]


@pytest.mark.parametrize(
    ("reports", "odd"),
    [
        (("Dunford club captain Rosalind Kinsey, 31, said the side would not be overawed.",
          "Dunford club captain Rosalind Kinsey has signed a new two-year contract.",
          "Dunford club captain Rosalind Kinsie, who joined in 2022, said she was proud of the players."),
         "Rosalind Kinsie"),
        (("Geoffrey Aldous, the charity's chief executive, said the appeal had closed.",
          "Geoffrey Aldous, the charity's chief executive, thanked the donors.",
          "Jeffrey Aldous, chief executive of the charity, said the money would be spent by March."),
         "Jeffrey Aldous"),
    ],
)
def test_a_near_name_said_with_one_post_is_one_person_misspelt(tmp_path, reports, odd):
    rows = _rows(tmp_path, *reports)
    assert any(kind == "name-variant" and f'"{odd}"' in summary for _, kind, summary in rows), rows
    assert not any(severity == "error" for severity, _, _ in rows), rows


@pytest.mark.parametrize(
    "third",
    [
        # no post shared: a neighbour of that name may be another person
        "Rosalind Kinsie, a neighbour, said the street had flooded twice.",
        # one post, but the surname is another name, not a slip of it
        "Dunford club captain Rosalind Kingsford, who joined in 2022, said she was proud of the players.",
    ],
)
def test_without_the_post_or_with_another_name_it_is_no_slip(tmp_path, third):
    rows = _rows(
        tmp_path,
        "Dunford club captain Rosalind Kinsey, 31, said the side would not be overawed.",
        "Dunford club captain Rosalind Kinsey has signed a new two-year contract.",
        third,
    )
    assert not any(kind == "name-variant" for _, kind, _ in rows), rows
