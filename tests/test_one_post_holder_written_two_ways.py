"""One holder of a post named in full and written otherwise in one report, a word of the name apart ("Northway's
chief executive, Graham Tollis" against "Graeme Tollis" in two reports; "Marc-André Telford" against "Telfer"): one
person misspelt, a name-variant warning and no entity-conflict of two chief executives. The post may be said
before the name with a comma between. Two names a whole word apart ("Sarah Jones", "Susan Jones") stay two
people."""

from __future__ import annotations

import pytest

import consistency
from consistency.align.scoring import spelt_alike_in_one_post


def _rows(tmp_path, odd: str) -> list[tuple[str, str]]:
    reports = {
        "a": ("2026-06-12", f"Northway's chief executive, {odd}, said every passenger would get a refund."),
        "b": ("2026-06-13", "Northway's chief executive, Graeme Tollis, said the crew had followed their training."),
        "c": ("2026-06-14", "Northway's chief executive, Graeme Tollis, told reporters the airline would pay costs."),
    }
    for name, (day, text) in reports.items():
        (tmp_path / f"{name}.md").write_text(f"---\ndate: {day}\n---\n{text}\n", encoding="utf-8")
    return [(d.kind, d.summary) for d in consistency.check([str(tmp_path)]).discrepancies]


def test_a_holders_given_name_written_otherwise_once_is_a_name_variant(tmp_path):
    rows = _rows(tmp_path, "Graham Tollis")
    assert [kind for kind, summary in rows if "Graham" in summary] == ["name-variant"]


def test_another_holders_name_is_an_entity_conflict(tmp_path):
    rows = _rows(tmp_path, "Helen Marsh")
    assert "entity-conflict" in [kind for kind, summary in rows if "Helen Marsh" in summary]


@pytest.mark.parametrize(("name", "other", "one"), [
    ("Graham Tollis", "Graeme Tollis", True),
    ("Marc-André Telford", "Marc-André Telfer", True),
    ("Sarah Jones", "Susan Jones", False),
    ("Paul Weber", "Paula Weber", False),
])
def test_names_of_people_a_word_apart_in_one_post(name, other, one):
    assert spelt_alike_in_one_post(name, other, people=True) is one


def test_names_of_things_a_word_apart_are_two():
    assert not spelt_alike_in_one_post("Forbes Unicorn List", "Fortune Unicorn List")
