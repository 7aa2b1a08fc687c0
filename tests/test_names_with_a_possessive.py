"""A place's or a building's name with a possessive inside it ("Land's End", "St Aldric's Hospital") is one
name; a known name before a possessive still owns what follows ("Britain's Green Party"). A title word inside a
body's name ("Lynford General Hospital") makes no person of it."""

from __future__ import annotations

import pytest

import consistency


def _names(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.role) for m in consistency.mentions(text) if m.kind == "entity"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The relay runners reached Land's End on Friday evening.", "Land's End"),
        ("The injured climber was flown to St Brannoc's Hospital.", "St Brannoc's Hospital"),
        ("Crowds gathered at Pellow's Cross for the parade.", "Pellow's Cross"),
        ("The choir sang at St Edda's Cathedral on Sunday.", "St Edda's Cathedral"),
    ],
)
def test_a_name_with_a_possessive_inside_is_one_name(text, name):
    assert name in [n for n, _ in _names(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Britain's Green Party won two seats.", ["Green Party"]),
        ("Apple's Tim Cook spoke first.", ["Tim Cook"]),
    ],
)
def test_a_known_name_before_a_possessive_stays_apart(text, names):
    found = [n for n, _ in _names(text)]
    assert all(n in found for n in names)
    assert not any("'s" in n for n in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He was taken to Harwick General Hospital on Monday.", "Harwick General Hospital"),
        ("Staff at Denby General Infirmary went on strike.", "Denby General Infirmary"),
    ],
)
def test_a_title_word_inside_a_bodys_name_is_no_person(text, name):
    found = _names(text)
    assert (name, "organisation") in found
    assert all(role != "person" for _, role in found)


def test_a_general_before_a_name_is_still_a_title():
    assert ("Anna Petrova", "person") in [(n, r) for n, r in _names("General Anna Petrova visited the base.")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Western Nurses' Pension Fund lost money on property.", "Western Nurses' Pension Fund"),
        ("A spokesman for the Upland Farmers' Union said the ban was unfair.", "Upland Farmers' Union"),
        ("She chaired the Women's Rowing Association for a decade.", "Women's Rowing Association"),
        ("Members of the Dock Workers' Federation walked out.", "Dock Workers' Federation"),
    ],
)
def test_a_plural_nouns_possessive_opens_a_bodys_name(text, name):
    assert name in [n for n, _ in _names(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Nurses' leader Maria Fenwick said the offer was poor.", ["Maria Fenwick"]),
        ("Jones' Bakery in Tarrow closed on Friday.", ["Tarrow"]),
        ("Brenna's Wood said the deal was fair.", ["Wood"]),  # a surname after a firm's possessive
    ],
)
def test_a_possessive_that_opens_no_bodys_name_stays_apart(text, names):
    found = [n for n, _ in _names(text)]
    assert all(n in found for n in names)
    assert not any("'" in n for n in found)
