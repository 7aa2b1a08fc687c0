"""One arrival, one breakthrough, one opening told in other words are one act (data/one_act_verbs.csv): "reached
Port Sallow on 21 February" and "stepped ashore at Port Sallow on 22 February" give two days for one arrival;
"reached a deal with Calder Oars on 24 February" is no arrival: one verb, another thing brought in as new."""

from __future__ import annotations


def test_an_arrival_in_other_words_has_one_day(date_rows):
    found = date_rows(
        ("2025-02-24", "Ida Marsh, who grew up in Kelby, reached Port Sallow in the Caribbean on "
                       "21 February after 41 days at sea."),
        ("2025-02-26", "When Ida Marsh stepped ashore at Port Sallow on 22 February, her hands were "
                       "bandaged."),
    )
    assert found


def test_a_tunnel_machine_breaking_through_in_other_words_has_one_day(date_rows):
    found = date_rows(
        ("2025-10-14", "The tunnel-boring machine Hilde broke through into the Norgate station "
                       "box on Tuesday."),
        ("2025-10-23", "There was a brass band when the tunnel-boring machine Hilde nosed through the "
                       "wall at Norgate on 13 October."),
    )
    assert found


def test_reaching_a_deal_is_no_arrival(date_rows):
    found = date_rows(
        ("2025-02-24", "Ida Marsh reached Port Sallow on 21 February after 41 days at sea."),
        ("2025-02-26", "Ida Marsh reached a deal with Calder Oars on 24 February."),
    )
    assert not found
