"""A company's sales told as a sum are its revenue, the line of its accounts either word names ("sales of £4.6bn",
"revenue of £4.2bn"): two reports that give the year's sum under the two words disagree. A count of sales ("sold
40 million packs") is no sum, a part of the sales ("online sales") is not the whole's, and "1,200 million dollars"
is "$1.21 billion" rounded, as "$1.2 billion" is."""

from __future__ import annotations

import pytest

import consistency


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Halden Foods said revenue grew 6% to £4.2 billion in 2024.",
            "Halden Foods said its sales came in at 4.6 billion pounds in 2024.",
        ),  # results
        (
            "Orbel Telecom said its sales reached €8.1 billion in 2024.",
            "Orbel Telecom said its revenue reached €8.7 billion in 2024.",
        ),  # the other way round
        (
            "Brisa Motors said revenues totalled $12.4 billion in 2024.",
            "Brisa Motors said sales totalled $14.2 billion in 2024.",
        ),  # transposed digits
    ],
)
def test_sales_and_revenue_of_one_year_conflict(error_kinds, first, second):
    assert "value-conflict" in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Halden Foods sold 40 million packs of crisps in 2024.",
            "Sales at Halden Foods reached £46 million in 2024.",
        ),  # a count of what was sold
        (
            "Halden Foods said online sales grew to £1.2 billion in 2024.",
            "Halden Foods said its revenue came in at £4.6 billion in 2024.",
        ),  # a part of the sales
        (
            "Brisa Motors said revenues totalled 1,200 million dollars in 2024.",
            "Brisa Motors said sales totalled $1.21 billion in 2024.",
        ),  # one sum, rounded
    ],
)
def test_a_count_a_part_or_a_rounding_of_sales_is_no_conflict(error_kinds, first, second):
    assert "value-conflict" not in error_kinds(first, second)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("revenue of 1,200 million dollars", 1.15e9, 1.25e9),  # as "1.2 billion"
        ("a loss of 2,500 million euros", 2.45e9, 2.55e9),
        ("a budget of 250 million pounds", 249.5e6, 250.5e6),  # no thousands: as written
        ("1,200 people were evacuated", 1199.5, 1200.5),  # no scale word: as written
    ],
)
def test_a_sum_in_thousands_of_a_scale_rounds_as_the_next_scale(text, low, high):
    (m,) = consistency.mentions(text)
    assert (m.low, m.high) == pytest.approx((low, high))
