"""A sum won, told as "won £X" or as "a jackpot of £Y" / "winnings of $Y".

A sum after a verb of winning is the prize, as "a jackpot of" and "winnings
of" are (data/prize_verbs.csv, data/measures.csv): two sources that give one
named winner's prize of one day differently disagree. The ticket's price and
an earlier year's jackpot are other sums.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # lottery
        (
            "Jane Orrin won £1.4 million on the EuroMillions on Friday.",
            "Jane Orrin took home a EuroMillions jackpot of £4.1 million on Friday.",
        ),
        # sport
        (
            "Mara Quist won $2.5 million at the Orland Classic on Sunday.",
            "Quist took home winnings of $1.8 million at the Orland Classic on Sunday.",
        ),
    ],
)
def test_one_prize_told_as_won_and_as_a_jackpot_is_compared(error_kinds, first, second):
    assert "value-conflict" in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the ticket's price
        (
            "Jane Orrin, a nurse from Hexley, has won £1.4 million on the EuroMillions.",
            "Jane Orrin, 54, bought the winning ticket for £2.50 at a shop in Hexley.",
        ),
        # an earlier year's jackpot
        (
            "Jane Orrin, a nurse from Hexley, has won £1.4 million on the EuroMillions.",
            "Jane Orrin's win is the biggest in Hexley since a £6 million jackpot in 2015.",
        ),
    ],
)
def test_other_sums_are_not_the_prize(error_kinds, first, second):
    assert "value-conflict" not in error_kinds(first, second)
