"""A company's role for a thing the sentence describes before the verb: a name with a noun phrase in apposition
("The Arden Footbridge, a steel arch structure, was built by X" is the bridge's maker), a noun with a participle
after it ("a 30-metre wooden vessel built in 1994, is owned by X": the vessel's owner), a noun with a relative
clause ("The goods train that hit the commuter service, run by X," is the goods train's operator). A report that
names the other's company only in another role of the thing ("maintained since 2015 by X") has not named it as
the holder of this one."""

from __future__ import annotations

import pytest

import consistency
from consistency.rules.companies import role_of


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


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a relative clause after the thing's name: the kind of thing the name is said to be
        (
            "The container ship Arctic Dawn, which is operated by Kessel Container Line, hit the tanker side-on.",
            "The Arctic Dawn, a 290-metre container vessel operated by Norway's Brattvik Lines, struck the tanker.",
        ),
        # a company described before its name: by a place's possessive or a place's "-based"
        (
            "The container vessel, run by the Oslo-based Brattvik Lines, had 23 crew on board.",
            "The container ship Arctic Dawn, which is operated by Kessel Container Line, hit the tanker side-on.",
        ),
        # a building managed by a company is run by it
        (
            "Calder Court is managed by Northgate Homes, a housing association.",
            "Calder Court is run by Ashworth Housing, the housing association said.",
        ),
    ],
)
def test_the_thing_and_the_company_in_other_forms(error_texts, first, second):
    rows = error_texts(first, second)
    assert any(len(row) == 2 for row in rows), rows


def test_a_participle_joined_by_and_is_said_of_the_noun_before_the_first(tmp_path):
    text = "The Arctic Dawn, an 8,200 TEU ship built in 2011 and operated by Brattvik Lines, was moved to anchor."
    (tmp_path / "a.md").write_text(f"---\ndate: 2025-06-14\n---\n{text}\n", encoding="utf-8")
    (claim,) = [c for c in consistency.claims([str(tmp_path)]) if c.mention.text == "Brattvik Lines"]
    role = role_of(claim)
    assert role is not None and (role.role, role.thing) == ("operator", "ship")
