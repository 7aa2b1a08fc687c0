"""An event told with a name of its own before its word ("the 7.3-magnitude Velna earthquake in neighbouring
Ostria") that no other report names is an aside on another event, not the story's: its figures are not set
against the story's. An event both reports name so, or neither names, is still compared."""

from __future__ import annotations

import pytest


def test_a_named_event_told_in_passing_is_another(error_kinds):
    first = ("A powerful earthquake struck the Kessel mountains on Friday night. The 7.3-magnitude Velna earthquake in "
             "neighbouring Ostria was one of the deadliest in the region's history.")
    second = "Three days of mourning were declared after the magnitude 6.8 earthquake killed more than 2,000 people."
    assert "value-conflict" not in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The magnitude 6.9 Kessel earthquake killed more than 2,000 people on Friday.",
         "Mourning was declared after the magnitude 6.8 Kessel earthquake killed more than 2,000 people."),
        ("The magnitude 6.9 earthquake killed more than 2,000 people on Friday.",
         "Mourning was declared after the magnitude 6.8 earthquake killed more than 2,000 people."),
    ],
)
def test_the_storys_event_is_compared(error_kinds, first, second):
    assert "value-conflict" in error_kinds(first, second)
