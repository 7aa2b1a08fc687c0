"""A day an act is hoped for or expected ("the company hoped to reopen the network on Friday", "officials expected
the road to reopen by Thursday") is a forecast: the day the act was done may miss it without contradicting it; two
days told for the act done still disagree."""

import pytest

DONE = (
    "2026-05-18",
    "Tram network back\n\nMost of the Kelby tram network reopened on Saturday, with a shuttle bus bridging the gap "
    "at Boar Lane.",
)
INQUIRY = ("2026-05-19", "Tram inquiry\n\nInvestigators said the Kelby tram had been travelling too fast.")


@pytest.mark.parametrize(
    "hoped",
    [
        "Westgate Transit said it hoped to reopen most of the Kelby tram network on Friday.",
        "Officials said they expected most of the Kelby tram network to reopen by Friday.",
    ],
)
def test_a_day_hoped_for_is_no_day_the_act_was_done(dated_errors, hoped):
    assert not dated_errors(("2026-05-13", "Tram crash\n\n" + hoped), DONE, INQUIRY, kind="date-conflict")


def test_two_days_of_the_act_done_disagree(dated_errors):
    done_earlier = ("2026-05-16", "Trams return\n\nMost of the Kelby tram network reopened on Friday, with a shuttle "
                                  "bus bridging the gap at Boar Lane.")
    assert dated_errors(done_earlier, DONE, INQUIRY, kind="date-conflict")


def test_a_day_of_the_event_told_after_a_hope_is_still_the_events(dated_errors):
    assert dated_errors(
        ("2026-06-09", "Refinery fire\n\nA fire broke out at the Kelburn refinery in the early hours of Tuesday, "
                       "killing two workers."),
        ("2026-06-12", "Kelburn offline\n\nNorthmere expects its Kelburn refinery to stay offline for six weeks "
                       "following the 8 June fire at the site."),
        ("2026-06-10", "Refinery inquiry\n\nInvestigators at the Kelburn refinery are examining a pump."),
        kind="date-conflict",
    )
