"""What a date dates: the agent of a passive sentence ("released by X") is not the thing dated."""

from __future__ import annotations

import pytest

import consistency


def _subjects(tmp_path, text: str) -> tuple[str, ...]:
    (tmp_path / "a.md").write_text(f"---\ndate: 2025-03-12\n---\n{text}\n", encoding="utf-8")
    (dated,) = [c for c in consistency.claims([tmp_path]) if c.kind == "date"]
    return dated.subject


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The report was published by Northwind Institute on 4 March 2024.", ()),
        ("The Karsk bridge was opened by Mayor Ilse Brandt on 4 March 2024.", ("Karsk",)),
        ("Northwind Institute published the report on 4 March 2024.", ("Northwind Institute",)),
    ],
)
def test_the_agent_of_a_passive_is_not_what_a_date_dates(tmp_path, text, expected):
    assert _subjects(tmp_path, text) == expected


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        ("The Harbour Lights album was released on 21 November 2024 by Varna Records.",
         "Harbour Lights was released before October 2024.", True),
        ("The Harbour Lights album was released on 21 November 2024 by Varna Records.",
         "Harbour Lights was released in November 2024.", False),
    ],
)
def test_a_date_given_with_its_agent_compares_with_the_thing_dated(error_kinds, first, second, flagged):
    assert ("date-conflict" in error_kinds(first, second)) is flagged
