"""Ranks: ordinals read as quantities with unit "rank"; shares and idioms are not ranks."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import consistency
from consistency.parse.figures import ranks


def _ranks(text: str) -> list[tuple[str, float]]:
    return [(m.text, m.value) for m in consistency.mentions(text) if m.unit == "rank"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the fourth highest-grossing film of 2019", [("fourth", 4)]),
        ("a 7th Round pick in the 2021 NFL Draft", [("7th", 7)]),
        ("peaking at number four on the chart", [("number four", 4)]),
        ("its seventh and final season", [("seventh", 7)]),
        ("the 21st largest economy", [("21st", 21)]),
        ("the ninth single and third album", [("ninth", 9), ("third", 3)]),
        ("the company's second recall this year", [("second", 2)]),  # a place in someone's series
        ("Acme issued its first recall in March", [("first", 1)]),
        ("their second strike of the winter", [("second", 2)]),
    ],
)
def test_ranks(text, expected):
    assert _ranks(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "for the first time in history",  # idiom
        "the last minute",
        "a third of voters",  # a share: the figures parser reads it
        "two thirds of the budget",
        "one second later",  # a unit of time
        "with both north and south month",  # words that only end like ordinals
        "on the 21st of June 2020",  # a date
        "it was their first time abroad",  # idiom, after a possessive too
        "in its second half the film drags",
        "the first recall came in March",  # no one's series: first and second stay out
    ],
)
def test_not_ranks(text):
    assert _ranks(text) == []


@given(st.text())
def test_never_raises(text):
    for m in ranks.find(text):
        assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ilse Brandt became the first woman to lead the Karsk council.", [("first", 1.0)]),
        ("Varna was the second of the region's towns to ban cars.", [("second", 2.0)]),
        ("It was the first time to see the bridge.", []),
        ("The second reason to worry is cost.", []),
        ("He was first to arrive.", []),
    ],
)
def test_a_place_in_the_line_of_those_who_did_something(text, expected):
    assert [(m.text, m.value) for m in consistency.mentions(text) if m.unit == "rank"] == expected


def test_first_and_second_to_do_something_conflict_across_reports(tmp_path):
    for name, text in (
        ("a", "After the split, Ilse Brandt became the second of the band's former members to release a solo album."),
        ("b", "After the split, Ilse Brandt became the first of the band's former members to release a solo album."),
    ):
        (tmp_path / f"{name}.md").write_text(f"---\ndate: 2025-03-12\n---\n{text}\n", encoding="utf-8")
    assert "value-conflict" in [d.kind for d in consistency.check([tmp_path]).discrepancies]
