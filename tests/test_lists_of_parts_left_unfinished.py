"""Parts of a total listed in one sentence are added up only when the sentence gives them all: a figure "of them"
counts some of those the figure before it counts ("Seven of the dead were in Harlan County, five of them inside
the town"), and a last part said as "one" ("two in Ashby County and one in Merritt County") is a part no figure
reads. Neither list sets the total a report gives elsewhere against a sum of its own."""

from __future__ import annotations

import pytest

from consistency import claims


@pytest.mark.parametrize(
    "listed",
    [
        "Seven of the dead were in Harlan County, five of them inside the Carrow town limits.",
        "Eight of the dead were in Harlan County, two in Ashby County and one in Merritt County.",
    ],
)
def test_a_list_with_a_part_of_a_part_or_an_unread_part_sums_nothing(tmp_path, listed):
    path = tmp_path / "a.md"
    path.write_text(f"---\ndate: 2025-04-30\n---\n{listed}\n")
    assert all(c.parts_total is None for c in claims(str(path)) if c.mention.is_figure)


@pytest.mark.parametrize(
    "listed",
    [
        "Seven of the dead were in Harlan County, five of them inside the Carrow town limits.",
        "Eight of the dead were in Harlan County, two in Ashby County and one in Merritt County.",
    ],
)
def test_the_total_told_elsewhere_is_no_internal_conflict(dated_errors, listed):
    text = f"Tornado death toll reaches 11\n\n{listed}"
    assert dated_errors(("2025-04-30", text), kind="internal-conflict") == []


def test_a_list_of_all_its_parts_still_sums(dated_errors):
    text = (
        "Tornado death toll reaches 11\n\n"
        "Six of the dead were in Harlan County, two in Ashby County and two in Merritt County."
    )
    assert dated_errors(("2025-04-30", text), kind="internal-conflict") != []
