"""A given name spelt as it is heard ("Owen" in one report, "Owain" in several; "Steven" / "Stephen") under one
surname is one person's name misspelt: a name-variant warning. Names that share a sound only as a short form of
the other ("Dan" / "Dana") or that begin otherwise are not taken for one."""

from __future__ import annotations

import pytest

from consistency.align import one_given_name


@pytest.mark.parametrize(
    ("name", "other", "one"),
    [
        ("Owen", "Owain", True),
        ("Steven", "Stephen", True),
        ("Jon", "John", True),
        ("Dan", "Dana", False),
        ("Paul", "Paula", False),
        ("Owen", "Ewan", False),
        ("Mark", "Mark", False),
    ],
)
def test_one_given_name_spelt_as_heard(name, other, one):
    assert one_given_name(name, other) is one


def test_a_riders_given_name_misspelt_in_one_report(tmp_path):
    import consistency

    reports = [
        ("2026-08-05", "Llanfenni rider Owen Prydderch finished third in the stage on Wednesday."),
        ("2026-08-07", "Llanfenni rider Owain Prydderch will start today's time trial."),
        ("2026-08-08", "Owain Prydderch lost the red jersey on Friday."),
    ]
    for i, (day, text) in enumerate(reports):
        (tmp_path / f"{i}.md").write_text(f"---\ndate: {day}\n---\n{text}\n", encoding="utf-8")
    rows = [d for d in consistency.check([str(tmp_path)]).discrepancies if d.kind == "name-variant"]
    assert [tuple(c.mention.text for c in d.claims) for d in rows] == [("Owen Prydderch", "Owain Prydderch")]
