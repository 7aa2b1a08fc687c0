"""Two things said to begin are two beginnings: "the leak, which began on 9 May" and "the trout season, which
began last week" date two things, however alike the rest of their sentences."""

from __future__ import annotations

import pytest

from consistency.rules.times import thing_begun


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("The fuel leak, which began on 9 May, was stopped on Thursday.", "leak"),
        ("Anglers said they feared for the trout season, which began last week.", "season"),
        ("The strike started on Monday.", "strike"),
        ("The outbreak of bird flu began last week.", "outbreak"),
        ("Five farms have been infected since the start of the season in October.", "season"),
        ("Since the start of the hunting season, 40 birds have died.", "season"),
        ("It began on Monday.", None),  # a pronoun names no thing
        ("Divers began pumping fuel from the wreck on Friday.", None),  # an activity begun, by its verb
        ("The pipeline was shut on Tuesday.", None),
    ],
)
def test_thing_begun(text, thing):
    assert thing_begun(text) == thing


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            ("2025-05-12", "The fuel leak off Tarnby Point, which began on 9 May, was stopped on Sunday."),
            ("2025-05-14", "Anglers off Tarnby Point said they feared for the trout season, which began last week."),
        ),
        (
            ("2025-11-14", "The outbreak of bird flu began last week at a duck farm near Ostry."),
            ("2025-11-20", "Seven farms near Ostry have had bird flu since the start of the season in October."),
        ),
    ],
)
def test_two_things_begun_are_not_one_beginning(date_rows, first, second):
    assert date_rows(first, second) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # one thing said to begin on two days
        (
            ("2025-05-12", "The fuel leak off Tarnby Point, which began on 9 May, was stopped on Sunday."),
            ("2025-05-14", "The fuel leak off Tarnby Point began on 7 May, the coastguard said."),
        ),
        # the same thing named once as an event and once as begun
        (
            ("2025-05-12", "The strike at the Tarnby docks, which began on 5 May, has halted all ferries."),
            ("2025-05-14", "Dockers at Tarnby went on strike on 6 May."),
        ),
    ],
)
def test_one_thing_begun_on_two_days_is_still_found(date_rows, first, second):
    assert len(date_rows(first, second)) == 1
