"""A weekday in the possessive naming an event still to come.

"Tuesday's vote", "Saturday's final" in a report before the event is the
next such day when the clause looks forward to it ("ahead of", "expect",
"to attend") and tells nothing in the past; the same form in past-tense copy
after the event is the last one. A bare weekday keeps the news rule ("on
Friday" in a past clause is the last Friday).
"""

from __future__ import annotations

import datetime as dt

import pytest

import consistency

FRIDAY = dt.date(2025, 5, 9)


def _day_of(text: str, written: str, published: dt.date = FRIDAY) -> dt.date | None:
    found = [m for m in consistency.mentions(text, published=published) if m.kind == "date" and written in m.text]
    assert found, f"no date read in {text!r}"
    return found[0].date


@pytest.mark.parametrize(
    ("text", "written", "day"),
    [
        # music: a crowd forecast for a concert the next day
        ("Promoters expect 25,000 fans to attend Saturday's open-air concert at Kelby Park.", "Saturday", dt.date(2025, 5, 10)),
        # politics: a vote days away
        ("Party leaders are meeting ahead of Tuesday's confidence vote in the Varn assembly.", "Tuesday", dt.date(2025, 5, 13)),
        # sport: an infinitive before the match
        ("Harlow City are hoping to win Sunday's derby against Orm Rovers.", "Sunday", dt.date(2025, 5, 11)),
        # business: the build-up to a results day
        ("Traders are cautious in the run-up to Wednesday's interest rate decision.", "Wednesday", dt.date(2025, 5, 14)),
        # the day of publication itself
        ("Stewards expect large crowds for Friday's parade through the town centre.", "Friday", FRIDAY),
    ],
)
def test_a_possessive_weekday_looking_forward_is_the_next_one(text, written, day):
    assert _day_of(text, written) == day


@pytest.mark.parametrize(
    ("text", "written", "day"),
    [
        # past-tense copy after the event
        ("About 18,000 fans attended Saturday's open-air concert at Kelby Park.", "Saturday", dt.date(2025, 5, 3)),
        ("Two ministers resigned after Tuesday's confidence vote.", "Tuesday", dt.date(2025, 5, 6)),
        # a word that may look forward, in a past clause: the event has happened
        ("Stewards expected big crowds, but only 900 fans watched Sunday's derby.", "Sunday", dt.date(2025, 5, 4)),
        # no forward word: present tense after the event, and a bare weekday
        ("Wednesday's defeat leaves Harlow City bottom of the table.", "Wednesday", dt.date(2025, 5, 7)),
        ("The minister resigned on Thursday.", "Thursday", dt.date(2025, 5, 8)),
    ],
)
def test_a_weekday_in_past_copy_or_without_a_forward_word_is_the_last_one(text, written, day):
    assert _day_of(text, written) == day


def test_a_forecast_and_the_turnout_of_one_event_share_its_day(tmp_path):
    (tmp_path / "a.md").write_text(
        "---\ndate: 2025-05-09\n---\nPromoters expect 25,000 fans to attend Saturday's open-air concert at Kelby Park.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.md").write_text(
        "---\ndate: 2025-05-11\n---\nAbout 18,000 fans attended Saturday's open-air concert at Kelby Park.\n",
        encoding="utf-8",
    )
    assert [d.kind for d in consistency.check([tmp_path]).discrepancies if d.kind == "date-conflict"] == []
