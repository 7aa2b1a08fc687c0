"""The day someone was named ("was named a suspect on Monday") is the day of that naming, not of the incident
another report's clause tells beside a naming ("named the captain of the ferry that capsized on Saturday"); two
reports that date one naming differently still disagree."""

from __future__ import annotations

STORY = "The ferry Sinar Barokah capsized on Lake Tondari, killing 27 people."


def test_a_naming_and_the_incident_are_two_days(dated_errors):
    found = dated_errors(
        ("2026-03-17", f"{STORY} Police have named the captain of the ferry that capsized on Lake Tondari on Saturday "
                       "as a suspect."),
        ("2026-03-18", f"{STORY} The captain, Yosef Manoppo, was named a suspect on Monday and remains in custody."),
        kind="date-conflict",
    )
    assert not [row for row in found if "Monday" in row]


def test_one_naming_dated_twice_conflicts(dated_errors):
    found = dated_errors(
        ("2026-03-17", f"{STORY} The captain, Yosef Manoppo, was named a suspect on Sunday by police in Palu."),
        ("2026-03-18", f"{STORY} The captain, Yosef Manoppo, was named a suspect on Monday by police in Palu."),
        kind="date-conflict",
    )
    assert any(set(row) == {"Sunday", "Monday"} for row in found)
