"""The year a thing was made or first held, told with the place it was held in ("Riverlight, first held in Port
Carrow in 2011,"), is the same year another report tells without it ("The Riverlight Festival, first held in
2013,"): the place's name is no word of what was done in that year, and the two years are still paired where every
other word of theirs is common to the story's reports."""

from __future__ import annotations

STORY = ("Six people were stabbed at the Riverlight festival, first held years ago and held every February in Port "
         "Carrow, on Saturday night, police said.")


def test_a_year_told_with_its_place_meets_the_year_told_without(dated_errors):
    found = dated_errors(
        ("2026-02-08", f"{STORY} The Riverlight Festival, first held in 2013, is one of the largest music events in "
                       "Queensland."),
        ("2026-02-08", f"{STORY} A man has been charged."),
        ("2026-02-09", f"{STORY} The festival's Sunday program was cancelled."),
        ("2026-02-10", f"{STORY} Organisers have not said whether Riverlight, first held in Port Carrow in 2011, will "
                       "go ahead next year."),
        ("2026-02-12", f"{STORY} A fundraiser has passed its target."),
        kind="date-conflict",
    )
    assert any(set(row) == {"2013", "2011"} for row in found)
