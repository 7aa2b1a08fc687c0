"""Those aboard or underground when an event befell, told in the past ("had 24 crew aboard when the fire was
detected", "29 crew were on board"), are one moment's count whichever day a report tells it: two reports' counts
are compared, while a count told as it stands ("are still on board") may change from day to day."""

import pytest


@pytest.mark.parametrize(
    "first, later",
    [
        (
            "A fire broke out on the ferry Orla Quay off Tarvik on Saturday. The ship had 24 crew and 180 passengers "
            "aboard when the fire was detected.",
            "Investigators boarded the Orla Quay on Monday. Its operator, Tarvik Lines, said 29 crew were on board "
            "alongside the passengers.",
        ),
        (
            "A tunnel collapsed at the Brenna copper mine on Saturday. The company said 44 miners were underground "
            "at the time of the collapse.",
            "Rescuers at the Brenna copper mine reached the refuge on Monday. Of the 47 miners who were underground "
            "when the tunnel gave way, 30 walked out unaided.",
        ),
    ],
)
def test_two_reports_of_those_aboard_are_compared_across_days(dated_errors, first, later):
    assert dated_errors(("2026-02-14", first), ("2026-02-16", later), kind="value-conflict")


def test_those_still_aboard_are_a_count_that_changes(dated_errors):
    assert not dated_errors(
        ("2026-02-14", "The cruise ship Marra Bell ran aground off Tarvik on Saturday. About 180 passengers were "
                       "still on board on Saturday night as the first boats took others ashore."),
        ("2026-02-16", "The Marra Bell remained aground off Tarvik on Monday. Some 40 passengers are still on board, "
                       "waiting for the tide."),
        kind="value-conflict",
    )
