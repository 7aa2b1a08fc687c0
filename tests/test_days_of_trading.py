"""A market's or a share's day of trading ("after the market closed on Tuesday", "shares closed yesterday at 327p";
data/act_verbs.csv "trading session") comes every day (data/recurring_events.csv `every`): two such days are two
days of trading, and none is the day a ballot closes or a deal was done."""

from __future__ import annotations


def test_two_closes_of_the_market_are_two_days(headlined_errors):
    first = ("2025-03-12", "Harwick rejects takeover approach",
             "In a statement released after the market closed on Tuesday, the Harwick board said it had turned the "
             "proposal down.")
    later = ("2025-03-25", "Harwick bid: what next",
             "Harwick shares closed yesterday at 327p, up 4 per cent on the day.")
    assert headlined_errors(first, later, kind="date-conflict") == []


def test_a_close_of_trading_is_no_close_of_a_ballot(headlined_errors):
    first = ("2025-05-16", "Union to ballot Telmark staff",
             "The union is holding a ballot of members on industrial action, which closes on 6 June.")
    later = ("2025-05-17", "Telmark shares slide",
             "The shares closed down 7.4 per cent on Thursday, after the union said it would ballot its members.")
    assert headlined_errors(first, later, kind="date-conflict") == []


def test_two_days_for_one_completed_deal_still_disagree(headlined_errors):
    first = ("2025-03-12", "Harwick deal done", "Orvane's takeover of Harwick closed on Tuesday, the companies said.")
    later = ("2025-03-14", "Harwick deal done", "Orvane's takeover of Harwick closed on Monday, the companies said.")
    assert headlined_errors(first, later, kind="date-conflict") != []
