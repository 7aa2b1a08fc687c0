"""A given name misspelt in one report, inside it ("Messeret Tadesse" against "Meseret Tadesse" in two others), is
one person, as a misspelt surname is; a given name that differs at its end ("Daniel" / "Daniela", "Mario" / "Maria")
may be a relative's, and is left alone unless a post says it is one person. A post of several words written as a
title ("Chief Financial Officer Priya Raghunathan") is no part of the name."""

from __future__ import annotations

import datetime as dt

import pytest

import consistency


def _variants(tmp_path, odd: str, usual: str) -> list[str]:
    texts = [
        f"Ethiopia's {odd}, 31, won the women's race in 2:21:18.",
        f"Ethiopia's {usual} won the women's race in a personal best.",
        f"{usual} said she would return next year to attack the course record.",
        f"In the women's race, {usual} was alone from 25km.",
    ]
    for i, text in enumerate(texts):
        (tmp_path / f"r{i}.md").write_text(f"---\ndate: 2026-05-1{i + 7}\n---\n{text}\n", encoding="utf-8")
    return [d.summary for d in consistency.check([tmp_path]).discrepancies if d.kind == "name-variant"]


@pytest.mark.parametrize(("odd", "usual"), [("Messeret Tadesse", "Meseret Tadesse"), ("Hiwet Desta", "Hiwot Desta")])
def test_a_given_name_one_slip_apart_is_one_person(tmp_path, odd, usual):
    assert any(f'"{odd}"' in summary for summary in _variants(tmp_path, odd, usual))


@pytest.mark.parametrize(("odd", "usual"), [("Daniela Brandt", "Daniel Brandt"), ("Maria Rossetti", "Mario Rossetti")])
def test_a_given_name_with_another_ending_may_be_a_relative(tmp_path, odd, usual):
    assert _variants(tmp_path, odd, usual) == []


def test_a_title_of_several_words_is_no_part_of_the_name():
    text = "Chief Financial Officer Priya Raghunathan told analysts the savings would be reinvested."
    names = [m.text for m in consistency.mentions(text, dt.date(2026, 4, 28)) if m.kind == "entity"]
    assert names == ["Priya Raghunathan"]
