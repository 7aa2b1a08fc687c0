"""One arrival and one breakthrough told in other words are one act (data/one_act_verbs.csv): "reached
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


def test_a_trial_that_began_is_one_that_opened(date_rows):
    found = date_rows(
        ("2025-03-05", "The trial that opened at Kelby Crown Court on 3 March is being watched across the trade."),
        ("2025-03-12", "The trial, which began on 4 March, has heard from six witnesses."),
    )
    assert found


def test_work_that_began_is_no_opening(date_rows):
    found = date_rows(
        ("2025-03-05", "The Kelby tram line opened on Sunday; work began in May 2020."),
        ("2025-03-12", "Kelby's first tram line, opened in 1999, carries 40,000 people a day."),
    )
    assert not found
