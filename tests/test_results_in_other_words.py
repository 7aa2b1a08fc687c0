"""A firm's results told in other words are one set of results: "full-year numbers", "annual figures" and "annual
results" (data/synonyms.csv), so two days given for their release disagree; a half-year's results are another."""

from __future__ import annotations

import consistency


def _date_errors(tmp_path, *docs: tuple[str, str, str]) -> list[str]:
    for i, (published, headline, body) in enumerate(docs):
        (tmp_path / f"r{i}.md").write_text(f"---\ndate: {published}\n---\n# {headline}\n\n{body}\n", encoding="utf-8")
    report = consistency.check([str(tmp_path)])
    return [d.summary for d in report.discrepancies if str(d.severity) == "error" and d.kind == "date-conflict"]


def test_full_year_numbers_and_annual_figures_are_one_release(tmp_path):
    first = ("2025-05-21", "Castlewick's cost reset",
             "When Castlewick Energy reported full-year numbers on 15 May, the figures were bleak.")
    later = ("2025-05-30", "The week in business",
             "Two weeks after Castlewick Energy unveiled its annual figures on 14 May, the fallout goes on.")
    assert _date_errors(tmp_path, first, later) != []


def test_half_year_figures_are_another_release(tmp_path):
    first = ("2025-05-21", "Castlewick's cost reset",
             "When Castlewick Energy reported full-year numbers on 15 May, the figures were bleak.")
    later = ("2025-05-30", "The week in business",
             "Castlewick Energy will publish its half-year figures on 14 August, it said.")
    assert _date_errors(tmp_path, first, later) == []
