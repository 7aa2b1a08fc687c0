"""A thing said as revised before its noun ("its raised offer", "the improved terms", "a sweetened bid") is another
value than the first one: the first offer's price and its rejection are not the raised offer's. As a verb ("raised
its offer to 445p") the word says a change, which the change rules read."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            ("2025-03-10", "Halvard Energy on Monday offered 412 pence a share for Orla Power, the household supplier."),
            ("2025-03-28", "Halvard Energy this week declared its raised 445p-a-share offer for Orla Power final."),
        ),
        (
            ("2025-03-10", "Halvard Energy's offer values Orla Power at £1.3bn."),
            ("2025-03-28", "Halvard Energy's sweetened offer values Orla Power at £1.4bn."),
        ),
    ],
)
def test_a_revised_offers_price_is_not_the_firsts(dated_errors, first, second):
    assert dated_errors(first, second, kind="value-conflict") == []


def test_the_revised_offers_rejection_is_not_the_firsts(dated_errors):
    first = ("2025-03-17", "The Orla Power board rejected the approach from Halvard Energy last Wednesday.")
    second = ("2025-03-25", "Halvard Energy raised its offer to £1.4bn, but the Orla Power board last night rejected "
                            "the improved terms from Halvard Energy.")
    assert dated_errors(first, second, kind="date-conflict") == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # two reports of the revised offer
        (
            ("2025-03-27", "Halvard Energy declared its raised 445p-a-share offer for Orla Power final."),
            ("2025-03-28", "Halvard Energy declared its improved 455p-a-share offer for Orla Power final."),
        ),
        # two reports of the first
        (
            ("2025-03-10", "Halvard Energy on Monday offered 412 pence a share for Orla Power, the household supplier."),
            ("2025-03-11", "Halvard Energy offered 421p a share for Orla Power, the household supplier, on Monday."),
        ),
    ],
)
def test_one_offer_priced_two_ways_is_still_found(dated_errors, first, second):
    assert len(dated_errors(first, second, kind="value-conflict")) == 1
