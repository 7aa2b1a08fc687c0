"""A sum right after "for" in a clause that tells of a deal by its verb ("signed striker Tom Hale from Orm for 30
million euros", "joined Vessa on Monday for 35 million euros") is the price paid, once: two reports' prices of one
deal are compared, two deals' are not."""

from __future__ import annotations

from pathlib import Path

import consistency


def _errors(folder: Path, a: str, b: str) -> list[str]:
    (folder / "a.txt").write_text(f"Published: 4 May 2026\n\n{a}\n", encoding="utf-8")
    (folder / "b.txt").write_text(f"Published: 6 May 2026\n\n{b}\n", encoding="utf-8")
    return [d.summary for d in consistency.check([str(folder)]).discrepancies if str(d.severity) == "error"]


def test_one_transfer_told_with_two_verbs_and_two_fees_conflicts(tmp_path):
    errors = _errors(
        tmp_path,
        "Vessa FC signed striker Tom Hale from Orm for 30 million euros on Monday.",
        "Tom Hale joined Vessa FC from Orm on Monday for 35 million euros.",
    )
    assert any("30 million euros" in e and "35 million euros" in e for e in errors), errors


def test_one_company_bought_and_acquired_for_two_prices_conflicts(tmp_path):
    errors = _errors(
        tmp_path,
        "Halden Group bought the Kystlinje ferry line for 210 million crowns on Tuesday.",
        "Kystlinje was acquired by Halden Group on Tuesday for 120 million crowns.",
    )
    assert any("210 million crowns" in e and "120 million crowns" in e for e in errors), errors


def test_two_players_fees_are_two_prices(tmp_path):
    errors = _errors(
        tmp_path,
        "Vessa FC signed striker Tom Hale from Orm for 30 million euros on Monday.",
        "Vessa FC also signed defender Ivo Sand from Brek for 12 million euros on Monday.",
    )
    assert errors == []
