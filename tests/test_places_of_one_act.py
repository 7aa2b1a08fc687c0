"""The place of one act of a story given differently: where a thing was made ("made in" / "manufactured in"),
where it was sold at auction, the court that convicted ("found guilty at") or sentenced someone ("jailed at",
"sentenced at", "sent to prison at", or the court opening the sentence: "At Ipswich Crown Court on Friday, he was
jailed"), the hospital city the injured were flown to ("airlifted", "flown"). And the look-alikes: two acts at two places (made in one country,
sold in another; tried at one court, held at a prison), a place within the other, one report naming both places,
a past act at another place, the same act done to another person, and many places where the dead of a story died."""

from __future__ import annotations

import pytest

from tests.test_time_frames import rows


def _entity_rows(tmp_path, first: tuple[str, str], second: tuple[str, str]) -> set[tuple[str, ...]]:
    return {texts for kind, texts in rows(tmp_path, {"a": first, "b": second}) if kind == "entity-conflict"}


ONE_ACT_TWO_PLACES = [
    (  # business: a slot word and its synonym, one in a relative clause
        ("2026-03-02", "The Velo 3 kettles, which were made in China, went on sale in March."),
        ("2026-03-03", "The Velo 3 kettles were manufactured in Vietnam, the importer said."),
        ("China", "Vietnam"),
    ),
    (  # sport: the same, other nouns
        ("2026-07-02", "The team's Corsa R2 frames were manufactured in Taiwan by a subcontractor."),
        ("2026-07-03", "The Corsa R2 frames were made in Portugal, the team's mechanic said."),
        ("Taiwan", "Portugal"),
    ),
    (  # culture: the slot word before "in" ("at auction in"), a pronoun subject
        ("2026-05-20", "The bronze sculpture was sold at auction in Vienna in 2021 for €90,000."),
        ("2026-05-21", "It was sold at auction in Berlin in 2021, and its buyer later lent it to a museum."),
        ("Vienna", "Berlin"),
    ),
    (  # courts: two words of one act
        ("2026-03-13", "Piet Armand was jailed at Norwich Crown Court for six years."),
        ("2026-03-14", "Piet Armand was sentenced at Ipswich Crown Court on Friday."),
        ("Norwich Crown Court", "Ipswich Crown Court"),
    ),
    (  # courts: the court opens the sentence, before what was done there
        ("2026-03-13", "At Norwich Crown Court on Friday, Piet Armand was jailed for six years."),
        ("2026-03-14", "Piet Armand was sentenced at Ipswich Crown Court to six years."),
        ("Norwich Crown Court", "Ipswich Crown Court"),
    ),
    (  # courts: the act in several words ("sent to prison")
        ("2026-09-04", "Nadia Rusk, 44, was sent to prison at Exeter Crown Court for four years."),
        ("2026-09-05", "Nadia Rusk was jailed at Truro Crown Court for four years on Thursday."),
        ("Exeter Crown Court", "Truro Crown Court"),
    ),
    (  # the participle opens the sentence
        ("2026-08-01", "Made in Italy, the Vespa GT scooters were sold in 40 countries."),
        ("2026-08-02", "The Vespa GT scooters were made in Spain, the importer said."),
        ("Italy", "Spain"),
    ),
    (  # courts: the conviction, one said in two words ("found guilty")
        ("2026-03-02", "Mara Quist was convicted at Carlisle Crown Court of fraud."),
        ("2026-03-03", "Mara Quist was found guilty at Preston Crown Court of fraud on Friday."),
        ("Carlisle Crown Court", "Preston Crown Court"),
    ),
    (  # courts: a weekday between the act and its court dates the act, and is no other name
        ("2026-03-13", "Piet Armand was sentenced on Friday at Norwich Crown Court."),
        ("2026-03-14", "Piet Armand was jailed at Ipswich Crown Court for six years."),
        ("Norwich Crown Court", "Ipswich Crown Court"),
    ),
    (  # disasters: the same, a weekday before the hospital city
        ("2026-02-10", "The two climbers were airlifted on Sunday to hospital in Grenoble."),
        ("2026-02-11", "The two injured climbers were flown to hospital in Lyon."),
        ("Grenoble", "Lyon"),
    ),
    (  # disasters: the hospital city of the injured, told in two verbs
        ("2026-02-10", "The two climbers were airlifted to hospital in Grenoble, rescuers said."),
        ("2026-02-11", "The injured climbers were flown to hospital in Lyon."),
        ("Grenoble", "Lyon"),
    ),
]


@pytest.mark.parametrize(("first", "second", "names"), ONE_ACT_TWO_PLACES)
def test_one_act_at_two_places_conflicts(tmp_path, first, second, names):
    assert names in _entity_rows(tmp_path, first, second)


