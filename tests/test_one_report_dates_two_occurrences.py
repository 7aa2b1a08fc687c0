"""One report that dates its story's event and, in passing, a past event of the same kind in the same place ("The
quake hit on 11 November near Roccafredda", "the earthquake that struck L'Aquila on 6 April 2009") tells of two
occurrences, no event dated twice; two dates of one past event still disagree."""

from __future__ import annotations

import pytest

import consistency


def _internal_dates(tmp_path, text: str, published: str = "2026-11-12") -> list[str]:
    (tmp_path / "a.md").write_text(f"---\ndate: {published}\n---\n{text}\n", encoding="utf-8")
    return [
        d.summary for d in consistency.check([tmp_path]).discrepancies
        if d.kind == "internal-conflict" and all(c.mention.kind == "date" for c in d.claims)
    ]


def test_this_event_and_a_past_one_of_its_kind_are_two(tmp_path):
    text = ("The quake hit on 11 November near Velmonte, a village in the province of Orsara.\n\n"
            "The earthquake that struck Orsara on 6 April 2009 killed 309 people.")
    assert _internal_dates(tmp_path, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The ferry Kestrel sank off Vell island on 14 April 1910.\n\nThe 1912 sinking of the Kestrel off Vell island "
        "is still remembered.",
    ],
)
def test_one_past_event_dated_twice_disagrees(tmp_path, text):
    assert _internal_dates(tmp_path, text)
