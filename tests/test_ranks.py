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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Tigers finished the season in second place.", [("second", 2.0)]),
        ("Vela came first in the Orsa marathon.", [("first", 1.0)]),
        ("The Greens finished second in the election.", [("second", 2.0)]),
        ("Brant was in first position after the opening round.", [("first", 1.0)]),
        ("Why did they go there in the first place?", []),  # an idiom
        ("The results came in a second later.", []),
        ("He finished 10 seconds behind.", []),
    ],
)
def test_a_place_in_a_contest(text, expected):
    assert [(m.text, m.value) for m in consistency.mentions(text) if m.unit == "rank"] == expected


@pytest.mark.parametrize(
    ("first", "second", "kinds"),
    [
        ("The Kael Tigers finished the season in second place with 71 points.",
         "The Kael Tigers finished the season in fourth place.", {"value-conflict"}),
        ("Vela came first in the Orsa marathon on Sunday.", "Vela finished third in the Orsa marathon on Sunday.",
         {"value-conflict"}),
        # what comes with the place is the subject's too: "finished fourth with 71 points"
        ("The Kael Tigers finished fourth with 71 points.", "The Kael Tigers ended the season with 64 points.",
         {"value-conflict"}),
        ("The Kael Tigers finished second in the league this season.",
         "The Kael Tigers finished the league season in second place.", set()),
        ("Vela came second in the Orsa marathon on Sunday, behind Brant.",
         "Brant won the Orsa marathon on Sunday, with Vela in second place.", set()),
        ("The Kael Tigers are in second place in the league.", "The Orsa Lions are in fifth place in the league.", set()),
    ],
)
def test_places_in_a_contest_compared(error_kinds, first, second, kinds):
    assert set(error_kinds(first, second)) == kinds


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Halden is the second-largest city in Ruritania.", [("second", 2.0)]),
        ("Vell is the second most populous region.", [("second", 2.0)]),
        ("Acme is the world's second biggest maker of ferries.", [("second", 2.0)]),
        ("The second best option was to wait.", []),  # "best" is no graded word's superlative in scale_words.csv
        ("It came a second earlier than the fastest.", []),
    ],
)
def test_second_before_a_superlative(text, expected):
    assert [(m.text, m.value) for m in consistency.mentions(text) if m.unit == "rank"] == expected
