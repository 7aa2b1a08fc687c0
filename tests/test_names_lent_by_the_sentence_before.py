"""Whose figures a sentence that names no one gives: the names the sentence before is about (its subject), not
every name it holds. A name after its verb (a hospital someone is in), the subject of a sentence that only tells
what it said (a critic, a rival), and a person, for a sentence that speaks of no person, lend it nothing: the
figures are then the story's, and are compared with another report's. Two firms' or two people's figures told
the same way stay apart."""

from __future__ import annotations

import pytest

from consistency.align.subjects import subject_names
from consistency.model import Sentence
from consistency.parse import mentions


def _subject_names(text: str) -> tuple[str, ...]:
    return subject_names(Sentence(0, len(text), text), [m for m in mentions(text) if m.kind == "entity"])


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Daniel Orr, who was elected mayor of Halbury in 2014, was convicted on Wednesday.", ("Daniel Orr",)),
        ("Customers of Lunaret have been told to change their passwords.", ("Lunaret",)),
        ("The strike by Northway Rail workers entered its second day on Wednesday.", ("Northway Rail",)),
        ("On Tuesday, Kestrel Foods closed two plants.", ("Kestrel Foods",)),
        # after the verb, or in a clause of its own
        ("Twelve workers were hurt, two of whom remain in Marrow General Hospital.", ()),
        ("The paper, published in Oceanic Letters, is a careful piece of work.", ()),
        # a sentence that tells what its subject said, or whose subject is a pronoun
        ("Eda Varr, leader of the Green Party, said the rise was too small.", ()),
        ("The Norland Farmers Union said the plan would cost jobs.", ()),
        ("That undercuts the Castrel Volta, its closest rival.", ()),
    ],
)
def test_the_names_a_sentence_is_about(text, names):
    assert _subject_names(text) == names


# (first report, second report): the same figure, told after a sentence whose names are not its owner's
@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a person the sentence before is about, for a count of no person
        ("The Kelby pit collapsed on Monday. The body of the foreman, Peter Vask, was recovered on Tuesday. "
         "The collapse happened while 37 miners were underground.",
         "The Kelby pit collapsed on Monday. The collapse happened while 39 miners were underground."),
        # a critic's words before the government's figure
        ("On Tuesday the government of Norland presented its budget. Eda Varr, leader of the Green Party, said the "
         "rise was too small. Defence spending will reach 4.6 billion euros next year.",
         "On Tuesday the government of Norland presented its budget. Defence spending will reach 4.2 billion "
         "euros next year."),
        ("On Tuesday the government of Norland presented its budget. The Norland Farmers Union said it was unfair. "
         "Defence spending will reach 4.6 billion euros next year.",
         "On Tuesday the government of Norland presented its budget. Defence spending will reach 4.2 billion "
         "euros next year."),
        # the hospital the hurt are in
        ("A fire broke out at the Tessaly plant in Carrow on Monday. Twelve workers were hurt, two of whom remain "
         "in Marrow General Hospital. Damage was put at £12m.",
         "A fire broke out at the Tessaly plant in Carrow on Monday. Damage was put at £21m."),
    ],
)
def test_a_figure_after_names_not_its_owners_is_compared(error_kinds, first, second):
    assert "value-conflict" in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Acme Foods reported results on Tuesday. Revenue rose to $2.1bn.",
         "Birch Foods reported results on Tuesday. Revenue rose to $3.4bn."),
        # a sentence that speaks of a person (an age) takes the person the sentence before is about
        ("Ana Ruiz was convicted of fraud on Friday. The 45-year-old was jailed for four years.",
         "Tomas Berg was convicted of fraud on Friday. The 52-year-old was jailed for six years."),
    ],
)
def test_two_owners_figures_told_alike_stay_apart(error_kinds, first, second):
    assert "value-conflict" not in error_kinds(first, second)
