"""A name followed by an age set off by commas ("Osric Pellworth, 58, ...") is a person's, whatever else the
sentence says of him: the age is told of people."""

from __future__ import annotations

import consistency


def _write(tmp_path, name: str, published: str, text: str) -> None:
    (tmp_path / f"{name}.md").write_text(f"---\ndate: {published}\n---\n{text}\n", encoding="utf-8")


def test_a_name_with_an_age_after_it_is_a_persons():
    text = "Osric Pellworth, 58, a member of the Tallon Ramblers, said the path was closed."
    (found,) = [m for m in consistency.mentions(text) if m.text == "Osric Pellworth"]
    assert found.role == "person"


def test_a_firm_with_a_count_after_it_is_no_person():
    text = "Brennick Motors, 1,200 of whose staff are on strike, said talks would resume."
    assert all(m.role != "person" for m in consistency.mentions(text) if m.text == "Brennick Motors")


def test_a_name_spelt_otherwise_once_against_two_reports_that_give_her_age(tmp_path):
    _write(tmp_path, "a", "2025-04-10", "# Path closed\n\nOsric Pelworth, chair of the Tallon Ramblers, said walkers "
           "had not been consulted.")
    _write(tmp_path, "b", "2025-04-11", "# Ramblers protest\n\nOsric Pellworth, 58, who has walked the path for 30 "
           "years, said the closure was a mistake.")
    _write(tmp_path, "c", "2025-04-14", "# Ramblers march\n\nOsric Pellworth, who leads the ramblers, said the "
           "campaign would go on.")
    report = consistency.check([str(tmp_path)])
    assert [d.summary for d in report.discrepancies if d.kind == "name-variant"] == [
        '"Osric Pelworth" (a) appears in one report; 2 reports write "Osric Pellworth": likely a typo'
    ]
