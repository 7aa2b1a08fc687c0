"""The president of a body named by its common noun ("federation president Ana Ruiz", "the union's president,
Tom Hale,", "Ana Ruiz, the association president,") is a post of the story's own, like its general secretary:
two people named to it disagree. A head of state's title ("President Ana Ruiz", "Chilean president Ana Ruiz"),
a vice-president, a past holder and the president of a body of any name ("club president", "company
president": a story may hold two) stay apart."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The nurses accepted the pay offer on Monday, federation president Ana Ruiz told reporters in Corwen.",
            "Federation president Moira Keane said on Monday that the pay offer had been accepted.",
        ),  # labour
        (
            "The association's president, Tom Hale, said the growers would block the Derrow bypass.",
            "Growers will block the Derrow bypass, association president Lena Voss said.",
        ),  # protest
        (
            "Pharmacists will strike on Friday, said Ivo Brandt, the guild president.",
            "Guild president Sara Kemp said pharmacists would strike on Friday.",
        ),  # a post after the name
    ],
)
def test_two_presidents_of_one_body_conflict(error_kinds, first, second):
    assert "entity-conflict" in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "President Ana Ruiz opened the Corwen summit on Monday.",
            "President Moira Keane opened the Corwen summit on Monday.",
        ),  # heads of state: two countries at one summit
        (
            "Chilean president Ana Ruiz arrived at the Corwen summit on Monday.",
            "Peruvian president Moira Keane arrived at the Corwen summit on Monday.",
        ),  # two countries' posts
        (
            "The nurses accepted the pay offer on Monday, federation president Ana Ruiz told reporters.",
            "Federation vice-president Moira Keane said on Monday that the pay offer had been accepted.",
        ),  # a deputy's post
        (
            "The nurses accepted the pay offer on Monday, federation president Ana Ruiz told reporters.",
            "Former federation president Moira Keane said on Monday that the pay offer was too low.",
        ),  # a past holder
        (
            "Club president Ana Ruiz said the Derrow derby would go ahead on Saturday.",
            "Club president Moira Keane said the Derrow derby would go ahead on Saturday.",
        ),  # two clubs play a derby
    ],
)
def test_other_presidents_are_not_compared(error_kinds, first, second):
    assert "entity-conflict" not in error_kinds(first, second)
