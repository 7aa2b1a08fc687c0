"""A word that names no kind of event ("the accident", "the disaster", "the tragedy") may date the incident its
story is about, whatever kind the other reports name it by ("a tram derailed on Tuesday"): two days given for it
disagree. An accident long before the story, or another one a report tells of, is not that incident."""

from __future__ import annotations

import pytest

import consistency


def _date_rows(tmp_path, later: str) -> list[str]:
    (tmp_path / "a.md").write_text(
        "---\ndate: 2026-05-12\n---\nEleven people were hurt when a tram derailed in Carlow city centre on Tuesday "
        "morning, police said.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text(
        "---\ndate: 2026-05-13\n---\nInvestigators began examining the tracks after the tram derailed in Carlow on "
        "Tuesday.\n", encoding="utf-8")
    (tmp_path / "c.md").write_text(f"---\ndate: 2026-05-18\n---\n{later}\n", encoding="utf-8")
    return [d.summary for d in consistency.check([str(tmp_path)]).discrepancies if d.kind == "date-conflict"]


@pytest.mark.parametrize("later", [
    "The accident on 13 May left eleven people injured, three of them children.",
    "Since the disaster on 13 May, the line has stayed shut.",
])
def test_a_generic_word_dates_the_storys_incident(tmp_path, later):
    rows = _date_rows(tmp_path, later)
    assert any("2026-05-13" in r and "2026-05-12" in r for r in rows), rows


@pytest.mark.parametrize("later", [
    "The accident on 12 May left eleven people injured, three of them children.",
    "An accident in March 2019 on the same curve left six passengers hurt.",
])
def test_the_same_day_or_an_old_accident_is_no_conflict(tmp_path, later):
    assert not _date_rows(tmp_path, later)
