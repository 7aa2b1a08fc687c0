"""The post told right before a name is the post's words in the name's own phrase: "Vice-chancellor Sarah Orme"
opening its sentence gives the vice-chancellor, and "the matter was referred to police, vice-chancellor Sarah Orme
said" gives the vice-chancellor alone (not the police before the comma). So a surname misspelt under one post is
one person misspelt."""

from __future__ import annotations

import consistency


def _name_variants(tmp_path, texts: list[str]) -> list[str]:
    for i, text in enumerate(texts):
        (tmp_path / f"r{i}.md").write_text(f"---\ndate: 2026-06-1{i}\n---\n{text}\n", encoding="utf-8")
    return [d.summary for d in consistency.check([tmp_path]).discrepancies if d.kind == "name-variant"]


def test_one_post_opening_a_sentence_and_after_a_comma(tmp_path):
    rows = _name_variants(tmp_path, [
        "The professor was suspended and the matter was referred to police, vice-chancellor Sarah Kettleburgh said.",
        "Vice-chancellor Sarah Kettleborough told staff in an email that she understood their anger.",
        "Vice-chancellor Sarah Kettleborough has promised an independent review of the accounts.",
        "Vice-chancellor Sarah Kettleborough has announced a review led by a retired auditor.",
    ])
    assert any('"Sarah Kettleburgh"' in row for row in rows)


def test_a_short_surname_one_slip_apart_under_one_post(tmp_path):
    rows = _name_variants(tmp_path, [
        "Race director Marieke van Dorn said the medical plan had worked as intended.",
        "Race director Marieke van Doorn admitted the winning time exceeded her hopes.",
        "Race director Marieke van Doorn said the conditions had been close to perfect.",
    ])
    assert any('"Marieke van Dorn"' in row for row in rows)


def test_a_post_after_a_name_owned_by_a_name_of_two_words(tmp_path):
    rows = _name_variants(tmp_path, [
        "Dominic Feldt, the promoter's chief executive, said the decision had been taken without hesitation.",
        "Dominic Feld, Vantage Live's chief executive, insisted the tour was in good shape.",
        "Dominic Feld, Vantage Live's chief executive, said the insurance was comprehensive.",
        "Nobody has seen demand like it, said Dominic Feld, Vantage Live's chief executive.",
    ])
    assert any('"Dominic Feldt"' in row for row in rows)


def test_two_people_of_one_surname_without_a_shared_post(tmp_path):
    rows = _name_variants(tmp_path, [
        "Ann Lowe, a retired teacher, said the road had flooded twice this year.",
        "Chief executive Ann Love said the firm would rebuild the depot.",
        "Chief executive Ann Love told staff the depot would reopen in June.",
    ])
    assert rows == []
