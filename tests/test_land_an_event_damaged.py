"""The land a storm, a flood or a fire did something to, measured as an area, is one quantity of the story's event
however the reports word it ("18,000 hectares of vines were damaged", "11,000 hectares of farmland had been hit"):
what was done to it is its measure (data/area_acts.csv), not the crop that grew on it. Land destroyed is another
count than land damaged. A day a plan told in the past set for a later act ("wheat that was due to be cut next
week") is that act's, not the day the area was counted for."""

from __future__ import annotations

import datetime as dt

import pytest

import consistency


def _value_rows(tmp_path, first: str, second: str) -> list[str]:
    (tmp_path / "a.md").write_text(
        f"---\ndate: 2026-07-08\n---\nHail swept the Drôme valley on Tuesday. {first}\n", encoding="utf-8")
    (tmp_path / "b.md").write_text(
        f"---\ndate: 2026-07-08\n---\nA hailstorm struck the Drôme valley on Tuesday. {second}\n", encoding="utf-8")
    return [d.summary for d in consistency.check([str(tmp_path)]).discrepancies if d.kind == "value-conflict"]


@pytest.mark.parametrize("second", [
    "The farmers' union said 11,000 hectares of farmland had been hit, from apricot orchards to barley that was due "
    "to be cut next week.",
    "About 11,000 hectares of vineyards and orchards were affected, the farmers' union said.",
    "The storm damaged 11,000 hectares of crops, according to the farmers' union.",
])
def test_one_area_damaged_told_in_other_words_is_compared(tmp_path, second):
    rows = _value_rows(tmp_path, "The farmers' union estimates that 18,000 hectares of vines were damaged across 40 "
                                 "villages.", second)
    assert any("18,000 hectares" in r and "11,000 hectares" in r for r in rows), rows


def test_land_destroyed_is_another_count_than_land_damaged(tmp_path):
    rows = _value_rows(tmp_path, "The farmers' union said 18,000 hectares of vines were damaged.",
                       "The farmers' union said 1,100 hectares of vines were destroyed outright.")
    assert not rows, rows


def test_an_area_of_something_else_is_not_the_land_damaged(tmp_path):
    rows = _value_rows(tmp_path, "The farmers' union said 18,000 hectares of vines were damaged.",
                       "The valley has 64,000 hectares of vineyards, the farmers' union said.")
    assert not rows, rows


@pytest.mark.parametrize(("sentence", "dated"), [
    ("The union said 11,000 hectares had been hit, including barley that was due to be harvested "
     "next week.", False),
    ("The union said 11,000 hectares of farmland had been hit by Tuesday evening.", True),
])
def test_a_plans_later_day_does_not_date_the_area(tmp_path, sentence, dated):
    (tmp_path / "a.md").write_text(f"---\ndate: 2026-07-08\n---\n{sentence}\n", encoding="utf-8")
    times = [c.time for c in consistency.claims([str(tmp_path)]) if c.mention.text.startswith("11,000")]
    assert len(times) == 1
    assert (times[0] is not None) is dated, times
    assert times[0] is None or times[0][0] <= dt.date(2026, 7, 8), times
