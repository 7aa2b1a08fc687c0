"""A role of the story's one event said plainly at the head of a sentence ("The captain, Aileen Sarmiento, was
unhurt") or after a verb of being ("the airline said the captain was Renato Villaflor") names its holder, as "the
ferry's captain, Manuel Reyes," does: two reports that give the role to two people disagree. The word that opens
the sentence is no organisation of the post."""

from __future__ import annotations

import pytest

LANDING = "Flight KL88 skidded off the runway at Malabay on Friday."


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (f"{LANDING} The captain, Aileen Sarmiento, was among those checked by medics and was not hurt.",
         f"{LANDING} The airline has confirmed that the captain was Renato Villaflor, one of its senior pilots."),
        (f"{LANDING} The airline said the captain was Renato Villaflor.",
         f"{LANDING} Its captain, Aileen Sarmiento, had flown the route for ten years."),
        ("The Orla Star ran aground off Texel on Sunday. The skipper, Jan Visser, radioed for help at 4 a.m.",
         "The Orla Star ran aground off Texel on Sunday. Its owners said the skipper was Pieter Bakker."),
    ],
)
def test_one_role_given_to_two_people_is_flagged(error_texts, first, second):
    assert any(
        {t.split()[-1] for t in texts} in ({"Sarmiento", "Villaflor"}, {"Visser", "Bakker"})
        for texts in error_texts(first, second)
    )


@pytest.mark.parametrize(
    "second",
    [
        # another role of the same flight
        f"{LANDING} The first officer, Aileen Sarmiento, was taken to hospital as a precaution.",
        # the same person
        f"{LANDING} Captain Renato Villaflor has flown for the airline for 22 years.",
    ],
)
def test_other_roles_and_the_same_holder_are_not_flagged(error_texts, second):
    first = f"{LANDING} The captain, Renato Villaflor, was among those checked by medics and was not hurt."
    assert error_texts(first, second) == []
