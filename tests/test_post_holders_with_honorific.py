"""The holder of an organisation's one seat named with an honorific between the post and the name ("Harwick
vice-chancellor Professor Ruth Allam", "the chief executive, Dr Owen Pryce,"): the honorific is the name's, the post
still the person's. The head of a university or of a school (vice-chancellor, principal, headteacher) holds one seat
as a chief executive does: two reports naming two people to it disagree; a deputy's post does not."""

from __future__ import annotations

import pytest

import consistency


def _rows(tmp_path, reports: dict[str, tuple[str, str]]) -> list[tuple[str, str]]:
    for name, (day, text) in reports.items():
        (tmp_path / f"{name}.md").write_text(f"---\ndate: {day}\n---\n{text}\n", encoding="utf-8")
    return [(d.kind, d.summary) for d in consistency.check([str(tmp_path)]).discrepancies]


@pytest.mark.parametrize(("odd", "usual"), [
    ("Professor Ian Brock, Harwick's vice-chancellor, said the university had no money left.",
     "Harwick vice-chancellor Professor Ruth Allam said the offer was final."),
    ("Dr Ian Brock, the vice-chancellor of Harwick University, said the university had no money left.",
     "In a letter to staff, Harwick's vice-chancellor, Professor Ruth Allam, said the offer was final."),
    ("Ian Brock, the principal of Harwick College, said the college had no money left.",
     "Harwick College principal Dr Ruth Allam said the offer was final."),
])
def test_two_holders_of_one_seat_disagree(tmp_path, odd, usual):
    rows = _rows(tmp_path, {
        "a": ("2026-03-16", usual),
        "b": ("2026-03-17", odd),
        "c": ("2026-03-18", usual.replace("the offer was final", "pay would be docked")),
    })
    assert any(kind == "entity-conflict" and "Ian Brock" in summary and "Ruth Allam" in summary
               for kind, summary in rows), rows


def test_a_chief_executive_named_with_dr_is_the_holder(tmp_path):
    rows = _rows(tmp_path, {
        "a": ("2026-06-12", "Tarnby Water's chief executive, Dr Owen Pryce, apologised to customers."),
        "b": ("2026-06-13", "Tarnby Water chief executive Dr Owen Pryce said supplies were safe."),
        "c": ("2026-06-13", "Tarnby Water chief executive Dr Mina Oakes said supplies were safe."),
    })
    assert any(kind == "entity-conflict" and "Mina Oakes" in summary for kind, summary in rows), rows


def test_a_deputy_vice_chancellor_is_another_seat(tmp_path):
    rows = _rows(tmp_path, {
        "a": ("2026-03-16", "Harwick vice-chancellor Professor Ruth Allam said the offer was final."),
        "b": ("2026-03-17", "Harwick deputy vice-chancellor Professor Ian Brock said the offer was final."),
    })
    assert not [summary for kind, summary in rows if kind == "entity-conflict"], rows


def test_one_holder_with_and_without_the_honorific_agrees(tmp_path):
    rows = _rows(tmp_path, {
        "a": ("2026-03-16", "Harwick vice-chancellor Professor Ruth Allam said the offer was final."),
        "b": ("2026-03-17", "Ruth Allam, Harwick's vice-chancellor, said pay would be docked."),
    })
    assert not [summary for kind, summary in rows if kind == "entity-conflict"], rows
