"""A date in the phrase that tells what a figure's change is measured from, with no figure of its own ("Turnout
was 28.1%, down sharply from the last election in 2024", "compared with the 2023 season") is the base's date, not
the figure's: the figure keeps its report's time, and is compared with the same quantity now, not with the base's."""

from __future__ import annotations

import datetime as dt

import pytest

import consistency


def _times(tmp_path, sentence: str) -> dict[str, tuple | None]:
    (tmp_path / "a.md").write_text(f"---\ndate: 2026-05-22\n---\n{sentence}\n", encoding="utf-8")
    return {c.mention.text: c.time for c in consistency.claims([str(tmp_path)]) if c.mention.is_figure}


@pytest.mark.parametrize(("sentence", "figure"), [
    ("Turnout was 28.1%, down sharply from the last mayoral election in 2024.", "28.1%"),
    ("Attendance averaged 14,200, up from the dismal 2023 season.", "14,200"),
    ("The club sold 9,400 season tickets, compared with the 2024 campaign.", "9,400"),
])
def test_a_bases_date_does_not_date_the_figure(tmp_path, sentence, figure):
    assert _times(tmp_path, sentence)[figure] is None


@pytest.mark.parametrize(("sentence", "figure", "year"), [
    ("Turnout was 28.1% in 2024, down sharply from the previous election.", "28.1%", 2024),
    ("Profit fell to £40m, compared with £45m in 2024.", "£45m", 2024),
])
def test_a_figures_own_date_or_a_base_figures_date_stays(tmp_path, sentence, figure, year):
    time = _times(tmp_path, sentence)[figure]
    assert time is not None and time[0] == dt.date(year, 1, 1)


def test_the_turnout_now_is_compared_with_another_reports(tmp_path):
    (tmp_path / "a.md").write_text("---\ndate: 2026-05-22\n---\nMira Sandhu won the Eastmoor by-election. Turnout was "
                                   "28.1%, down sharply from the last mayoral election in 2024.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("---\ndate: 2026-05-22\n---\nMira Sandhu won the Eastmoor by-election. Turnout was "
                                   "31.4%, the council said.\n", encoding="utf-8")
    rows = [d.summary for d in consistency.check([str(tmp_path)]).discrepancies if d.kind == "value-conflict"]
    assert any("28.1%" in r and "31.4%" in r for r in rows), rows
