"""A name said in apposition to be the one thing of a kind its owner has ("Ardley Reservoir, its main storage site,",
"Its largest reservoir, Coldwaltham Reservoir,") fills one slot: two names for it disagree. Two kinds ("its main
storage site", "its main treatment works") are two things."""

from __future__ import annotations


def test_two_names_for_the_main_storage_site_conflict(dated_errors):
    rows = dated_errors(
        ("2026-07-13", "The company said Ardley Reservoir, its main storage site, was at 54% of capacity."),
        ("2026-07-17", "Its main storage site, Coldwaltham Reservoir, had fallen to 51% of capacity by Thursday."),
        kind="entity-conflict",
    )
    assert rows == [("Ardley Reservoir", "Coldwaltham Reservoir")]


def test_the_main_things_of_two_kinds_are_two(dated_errors):
    assert dated_errors(
        ("2026-07-13", "The company said Ardley Reservoir, its main storage site, was at 54% of capacity."),
        ("2026-07-17", "The company said Coldwaltham Reservoir, its main treatment works, was running normally."),
        kind="entity-conflict",
    ) == []
