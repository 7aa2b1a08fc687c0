"""A date after an act and the name of who did it ("the budget presented by Finance Minister Jonas Varek on 14
October") dates that act: the name and its title say who, and do not push the act's own words out of what the
date is compared by. Against "the budget, presented on 15 October," it is a date-conflict; a date of another act
with the same name before it is not."""

from __future__ import annotations

import pytest

import consistency


def _date_errors(tmp_path, first: str, second: str) -> list[set[str]]:
    for day, text in (("10", first), ("11", second)):
        (tmp_path / f"r{day}.txt").write_text(f"Headline\nPublished: {day} November 2025\n\n{text}\n", encoding="utf-8")
    report = consistency.check([str(tmp_path)])
    return [
        {c.mention.text for c in d.claims} for d in report.discrepancies
        if str(d.severity) == "error" and d.kind == "date-conflict"
    ]


@pytest.mark.parametrize(
    ("first", "second", "pair"),
    [
        ("The budget presented by Finance Minister Jonas Varek on 14 October contains few surprises.",
         "The budget, presented on 15 October, sets out spending of 84bn euros.",
         {"14 October", "15 October"}),
        ("The bridge opened by Transport Secretary Ruth Calloway on 2 September carries four lanes.",
         "The bridge, which was opened on 9 September, carries four lanes of traffic.",
         {"2 September", "9 September"}),
    ],
)
def test_an_act_done_by_a_named_agent_keeps_its_date(tmp_path, first, second, pair):
    assert pair in _date_errors(tmp_path, first, second)


@pytest.mark.parametrize(
    "first",
    [
        # the same day: nothing to flag
        "The budget presented by Finance Minister Jonas Varek on 15 October contains few surprises.",
        # the name is whom the act was told to, not who did it: a hearing is no presenting of the budget
        "The budget was questioned in a hearing with Finance Minister Jonas Varek on 14 October.",
    ],
)
def test_the_same_day_or_another_act_is_no_conflict(tmp_path, first):
    second = "The budget, presented on 15 October, sets out spending of 84bn euros."
    assert _date_errors(tmp_path, first, second) == []
