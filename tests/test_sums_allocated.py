"""A sum a body set aside for a purpose ("an emergency allocation of €4m", "allocated €4m to clear the road", "has
earmarked £600,000 for repairs") is granted once: a later report that gives it otherwise disagrees, whatever day
each is written. A further sum ("allocated a further €2m") is another allocation, and one raised says so ("raised
its emergency allocation for the slide to €6m"). So is any figure said as further or additional ("an additional
250 soldiers"): it adds to another."""

from __future__ import annotations

import pytest

WEDNESDAY = "2025-06-18"  # the first report's day: the Tuesday its sentences tell of is past in both


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        ("The government's emergency allocation of €4m, approved on Tuesday, will pay for clearing the Orla road.",
         "The government's emergency allocation of €2m will cover clearing the Orla road but not rebuilding homes.",
         {"€4m", "€2m"}),
        ("Ministers allocated €4m on Tuesday to clear the Orla road after the rockfall.",
         "The government's emergency allocation of €2m will cover clearing the Orla road.", {"€4m", "€2m"}),
        ("The council has earmarked £600,000 for repairs to the Pellham sea wall.",
         "The council's £900,000 allocation for the Pellham sea wall repairs was approved on Tuesday.",
         {"£600,000", "£900,000"}),
    ],
)
def test_one_sum_allocated_told_otherwise_conflicts(error_texts, first, second, values):
    assert any(set(row) == values for row in error_texts(first, second, WEDNESDAY))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The government allocated €4m on Tuesday to clear the Orla road.",
         "The government allocated a further €2m for temporary housing in Orla on Thursday."),
        ("The government allocated €4m on Tuesday to clear the Orla road.",
         "The government raised its emergency allocation for the Orla rockfall to €6m on Thursday."),
        ("The government allocated €4m on Tuesday to clear the Orla road.",
         "Clearing the Orla road will cost €9m, engineers said on Thursday."),
    ],
)
def test_another_sum_or_a_sum_raised_is_no_conflict(error_texts, first, second):
    assert error_texts(first, second, WEDNESDAY) == []


def test_a_figure_said_as_additional_is_another_quantity(error_kinds):
    assert "value-conflict" not in error_kinds(
        "The defence ministry sent 400 soldiers to the Dorn valley on Tuesday to help with flood defences.",
        "The defence ministry sent an additional 250 soldiers to the Dorn valley on Tuesday.",
    )
