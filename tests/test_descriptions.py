"""What a sentence says a person is (rules.descriptions): calling, party, employer, on sentences written for these tests."""

from __future__ import annotations

import pytest

from consistency.documents import load
from consistency.engine import context
from consistency.rules.descriptions import employers_of, occupations_of, one_person, parties_of


def _claims(tmp_path, text: str, name: str = "a"):
    (tmp_path / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
    documents, _ = load([str(tmp_path / f"{name}.txt")])
    return [c for c in context(documents, [], None).claims if c.mention.kind == "entity"]


def _person(claims, surname: str):
    return next(c for c in claims if c.mention.text.endswith(surname))


CALLINGS = [
    # (sentence, surname, callings read in lower case, past tense)
    ("Dana Whitfield is an American fashion model and television personality.", "Whitfield",
     ["fashion model", "television personality"], False),
    ("Dana Whitfield (born 4 June 1990) was a Welsh cyclist.", "Whitfield", ["cyclist"], True),
    ("Police named the victim as Colm Brennock, 41, a nurse at the county hospital.", "Brennock", ["nurse"], False),
    ("The crash killed teacher Colm Brennock on Friday.", "Brennock", ["teacher"], False),
    ("Dana Whitfield is a footballer turned politician.", "Whitfield", ["politician"], False),
    ("Dana Whitfield, a former nurse, spoke.", "Whitfield", [], False),
    ("Dana Whitfield is an aspiring actress.", "Whitfield", [], False),
    ("Dana Whitfield is not a doctor.", "Whitfield", [], False),
    ("Dana Whitfield is a role model for girls.", "Whitfield", [], False),
    ("Dana Whitfield is a lawyer for the senator.", "Whitfield", ["lawyer"], False),
    # the driver of the car is a part in the crash, not a calling; "is a driver" says what she does
    ("The driver, Dana Whitfield, was unhurt. Dana Whitfield, the driver, was unhurt.", "Whitfield", [], False),
    ("Dana Whitfield is a driver.", "Whitfield", ["driver"], False),
]


@pytest.mark.parametrize(("text", "surname", "callings", "past"), CALLINGS)
def test_occupations_of(tmp_path, text, surname, callings, past):
    claims = [c for c in _claims(tmp_path, text) if c.mention.text.endswith(surname)]
    read = [occupations_of(c) for c in claims]
    found = [f.lower() for forms, _ in read for f in forms]
    assert found == callings
    if callings:
        assert all(p == past for forms, p in read if forms)


PARTIES = [
    ("Republican Senator Dana Whitfield voted no.", "Whitfield", ["Republican"]),
    ("Democratic Sen. Dana Whitfield voted no.", "Whitfield", ["Democratic"]),
    ("Dana Whitfield (D-Ohio) voted no.", "Whitfield", ["D"]),
    ("Dana Whitfield, a Labour MP, voted no.", "Whitfield", ["Labour"]),
    ("Dana Whitfield is a member of the Green Party.", "Whitfield", ["Green Party"]),
    ("The Green Party's Dana Whitfield voted no.", "Whitfield", ["Green Party"]),
    ("Former Labour MP Dana Whitfield voted no.", "Whitfield", []),
    ("Dana Whitfield, a Labour Ministry official, spoke.", "Whitfield", []),
    ("Dana Whitfield, a critic of the Labour Party, spoke.", "Whitfield", []),
    ("Democrats and Dana Whitfield voted no.", "Whitfield", []),
    ("Conservative commentators praised Dana Whitfield.", "Whitfield", []),
    ("Dana Whitfield, a Democratic Republic of Congo official, spoke.", "Whitfield", []),
]


@pytest.mark.parametrize(("text", "surname", "parties"), PARTIES)
def test_parties_of(tmp_path, text, surname, parties):
    person = _person(_claims(tmp_path, text), surname)
    assert [p.removesuffix("'s") for p in parties_of(person)[0]] == parties


EMPLOYERS = [
    ("Ilse Varro, a Siemens engineer, was arrested.", "Varro", ["Siemens"]),
    ("Ilse Varro is the Feyenoord striker.", "Varro", ["Feyenoord"]),
    ("On Sunday, Ajax striker Ilse Varro scored twice.", "Varro", ["Ajax"]),
    ("Ilse Varro, a former Siemens engineer, was arrested.", "Varro", []),
    ("Ilse Varro, a Siemens shareholder, was arrested.", "Varro", []),
]


AFFILIATIONS = [
    # (sentence, surname, organisations read): where someone works or studies, in the forms news gives it
    ("Tomasz Wierzbicki of Jagiellonian University said the data were clear.", "Wierzbicki", ["Jagiellonian University"]),
    ("Nkechi Adeyemi, a senior lecturer in public health at the University of Ghana, led the survey.", "Adeyemi",
     ["University of Ghana"]),
    ("Aiko Matsuda, an economist with Mizuho Bank, expects a cut.", "Matsuda", ["Mizuho Bank"]),
    ("Leilani Kahale, who heads Stanford University's sleep clinic, was not involved.", "Kahale", ["Stanford University"]),
    ("Tarmo Kivisild, who teaches at Tartu University, wrote the report.", "Kivisild", ["Tartu University"]),
    ("Oxford University's Ayodele Bankole said the vaccine worked.", "Bankole", ["Oxford University"]),
    # a past place of work, a move, a home town and a co-worker's place are not the person's
    ("Nkechi Adeyemi, formerly of Lagos Business School, spoke.", "Adeyemi", []),
    ("Nkechi Adeyemi, who joined Ashesi University from the University of Ghana, spoke.", "Adeyemi", []),
    ("Nkechi Adeyemi, a former analyst at Mizuho Bank, spoke.", "Adeyemi", []),
    ("Nkechi Adeyemi, of Kumasi, was hurt.", "Adeyemi", []),
    ("Nkechi Adeyemi and Tarmo Kivisild of Tartu University wrote the report.", "Adeyemi", []),
    ("Nkechi Adeyemi, who studied at Yale University, spoke.", "Adeyemi", []),
]


@pytest.mark.parametrize(("text", "surname", "employers"), EMPLOYERS + AFFILIATIONS)
def test_employers_of(tmp_path, text, surname, employers):
    claims = _claims(tmp_path, text)
    person = _person(claims, surname)
    in_sentence = [c for c in claims if c is not person and c.sentence.start == person.sentence.start]
    assert employers_of(person, in_sentence)[0] == employers


def test_one_person_by_a_fuller_name(tmp_path):
    """A fuller name is one person with the shorter when each sentence writes the other's words."""
    a = _person(_claims(tmp_path, "Tamsin Ellery Hartwell (born 1996) is a model.", "a"), "Hartwell")
    b = _person(_claims(tmp_path, "Tamsin Hartwell is a racing driver.", "b"), "Hartwell")
    c = _person(_claims(tmp_path, "Joss Hartwell is a racing driver.", "c"), "Hartwell")
    assert one_person(a, b)
    assert not one_person(a, c)
