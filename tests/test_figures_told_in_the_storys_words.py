"""Two figures of one quantity told only in words the whole story uses ("offered a pay rise of 3.5%", "offered a
rise of 3.2 per cent", in a story of a pay offer) are still paired; and an area told by its kind ("nurses in the
area") is where a figure is counted, not what it measures."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.align.frames import frame_of
from consistency.model import Sentence
from consistency.parse import mentions

# five reports of one pay dispute: nurses, pay, a rise and an offer are in every one
PAY_STORY = [
    ("2025-06-02", "Nurses at Kessa Health Board will strike over pay. The union rejected the pay rise offered "
                   "this year, and nurses will walk out on Monday."),
    ("2025-06-03", "Nurses in Kessa voted to strike after rejecting the pay offer. The union wants a bigger rise."),
    ("2025-06-10", "Talks on the nurses' pay offer broke down. The union said the rise was too small."),
    ("2025-06-04", "Nurses have been offered a rise of 3.2 per cent this year, compared with the 4.5% they received "
                   "last year. The union says the pay offer is too low and nurses will strike."),
    ("2025-06-18", "Nurses in the area have been offered a pay rise of 3.5% this year. The union said nurses would "
                   "strike again over the pay offer."),
]


def test_one_offer_told_in_the_storys_words_is_compared(dated_errors):
    assert ("3.2 per cent", "3.5%") in {tuple(sorted(row)) for row in dated_errors(*PAY_STORY, kind="value-conflict")}


def test_the_same_offer_in_the_storys_words_agrees(dated_errors):
    agreeing = [*PAY_STORY[:4], ("2025-06-18", PAY_STORY[4][1].replace("3.5%", "3.2%"))]
    assert dated_errors(*agreeing, kind="value-conflict") == []


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        ("Nurses in the area have been offered a pay rise of 3.5% this year.", "3.5%", None),
        ("Around 900 farms in the county are eligible.", "900", None),
        ("The fire burned an area of 4,000 hectares.", "4,000 hectares", "area"),
    ],
)
def test_an_area_told_by_its_kind_is_no_measure(text, figure, measure):
    (m,) = [m for m in mentions(text, dt.date(2025, 6, 18)) if m.text == figure]
    assert frame_of(Sentence(0, len(text), text), m).measure == measure
