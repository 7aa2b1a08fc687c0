"""A day that opens its sentence before a state that still held ("By this morning, about 6,000 homes were still
waiting to be reconnected", "On Friday, 38 climbers were still missing") says when the state held, not when
anything happened: no day of the act that ended it. A day that opens a sentence of an act is still that act's."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("2025-08-13", "By this morning, about 6,000 homes were still waiting to be reconnected, the Kell network said."),
         ("2025-08-16", "The last 300 homes on the Kell network were reconnected early this morning.")),
        (("2025-08-13", "On Tuesday, the Kell bridge was still closed to traffic after the flood, the council said."),
         ("2025-08-16", "The Kell bridge was reopened to traffic this morning after the flood, the council said.")),
    ],
)
def test_a_day_a_state_still_held_is_no_day_of_an_act(date_rows, first, second):
    assert date_rows(first, second) == []


def test_a_day_that_opens_a_sentence_of_an_act_still_conflicts(date_rows):
    assert date_rows(
        ("2025-08-13", "On Tuesday, the last 300 homes on the Kell network were reconnected, the network said."),
        ("2025-08-16", "The last 300 homes on the Kell network were reconnected on Friday."),
    )
