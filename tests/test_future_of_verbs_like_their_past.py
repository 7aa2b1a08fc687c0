"""A verb whose past is its plain form ("shut", "cut", "set", "hit", "put") right after a word of the future
("will shut", "would not cut") is the future's own verb: the date it leads to is still to come, in the coming year."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.parse import mentions

PUBLISHED = dt.date(2025, 2, 21)


@pytest.mark.parametrize(
    ("text", "date", "day"),
    [
        ("The first 14 stores will shut on 29 March.", "29 March", dt.date(2025, 3, 29)),
        ("The company said it would cut the price on 3 March.", "3 March", dt.date(2025, 3, 3)),
        ("The ferry will not set sail again on 2 March.", "2 March", dt.date(2025, 3, 2)),
        ("The stores shut on 14 February.", "14 February", dt.date(2025, 2, 14)),  # the past, told as such
        ("He said the bridge, which was hit on 2 February, would reopen.", "2 February", dt.date(2025, 2, 2)),
    ],
)
def test_a_plain_past_after_a_word_of_the_future(text, date, day):
    (m,) = [m for m in mentions(text, PUBLISHED) if m.kind == "date" and m.text == date]
    assert (m.date_end or m.date) == day
