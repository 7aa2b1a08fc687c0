"""One departure told in other words ("departed from Lorient", "left the port of Lorient", "sailed from Lorient",
"the fleet started the race from Lorient") is one act, its day compared; "left" must be said of a port or a fleet
("left the sailing club on 1 November" is no departure), and "started" of a race or a voyage."""

from __future__ import annotations

import pytest

ODD = ("2026-11-12", "Kerbrat departed from Lorient on 2 November with 37 other skippers.")


@pytest.mark.parametrize("other", [
    ("2026-11-13", "Kerbrat took line honours after 11 days, having left the French port of Lorient on 1 November."),
    ("2026-11-13", "Kerbrat sailed from Lorient with the rest of the fleet on 1 November."),
])
def test_one_departure_in_other_words_on_two_days_conflicts(date_rows, other):
    assert date_rows(ODD, other)


def test_the_fleets_start_of_a_race_is_its_departure(date_rows):
    assert date_rows(
        ("2026-11-12", "The fleet of 38 boats started the race from Lorient on 2 November."),
        ("2026-11-13", "Kerbrat sailed from Lorient with the rest of the fleet on 1 November."),
    )


def test_leaving_a_club_is_no_departure(date_rows):
    assert date_rows(ODD, ("2026-11-13", "Kerbrat left the Lorient sailing club on 1 November after a row over funding.")) == []
