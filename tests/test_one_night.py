"""A night is told from either side of midnight: "Thursday night" and "the early hours of Friday" may be one night,
and their days do not conflict. Two whole days a day apart, two evenings a day apart, the early hours of two
days, a night against the whole of the next day ("Sunday night" and "Monday's derailment") and a whole day
against the early hours of the next still do."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The fire at the Orwell timber yard broke out in the early hours of Friday, the fire service said.",
            "The fire at the Orwell timber yard broke out on Thursday night, the fire service said.",
        ),  # a fire
        (
            "The Harwick ferry ran aground late on Saturday night, the coastguard said.",
            "The Harwick ferry ran aground in the early hours of Sunday, the coastguard said.",
        ),  # late on one day
    ],
)
def test_one_night_told_from_either_side_of_midnight_agrees(error_kinds, first, second):
    assert "date-conflict" not in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Two inmates escaped from Brackley prison in the early hours of Sunday, officials said.",
            "Two inmates escaped from Brackley prison in the early hours of Monday, officials said.",
        ),  # two nights
        (
            "The fire at the Orwell timber yard broke out on Thursday evening, the fire service said.",
            "The fire at the Orwell timber yard broke out on Friday evening, the fire service said.",
        ),  # two evenings
        (
            "The fire at the Orwell timber yard broke out on Thursday, the fire service said.",
            "The fire at the Orwell timber yard broke out on Friday, the fire service said.",
        ),  # two days
        (
            "The train derailed near Orwell on Sunday night, the rail operator said.",
            "The death toll from Monday's derailment near Orwell rose to nine, the rail operator said.",
        ),  # a night against the whole of the next day
        (
            "The breach at the Orwell water company was detected on March 8, when an engineer saw files encrypted.",
            "The breach at the Orwell water company, discovered in the early hours of March 9, cost it $2m.",
        ),  # a whole day against the early hours of the next
    ],
)
def test_two_nights_or_two_days_still_conflict(error_kinds, first, second):
    assert "date-conflict" in error_kinds(first, second)
