"""A value given as its sentence's subject: "The amount of rain that fell on Kael in 24 hours was 180 mm".

When a copula or a verb of change stands right before the value ("was",
"is now more than", "rose to", "took place between"), what the value
measures is the sentence's subject, however many words it runs to; and a
plain count whose subject names what it counts ("the number of votes cast
was 210,000") is a count of that thing ("180,000 votes").
"""

from __future__ import annotations

import pytest

# (the value as its sentence's subject, a report that disagrees, a report that agrees)
SUBJECT_VALUES = [
    ("value-conflict",
     "The amount of rain that fell on the city of Kael in 24 hours was 180 mm.",
     "Kael received 240 mm of rain in 24 hours.", "Kael received 180 mm of rain in 24 hours."),
    ("value-conflict",
     "The amount of snow that fell on the town of Orsa overnight was more than 60 cm.",
     "Orsa got 35 cm of snow overnight.", "Orsa got 64 cm of snow overnight."),
    ("value-conflict",
     "The total number of votes cast in the Kael mayoral race was just over 210,000.",
     "Some 180,000 votes were cast in the Kael mayoral race.", "Some 214,000 votes were cast in the Kael mayoral race."),
    ("value-conflict",
     "The number of seats won by the Green party in the Kael council election was 14.",
     "The Green party won 11 seats in the Kael council election.",
     "The Green party won 14 seats in the Kael council election."),
    ("value-conflict",
     "The number of workers laid off by Brant Motors at its Kael plant this year is now more than 1,200.",
     "Brant Motors has cut 900 workers at its Kael plant this year.",
     "Brant Motors has cut 1,300 workers at its Kael plant this year."),
    ("value-conflict",
     "The number of people evacuated from the towns along the Orsa river was 12,000.",
     "Officials evacuated 15,000 people from the towns along the Orsa river.",
     "Officials evacuated 12,000 people from the towns along the Orsa river."),
    ("value-conflict",
     "The death toll from the Kesan floods rose to more than 300 on Friday.",
     "The Kesan floods have killed 212 people, officials said on Friday.",
     "The Kesan floods have killed 340 people, officials said on Friday."),
    ("date-conflict",
     "The recording of the album took place between May and July 2019, the band said.",
     "The band recorded the album between March and April 2019.",
     "The band recorded the album between May and July 2019."),
    ("date-conflict",
     "The opening of the new terminal at Kael airport took place on 4 March 2024.",
     "Kael airport opened its new terminal on 11 March 2024.", "Kael airport opened its new terminal on 4 March 2024."),
]


@pytest.mark.parametrize(("kind", "subject", "other", "same"), SUBJECT_VALUES)
def test_a_subjects_value_conflicts_with_another(error_kinds, kind, subject, other, same):
    assert kind in error_kinds(subject, other)


@pytest.mark.parametrize(("kind", "subject", "other", "same"), SUBJECT_VALUES)
def test_a_subjects_value_agrees_with_the_same(error_kinds, kind, subject, other, same):
    assert error_kinds(subject, same) == []


@pytest.mark.parametrize(
    ("subject", "other"),
    [
        # the subject counts one thing, the other figure another
        ("The number of votes cast in the Kael mayoral race was 210,000.", "The Kael mayoral race drew 12 candidates."),
        ("The number of passengers on board the Orsa ferry was 212.", "The Orsa ferry had a crew of 30 sailors."),
        ("The amount of rain that fell on Kael in 24 hours was 180 mm.", "The Kael river rose by 240 mm in 24 hours."),
        ("The number of people evacuated from Orsa was 12,000.", "Orsa has 40,000 people."),
    ],
)
def test_a_subjects_value_of_another_measure_stays_apart(error_kinds, subject, other):
    assert error_kinds(subject, other) == []
