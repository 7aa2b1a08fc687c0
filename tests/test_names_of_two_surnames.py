"""A name of two surnames ("Joaquín Serrat Almeida", "Ana Ruiz Vidal") is written later by the first of them:
"Serrat" is that person, wherever the sentence puts the word, and what is said of "Serrat" is said of him."""

from __future__ import annotations

import consistency


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.canonical) for m in consistency.mentions(text) if m.kind == "entity" and m.role == "person"]


def test_the_first_of_two_surnames_names_the_person():
    text = ("The mayor of Torrevella, Joaquín Serrat Almeida, was freed on bail on Thursday.\n\n"
            "Serrat was arrested in dawn raids on Monday. Leaving court, Serrat said he was innocent.")
    shortened = [canonical for written, canonical in _people(text) if written == "Serrat"]
    assert shortened == ["Joaquín Serrat Almeida", "Joaquín Serrat Almeida"]


def test_a_given_name_in_the_middle_is_no_surname():
    # "Mary Ann Keller", then "Ann Porter": the middle word is a given name, and "Ann" alone names no one here
    text = "Mary Ann Keller chairs the board. Ann Porter, its treasurer, resigned on Monday."
    assert ("Ann Porter", "Ann Porter") in _people(text)
    assert all(canonical != "Mary Ann Keller" for written, canonical in _people(text) if written.startswith("Ann"))


def test_what_is_said_of_the_first_surname_is_said_of_the_person(dated_errors):
    # one man's bail, told by his full name and by his first surname: no other person's figure
    rows = dated_errors(
        ("2026-03-05", "The mayor, Joaquín Serrat Almeida, was released on bail of €150,000 on Thursday. "
                       "His deputy, Lucía Ferrándiz, was released on bail of €60,000."),
        ("2026-03-06", "The court freed Serrat on €150,000 bail on Thursday."),
        kind="value-conflict",
    )
    assert rows == []
