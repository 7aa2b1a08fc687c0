"""A surname written as it sounds in one report ("Peter Quail" where two others write "Peter Quayle", "Imogen
Trezise" for "Imogen Tresize") is one person misspelt: name-variant warns of it. Short names that sound alike
("Hale" / "Hall") and surnames that sound different stay two people."""

from __future__ import annotations

import pytest

import consistency


def _variants(tmp_path, odd: str, usual: str) -> list[tuple[str, ...]]:
    texts = [
        f"Conservative group leader Cllr {usual} said the council had wasted years.",
        f"Opposition leader {usual} said residents were paying the price for poor decisions.",
        f"Cllr {odd}, who leads the Conservative group, called for cuts to consultancy budgets instead.",
    ]
    for i, text in enumerate(texts):
        (tmp_path / f"{i}.md").write_text(f"---\ndate: 2024-02-2{i}\n---\n{text}\n", encoding="utf-8")
    report = consistency.check([str(tmp_path)])
    return [tuple(c.mention.text for c in d.claims) for d in report.discrepancies if d.kind == "name-variant"]


@pytest.mark.parametrize(("odd", "usual"), [("Peter Quail", "Peter Quayle"), ("Imogen Trezise", "Imogen Tresize")])
def test_a_surname_written_as_heard_is_one_person(tmp_path, odd, usual):
    assert any(odd in row and usual in row for row in _variants(tmp_path, odd, usual))


@pytest.mark.parametrize(("odd", "usual"), [("Peter Hall", "Peter Hale"), ("Peter Quinn", "Peter Quayle")])
def test_short_or_unlike_sounding_surnames_are_two_people(tmp_path, odd, usual):
    assert _variants(tmp_path, odd, usual) == []
