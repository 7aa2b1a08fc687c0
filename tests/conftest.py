"""Shared fixtures: two short reports of one day, checked against each other."""

from __future__ import annotations

import pytest

import consistency


@pytest.fixture
def error_kinds(tmp_path):
    """The kinds of the error rows `check` finds between two reports of 12 March 2025."""

    def check(first: str, second: str) -> list[str]:
        for name, text in (("a", first), ("b", second)):
            (tmp_path / f"{name}.md").write_text(f"---\ndate: 2025-03-12\n---\n{text}\n", encoding="utf-8")
        return [d.kind for d in consistency.check([tmp_path]).discrepancies if str(d.severity) == "error"]

    return check
