"""Jobs lost, told of the people who lose them ("690 staff at the factory will lose their jobs") or of the jobs
("will cut 640 jobs"), are one count (data/harm_measures.csv: what befalls those a count counts, told past a
phrase about them); the staff a plant employs are another."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "first",
    [
        "Brennick said 690 staff at the Dunmarsh factory will lose their jobs.",
        "Brennick said 690 staff at its Dunmarsh plant will lose their jobs this year.",
    ],
)
def test_people_who_lose_their_jobs_are_the_jobs_cut(error_kinds, first):
    assert "value-conflict" in error_kinds(first, "Brennick will cut 640 jobs at the Dunmarsh factory.")


def test_the_staff_employed_are_not_the_jobs_cut(error_kinds):
    first = "The Dunmarsh factory employs 900 staff."
    assert "value-conflict" not in error_kinds(first, "Brennick will cut 640 jobs at the Dunmarsh factory.")
