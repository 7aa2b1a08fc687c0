"""A figure one report gives with the digits two others give, shuffled, is a slip of the keys, whether or not
each report's noun was read as the figure's unit ("cut 1,850 jobs", "1,850 redundancies")."""

from __future__ import annotations


def test_a_count_with_its_noun_and_one_without_are_one_count(dated_errors):
    found = dated_errors(
        ("2026-07-22", "Harwick Systems said on Wednesday it would cut 1,850 jobs and sell its consumer unit."),
        ("2026-07-23", "The Galway losses form part of 1,850 redundancies across the group worldwide."),
        ("2026-07-24", "The chief executive defended the decision to cut 1,580 jobs, saying the group had waited too long."),
        ("2026-07-27", "Harwick, which employs 15,000 people, said the 1,850 job cuts would be finished by March."),
        kind="value-conflict",
    )
    assert [row for row in found if "1,580 jobs" in row]


def test_a_distance_and_a_count_of_the_same_digits_are_no_slip(dated_errors):
    found = dated_errors(
        ("2026-07-22", "The pipeline will run 1,850 km from the coast to the capital, the ministry said."),
        ("2026-07-23", "The 1,850 km pipeline is due to open in 2029."),
        ("2026-07-24", "Building the pipeline will create 1,580 jobs, the ministry said."),
        kind="value-conflict",
    )
    assert not found
