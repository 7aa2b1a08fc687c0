"""Ages of people brought in unnamed are one person's only when the reports say the same of them: a role ("the
driver", "the victim") or what befell them, not the plain noun of a sex or an age ("man", "woman") that any two of
them share. A man is not a woman. An age that stands for its person ("The 29-year-old Spaniard") is the age of the
person the sentence before names, not of another person's."""

from __future__ import annotations

KILLED = ("2026-05-12", "A 46-year-old man on his way to work was killed when a tram came off the rails in the city "
                        "centre on Tuesday.")


def test_the_drivers_age_is_no_rival_of_the_dead_mans(dated_errors):
    assert not dated_errors(
        ("2026-05-13", "The driver, a 52-year-old man from Pudsey, remained in custody last night."), KILLED,
        kind="value-conflict",
    )


def test_a_dead_woman_is_not_the_dead_man(dated_errors):
    assert not dated_errors(
        ("2026-05-13", "A 71-year-old woman who had been travelling on the tram died in hospital overnight."), KILLED,
        kind="value-conflict",
    )


def test_the_dead_man_told_again_is_compared(dated_errors):
    assert dated_errors(
        ("2026-05-13", "A 64-year-old man who was waiting at the shelter was killed at the scene."), KILLED,
        kind="value-conflict",
    )


def test_ages_standing_for_two_named_people_are_theirs(dated_errors):
    assert not dated_errors(
        ("2026-07-20", "Mateo Alvarez won the Open on Sunday. The 29-year-old Spaniard began the day as the favourite."),
        ("2026-07-21", "Callum Reid finished second at the Open. The 36-year-old learned the game at Glenrathie."),
        kind="value-conflict",
    )


def test_ages_standing_for_one_named_person_are_compared(dated_errors):
    assert dated_errors(
        ("2026-07-20", "Mateo Alvarez won the Open on Sunday. The 29-year-old Spaniard began the day as the favourite."),
        ("2026-07-21", "Mateo Alvarez won the Open on Sunday. The 26-year-old learned the game in Bilbao."),
        kind="value-conflict",
    )


def test_ages_of_people_from_two_places_are_two_peoples(dated_errors):
    assert not dated_errors(
        ("2026-04-13", "Senne Claeys could not deliver the win Waregem had hoped for, but the 23-year-old from Zulte "
                       "gave his home crowd plenty to cheer with third place."),
        ("2026-04-13", "On Sunday, in Waregem, the 26-year-old from Zwolle finally had the victory to match."),
        kind="value-conflict",
    )
