"""An age against a birth date: the days a person of an age at some time was born on."""

from __future__ import annotations

import datetime as dt

import pytest

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


def test_a_number_set_off_after_a_demonym_or_a_noun_of_a_person_is_an_age():
    assert _age_of("The Kenyan, 28, said he had trained at altitude.")
    assert _age_of("The former minister, 67, denied the charges.")
    assert _age_of("The Hungary international, 24, signed on Monday.")


def test_a_count_set_off_after_a_noun_of_a_thing_is_no_age():
    assert not _age_of("In the long race, 28 runners started.")
    assert not _age_of("The Tarn plant, 40, will close.")


# an age whose phrase opens its sentence ("The Kenyan, 28,", "The 29-year-old") is the age of the one the sentence
# before names, not of a name its own sentence gives after it
@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Kenya's Daniel Kiprono won the Varna marathon on Sunday. Kiprono, 27, pulled clear at 30 km.",
         "Daniel Kiprono won the Varna marathon on Sunday. The Kenyan, 28, said he had trained in Iten."),
        ("Kenya's Daniel Kiprono won the Varna marathon on Sunday. Kiprono, 27, pulled clear at 30 km.",
         "Daniel Kiprono won the Varna marathon on Sunday. The 29-year-old made his move at 30 km, leaving Evans "
         "Mutai behind."),
        ("Norway's Ingrid Lund won the slalom in Are on Saturday. Lund, 31, took her fourth title.",
         "Ingrid Lund won the slalom in Are on Saturday. The Norwegian, 33, beat Sweden's Anna Berg."),
        ("Former finance minister Piet Alders went on trial on Monday. Alders, 67, denies fraud.",
         "Piet Alders went on trial on Monday in Brenn. The former minister, 64, denies all charges against him."),
        ("Ravenholt signed striker Thomas Varga on Monday. Thomas Varga, 24, cost 40 million euros.",
         "Ravenholt signed Thomas Varga from Estrela on Monday. The striker, 26, scored 20 goals last season."),
        # of two people, the demonym tells which
        ("Kenya's Daniel Kiprono beat Ethiopia's Abebe Tola on Sunday. Kiprono, 27, and Tola, 31, ran bests.",
         "Kenya's Daniel Kiprono beat Ethiopia's Abebe Tola on Sunday. The Kenyan, 29, and the Ethiopian, 31, "
         "hugged at the finish."),
    ],
)
def test_an_age_told_by_its_persons_noun_is_that_persons(error_kinds, first, second):
    assert "value-conflict" in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Kenya's Daniel Kiprono beat Ethiopia's Abebe Tola on Sunday. Kiprono, 27, and Tola, 31, ran bests.",
         "Daniel Kiprono beat Abebe Tola on Sunday. The Kenyan, 27, and the Ethiopian, 31, hugged at the finish."),
        ("Kenya's Daniel Kiprono won the Varna marathon on Sunday. Kiprono, 27, pulled clear at 30 km.",
         "Daniel Kiprono won the Varna marathon on Sunday. The 27-year-old made his move, leaving Evans Mutai, 31, "
         "behind."),
        ("Lena Berg won the 1,500 metres in Oslo on Friday. Berg, 24, was delighted.",
         "Lena Berg won in Oslo on Friday. In the 1,500-metre race, 28 runners took part."),
    ],
)
def test_ages_of_others_are_not_set_against_the_persons(error_kinds, first, second):
    assert "value-conflict" not in error_kinds(first, second)
