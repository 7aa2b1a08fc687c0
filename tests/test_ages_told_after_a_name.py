"""A person's age told right after their name is theirs however the apposition or the relative clause puts it:
"Ilse Varga, a 61-year-old teacher,", "Varga, who is 61,", "Varga, now aged 61,", "Varga, who was 61,", "found Ilse
Varga aged 61". An age at an act of the person's before ("who began teaching aged 23", "joined the club at the age of
17") is their age then, not now; an age at their death is the age they keep ("died aged 87")."""

from __future__ import annotations

import pytest

WEDNESDAY = "2025-06-18"  # the first report's day: the Sunday and the Monday its sentences tell of are past in both


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        # an apposition of an age in years and a noun, against a bare age
        ("Ilse Varga, a 61-year-old teacher, said the school in Orbe had flooded on Monday night.",
         "Ilse Varga, 64, said the school in Orbe had flooded on Monday night.", {"61-year", "64"}),
        # a relative clause of age
        ("Piet Salo, who is 58, was pulled from the collapsed barn near Edgeley on Monday.",
         "Piet Salo, 61, was rescued from the collapsed barn near Edgeley on Monday after four hours.", {"58", "61"}),
        ("Nadia Korr, who was 34, died in a fall on the Stel glacier on Sunday.",
         "Nadia Korr, 36, died on the Stel glacier on Sunday, rescuers said.", {"34", "36"}),
        # "now aged": an age as it stands, as every age is
        ("Arvo Lenz, now aged 71, told the inquiry in Farrow on Monday that he had seen the blaze.",
         "Arvo Lenz, 74, told the inquiry in Farrow on Monday that he had seen the blaze.", {"71", "74"}),
        # an age in years against a relative clause of age
        ("Jonas Pell, a 45-year-old farmer, was arrested in Kessel on Monday over the fire.",
         "Police in Kessel arrested Jonas Pell, who is 47, on Monday over the barn fire.", {"45-year", "47"}),
        # an apposition of a noun and its age after it
        ("The first to die was Orla Penhale, a retired postwoman aged 81, who was treated at Tarrow Infirmary.",
         "Orla Penhale, 79, of Mill Lane, died in Tarrow Infirmary on Monday.", {"81", "79"}),
        # an age said by "was" after the name, however the clause goes on
        ("Police named the man killed at the Orbe festival on Sunday as 19-year-old Jayden Moretti.",
         "The man killed at the Orbe festival on Sunday, Jayden Moretti, was 21 and had grown up in Merrigal.",
         {"19-year", "21"}),
        ("Nadia Korr was 34. She died in a fall on the Stel glacier on Sunday.",
         "Nadia Korr, 36, died on the Stel glacier on Sunday, rescuers said.", {"34", "36"}),
        # the surname brought back with its age, after the full name
        ("Piet Salo was rescued from the collapsed barn near Edgeley on Monday. Salo, who is 58, was trapped for hours.",
         "Piet Salo, 61, was pulled from the collapsed barn near Edgeley on Monday.", {"58", "61"}),
    ],
)
def test_an_age_told_after_a_name_is_that_persons(error_texts, first, second, values):
    assert any(set(row) == values for row in error_texts(first, second, WEDNESDAY))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the age at an act of the person's before, told after its verb
        ("Ilse Varga, who began teaching aged 23, said the school in Orbe had flooded on Monday night.",
         "Ilse Varga, 61, said the school in Orbe had flooded on Monday night."),
        ("Piet Salo, who joined the fire service at the age of 17, led the crews at the Edgeley barn fire on Monday.",
         "Piet Salo, 58, led the crews at the Edgeley barn fire on Monday."),
        # two acts, two ages then
        ("Piet Salo, who joined the fire service aged 17, led the crews at the Edgeley barn fire on Monday.",
         "Piet Salo, who became a station officer aged 30, led the crews at the Edgeley barn fire on Monday."),
        # an age told before what she did at it
        ("Ilse Varga, who was 23 when she began teaching, said the school in Orbe had flooded on Monday night.",
         "Ilse Varga, 61, said the school in Orbe had flooded on Monday night."),
        # someone else's age in an apposition: the victim's, not the arrested man's
        ("Jonas Pell was arrested in Kessel on Monday over the fire, which killed Ada Ruud, a 45-year-old teacher.",
         "Police in Kessel arrested Jonas Pell, 52, on Monday over the barn fire."),
        # two people, each with their age
        ("Ilse Varga, a 61-year-old teacher, and Arvo Lenz, 54, were hurt when the roof fell in Orbe on Monday.",
         "Arvo Lenz, 54, and Ilse Varga, 61, were hurt when the roof fell in Orbe on Monday."),
        # a place before the apposition brings someone in unnamed
        ("In Kessel, a 45-year-old man was arrested on Monday over the barn fire.",
         "Jonas Pell, 52, was questioned in Kessel on Monday over the barn fire."),
    ],
)
def test_an_age_at_another_time_or_of_another_is_not_the_persons(error_texts, first, second):
    assert error_texts(first, second, WEDNESDAY) == []


def test_an_age_at_death_is_the_age_kept(error_texts):
    rows = error_texts(
        "The painter Edda Holm died aged 87 at her home in Sarne on Sunday, her family said.",
        "Edda Holm, 89, died at her home in Sarne on Sunday, her family said.",
        WEDNESDAY,
    )
    assert any(set(row) == {"87", "89"} for row in rows)
