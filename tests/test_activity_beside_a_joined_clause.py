"""A date that closes a clause of an activity told in the past progressive, with a clause set beside it after "as"
or "while" ("Rescuers were racing against freezing temperatures last night as the toll from the earthquake rose to
38"), is the night of that activity, not the earthquake's day the joined clause names."""

from __future__ import annotations


def test_the_night_of_the_racing_is_not_the_quakes_day(date_rows):
    assert date_rows(
        ("2026-11-12", "Rescuers in central Italy were racing against freezing temperatures last night as the number "
                       "of people confirmed dead in the earthquake that struck the Apennines rose to 38."),
        ("2026-11-16", "The earthquake that struck the Abruzzo Apennines on 10 November has killed 51 people."),
    ) == []


def test_the_quakes_own_day_still_conflicts(date_rows):
    assert date_rows(
        ("2026-11-12", "The earthquake struck the Apennines at 3.27am on 11 November, killing 38 people."),
        ("2026-11-16", "The earthquake that struck the Abruzzo Apennines on 10 November has killed 51 people."),
    )
