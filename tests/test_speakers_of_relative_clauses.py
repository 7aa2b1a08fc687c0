"""A name that opens a relative clause of saying ("Brennick Appliances, which said on March 3 that ...", "Ms Hale,
who announced on Friday that ...") is its speaker: the day it said so is compared with the day another report
says the same speaker said it."""

from __future__ import annotations

import consistency


def _errors(tmp_path, first: tuple[str, str], second: tuple[str, str]) -> list[tuple[str, ...]]:
    for name, (day, text) in (("a", first), ("b", second)):
        (tmp_path / f"{name}.md").write_text(f"---\ndate: {day}\n---\n{text}\n", encoding="utf-8")
    report = consistency.check([str(tmp_path)])
    return [tuple(c.mention.text for c in d.claims) for d in report.discrepancies if str(d.severity) == "error"]


def test_a_speaker_opening_a_relative_clause_dates_the_same_remarks(tmp_path):
    first = ("2025-03-05", "Brennick Appliances said on Tuesday it would close its Dunmarsh factory by September.")
    second = (
        "2025-03-12",
        "Brennick Appliances, which said on March 3 that it would close its Dunmarsh factory by September, blamed energy costs.",
    )
    assert _errors(tmp_path, first, second) == [("Tuesday", "March 3")]


def test_the_same_remarks_on_the_same_day_are_no_conflict(tmp_path):
    first = ("2025-03-05", "Brennick Appliances said on Tuesday it would close its Dunmarsh factory by September.")
    second = (
        "2025-03-12",
        "Brennick Appliances, which said on March 4 that it would close its Dunmarsh factory by September, blamed energy costs.",
    )
    assert _errors(tmp_path, first, second) == []
