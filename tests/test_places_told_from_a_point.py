"""A place after "off" or "near" is a point an act is placed from, not the place it happened in
(data/place_prepositions.csv): "sank off Dunmore Head" and "sank in the Marran Deep" may both be true, while two
places the act happened in still disagree."""

from __future__ import annotations

SANK_OFF = ("2025-10-15", "Trawler lost", "The trawler Kestrel sank off Dunmore Head on Tuesday with six men aboard.")


def test_a_point_off_which_a_ship_sank_is_no_rival_of_the_sea_it_sank_in(headlined_errors):
    later = ("2025-10-20", "Kestrel inquiry", "The trawler Kestrel sank in the Marran Deep on Tuesday with six men aboard.")
    assert not headlined_errors(SANK_OFF, later, kind="entity-conflict")


def test_two_places_a_ship_sank_in_disagree(headlined_errors):
    first = ("2025-10-15", "Trawler lost", "The trawler Kestrel sank in Dunmore Bay on Tuesday with six men aboard.")
    later = ("2025-10-20", "Kestrel inquiry", "The trawler Kestrel sank in the Marran Deep on Tuesday with six men aboard.")
    assert headlined_errors(first, later, kind="entity-conflict")
