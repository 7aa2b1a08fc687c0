"""A surname written as it sounds in one report, said with the post the others give ("Conservative group leader
Peter Quail" where two others write "Peter Quayle", "Imogen Trezise" for "Imogen Tresize"), is one person
misspelt: name-variant warns of it, and no post is said to have two holders. Without the post, short names that
sound alike ("Hale" / "Hall"), surnames that sound different and a given name spelt another way ("Mohammed" /
"Muhammad", house style), nothing changes."""

from __future__ import annotations

import pytest

import consistency


def _rows(tmp_path, odd: str, usual: str, kind: str) -> list[tuple[str, ...]]:
    texts = [
        f"Conservative group leader Cllr {usual} said the council had wasted years.",
        f"Opposition leader {usual} said residents were paying the price for poor decisions.",
        f"Conservative group leader Cllr {odd} said the plans would hit the people least able to cope.",
    ]
    for i, text in enumerate(texts):
        (tmp_path / f"{i}.md").write_text(f"---\ndate: 2024-02-2{i}\n---\n{text}\n", encoding="utf-8")
    report = consistency.check([str(tmp_path)])
    return [tuple(c.mention.text for c in d.claims) for d in report.discrepancies if d.kind == kind]


@pytest.mark.parametrize(("odd", "usual"), [("Peter Quail", "Peter Quayle"), ("Imogen Trezise", "Imogen Tresize")])
def test_a_surname_written_as_heard_is_one_person(tmp_path, odd, usual):
    assert any(odd in row and usual in row for row in _rows(tmp_path, odd, usual, "name-variant"))
    assert _rows(tmp_path, odd, usual, "entity-conflict") == []  # one group leader, misspelt: no second one


@pytest.mark.parametrize(("odd", "usual"), [("Peter Hall", "Peter Hale"), ("Peter Quinn", "Peter Quayle")])
def test_short_or_unlike_sounding_surnames_are_two_people(tmp_path, odd, usual):
    assert _rows(tmp_path, odd, usual, "name-variant") == []


def test_a_name_sounding_alike_without_the_post_may_be_another_person(tmp_path):
    texts = [
        "Conservative group leader Cllr Peter Quayle said the council had wasted years.",
        "Conservative group leader Cllr Peter Quayle said residents were paying the price for poor decisions.",
        "Peter Quail, a retired teacher, said the library closure would hurt older readers.",
    ]
    for i, text in enumerate(texts):
        (tmp_path / f"{i}.md").write_text(f"---\ndate: 2024-02-2{i}\n---\n{text}\n", encoding="utf-8")
    assert not any(d.kind == "name-variant" for d in consistency.check([str(tmp_path)]).discrepancies)


def test_a_given_name_spelt_another_way_is_house_style(tmp_path):
    texts = [
        "Interior minister Mohammed Larbi said the roads would reopen.",
        "Interior minister Mohammed Larbi visited the camps on Sunday.",
        "Interior minister Muhammad Larbi said more tents were on their way.",
    ]
    for i, text in enumerate(texts):
        (tmp_path / f"{i}.md").write_text(f"---\ndate: 2024-02-2{i}\n---\n{text}\n", encoding="utf-8")
    assert not any(d.kind == "name-variant" for d in consistency.check([str(tmp_path)]).discrepancies)


def test_a_post_that_opens_its_sentence_is_the_same_post(tmp_path):
    # "Structural engineer Professor Anjali Rathaur": the capital of "Structural" only opens the sentence
    texts = [
        "Professor Anjali Rathore, a structural engineer, said the other bridges were safe.",
        "Professor Anjali Rathore, a structural engineer, said the tendons would be examined.",
        "Structural engineer Professor Anjali Rathaur said it was too early to say why the bridge failed.",
    ]
    for i, text in enumerate(texts):
        (tmp_path / f"{i}.md").write_text(f"---\ndate: 2025-09-0{i + 5}\n---\n{text}\n", encoding="utf-8")
    rows = [d for d in consistency.check([str(tmp_path)]).discrepancies if d.kind == "name-variant"]
    assert [c.mention.text for c in rows[0].claims][0] == "Anjali Rathaur"


def test_a_long_post_in_apposition_is_read_by_its_last_words(tmp_path):
    # "Imogen Trezise, the UK's deputy chief veterinary officer": the post of "Deputy chief veterinary officer Dr
    # Imogen Tresize", however many words it has
    texts = [
        "Deputy chief veterinary officer Dr Imogen Tresize said the two cases were not linked.",
        "Deputy chief veterinary officer Dr Imogen Tresize said the risk level had been raised.",
        '"We have acted swiftly," said Dr Imogen Trezise, the UK\'s deputy chief veterinary officer.',
    ]
    for i, text in enumerate(texts):
        (tmp_path / f"{i}.md").write_text(f"---\ndate: 2024-11-1{i}\n---\n{text}\n", encoding="utf-8")
    rows = [d for d in consistency.check([str(tmp_path)]).discrepancies if d.kind == "name-variant"]
    assert [c.mention.text for c in rows[0].claims][0] == "Imogen Trezise"
