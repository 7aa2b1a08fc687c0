"""An age told in a clause of a time past that a pronoun opens ("who has coached her since she walked into the club
aged 11", "when he moved to Leeds aged six") is the age then, not a rival of the age the other reports give now; an
age set off after the name ("Ruiz, aged 26,") still is."""

from __future__ import annotations

import pytest

import consistency


def _age_rows(tmp_path, second: str) -> list[str]:
    (tmp_path / "a.md").write_text("---\ndate: 2026-09-13\n---\nAna Ruiz, 24, won the Harbury Open on Sunday.\n",
                                   encoding="utf-8")
    (tmp_path / "b.md").write_text(f"---\ndate: 2026-09-14\n---\nAna Ruiz won in Harbury on Sunday. {second}\n",
                                   encoding="utf-8")
    return [d.summary for d in consistency.check([str(tmp_path)]).discrepancies if d.kind == "value-conflict"]


@pytest.mark.parametrize("second", [
    "Marta Vidal, who has coached Ruiz since she walked into the Club Nautic aged 11, watched from the stands.",
    "Ruiz, who has played since she moved to Valencia at the age of six, thanked her parents.",
])
def test_an_age_in_a_clause_of_a_time_past_is_not_compared(tmp_path, second):
    assert not _age_rows(tmp_path, second)


def test_an_age_set_off_after_the_name_is_compared(tmp_path):
    rows = _age_rows(tmp_path, "Ruiz, aged 26, thanked her parents.")
    assert any("24" in r and "26" in r for r in rows), rows
