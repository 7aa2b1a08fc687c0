"""Lengths of different things: a thing's size against another thing's, and a size against a distance."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a thing's size and the size of a part of it, each written before its noun
        ("The orbiter has circled the 142-kilometre-wide (88-mile-wide) comet Tarvos since May.",
         "The lander set down beside a 9.4km-wide crater on the comet Tarvos."),
        ("Engineers inspected the 42-metre dam above Lessing on Monday.",
         "Engineers inspected a 6-metre crack in the dam above Lessing on Monday."),
        ("Divers surveyed the 210-metre-long ferry Arnholt off Brenna.",
         "Divers surveyed a 12-metre gash in the hull of the ferry Arnholt off Brenna."),
        # how far a thing is from another, and how big it is
        ("The comet is about 300 million kilometres from the Sun.",
         "The comet, which is about 140km across, sits in the main belt."),
        ("The village of Orsk lies 12 miles from the border and was shelled on Monday.",
         "The village of Orsk, which is 3 miles across, was shelled on Monday."),
        ("The rig stands 90 km offshore in the Varn field.",
         "The rig, 40 metres high, stands in the Varn field."),
        ("The cargo ship sank 40 km off the coast of Brenna.",
         "The cargo ship, 180 metres long, sank off the coast of Brenna."),
        ("The ferry Lintang capsized about 5 kilometres out from Tanjung Rembo.",
         "The ferry Lintang, 45 metres long, capsized off Tanjung Rembo."),
    ],
)
def test_lengths_of_two_things_or_a_size_and_a_distance_are_not_compared(error_kinds, first, second):
    assert "value-conflict" not in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # one thing's size, its conversion in brackets, told differently
        ("The orbiter has circled the 142-kilometre-wide (88-mile-wide) comet Tarvos since May.",
         "The orbiter reached the 124km-wide comet Tarvos in May."),
        ("Divers surveyed the 210-metre-long ferry Arnholt off Brenna.",
         "Divers surveyed the ferry Arnholt, 180 metres long, off Brenna."),
        ("The cargo ship, 180 metres long, sank off the coast of Brenna.",
         "The 210-metre-long cargo ship sank off the coast of Brenna."),
        # one distance told differently
        ("The cargo ship sank 40 km off the coast of Brenna.",
         "The cargo ship sank 60 km off the coast of Brenna."),
        # one distance said with "out" or "beyond", against one said with "from"
        ("The ferry Lintang overturned at about 5:40 p.m., roughly 2 kilometres from the port of Tanjung Rembo, "
         "shortly after leaving for Pulau Besar.",
         "The ferry Lintang capsized about 5 kilometres out from Tanjung Rembo at around 5:40 in the evening, as a "
         "squall swept across the lake."),
        ("The jet came to rest 140 metres from the end of the runway at Malabay.",
         "The jet came to rest 210 metres beyond the end of the runway at Malabay."),
        # one thing's size across, told differently
        ("The crater, which is about 14km across, lies near the pole of Tarvos.",
         "The crater, which is about 24km across, lies near the pole of Tarvos."),
    ],
)
def test_one_things_size_or_one_distance_told_differently_is_still_a_conflict(error_kinds, first, second):
    assert "value-conflict" in error_kinds(first, second)


def test_an_age_written_before_two_nouns_is_still_one_persons_age(error_kinds):
    # an age is no size of a thing: the nouns after it ("retired", "former teacher") do not make two people
    assert "value-conflict" in error_kinds(
        "Mira Holt has waited 80 weeks for surgery. The 67-year-old retired teacher from Orsk uses two sticks.",
        "Mira Holt has waited 80 weeks for surgery. The 76-year-old former teacher from Orsk uses two sticks.",
    )
