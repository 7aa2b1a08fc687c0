"""A count of a group of people by age or sex ("eleven children", "four women") is a part of a count of everyone
("forty-one passengers"), not the same quantity: not a conflict, and not a later value of it either."""

from __future__ import annotations

import pytest

import consistency

PART_AND_WHOLE = [
    (
        "Forty-one passengers were treated for smoke inhalation after the fire on the Skerra ferry.",
        "Eleven children were treated for smoke inhalation after the fire on the Skerra ferry.",
    ),  # disasters
    (
        "Twenty-six workers were injured in the blast at the Kellow chemical plant.",
        "Four women were injured in the blast at the Kellow chemical plant.",
    ),  # industry
    (
        "At Brae Academy 120 pupils sat the new physics exam.",
        "At Brae Academy 45 girls sat the new physics exam.",
    ),  # education
]


@pytest.mark.parametrize(("first", "second"), PART_AND_WHOLE)
def test_a_group_and_everyone_are_not_compared(error_kinds, first, second):
    assert "value-conflict" not in error_kinds(first, second)


@pytest.mark.parametrize(("first", "second"), PART_AND_WHOLE[:2])
def test_a_group_a_day_later_is_no_update_of_everyone(tmp_path, first, second):
    for name, day, text in (("a", "2025-05-02", first), ("b", "2025-05-03", second)):
        (tmp_path / f"{name}.md").write_text(f"---\ndate: {day}\n---\n{text}\n", encoding="utf-8")
    kinds = {d.kind for d in consistency.check([tmp_path]).discrepancies}
    assert not kinds & {"update", "value-conflict"}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Eleven children were treated for smoke inhalation after the fire on the Skerra ferry.",
            "Fourteen children were treated for smoke inhalation after the fire on the Skerra ferry.",
        ),
        (
            "Forty-one passengers were treated for smoke inhalation after the fire on the Skerra ferry.",
            "Fifty passengers were treated for smoke inhalation after the fire on the Skerra ferry.",
        ),
        (
            "Twenty-six workers were injured in the blast at the Kellow chemical plant.",
            "Thirty-one workers were injured in the blast at the Kellow chemical plant.",
        ),
    ],
)
def test_one_group_counted_twice_still_conflicts(error_kinds, first, second):
    assert "value-conflict" in error_kinds(first, second)
