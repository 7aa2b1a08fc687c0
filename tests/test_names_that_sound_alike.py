"""A surname written as it sounds in one report, said with the post the others give ("Conservative group leader
Peter Quail" where two others write "Peter Quayle", "Imogen Trezise" for "Imogen Tresize"), is one person
misspelt: name-variant warns of it, and no post is said to have two holders. Without the post, short names that
sound alike ("Hale" / "Hall"), surnames that sound different and a given name spelt another way ("Mohammed" /
"Muhammad", house style), nothing changes."""

from __future__ import annotations

import datetime as dt

import pytest

import consistency


def _rows(tmp_path, texts: list[str], kind: str, first: str = "2024-02-20") -> list[tuple[str, ...]]:
    """The rows of `kind` among reports of one day after another from `first`, as the texts of their claims."""
    for i, text in enumerate(texts):
        day = dt.date.fromisoformat(first) + dt.timedelta(days=i)
        (tmp_path / f"{i}.md").write_text(f"---\ndate: {day}\n---\n{text}\n", encoding="utf-8")
    report = consistency.check([str(tmp_path)])
    return [tuple(c.mention.text for c in d.claims) for d in report.discrepancies if d.kind == kind]


def _group_leaders(odd: str, usual: str) -> list[str]:
    return [
        f"Conservative group leader Cllr {usual} said the council had wasted years.",
        f"Opposition leader {usual} said residents were paying the price for poor decisions.",
        f"Conservative group leader Cllr {odd} said the plans would hit the people least able to cope.",
    ]


@pytest.mark.parametrize(("odd", "usual"), [("Peter Quail", "Peter Quayle"), ("Imogen Trezise", "Imogen Tresize")])
def test_a_surname_written_as_heard_is_one_person(tmp_path, odd, usual):
    assert any(odd in row and usual in row for row in _rows(tmp_path, _group_leaders(odd, usual), "name-variant"))
    # one group leader, misspelt: no second one
    assert _rows(tmp_path, _group_leaders(odd, usual), "entity-conflict") == []


@pytest.mark.parametrize(("odd", "usual"), [("Peter Hall", "Peter Hale"), ("Peter Quinn", "Peter Quayle")])
def test_short_or_unlike_sounding_surnames_are_two_people(tmp_path, odd, usual):
    assert _rows(tmp_path, _group_leaders(odd, usual), "name-variant") == []


def test_a_name_sounding_alike_without_the_post_may_be_another_person(tmp_path):
    texts = [
        "Conservative group leader Cllr Peter Quayle said the council had wasted years.",
        "Conservative group leader Cllr Peter Quayle said residents were paying the price for poor decisions.",
        "Peter Quail, a retired teacher, said the library closure would hurt older readers.",
    ]
    assert _rows(tmp_path, texts, "name-variant") == []


def test_a_given_name_spelt_another_way_is_house_style(tmp_path):
    texts = [
        "Interior minister Mohammed Larbi said the roads would reopen.",
        "Interior minister Mohammed Larbi visited the camps on Sunday.",
        "Interior minister Muhammad Larbi said more tents were on their way.",
    ]
    assert _rows(tmp_path, texts, "name-variant") == []


def test_a_post_that_opens_its_sentence_is_the_same_post(tmp_path):
    # "Structural engineer Professor Anjali Rathaur": the capital of "Structural" only opens the sentence
    texts = [
        "Professor Anjali Rathore, a structural engineer, said the other bridges were safe.",
        "Professor Anjali Rathore, a structural engineer, said the tendons would be examined.",
        "Structural engineer Professor Anjali Rathaur said it was too early to say why the bridge failed.",
    ]
    assert _rows(tmp_path, texts, "name-variant", first="2025-09-05")[0][0] == "Anjali Rathaur"


def test_a_long_post_in_apposition_is_read_by_its_last_words(tmp_path):
    # "Imogen Trezise, the UK's deputy chief veterinary officer": the post of "Deputy chief veterinary officer Dr
    # Imogen Tresize", however many words it has
    texts = [
        "Deputy chief veterinary officer Dr Imogen Tresize said the two cases were not linked.",
        "Deputy chief veterinary officer Dr Imogen Tresize said the risk level had been raised.",
        '"We have acted swiftly," said Dr Imogen Trezise, the UK\'s deputy chief veterinary officer.',
    ]
    assert _rows(tmp_path, texts, "name-variant", first="2024-11-10")[0][0] == "Imogen Trezise"
