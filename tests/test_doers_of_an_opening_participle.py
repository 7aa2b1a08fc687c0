"""The one who does what a participle opening a sentence tells is the subject of the clause after it, even when that
subject is also the speaker ("Visiting the village on Wednesday, Agriculture Minister Paul Marchal said"): his visit
is not the prefect's ("Prefect Anne Roux visited the village on Monday"), and two people's visits on two days do not
disagree. A police rank, a prefect's or a bishop's title before a name makes it a person's."""

from __future__ import annotations

import datetime as dt

import pytest

import consistency


def _date_rows(tmp_path, second: str) -> list[str]:
    (tmp_path / "a.md").write_text("---\ndate: 2026-06-16\n---\nHail flattened crops around Lède on Monday. Prefect "
                                   "Anne Roux visited the village on Monday evening.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text(f"---\ndate: 2026-06-17\n---\nHail flattened crops around Lède on Monday. {second}\n",
                                   encoding="utf-8")
    return [d.summary for d in consistency.check([str(tmp_path)]).discrepancies if d.kind == "date-conflict"]


def test_another_persons_visit_is_another_act(tmp_path):
    assert not _date_rows(tmp_path, "Visiting the village on Wednesday, Agriculture Minister Paul Marchal said help "
                                    "would come within weeks.")


@pytest.mark.parametrize(("text", "name"), [
    ("Prefect Anne Roux visited the village.", "Anne Roux"),
    ("Detective Chief Inspector Mara Voss led the inquiry.", "Mara Voss"),
    ("Superintendent Dara Whitlock said the search would go on.", "Dara Whitlock"),
    ("Rabbi Tomas Herrick led the service.", "Tomas Herrick"),
])
def test_a_title_before_a_name_makes_it_a_persons(text, name):
    people = [m.canonical for m in consistency.mentions(text, dt.date(2026, 6, 16)) if m.role == "person"]
    assert people == [name]
