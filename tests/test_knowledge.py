"""The knowledge base: office holders, aliases, entity types, user files."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

import consistency
from consistency.knowledge import builtin, load_knowledge
from consistency.parse.names import entities

D = dt.date
KB = builtin()


@pytest.mark.parametrize(
    ("office", "day", "expected"),
    [
        ("US president", D(2025, 2, 24), ["Donald Trump"]),
        ("US president", D(2024, 6, 1), ["Joe Biden"]),
        ("US president", D(2025, 1, 19), ["Joe Biden"]),
        ("US president", D(2025, 1, 20), ["Donald Trump"]),  # the incoming holder on handover day
        ("US president", D(2019, 1, 1), ["Donald Trump"]),
        ("US president", D(2010, 1, 1), ["Barack Obama"]),
        ("US president", D(2001, 6, 1), ["George W. Bush"]),
        ("us President", D(2026, 11, 23), ["Donald Trump"]),  # office ids are case-insensitive
        ("US vice president", D(2025, 3, 1), ["JD Vance"]),
        ("US secretary of state", D(2025, 2, 18), ["Marco Rubio"]),
        ("US secretary of state", D(2023, 1, 1), ["Antony Blinken"]),
        ("US secretary of the treasury", D(2025, 2, 18), ["Scott Bessent"]),
        ("US secretary of the treasury", D(2022, 1, 1), ["Janet Yellen"]),
        ("UK prime minister", D(2024, 7, 4), ["Rishi Sunak"]),
        ("UK prime minister", D(2024, 7, 5), ["Keir Starmer"]),
        ("UK prime minister", D(2022, 10, 1), ["Liz Truss"]),
        ("UK monarch", D(2022, 9, 7), ["Elizabeth II"]),
        ("UK monarch", D(2023, 5, 6), ["Charles III"]),
        ("French president", D(2016, 1, 1), ["François Hollande"]),
        ("French president", D(2025, 2, 24), ["Emmanuel Macron"]),
        ("French prime minister", D(2025, 2, 24), ["François Bayrou"]),
        ("German chancellor", D(2025, 2, 25), ["Olaf Scholz"]),
        ("German chancellor", D(2025, 6, 1), ["Friedrich Merz"]),
        ("German chancellor", D(2010, 1, 1), ["Angela Merkel"]),
        ("German president", D(2025, 2, 25), ["Frank-Walter Steinmeier"]),
        ("Russian president", D(2010, 1, 1), ["Dmitry Medvedev"]),
        ("Russian president", D(2025, 2, 24), ["Vladimir Putin"]),
        ("Russian prime minister", D(2010, 1, 1), ["Vladimir Putin"]),
        ("Russian prime minister", D(2025, 2, 24), ["Mikhail Mishustin"]),
        ("Ukrainian president", D(2025, 2, 24), ["Volodymyr Zelensky"]),
        ("Ukrainian president", D(2015, 1, 1), ["Petro Poroshenko"]),
        ("Ukrainian prime minister", D(2025, 2, 24), ["Denys Shmyhal"]),
        ("Ukrainian prime minister", D(2025, 8, 1), ["Yulia Svyrydenko"]),
        ("Chinese president", D(2025, 2, 24), ["Xi Jinping"]),
        ("Chinese president", D(2005, 1, 1), ["Hu Jintao"]),
        ("Chinese premier", D(2024, 1, 1), ["Li Qiang"]),
        ("Chinese premier", D(2020, 1, 1), ["Li Keqiang"]),
        ("Chinese Communist Party general secretary", D(2020, 1, 1), ["Xi Jinping"]),
        ("US president", D(1950, 1, 1), []),  # before the table starts
        ("Martian president", D(2025, 1, 1), []),
    ],
)
def test_holders(office: str, day: dt.date, expected: list[str]) -> None:
    assert KB.holders(office, day) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Trump", [("US president", D(2017, 1, 20), D(2021, 1, 20)), ("US president", D(2025, 1, 20), None)]),
        ("Joe Biden", [("US vice president", D(2009, 1, 20), D(2017, 1, 20)), ("US president", D(2021, 1, 20), D(2025, 1, 20))]),
        ("Zelenskiy", [("Ukrainian president", D(2019, 5, 20), None)]),
        ("Marco Rubio", [("US secretary of state", D(2025, 1, 21), None)]),
        ("James Cowan", []),
    ],
)
def test_terms(name: str, expected: list[tuple]) -> None:
    assert KB.terms_of(name) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Zelensky", "Volodymyr Zelensky"),
        ("Zelenskyy", "Volodymyr Zelensky"),
        ("Zelenskiy", "Volodymyr Zelensky"),
        ("Zelenskii", "Volodymyr Zelensky"),
        ("Volodymyr Zelensky", "Volodymyr Zelensky"),
        ("Putin", "Vladimir Putin"),
        ("Xi", "Xi Jinping"),
        ("Xi Jinping", "Xi Jinping"),
        ("Macron", "Emmanuel Macron"),
        ("Scholz", "Olaf Scholz"),
        ("Merz", "Friedrich Merz"),
        ("Starmer", "Keir Starmer"),
        ("Biden", "Joe Biden"),
        ("Joseph R. Biden", "Joe Biden"),
        ("Donald J. Trump", "Donald Trump"),
        ("Antonio Costa", "António Costa"),
        ("Kiev", "Kyiv"),
        ("U.S.", "United States"),
        ("US", "United States"),
        ("America", "United States"),
        ("UK", "United Kingdom"),
        ("Britain", "United Kingdom"),
        ("EU", "European Union"),
        ("the Kremlin", "Kremlin"),
        ("The White House", "White House"),
        ("NATO", "North Atlantic Treaty Organization"),
        ("IEA", "International Energy Agency"),
        ("USGS", "United States Geological Survey"),
        ("nobody in particular", None),
        ("", None),
    ],
)
def test_canonical_name(name: str, expected: str | None) -> None:
    assert KB.canonical_name(name) == expected


@pytest.mark.parametrize(
    ("canonical", "expected"),
    [
        ("Vladimir Putin", "person"),
        ("Kremlin", "organisation"),
        ("European Union", "organisation"),
        ("Kyiv", "place"),
        ("United States", "place"),
        ("Atlantis", None),
    ],
)
def test_entity_type(canonical: str, expected: str | None) -> None:
    assert KB.entity_type(canonical) == expected


def test_offices_and_metonyms() -> None:
    assert KB.office_for("Russia", "president") == "Russian president"
    assert KB.office_for("United States", "secretary of state") == "US secretary of state"
    assert KB.office_for("Spain", "prime minister") is None
    assert KB.metonym_office("Kremlin") == "Russian president"
    assert KB.metonym_office("White House") == "US president"
    assert KB.country_of_demonym("French") == "France"
    assert KB.country_of_demonym("U.S.") == "United States"


def test_every_holder_office_is_defined() -> None:
    offices = {office for person in KB.people for office, _, _ in KB.terms_of(person)}
    assert offices and {o for o in offices if KB.office_info(o) is None} == set()


def test_terms_are_well_formed() -> None:
    for person in KB.people:
        for office, start, end in KB.terms_of(person):
            assert end is None or start < end, (person, office, start, end)


@pytest.mark.parametrize(
    "office",
    ["US president", "UK prime minister", "French president", "Russian president", "German chancellor", "Chinese president"],
)
def test_one_holder_every_day_since_2000(office: str) -> None:
    day = D(2000, 6, 1)
    while day <= D(2026, 11, 23):
        assert len(KB.holders(office, day)) == 1, (office, day)
        day += dt.timedelta(days=7)


@pytest.fixture
def user_dir(tmp_path: Path) -> Path:
    (tmp_path / "offices.csv").write_text(
        "office,body,role,kind\nArgentine president,Argentina,president,head of state\n", encoding="utf-8"
    )
    (tmp_path / "office_holders.csv").write_text(
        "office,holder,start,end\nArgentine president,Javier Milei,2023-12-10,\n", encoding="utf-8"
    )
    (tmp_path / "aliases.csv").write_text("canonical,alias\nJavier Milei,Milei\n", encoding="utf-8")
    (tmp_path / "entities.csv").write_text("canonical,type,office\nCasa Rosada,organisation,Argentine president\n", encoding="utf-8")
    return tmp_path


def test_user_knowledge_adds_to_the_shipped_tables(user_dir: Path) -> None:
    mine = load_knowledge(user_dir)
    assert mine.holders("Argentine president", D(2024, 5, 1)) == ["Javier Milei"]
    assert mine.canonical_name("Milei") == "Javier Milei"
    assert mine.metonym_office("Casa Rosada") == "Argentine president"
    assert mine.holders("US president", D(2024, 5, 1)) == ["Joe Biden"]  # shipped rows still there
    found = entities.find("The Milei administration cut spending.", D(2024, 5, 1), mine)
    assert [(m.text, m.role, m.canonical, m.office) for m in found] == [
        ("Milei administration", "office", "Javier Milei", "Argentine president")
    ]
    assert KB.holders("Argentine president", D(2024, 5, 1)) == []  # the built-in value is untouched
    plain = entities.find("The Milei administration cut spending.", D(2024, 5, 1))
    assert [(m.text, m.role, m.canonical, m.office) for m in plain] == [("Milei", None, "Milei", None)]


def test_knowledge_bases_are_values(user_dir: Path) -> None:
    assert load_knowledge() is builtin()
    again = load_knowledge(user_dir)
    assert again == load_knowledge(user_dir) and hash(again) == hash(load_knowledge(user_dir))
    assert again != builtin()
    with pytest.raises(dataclasses.FrozenInstanceError):
        again.aliases = {}  # type: ignore[misc]
    with pytest.raises(TypeError):
        again.aliases["milei"] = "someone else"  # type: ignore[index]


def test_mentions_read_names_by_the_knowledge_given(user_dir: Path) -> None:
    text = "President Milei met the press at the Casa Rosada."
    people = {(m.text, m.canonical) for m in consistency.mentions(text, D(2024, 5, 1)) if m.kind == "entity"}
    mine = load_knowledge(user_dir)
    theirs = {(m.text, m.canonical) for m in consistency.mentions(text, D(2024, 5, 1), knowledge=mine) if m.kind == "entity"}
    assert ("Milei", "Javier Milei") in theirs and ("Milei", "Javier Milei") not in people
    assert {(m.text, m.canonical) for m in consistency.mentions(text, D(2024, 5, 1)) if m.kind == "entity"} == people


def test_user_knowledge_errors_name_the_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "office_holders.csv").write_text(
        "office,holder,start,end\nUS president,Someone,2030-13-01,\n", encoding="utf-8"
    )
    with pytest.raises(ValueError, match=r"office_holders\.csv, line 2"):
        load_knowledge(tmp_path)
    assert KB.holders("US president", D(2025, 2, 1)) == ["Donald Trump"]
    with pytest.raises(FileNotFoundError):
        load_knowledge(tmp_path / "missing")


def _argentine_desk(folder: Path) -> Path:
    folder.mkdir()
    (folder / "offices.csv").write_text(
        "office,body,role,kind\nArgentine president,Argentina,president,head of state\n", encoding="utf-8"
    )
    (folder / "office_holders.csv").write_text(
        "office,holder,start,end\n"
        "Argentine president,Alberto Fernández,2019-12-10,2023-12-10\n"
        "Argentine president,Javier Milei,2023-12-10,\n",
        encoding="utf-8",
    )
    return folder


def test_two_checks_in_one_process_keep_their_own_knowledge(tmp_path: Path) -> None:
    story = tmp_path / "story"
    story.mkdir()
    (story / "budget.md").write_text(
        "---\ndate: 2022-05-01\n---\nArgentine President Javier Milei announced a new budget for the provinces.\n",
        encoding="utf-8",
    )
    desk = load_knowledge(_argentine_desk(tmp_path / "desk"))

    def anachronisms(**options) -> list[str]:
        report = consistency.check([str(story)], **options)
        return [d.summary for d in report.discrepancies if d.kind == "anachronism"]

    with_desk = anachronisms(knowledge=desk)
    assert with_desk == [
        "Argentine President Javier Milei: Javier Milei was not Argentine president on 2022-05-01 (Alberto Fernández was)"
    ]
    assert anachronisms() == []  # the built-in knowledge knows no Argentine president
    assert anachronisms(knowledge=desk) == with_desk
    assert anachronisms() == []


@pytest.mark.parametrize(
    ("inner", "outer", "within"),
    [
        ("Milan", "Italy", True),
        ("Seattle", "United States", True),  # through the state
        ("London", "United Kingdom", True),  # through England
        ("Beijing", "Asia", True),
        ("Italy", "Milan", False),  # a country is not within its city
        ("Beijing", "Thailand", False),
        ("Tehran", "Middle East", False),  # a region that overlaps others contains nothing here
        ("Reuver", "Netherlands", False),  # a place the tables do not know
        ("Milan", "Milan", True),
    ],
)
def test_place_within(inner: str, outer: str, within: bool) -> None:
    assert KB.place_within(inner, outer) is within


def test_a_desk_adds_the_places_it_reports_from(tmp_path: Path) -> None:
    (tmp_path / "places.csv").write_text("place,within\nReuver,Netherlands\n", encoding="utf-8")
    mine = load_knowledge(tmp_path)
    assert mine.places_around("Reuver") == ("Reuver", "Netherlands", "Europe")
    assert mine.place_within("Reuver", "Europe") and not KB.place_within("Reuver", "Europe")
