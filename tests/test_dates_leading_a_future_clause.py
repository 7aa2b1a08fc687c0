"""A day that leads its sentence ("On Monday, ...", "From Monday, ...") takes the tense of the clause it leads: "From
Monday, residents will be limited to 50 litres" is the coming Monday, as "limited from Monday" after "will" is; a
clause that first tells something done ("On Monday, officials said the dam will open") is the last one. "A day" right
after a figure is its rate ("50 litres a day from Monday"), no day counted from Monday."""

from __future__ import annotations

import datetime as dt

from consistency.parse import dates

WEDNESDAY = dt.date(2026, 2, 11)
LAST_MONDAY, NEXT_MONDAY = dt.date(2026, 2, 9), dt.date(2026, 2, 16)


def _days(text: str) -> dict[str, dt.date | None]:
    return {m.text: m.date for m in dates.find(text, WEDNESDAY)}


def test_a_day_leading_a_clause_of_the_future_is_to_come():
    assert _days("From Monday, residents of Steenhaven will be limited to 50 litres of water.") == {"Monday": NEXT_MONDAY}
    assert _days("On Monday, the council will vote on the plan.") == {"Monday": NEXT_MONDAY}
    assert _days("On Friday the union will meet the board again.") == {"Friday": dt.date(2026, 2, 13)}


def test_a_day_leading_a_clause_that_tells_something_done_is_past():
    assert _days("On Monday, officials said the dam will open next month.")["Monday"] == LAST_MONDAY
    assert _days("On Monday the council voted to close the pool.") == {"Monday": LAST_MONDAY}


def test_a_day_after_a_rate_is_the_day_itself():
    assert _days("Residents will get 50 litres a day from Monday.") == {"Monday": NEXT_MONDAY}
    assert _days("Level 6 restrictions: 50 litres a day from next Monday") == {"next Monday": NEXT_MONDAY}


def test_a_day_counted_from_another_without_a_figure_before_it():
    assert _days("The talks will resume a week from Monday.") == {"a week from Monday": dt.date(2026, 2, 23)}


def test_one_limit_told_before_and_after_its_day_agrees(dated_errors):
    assert not dated_errors(
        ("2026-02-09", "Steenhaven residents will be limited to 50 litres of water per person per day from 16 February."),
        ("2026-02-11", "From Monday, Steenhaven residents will be limited to 50 litres of water a day each."),
    )
