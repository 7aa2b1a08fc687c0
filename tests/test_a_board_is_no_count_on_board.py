"""A board that runs something ("the health board", "the school board") is no count of people on board: only
"on board" and "aboard" say that (data/frame_words.csv, data/measures.csv)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("A report on the Westmoor Health Board was published on Monday. The audit office said the board would need "
         "£310m a year in extra funding.",
         "A report on the Westmoor Health Board was published on Monday. The audit office said £370m a year in extra "
         "funding would be needed."),
        ("The Marla ferry sank on Monday with 212 people on board.",
         "The Marla ferry sank on Monday with 221 people on board."),
        ("The Marla ferry sank on Monday with 212 people aboard.",
         "The Marla ferry, carrying 221 people, sank on Monday."),
    ],
)
def test_one_sum_or_count_told_twice_is_compared(error_kinds, first, second):
    assert "value-conflict" in error_kinds(first, second)


def test_people_on_board_are_not_the_dead(error_texts):
    first = "The Marla ferry sank on Monday with 212 people on board. Rescuers said 40 people died."
    second = "The Marla ferry sank on Monday. Rescuers said 40 people died, and 221 were on board."
    rows = error_texts(first, second)
    quoted = [" ".join(row) for row in rows]
    assert any("212" in q and "221" in q for q in quoted)
    assert not any("40" in q for q in quoted)
