"""One role of a story's thing named with other words: where a ship or a flight was going ("bound for X",
"sailing to Y", "heading for Z") and who is held to have done an act ("claimed by X", "blamed on Y", "carried out
by Z"). Two reports that fill the role with two names disagree; a report that names the other's name in another
role, or the role of another thing, does not."""

from __future__ import annotations

import pytest

SHIP = "The tanker Sela Marin, bound for Rotterdam, ran aground off Texel on Sunday."
ATTACK = "The attack on the Orsk power station was claimed by the group Nightfang."


@pytest.mark.parametrize(
    ("first", "second", "names"),
    [
        # where it was going
        (SHIP, "The Sela Marin was sailing to Antwerp when it ran aground off Texel on Sunday.",
         {"Rotterdam", "Antwerp"}),
        ("Flight NL402, heading for Rome, made an emergency landing in Geneva on Sunday.",
         "Flight NL402, which was bound for Milan, made an emergency landing in Geneva on Sunday.", {"Rome", "Milan"}),
        ("The boat, carrying about 80 migrants bound for Italy, capsized off Zuwara on Sunday.",
         "The boat, which was heading for Malta, capsized off Zuwara on Sunday with about 80 migrants on board.",
         {"Italy", "Malta"}),
        # who did it
        (ATTACK, "Officials said the attack on the Orsk power station was blamed on Black Lotus.",
         {"Nightfang", "Black Lotus"}),
        ("The attack on the Orsk power station was carried out by Nightfang, officials said.",
         "The attack on the Orsk power station was blamed on Black Lotus.", {"Nightfang", "Black Lotus"}),
    ],
)
def test_one_role_told_in_other_words_with_two_names_is_flagged(error_texts, first, second, names):
    assert any(set(texts) == names for texts in error_texts(first, second))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # two ships, each with its own port
        (SHIP, "A second ship, the Orla Star, bound for Antwerp, was hit by the same storm off Texel."),
        # the other name in another role: where the crew went, where the owner is
        (SHIP, "The crew of the Sela Marin were flown to Antwerp on Monday."),
        (SHIP, "The Sela Marin's owner, based in Antwerp, said the hull was intact."),
        (SHIP, "After it was refloated, the Sela Marin was towed to Antwerp on Tuesday."),
        # the other group named as a rival, and an act of another thing blamed on it
        (ATTACK, "Nightfang, a rival of Black Lotus, said it had carried out the attack on the Orsk power station."),
        (ATTACK, "A fire at the Orsk fuel depot last month was blamed on Black Lotus."),
        (ATTACK, "The attack on the Orsk power station was blamed on Nightfang, a splinter of Black Lotus."),
    ],
)
def test_other_roles_and_other_things_are_not_flagged(error_texts, first, second):
    assert error_texts(first, second) == []
