"""Letters after a person's name that say a rank or an honour ("Anjali Mehta KC", "Tom Hale MP", "Ruth Abbot OBE";
data/post_nominals.csv) are no word of the name: "Anjali Mehta KC" and "Anjali Mehta" are one person, and a report
that misspells her is a name-variant of that name. Capitals that are a word of a name stay in it."""

from __future__ import annotations

import pytest

import consistency


def _check(tmp_path, *reports: str):
    for day, text in zip((10, 11, 12), reports, strict=False):
        (tmp_path / f"r{day}.txt").write_text(f"Headline\nPublished: {day} March 2026\n\n{text}\n", encoding="utf-8")
    return consistency.check([str(tmp_path)])


@pytest.mark.parametrize(("text", "name"), [
    ("Prosecutor Anjali Mehta KC told the jury the money was spent on a villa.", "Anjali Mehta"),
    ("The plant must reopen, said Tom Hale MP.", "Tom Hale"),
    ("Ruth Abbot OBE, who founded the charity, said she was shocked.", "Ruth Abbot"),
])
def test_letters_after_a_name_are_no_word_of_it(tmp_path, text, name):
    names = {c.mention.canonical for c in _check(tmp_path, text).claims if c.mention.kind == "entity"}
    assert name in names, names


def test_a_misspelling_of_a_name_with_letters_after_it_is_a_variant(tmp_path):
    report = _check(
        tmp_path,
        "Opening the case, Anjali Mehta KC told jurors the payments ran for six years.",
        "Under questioning from prosecutor Anjali Mehta KC, the treasurer said she had never met him.",
        "Prosecutor Anjali Mheta told the court the money had paid for a boat.",
    )
    assert any(d.kind == "name-variant" and '"Anjali Mheta"' in d.summary and '"Anjali Mehta"' in d.summary
               for d in report.discrepancies), [d.summary for d in report.discrepancies]


def test_capitals_of_a_name_stay_in_it(tmp_path):
    names = {c.mention.canonical for c in _check(tmp_path, "The loan came from Orvane Group PLC, the lender said.").claims
             if c.mention.kind == "entity"}
    assert any(n and n.startswith("Orvane Group") for n in names), names
