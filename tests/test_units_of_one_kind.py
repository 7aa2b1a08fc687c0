"""Two figures in units of one kind ("half an hour", "50 minutes") whose digits meet by chance are no unit garbled:
their values are weighed as figures of one kind of quantity, by value-conflict, not set against each other as the
same figure in two units ("$15 billion" against "15%")."""

from __future__ import annotations

import consistency


def test_two_durations_whose_digits_meet_are_no_unit_conflict(tmp_path):
    for n, (day, text) in enumerate([
        ("2025-09-26", "The Rhinos had been close to flawless for 50 minutes before the Mariners struck back at "
                       "Oranjepark."),
        ("2025-09-27", "Fourteen points down with half an hour to go at Oranjepark, the Mariners struck back against "
                       "the Rhinos."),
    ]):
        (tmp_path / f"{n}.md").write_text(f"---\ndate: {day}\n---\n{text}\n", encoding="utf-8")
    report = consistency.check([str(tmp_path)])
    assert [d for d in report.discrepancies if d.kind == "unit-conflict"] == []
