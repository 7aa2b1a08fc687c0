"""A thing told by its noun, then a participle set off by a comma ("The deal, first announced on 27 January"):
the day the thing was announced, as "the deal was announced on" says it, an act of the story and not the day of
a statement. A name's description before its own verb ("Jane Doe, the firm's spokeswoman, announced on Monday")
and a clause of its own ("Acme, which sold the plant, announced") stay statements."""

from __future__ import annotations

import pytest

from consistency.align.times import _set_off_participle

ONE_ANNOUNCEMENT_TWO_DAYS = [
    (  # the deal by its noun on both sides
        ("2026-05-12", "The merger, first announced on 14 April, still needs the approval of regulators in Brussels."),
        ("2026-05-13", "Harlow Mining said the merger with Cresta Metals, announced on 21 April, would close in June."),
    ),
    (  # the thing named after "of", the comma after a name of the thing
        ("2026-09-02", "The purchase of 40 aircraft from Avelin Aero, unveiled on 3 August, is the largest the "
                       "carrier has made."),
        ("2026-09-03", "The aircraft purchase, first unveiled on 10 August, will double the fleet by 2031."),
    ),
]


@pytest.mark.parametrize(("first", "second"), ONE_ANNOUNCEMENT_TWO_DAYS)
def test_one_thing_announced_on_two_days_conflicts(date_rows, first, second):
    assert date_rows(first, second)


def test_a_statement_of_two_days_about_two_things_is_not_one_announcement(date_rows):
    # each day is when someone spoke of something else: no act dated twice
    assert date_rows(
        ("2026-05-12", "Jane Doe, the firm's spokeswoman, announced on 14 April that the plant would close."),
        ("2026-05-13", "Orrin Vale, which sold the plant, announced on 21 April that it would cut 200 jobs."),
    ) == []


@pytest.mark.parametrize(("lead", "expected"), [
    ("The deal, first ", True),
    ("Regulators said the takeover of Cresta Metals, ", True),
    ("Jane Doe, the firm's spokeswoman, ", False),  # a name's description
    ("Mr Okonkwo, its chairman, ", False),
    ("Jo Lindqvist, who leads the union, ", False),  # a clause of its own
    ("Acme, ", False),  # a name, no thing told by its noun
    ("A spokesman, ", False),
])
def test_a_set_off_participle_follows_a_thing_told_by_its_noun(lead, expected):
    assert _set_off_participle(lead) is expected
