"""An age against a birth date: the days a person of an age at some time was born on."""

from __future__ import annotations

import datetime as dt

from consistency.rules.ages import born_between

D = dt.date


def test_an_age_on_one_day():
    assert born_between(54, (D(2025, 5, 4), D(2025, 5, 4))) == (D(1970, 5, 5), D(1971, 5, 4))


def test_an_age_in_one_year():
    assert born_between(54, (D(2020, 1, 1), D(2020, 12, 31))) == (D(1965, 1, 2), D(1966, 12, 31))


def test_an_age_on_a_leap_day():
    assert born_between(10, (D(2024, 2, 29), D(2024, 2, 29))) == (D(2013, 3, 1), D(2014, 2, 28))


def test_an_age_in_a_decade_says_nothing():
    assert born_between(54, (D(2020, 1, 1), D(2029, 12, 31))) is None


def _age_of(text: str) -> bool:
    import consistency
    from consistency.align.frames import aged_role
    from consistency.model import Sentence

    (m,) = [m for m in consistency.mentions(text) if m.kind in ("number", "quantity")]
    return aged_role(Sentence(0, len(text), text), m)


def test_a_number_set_off_after_a_persons_noun_is_an_age():
    assert _age_of("The driver, 34, was unhurt.")
    assert _age_of("The mayor (61) resigned on Friday.")


def test_a_count_after_a_persons_noun_is_no_age():
    assert not _age_of("The bus carried a driver, 34 passengers and a guide.")
