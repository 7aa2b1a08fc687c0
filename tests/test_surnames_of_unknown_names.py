"""A name no list knows, given in full and then by its last word alone, is one name: "Ana-Maria Vlasceanu ...
Vlasceanu, 56, said" (the way news copy names people after their first mention)."""

from __future__ import annotations

import pytest

import consistency


def _canonicals(text: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for m in consistency.mentions(text):
        if m.kind == "entity":
            found.setdefault(m.text, set()).add(m.canonical)
    return found


@pytest.mark.parametrize(
    ("text", "alone", "full"),
    [
        ("Police arrested Ana-Maria Vlasceanu on Tuesday. Vlasceanu, 56, denies the charges.", "Vlasceanu", "Ana-Maria Vlasceanu"),
        ("The dealer Joris Vandenbrande runs a gallery in Ghent. Prosecutors say Vandenbrande sold 40 fakes.",
         "Vandenbrande", "Joris Vandenbrande"),
    ],
)
def test_a_last_word_alone_is_the_full_name(text, alone, full):
    assert _canonicals(text)[alone] == {full}


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        # two full names end with it: which one is unsaid
        ("Joris Vandenbrande and his brother Wout Vandenbrande run the gallery. Police say Vandenbrande denies it.",
         "Vandenbrande"),
    ],
)
def test_a_last_word_of_two_full_names_stays_as_written(text, alone):
    assert _canonicals(text).get(alone, {alone}) == {alone}


def test_an_age_given_with_the_last_word_is_the_full_names(error_kinds):
    first = "Police in Ghent arrested the art dealer Joris Vandenbrande, 58, on Tuesday."
    second = "The art dealer Joris Vandenbrande was arrested in Ghent on Tuesday. Prosecutors say Vandenbrande, 56, sold fakes."
    assert "value-conflict" in error_kinds(first, second)


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        # the word stands alone before the full name is given: a name of its own (a country, a town), not a later
        # short form of the full one
        ("Marvessa's government raised taxes on Tuesday, said Olga Renn, an economist at Kontobank Marvessa. "
         "The tax will help Marvessa cut its deficit.", "Marvessa"),
        ("On Monday the council of Talvern voted for the plan. Jorik Hallen of Stadtwerke Talvern said it was "
         "sound. The people of Talvern will vote on it next year.", "Talvern"),
    ],
)
def test_a_word_named_alone_before_the_full_name_is_its_own(text, alone):
    assert _canonicals(text)[alone] == {alone}



@pytest.mark.parametrize(
    "text",
    [
        "Daniel Orr was jailed for seven years. Lindqvist, 45, was sentenced to four years.",
        "The court heard from two witnesses. Marsh (61) said she saw the crash.",
    ],
)
def test_a_word_opening_a_sentence_with_an_age_after_it_is_a_person(text):
    people = {m.text for m in consistency.mentions(text) if m.kind == "entity" and m.role == "person"}
    assert text.split(". ")[1].split(",")[0].split(" (")[0] in people
