"""A given name is a person's only where nothing says otherwise: alone after "in" it is a town ("flown to hospital in
Pau"), and a surname alone that opens a sentence is a person's when a relative clause of a person follows it
("Reyes, who beat Ana Solis,")."""

from __future__ import annotations

from consistency.parse import mentions


def _roles(text: str) -> dict[str, str | None]:
    return {m.text: m.role for m in mentions(text) if m.kind == "entity"}


def test_a_given_name_alone_after_in_is_a_town():
    assert _roles("The two injured walkers were flown to hospital in Pau on Monday.")["Pau"] == "place"


def test_a_given_name_with_a_surname_is_still_a_person():
    assert _roles("Pau Vidal was flown to hospital on Monday.")["Pau Vidal"] == "person"


def test_a_surname_opening_its_sentence_before_who_is_a_person():
    assert _roles("Reyes, who beat Ana Solis to the presidency, named his board on Sunday.")["Reyes"] == "person"


def test_a_word_opening_its_sentence_before_which_is_no_person():
    assert _roles("Marlow, which lies on the Thames, voted for the plan.").get("Marlow") != "person"


def test_a_nationality_before_who_is_no_persons_name():
    assert "Spaniard" not in _roles("The 29-year-old Spaniard, who came to Southport as an outsider, won the Open.")


def test_a_name_of_two_words_before_who_is_a_person():
    assert _roles("Among those caught up in the crash was Spain's Iker Zubieta, who won the race in 2025.")[
        "Iker Zubieta"
    ] == "person"


def test_a_name_before_which_is_no_person():
    assert _roles("The Northern Line, which opened in 1890, was shut on Monday.").get("Northern Line") != "person"
