"""A noun that says only where an act was done ("detained at an address in Doncaster", "arrested at a property near
Leeds") leaves the act's slot to its verb: the place is where the man was detained, as "detained in Doncaster" says,
and another report's "detained in Rotherham" disagrees with it."""

from __future__ import annotations

import pytest

import consistency


def _rows(tmp_path, first: str) -> list[str]:
    (tmp_path / "a.md").write_text(f"---\ndate: 2026-03-12\n---\n{first}\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("---\ndate: 2026-03-14\n---\nPolice made two arrests on Wednesday, including a "
                                   "19-year-old man detained in Rotherham.\n", encoding="utf-8")
    return [d.summary for d in consistency.check([str(tmp_path)]).discrepancies if d.kind == "entity-conflict"]


@pytest.mark.parametrize("first", [
    "A 19-year-old man was detained at an address in Doncaster on Wednesday morning, police said.",
    "Police said a 19-year-old man was detained at a property in Doncaster on Wednesday.",
])
def test_a_place_after_an_address_is_the_acts(tmp_path, first):
    rows = _rows(tmp_path, first)
    assert any("Doncaster" in r and "Rotherham" in r for r in rows), rows


def test_the_same_place_agrees(tmp_path):
    assert not _rows(tmp_path, "A 19-year-old man was detained at an address in Rotherham on Wednesday morning.")
