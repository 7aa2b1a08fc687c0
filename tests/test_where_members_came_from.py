"""Where the people a figure counts came from ("its 32 crew, mostly from the Philippines, Ukraine and India") is no
owner of the figure: the crew is compared with another report's crew of the ship, whatever countries the clause
names, and a figure further on in the sentence does not make the clause count a part."""

from __future__ import annotations

import pytest

import consistency


def _value_rows(tmp_path, *reports: str) -> list[set[str]]:
    for day, text in zip((10, 11, 12), reports, strict=False):
        (tmp_path / f"r{day}.txt").write_text(f"Headline\nPublished: {day} June 2026\n\n{text}\n", encoding="utf-8")
    report = consistency.check([str(tmp_path)])
    return [{c.mention.text for c in d.claims} for d in report.discrepancies if d.kind == "value-conflict"]


@pytest.mark.parametrize(
    "members",
    [
        "Its 32 crew, mostly from the Philippines, Ukraine and India, kept the freighter stable in waves of up to nine metres.",
        "Its 32 crew, all from Georgia, were praised for keeping the freighter afloat.",
    ],
)
def test_where_the_counted_came_from_is_no_owner(tmp_path, members):
    rows = _value_rows(tmp_path, "The freighter, which has 23 crew, was towed into Falmouth.", members)
    assert {"23", "32"} in rows, rows


def test_a_part_counted_in_the_members_clause_stays_its_own(tmp_path):
    rows = _value_rows(
        tmp_path,
        "Kael reported 54 cases, of which 30 were in Italy.",
        "Italy has reported 48 cases, health officials said.",
    )
    assert not any("54" in row for row in rows), rows
