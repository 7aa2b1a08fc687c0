"""Two amounts of one change: a sentence that tells a move from one level to another ("will go up from £1.60 to
£2.00 - a rise of 25 per cent") gives its amount of change that level, and two reports' amounts of a change to the
same level are one change whatever day each was written ("a rise" and "an increase" are one word of change:
data/synonyms.csv)."""

from __future__ import annotations


def test_a_rise_and_an_increase_to_one_fare_disagree(headlined_errors):
    first = ("2025-04-11", "Councillors back dearer bus fares",
             "After a long debate, the single adult fare will go up from £1.60 to £2.00 - a rise of 25 per cent.")
    later = ("2025-04-14", "What the fare rise means for you",
             "The standard single adult fare will go up from £1.60 to £2.00 - a 20 per cent increase.")
    assert headlined_errors(first, later) == ["r0 says 25 per cent, r1 says 20 per cent"]


def test_rises_to_two_levels_are_two_changes(headlined_errors):
    first = ("2025-04-11", "Councillors back dearer bus fares",
             "The single adult bus fare will go up from £1.60 to £2.00 - a rise of 25 per cent.")
    later = ("2025-04-14", "What the fare rise means for you",
             "Parking charges in the city centre will go up from £4.00 to £4.50 - a 12.5 per cent increase.")
    assert headlined_errors(first, later) == []
