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


def test_a_count_against_a_listed_sum_is_told_by_the_sum_said_alone(dated_errors):
    rows = dated_errors(
        ("2026-05-15", "The ferry Orla Quay capsized off Tarvik on Thursday. The Orla Quay was carrying 214 passengers "
                       "and 18 crew when it capsized, according to the manifest."),
        ("2026-05-15", "Rescuers searched the sea off Tarvik after the Orla Quay capsized with 232 people on board."),
        ("2026-05-17", "The Orla Quay was carrying 223 people when it capsized off Tarvik, according to the manifest."),
        kind="value-conflict",
    )
    assert any("223 people" in row and "232 people" in row for row in rows)
    assert not [row for row in rows if "214 passengers" in row]
