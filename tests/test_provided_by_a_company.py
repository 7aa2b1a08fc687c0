"""A thing "provided by" a company is supplied by it, as "supplied by" says: "a software update provided by Arvik
Networks" against "the update, supplied by Halden Systems" names two suppliers of one update."""

from __future__ import annotations


def test_one_update_provided_and_supplied_by_two_firms_conflicts(dated_errors):
    rows = dated_errors(
        ("2026-07-16", "The update, supplied by the equipment maker Halden Systems, was installed overnight."),
        ("2026-07-20", "The root cause was a routing software update provided by Arvik Networks."),
        ("2026-07-17", "Northlink blamed the failure on a faulty update supplied by Halden Systems."),
        kind="entity-conflict",
    )
    assert rows and all("Arvik Networks" in row for row in rows)


def test_one_supplier_in_other_words_agrees(dated_errors):
    assert dated_errors(
        ("2026-07-16", "The update, supplied by the equipment maker Halden Systems, was installed overnight."),
        ("2026-07-20", "The root cause was a routing software update provided by Halden Systems."),
        kind="entity-conflict",
    ) == []


def test_two_bodies_data_is_no_supply(dated_errors):
    # figures made known by two bodies are each body's own, no firm's supply of one thing
    assert dated_errors(
        ("2026-06-13", "The data provided by the Office for National Statistics showed a rise."),
        ("2026-06-13", "The data provided by Eurostat showed a fall."),
        kind="entity-conflict",
    ) == []
