"""A play-off is an event of its own, dated like one: "won the play-off on Sunday evening" and "Monday's play-off"
date one play-off twice, and disagree; the day of the contest's last round, told without the play-off, is not its."""

from __future__ import annotations

import pytest

import consistency


def _date_rows(tmp_path, later: str) -> list[str]:
    (tmp_path / "a.md").write_text(
        "---\ndate: 2026-08-02\n---\nIngrid Solheim won the Harwick Open at Lakeside on Sunday, beating Ana Ruiz in a "
        "three-hole play-off. Solheim won the play-off on Sunday evening with a birdie at the last.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text(f"---\ndate: 2026-08-04\n---\n{later}\n", encoding="utf-8")
    return [d.summary for d in consistency.check([str(tmp_path)]).discrepancies if d.kind == "date-conflict"]


def test_a_play_off_dated_by_another_day_disagrees(tmp_path):
    rows = _date_rows(tmp_path, "Ana Ruiz flew home to Seville after losing Monday's play-off to Ingrid Solheim.")
    assert any("2026-08-02" in r and "2026-08-03" in r for r in rows), rows


@pytest.mark.parametrize("later", [
    "Ana Ruiz flew home to Seville after losing Sunday's play-off to Ingrid Solheim.",
    "Ana Ruiz flew home to Seville on Monday after losing the play-off to Ingrid Solheim.",
])
def test_the_same_day_or_another_act_agrees(tmp_path, later):
    assert not _date_rows(tmp_path, later)
