"""A company's role for a thing the sentence describes before the verb: a name with a noun phrase in apposition
("The Arden Footbridge, a steel arch structure, was built by X" is the bridge's maker), a noun with a participle
after it ("a 30-metre wooden vessel built in 1994, is owned by X": the vessel's owner), a noun with a relative
clause ("The goods train that hit the commuter service, run by X," is the goods train's operator). A report that
names the other's company only in another role of the thing ("maintained since 2015 by X") has not named it as
the holder of this one."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The Arden Footbridge, a steel arch structure, was designed and built in 2003 by Velmar Bud.",
            "The bridge was built by Ostrava Konstrukce and opened in 2003.",
        ),
        (
            "The Mawar Senja, a 30-metre wooden vessel built in 1994, is owned by PT Arus Biru, a Sorong company.",
            "The vessel's owner, PT Laut Teduh, said through a lawyer that loading was the captain's duty.",
        ),
        (
            "The goods train that hit the commuter service, run by Kargo Polna and hauling 22 wagons, came from the quarry.",
            "A goods train operated by Baltrans ran into the side of the commuter service near the junction.",
        ),
    ],
)
def test_the_thing_described_before_the_verb(error_texts, first, second):
    rows = error_texts(first, second)
    assert any(len(row) == 2 for row in rows), rows


def test_a_company_named_only_in_another_role_still_disagrees(error_texts):
    rows = error_texts(
        "The bridge was built by Ostrava Konstrukce and opened in 2003.",
        "The Arden Footbridge was built in 2003 by Velmar Bud. Since 2015 the bridge has been maintained under a city"
        " contract by Ostrava Konstrukce, which said it had done all the work it was asked to do.",
    )
    assert {"Ostrava Konstrukce", "Velmar Bud"} in map(set, rows), rows


def test_a_company_named_in_the_same_role_agrees(error_texts):
    assert not error_texts(
        "The bridge was built by Ostrava Konstrukce and opened in 2003.",
        "The Arden Footbridge was built in 2003 by Velmar Bud with Ostrava Konstrukce, which built the approach spans.",
    )


def test_said_that_opens_a_clause_of_its_own(error_texts):
    rows = error_texts(
        "Investigators said that the engines were made by Harlow Motors.",
        "The engines were made by Tavistock Power, the airline said.",
    )
    assert {"Harlow Motors", "Tavistock Power"} in map(set, rows), rows
