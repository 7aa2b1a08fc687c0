"""People are known by given names of many languages (data/given_names.csv): "Tomás", "Owain", "Jelle", "Wes",
"Maëlle", "Jae-won" name people as "Thomas" does, so what is said of them is said of a person: an age standing
for the person the sentence before names, a surname spelt two ways by two reports."""

from __future__ import annotations

import pytest

from consistency.parse.names import lexicon


@pytest.mark.parametrize("name", ["Tomás", "Owain", "Jelle", "Wes", "Maëlle", "Jae-won", "Hilary", "Siobhán", "Kwame"])
def test_given_names_of_many_lands_are_known(name):
    assert lexicon.name_key(name) in lexicon.given_names()


@pytest.mark.parametrize("word", ["Will", "Hope", "Can", "Said", "Honor", "Marine"])
def test_everyday_words_are_no_given_names(word):
    assert lexicon.name_key(word) not in lexicon.given_names()


def test_ages_standing_for_two_people_of_such_names_are_theirs(dated_errors):
    assert not dated_errors(
        ("2026-07-20", "Tomás Aldecoa won the Open on Sunday. The 29-year-old Spaniard began the day as the "
                       "favourite."),
        ("2026-07-21", "Owain Prydderch finished second at the Open. The 36-year-old learned the game at "
                       "Glenrathie."),
        kind="value-conflict",
    )
