"""A period longer than a week still running at its report's date ("avalanche deaths in the province this
winter", "so far this year") holds the day of the story's incident without dating it: it does not stand for the
report's own day of the incident, so a report that gives the incident another day is still caught."""

from __future__ import annotations


def test_a_running_season_does_not_hide_another_day(dated_errors):
    first = ("2025-02-08", "An avalanche swept across a ski route at the Kessberg resort on Saturday, killing three people.")
    later = (
        "2025-02-21",
        "The avalanche at Kessberg, which struck on 9 February, buried nine skiers. The deaths at Kessberg have "
        "pushed the number of avalanche deaths in the province this winter to 17.",
    )
    assert ("Saturday", "9 February") in dated_errors(first, later, kind="date-conflict")


def test_the_same_day_with_a_running_season_agrees(dated_errors):
    first = ("2025-02-08", "An avalanche swept across a ski route at the Kessberg resort on Saturday, killing three people.")
    later = (
        "2025-02-21",
        "The avalanche at Kessberg, which struck on 8 February, buried nine skiers. The deaths at Kessberg have "
        "pushed the number of avalanche deaths in the province this winter to 17.",
    )
    assert dated_errors(first, later, kind="date-conflict") == []
