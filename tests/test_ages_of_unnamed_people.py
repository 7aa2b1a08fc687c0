"""An age said of someone brought in without a name ("a 29-year-old from the valley") is that person's, not the
age of anyone the report names; it is compared only with another such age described alike."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The second driver, a 31-year-old from Lund, is in hospital, doctors said.",
         "Among the dead is the lead driver, 44-year-old Per Nyberg, police said."),
        ("Two passengers were hurt; one of them, a 52-year-old woman, died on Saturday.",
         "A 27-year-old man was pulled from the river by divers on Saturday."),
        ("A 63-year-old farmer was the first to raise the alarm on Monday.",
         "The fire chief, Ola Brekke, 41, said crews arrived within minutes on Monday."),
    ],
)
def test_ages_of_different_people_stay_apart(error_kinds, first, second):
    assert "value-conflict" not in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("A 47-year-old woman died in hospital in Tromsø on Friday, police said.",
         "A 74-year-old woman died in hospital in Tromsø on Friday, police said."),
        ("Per Nyberg, 44, was driving the bus when it left the road.",
         "Per Nyberg, 47, was driving the bus when it left the road."),
    ],
)
def test_one_persons_age_told_twice_still_conflicts(error_kinds, first, second):
    assert "value-conflict" in error_kinds(first, second)
