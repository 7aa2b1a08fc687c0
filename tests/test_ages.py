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
