"""A figure in a relative clause ("higher defence spending, which will reach €4.6bn next year") measures the noun
the clause tells of, before its comma: it is compared with "defence spending will rise to €4.2bn", and not with
"total public spending will reach €84.2bn". A name before the comma ("Tomas Brenner, who resigned on Monday") is
the claim's subject and adds no words of what it measures."""

from __future__ import annotations

import consistency


def _value_rows(tmp_path, *reports: str) -> list[set[str]]:
    for i, text in enumerate(reports):
        (tmp_path / f"r{i}.txt").write_text(f"Budget\nPublished: 14 October 2025\n\n{text}\n", encoding="utf-8")
    report = consistency.check([str(tmp_path)])
    return [{c.mention.text for c in d.claims} for d in report.discrepancies if d.kind == "value-conflict"]


def test_a_figure_of_a_relative_clause_measures_its_noun(tmp_path):
    rows = _value_rows(
        tmp_path,
        "The minister said total public spending will reach €84.2bn next year.",
        "The money will pay for higher defence spending, which will reach €4.6bn next year.",
        "Defence spending will rise to €4.2bn next year, the ministry said.",
    )
    assert {"€4.6bn", "€4.2bn"} in rows, rows
    assert not any("€84.2bn" in row for row in rows), rows


def test_a_name_before_the_relative_clause_adds_no_words(tmp_path):
    (tmp_path / "a.txt").write_text(
        "H\nPublished: 5 November 2025\n\nSofia Kral was sworn in on Wednesday, replacing Tomas Brenner, who "
        "resigned on Monday.\n", encoding="utf-8")
    report = consistency.check([str(tmp_path)])
    monday = next(c for c in report.claims if c.mention.text == "Monday")
    assert "replac" not in monday.attribute, monday.attribute
