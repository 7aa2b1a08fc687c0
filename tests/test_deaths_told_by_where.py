"""Deaths told by where they befell ("died at the scene", "died in hospital", "died on the mountain";
data/frame_words.csv "where died") are a part of a toll, not the toll: "the avalanche killed four skiers" and
"three people died on the mountain" are one report's whole and part."""

from __future__ import annotations

import pytest

import consistency


@pytest.mark.parametrize(
    "part",
    [
        "Three people died on the mountain.",
        "Three of them died at the scene, police said.",
        "Three people died in hospital over the following days.",
    ],
)
def test_deaths_told_by_where_are_a_part_of_the_toll(tmp_path, part):
    (tmp_path / "a.md").write_text(
        "---\ndate: 2025-02-13\n---\n"
        "Prosecutors have opened an inquiry into the avalanche that killed four skiers at the Kessberg resort.\n\n"
        f"{part}\n",
        encoding="utf-8",
    )
    report = consistency.check([str(tmp_path)])
    assert [d.kind for d in report.discrepancies if str(d.severity) == "error"] == []


def test_the_same_deaths_told_by_where_are_compared(error_kinds):
    first = "Four skiers died at the scene of the avalanche at Kessberg on Saturday, police said."
    second = "Six skiers died at the scene of the avalanche at Kessberg on Saturday, police said."
    assert "value-conflict" in error_kinds(first, second)


def test_where_a_harm_befell_qualifies_no_other_measure(error_kinds):
    first = "The two climbers spent 19 hours on the mountain before a helicopter reached them on Saturday."
    second = "The two climbers spent 15 hours on the mountain before a helicopter reached them on Saturday."
    assert "value-conflict" in error_kinds(first, second)
