"""A bound against a value: "more than 2,000 died" and "a toll of 1,500", "before May" and "on 12 April".

One report gives a bound ("more than", "fewer than", "up to", "before",
"after"), the other the value itself. They conflict when the value lies
outside the bound, and agree when it lies within; a bound on another
measure is never compared.
"""

from __future__ import annotations

import pytest

import consistency


def _errors(tmp_path, first: str, second: str) -> set[str]:
    for name, text in (("a", first), ("b", second)):
        (tmp_path / f"{name}.md").write_text(f"---\ndate: 2024-05-02\n---\n\n{text}\n", encoding="utf-8")
    return {d.kind for d in consistency.check([tmp_path]).discrepancies if d.severity.name == "error"}


# (bound, value outside it, value within it)
FIGURES = [
    ("More than 2,000 people died in the Kael earthquake.",
     "The Kael earthquake killed 1,500 people.", "The Kael earthquake killed 2,150 people."),
    ("Fewer than 40 passengers were aboard the Orsa ferry when it sank.",
     "The Orsa ferry sank with 52 passengers on board.", "The Orsa ferry sank with 31 passengers on board."),
    ("The Vell dam project will cost less than $2 billion.",
     "The Vell dam project is expected to cost $2.4 billion.", "The Vell dam project is expected to cost $1.8 billion."),
    ("Turnout in the Kael referendum was above 70%.",
     "Turnout in the Kael referendum was 64%.", "Turnout in the Kael referendum was 73%."),
    ("At least 300 Red Cross volunteers joined the search in Kael.",
     "The Red Cross said 240 of its volunteers joined the search in Kael.",
     "The Red Cross said 320 of its volunteers joined the search in Kael."),
    ("Health officials in Kael have recorded more than 60 COVID-19 cases.",
     "Kael has 54 confirmed cases, the health ministry said.", "Kael has 64 confirmed cases, the health ministry said."),
    ("Inflation in Ruritania stayed below 3% in March.",
     "Ruritania's inflation rate was 4.1% in March.", "Ruritania's inflation rate was 2.6% in March."),
    # "scored" and "a rating" are one measure in other words
    ("In the latest poll, Mayor Ines Calder scored less than 40%.",
     "Mayor Ines Calder has an approval rating of 52% in the latest poll.",
     "Mayor Ines Calder has an approval rating of 36% in the latest poll."),
    ("The Varna hospital scored above 90% in the inspection.",
     "The Varna hospital got a rating of 84% from inspectors.", "The Varna hospital got a rating of 94% from inspectors."),
    ("The Brant Air jet was carrying at least 180 people when it crashed near Kael.",
     "The Brant Air jet had 150 people on board when it crashed near Kael.",
     "The Brant Air jet had 190 people on board when it crashed near Kael."),
    ("Unemployment in Ruritania stood above 8% in May.",
     "Ruritania's jobless rate was 7.2% in May.", "Ruritania's jobless rate was 8.4% in May."),
    ("The Kael festival drew over 50,000 visitors.",
     "The Kael festival drew 38,000 visitors.", "The Kael festival drew 61,000 visitors."),
]


@pytest.mark.parametrize(
    ("bound", "other"),
    [
        ("More than 2,000 people died in the Kael earthquake.", "The Kael earthquake injured 1,500 people."),
        ("Fewer than 40 passengers were aboard the Orsa ferry.", "The Orsa ferry had a crew of 52."),
        ("More than 60 COVID-19 cases were recorded in Kael.", "Kael has 54 hospital beds."),
        ("Ruritania's unemployment rate fell to below 6% in March.", "Ruritania's inflation rate was 6.8% in March."),
    ],
)
def test_a_bound_on_another_measure_stays_apart(tmp_path, bound, other):
    assert _errors(tmp_path, bound, other) == set()


# (bound, dated day outside it, dated day within it): a day written without its year is placed in the other's
DAYS = [
    ("The singer Arlo Venn was born after November 4.",
     "Arlo Venn (born November 4, 1987) is a Ruritanian singer.", "Arlo Venn (born November 14, 1987) is a Ruritanian singer."),
    ("Brant Motors recalled 4,000 cars before June 3, the regulator said.",
     "Brant Motors recalled 4,000 cars on June 10, 2024, the regulator said.",
     "Brant Motors recalled 4,000 cars on May 28, 2024, the regulator said."),
    ("The Kael trade deal was signed before May 2024.",
     "The Kael trade deal was signed on 12 May 2024.", "The Kael trade deal was signed on 12 April 2024."),
    ("The Orsa bridge was completed after March 2021.",
     "The Orsa bridge was completed in January 2021.", "The Orsa bridge was completed in June 2021."),
]


BOUNDS = [("value-conflict", *case) for case in FIGURES] + [("date-conflict", *case) for case in DAYS]


@pytest.mark.parametrize(("kind", "bound", "outside", "within"), BOUNDS)
def test_a_value_outside_a_bound_conflicts(tmp_path, kind, bound, outside, within):
    assert kind in _errors(tmp_path, bound, outside)


@pytest.mark.parametrize(("kind", "bound", "outside", "within"), BOUNDS)
def test_a_value_within_a_bound_agrees(tmp_path, kind, bound, outside, within):
    assert _errors(tmp_path, bound, within) == set()