NOT_ONE_ACT = [
    (  # made in one country, sold in others: a thing is sold in many places
        ("2026-03-02", "The Velo 3 kettles were made in China and sold in Britain."),
        ("2026-03-03", "The Velo 3 kettles were sold in Ireland, the importer said."),
    ),
    (  # two acts at two places
        ("2026-03-02", "The Velo 3 kettles were made in China."),
        ("2026-03-03", "The Velo 3 kettles were sold in Britain from September."),
    ),
    (  # a place within the other
        ("2026-03-02", "The Velo 3 kettles were made in Shenzhen."),
        ("2026-03-03", "The Velo 3 kettles were manufactured in China."),
    ),
    (  # one report names both places
        ("2026-03-02", "The Velo 3 kettles were made in China."),
        ("2026-03-03", "The Velo 3 kettles were manufactured in Vietnam; earlier batches came from China."),
    ),
    (  # tried at one court, held at a prison
        ("2026-03-13", "Piet Armand was tried at Norwich Crown Court."),
        ("2026-03-14", "Piet Armand is being held at Wayland prison."),
    ),
    (  # flown to one city, moved later to another
        ("2026-02-10", "The injured climbers were flown to Innsbruck."),
        ("2026-02-11", "The injured climbers were flown to Innsbruck and later moved to Vienna."),
    ),
    (  # a past sale at another place
        ("2026-05-20", "The sculpture was sold at auction in Vienna in 2021 for €90,000."),
        ("2026-05-21", "The sculpture was sold at auction in Berlin in 1998, and again in 2021."),
    ),
    (  # convicted at one court, sentenced at another: two acts
        ("2026-05-02", "Mara Quist was convicted at Carlisle Magistrates' Court in May."),
        ("2026-06-03", "Mara Quist was sentenced at Carlisle Crown Court in June."),
    ),
    (  # the same act done to another person, named after a possessive
        ("2026-03-02", "Mara Quist was convicted of fraud at Carlisle Crown Court."),
        ("2026-03-03", "Her husband, Tom Quist, was convicted of fraud at Preston Crown Court."),
    ),
    (  # the same act done to another person
        ("2026-03-13", "Piet Armand was jailed at Norwich Crown Court for six years."),
        ("2026-03-14", "His brother Karl Dunne was sentenced at Ipswich Crown Court on Friday."),
    ),
    (  # a place opening the sentence, where the slot named after it has a name of its own
        ("2026-03-02", "In Leeds, trading standards officers said the Velo 3 kettles were made in China."),
        ("2026-03-03", "The Velo 3 kettles were made in China, trading standards officers in Bristol said."),
    ),
    (  # "made" with its object between is another act: a debut, a fortune
        ("2026-04-02", "Tom Hale made his debut in Madrid in 2019."),
        ("2026-04-03", "Tom Hale made his fortune in London in 2019."),
    ),
    (  # business: a profit and a loss made in two countries
        ("2026-04-02", "Halden made a profit in Germany last year."),
        ("2026-04-03", "Halden made a loss in France last year."),
    ),
    (  # the passive said of two things: a decision, a film
        ("2026-04-02", "The decision was made in Brussels, officials said."),
        ("2026-04-03", "The film was made in Vancouver over six weeks."),
    ),
    (  # disasters: the injured flown to two cities, said of two groups
        ("2026-02-10", "The two injured men were airlifted to hospital in Grenoble."),
        ("2026-02-11", "A third climber was flown to hospital in Lyon."),
    ),
    (  # what was done to a person is no calling: "treated at" a hospital is not working there
        ("2026-06-01", "Lena Holt was treated at Tarvo General Hospital for burns."),
        ("2026-06-02", "Lena Holt, a nurse at Brenna Hospital, was treated for burns."),
    ),
]


@pytest.mark.parametrize(("first", "second"), NOT_ONE_ACT)
def test_other_acts_and_places_do_not_conflict(tmp_path, first, second):
    assert not _entity_rows(tmp_path, first, second)


def test_the_place_of_one_act_pairs_reports_that_all_use_its_word(tmp_path):
    """Every report of a recall says where the thing was made: the word is the story's, and still pairs them."""
    found = rows(tmp_path, {
        "a": ("2026-03-02", "Halden recalled 40,000 Brio blenders, which were made in China, on Monday."),
        "b": ("2026-03-02", "The Brio blenders were made in China and sold online, the regulator said."),
        "c": ("2026-03-03", "Halden said the Brio blenders, made in China, could overheat."),
        "d": ("2026-03-04", "The Brio blenders were manufactured in Thailand, according to customs records."),
    })
    assert any(kind == "entity-conflict" and "Thailand" in texts and "China" in texts for kind, texts in found)


def test_the_dead_of_a_story_died_in_many_places(tmp_path):
    """Every report says where people died: the places of a story's dead are many, none of them the one place."""
    found = rows(tmp_path, {
        "a": ("2026-10-14", "Two people died in Carrow county when a tree fell on their car."),
        "b": ("2026-10-14", "Two people died in Carrow county, police said."),
        "c": ("2026-10-15", "The storm killed two people in Linmouth."),
        "d": ("2026-10-15", "Four people have died in the storm, two in Linmouth and two in Carrow county."),
    })
    assert not {texts for kind, texts in found if kind == "entity-conflict"}


def test_a_calling_at_an_organisation_is_still_where_someone_works(tmp_path):
    found = _entity_rows(
        tmp_path,
        ("2026-06-01", "Dr Lena Holt, a surgeon at Tarvo General Hospital, said the ward was full."),
        ("2026-06-02", "Dr Lena Holt, a surgeon at Brenna Hospital, said the ward was full."),
    )
    assert found
