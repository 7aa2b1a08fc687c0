"""A thing said to lie somewhere by a verb that says only that ("The epicentre was located near Varlo", "the plant is
situated in Brenna") fills the slot of the thing, as "its epicentre near Ostrena" does: two places for one
epicentre disagree. Where a firm is based stays the slot of its base."""

from __future__ import annotations

import pytest

from consistency.rules.slots import _PLACED_SUBJECT


def test_one_epicentre_placed_two_ways_conflicts(dated_errors):
    rows = dated_errors(
        ("2026-03-04", "The epicentre was located near Varlo, according to seismologists, and the hamlets along the "
                       "river road bore the brunt of the shaking."),
        ("2026-03-03", "The institute said the quake had a magnitude of 5.8 and struck at 4.10am at a depth of 11 km, "
                       "with its epicentre near Ostrena, a hamlet of about 600 people."),
        kind="entity-conflict",
    )
    assert rows == [("Varlo", "Ostrena")]


@pytest.mark.parametrize(("lead", "noun"), [
    ("The epicentre was located near ", "epicentre"),
    ("The plant is situated in ", "plant"),
    ("the fire was centred on the ", "fire"),
])
def test_the_thing_placed_is_the_subject_of_the_verb(lead, noun):
    assert _PLACED_SUBJECT.search(lead)["noun"] == noun


def test_a_firm_based_somewhere_is_no_thing_placed():
    assert _PLACED_SUBJECT.search("Nordpay, which is based in ") is None
