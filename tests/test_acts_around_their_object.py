"""An act of two words may hold its object between them: "a jury found all three guilty on Friday" is a
conviction, as "were convicted on Friday" is; "voted the bill through" an approval. Said with a negation
("found him not guilty") it is no conviction."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.align.frames import event_word
from consistency.model import Sentence
from consistency.parse import mentions


@pytest.mark.parametrize(
    ("text", "date", "event"),
    [
        ("A jury found all three guilty on 21 February after a ten-week trial.", "21 February", "conviction"),
        ("He was found guilty on Friday of fraud by abuse of position.", "Friday", "conviction"),
        ("The jury found him guilty on Friday.", "Friday", "conviction"),
        ("The jury found him not guilty on Friday.", "Friday", None),
        ("Lawmakers voted the measure through on Tuesday.", "Tuesday", "approval"),
    ],
)
def test_an_act_of_two_words_around_its_object(text, date, event):
    (m,) = [m for m in mentions(text, dt.date(2026, 3, 14)) if m.text == date]
    assert event_word(Sentence(0, len(text), text), m) == event


def test_found_guilty_and_convicted_date_one_verdict(dated_errors):
    found = dated_errors(
        ("2026-03-13", "All three were convicted on 12 February after a nine-week trial at Leeds Crown Court."),
        ("2026-03-14", "A jury found all three guilty on 21 February following a trial of more than two months."),
        kind="date-conflict",
    )
    assert ("21 February", "12 February") in found or ("12 February", "21 February") in found


def test_only_an_act_told_so_holds_words_between_its_own(dated_errors):
    # "shares ... closed" is no act of two words with its object between: the day's fall stays the fine's day's
    found = dated_errors(
        ("2026-06-16", "The regulator fined Tarrant Bank £41 million on Tuesday. Shares in the bank closed down 4.2% "
                       "in London."),
        ("2026-06-18", "Shares in the Leeds-based lender tumbled 6.2% on Tuesday when the fine was announced, although "
                       "they recovered slightly on Thursday morning."),
        kind="value-conflict",
    )
    assert [row for row in found if "6.2%" in row]
