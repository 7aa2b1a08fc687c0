"""Claims: what a figure, date or office holder in a sentence is about — its measure, owner, time and slot."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.claim_building import agent_verb
from consistency.engine import claims

D = dt.date
PUBLISHED = "2024-03-13"  # a Wednesday


def claims_in(tmp_path, text: str, published: str | None = PUBLISHED):
    header = f"---\ndate: {published}\n---\n\n" if published else ""
    (tmp_path / "story.md").write_text(header + text + "\n", encoding="utf-8")
    return claims(tmp_path)


def the_claim(tmp_path, text: str, phrase: str):
    found = [c for c in claims_in(tmp_path, text) if c.mention.text == phrase]
    assert len(found) == 1, (phrase, [c.mention.text for c in claims_in(tmp_path, text)])
    return found[0]


# killed / dead / death toll / fatalities / died: one measure, deaths
DEATHS = [
    ("The quake killed 112 people.", "112 people"),
    ("The death toll rose to 112.", "112"),
    ("112 people died in the quake.", "112 people"),
    ("There were 112 fatalities.", "112 fatalities"),
    ("At least 112 dead were counted.", "112 dead"),
]


@pytest.mark.parametrize(("text", "phrase"), DEATHS)
def test_ways_of_saying_deaths_share_one_measure(tmp_path, text, phrase):
    assert "death" in the_claim(tmp_path, text, phrase).attribute


def test_the_injured_are_not_deaths(tmp_path):
    assert "death" not in the_claim(tmp_path, "The quake injured 40 people.", "40 people").attribute


# (sentence, figure, the word it counts)
HEADS = [
    ("Kessel Airways carried 18.7 million passengers in 2023.", "18.7 million passengers", "passenger"),
    ("There were 112 fatalities.", "112 fatalities", "death"),
    ("The aircraft carried 12 crew and 230 passengers.", "12", "crew"),
    ("The aircraft carried 12 crew and 230 passengers.", "230 passengers", "passenger"),
]


@pytest.mark.parametrize(("text", "phrase", "head"), HEADS)
def test_a_figure_counts_its_noun(tmp_path, text, phrase, head):
    assert the_claim(tmp_path, text, phrase).head == head


# (sentence, a part's count, its whole's): "six of its 11 carriages" counts carriages as the 11 does
PARTS_BEFORE_WHOLES = [
    ("Seven of its 12 members were absent.", "Seven", "12"),
    ("Five of the coach's 40 windows were broken.", "Five", "40"),
]


@pytest.mark.parametrize(("text", "part", "whole"), PARTS_BEFORE_WHOLES)
def test_a_part_counts_what_its_whole_after_it_counts(tmp_path, text, part, whole):
    found = the_claim(tmp_path, text, part)
    assert found.head is not None and found.head == the_claim(tmp_path, text, whole).head
    assert "part of" in found.frame.qualifiers


def test_figures_listed_together_carry_their_sum(tmp_path):
    text = "The aircraft carried 12 crew and 230 passengers."
    for phrase in ("12", "230 passengers"):
        assert the_claim(tmp_path, text, phrase).parts_total == (241.5, 242.5)


# (sentence, a share in it): each share is of a whole of its own, so they add up to nothing
SHARES_OF_TWO_WHOLES = [
    ("Nausea occurred in 8.4% of patients on the new pill and 2.1% of those on the old one.", "8.4%"),
    ("The rash was seen in 14% of children given the vaccine and 3% of adults given it, the agency said.", "3%"),
]


@pytest.mark.parametrize(("text", "phrase"), SHARES_OF_TWO_WHOLES)
def test_shares_of_two_wholes_are_no_parts(tmp_path, text, phrase):
    assert the_claim(tmp_path, text, phrase).parts_total is None


def test_shares_of_one_whole_are_parts(tmp_path):
    text = "The two parties took 41% and 37% of the vote."
    assert the_claim(tmp_path, text, "41%").parts_total == (77.5, 78.5)


# (sentence, figure, the entity that owns it)
OWNERS = [
    ("Kessel Airways carried 18.7 million passengers in 2023.", "18.7 million passengers", "Kessel Airways"),
    ("China refines 85% of rare earths.", "85%", "China"),
    ("President Emmanuel Macron said the deficit would fall to 2.7% of output.", "2.7%", "Emmanuel Macron"),
]


@pytest.mark.parametrize(("text", "phrase", "owner"), OWNERS)
def test_a_figure_belongs_to_the_entity_of_its_sentence(tmp_path, text, phrase, owner):
    assert owner in the_claim(tmp_path, text, phrase).subject


@pytest.mark.xfail(strict=True, reason="the owner is not carried from the previous sentence ('It carried ...')")
def test_a_pronoun_takes_the_owner_of_the_previous_sentence(tmp_path):
    text = "Brant Air is a regional airline. It carried 12.1 million passengers last year."
    assert "Brant Air" in the_claim(tmp_path, text, "12.1 million passengers").subject


def test_a_figure_without_an_entity_has_no_owner(tmp_path):
    assert the_claim(tmp_path, "The offer was worth $15 billion in cash.", "$15 billion").subject == ()


# (sentence, figure, first and last day it speaks for), published on 2024-03-13
TIMES = [
    ("Kessel Airways carried 18.7 million passengers in 2023.", "18.7 million passengers", (D(2023, 1, 1), D(2023, 12, 31))),
    ("Brant Air carried 12.1 million passengers last year.", "12.1 million passengers", (D(2023, 1, 1), D(2023, 12, 31))),
    ("Output fell 9% in the first quarter of 2024.", "9%", (D(2024, 1, 1), D(2024, 3, 31))),
    ("The council approved $48.6 million for the bridge on Monday.", "$48.6 million", (D(2024, 3, 11), D(2024, 3, 11))),
    ("The bridge opened on 5 September 2019.", "5 September 2019", (D(2019, 9, 5), D(2019, 9, 5))),
    ("The offer was worth $15 billion in cash.", "$15 billion", None),
]


@pytest.mark.parametrize(("text", "phrase", "time"), TIMES)
def test_a_claim_speaks_for_the_time_its_sentence_names(tmp_path, text, phrase, time):
    assert the_claim(tmp_path, text, phrase).time == time


# (sentence, office-holder phrase, the office, the holder)
OFFICES = [
    ("President Emmanuel Macron opened the port.", "President Emmanuel Macron", "French president", "Emmanuel Macron"),
    ("The Trump administration rejected the offer.", "Trump administration", "US president", "Donald Trump"),
    ("Kremlin spokesman Dmitry Peskov spoke to reporters.", "Kremlin spokesman Dmitry Peskov", "Kremlin spokesman",
     "Dmitry Peskov"),
]


@pytest.mark.parametrize(("text", "phrase", "office", "holder"), OFFICES)
def test_an_office_holder_fills_the_slot_of_the_office(tmp_path, text, phrase, office, holder):
    claim = the_claim(tmp_path, text, phrase)
    assert (claim.slot, claim.mention.canonical) == (office, holder)


def test_a_name_alone_holds_no_office(tmp_path):
    assert the_claim(tmp_path, "Emmanuel Macron opened the port.", "Emmanuel Macron").slot is None


def test_the_public_claims_is_the_function():
    import consistency.engine

    assert consistency.claims is consistency.engine.claims


@pytest.mark.parametrize(
    ("after", "verb"),
    [
        (" produced the series.", "produced"),
        (" narrowly won the seat.", "won"),  # an adverb in -ly
        (" first reached the summit.", "reached"),  # an adverb the data file names
        (" wrote the report.", "written"),  # an irregular past, as its passive writes it
        (" never wrote the report.", None),  # a negation is no adverb
        (" candidate won the seat.", None),  # a noun before the verb: the name is not the one who won
        (" was produced by Pixar.", None),
        (" born in Ghent.", None),
    ],
)
def test_the_verb_a_name_does(after, verb):
    assert agent_verb(after) == verb
