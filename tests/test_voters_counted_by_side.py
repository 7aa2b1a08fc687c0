"""A count of people said to have voted one way ("187,342 people voted No", "two members voted against") is that
side's votes: compared with the same side's count in another report whatever day it was written (a vote is counted
once), never with the other side's, nor with the votes a candidate won ("voted for Ana Ruiz")."""

from __future__ import annotations

import pytest

from tests.test_ages_of_others import _values
from tests.test_time_frames import rows

ONE_SIDE_AT_ODDS = [
    (
        ("2026-06-19", "Overall, 41,220 people voted No and 30,118 voted Yes in the Harlow parking referendum."),
        ("2026-06-21", "In the end 41,202 residents voted against in the Harlow parking referendum."),
        ("41,220 people", "41,202 residents"),
    ),
    (
        ("2026-06-19", "In the Harlow parking referendum 30,118 voters voted Yes."),
        ("2026-06-20", "In the Harlow parking referendum 31,118 people voted in favour."),
        ("30,118", "31,118 people"),
    ),
]


@pytest.mark.parametrize(("first", "second", "texts"), ONE_SIDE_AT_ODDS)
def test_one_sides_count_told_by_its_voters_is_compared_across_days(tmp_path, first, second, texts):
    assert texts in _values(rows(tmp_path, {"a": first, "b": second}))


OTHER_COUNTS = [
    (  # the two sides of one vote
        ("2026-06-19", "In the Harlow parking referendum 41,220 people voted No."),
        ("2026-06-19", "In the Harlow parking referendum 30,118 people voted Yes."),
    ),
    (  # two candidates' votes: "voted for" names whose
        ("2026-05-08", "In the Tarrow mayoral race 12,400 people voted for Ana Ruiz."),
        ("2026-05-08", "In the Tarrow mayoral race 9,800 people voted for Ben Holt."),
    ),
    (  # those who voted at all are no side's
        ("2026-06-19", "In the Harlow parking referendum 71,338 people voted."),
        ("2026-06-19", "In the Harlow parking referendum 41,220 people voted No."),
    ),
]


@pytest.mark.parametrize(("first", "second"), OTHER_COUNTS)
def test_counts_of_other_sides_or_of_all_voters_are_not_compared(tmp_path, first, second):
    assert _values(rows(tmp_path, {"a": first, "b": second})) == set()
