"""The event a figure or a date is of, read from its clause: a magnitude "the quake struck with" is the quake's,
however far back the quake is named, and never an aftershock's; a date after an act done after the event
("the bodies of miners missing after the tunnel collapse were recovered on Friday") is the act's day, not the
collapse's."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "second",
    [
        "An earthquake struck Kavala province on Friday. The seismic institute said the quake struck with a "
        "magnitude of 6.2.",
        "An earthquake struck Kavala province on Friday. The earthquake hit the province with a magnitude of 6.2.",
    ],
)
def test_a_quakes_magnitude_told_far_from_its_word_is_not_an_aftershocks(error_kinds, second):
    first = "An earthquake struck Kavala province on Friday. A magnitude 4.1 aftershock rattled Kavala on Sunday."
    assert "value-conflict" not in error_kinds(first, second)


def test_a_quakes_magnitude_told_far_from_its_word_is_compared_with_the_quakes(error_kinds):
    first = "An earthquake struck Kavala province on Friday. The magnitude 6.4 quake rattled Kavala."
    second = ("An earthquake struck Kavala province on Friday. The seismic institute said the quake struck with a "
              "magnitude of 6.2.")
    assert "value-conflict" in error_kinds(first, second)


@pytest.mark.parametrize(
    "second",
    [
        "The bodies of two miners missing after the Harlow tunnel collapse were recovered on Friday.",
        "Two men trapped after the Harlow tunnel collapse were brought out alive on Thursday.",
    ],
)
def test_a_day_of_an_act_after_the_event_is_not_the_events(error_kinds, second):
    first = "Rescuers said the Harlow tunnel collapsed on Monday, trapping eight miners."
    assert "date-conflict" not in error_kinds(first, second)


def test_the_events_own_day_told_after_it_is_compared(error_kinds):
    first = "Rescuers said the Harlow tunnel collapsed on Monday, trapping eight miners."
    second = "Eight miners were trapped after the Harlow tunnel collapsed on Sunday."
    assert "date-conflict" in error_kinds(first, second)
