"""One thing of a kind that one report names alone, where two or more others name another of that kind for the
same fact and none names both: "the Kestle run" against "the Harrow Gill run" twice."""

from __future__ import annotations

_DAY = "2026-01-14"


def test_a_run_named_by_one_report_alone_conflicts(dated_errors):
    found = dated_errors(
        (_DAY, "A slab avalanche swept across the Harrow Gill run at Vallorbe on Tuesday, burying six skiers. "
         "The run had reopened that morning."),
        (_DAY, "Six skiers were buried when the avalanche crossed the Kestle run, a blue piste that had reopened "
         "after two days of snow."),
        (_DAY, "Patrollers said the Harrow Gill run had been reopened on Tuesday before the slope above it gave way "
         "and the avalanche swept down."),
        kind="entity-conflict",
    )
    assert ("Kestle", "Harrow Gill") in found


def test_a_firm_of_one_trade_named_by_one_report_alone_conflicts(dated_errors):
    found = dated_errors(
        (_DAY, "Prosecutors said the founder had told investors of a supply agreement with Penrose Motors that was "
         "never signed."),
        (_DAY, "The supply agreement he described to investors, with Tallis Motors, did not exist, the jury heard."),
        (_DAY, "Investors were shown slides promising a supply agreement with Penrose Motors worth £80 million."),
        kind="entity-conflict",
    )
    assert ("Tallis Motors", "Penrose Motors") in found


def test_a_story_that_names_both_things_somewhere_has_two(dated_errors):
    found = dated_errors(
        (_DAY, "The minibus was swept away at the Oukar crossing as the river rose."),
        (_DAY, "A lorry was swept away at the Tazrit crossing, and a minibus at the Oukar crossing."),
        (_DAY, "Rescuers searched the riverbed near the Oukar crossing, where the minibus was swept away."),
        kind="entity-conflict",
    )
    assert not [row for row in found if "Tazrit" in row]


def test_one_report_against_one_is_no_consensus(dated_errors):
    found = dated_errors(
        (_DAY, "A slab avalanche swept across the Harrow Gill run at Vallorbe on Tuesday, burying six skiers. "
         "The run had reopened that morning."),
        (_DAY, "Six skiers were buried when the avalanche crossed the Kestle run, a blue piste that had reopened "
         "after two days of snow."),
        kind="entity-conflict",
    )
    assert not found


def test_things_of_one_kind_told_of_other_facts_stay_apart(dated_errors):
    found = dated_errors(
        (_DAY, "The findings were welcomed by Professor Ana Holt of Denby University."),
        (_DAY, "Dr Ian Reyes, a cardiologist at Marlow University, called the findings striking."),
        (_DAY, "Professor Ana Holt of Denby University said the trial had been well run."),
        kind="entity-conflict",
    )
    assert not [row for row in found if "Marlow University" in row]


def test_people_are_left_to_the_parts_that_know_their_roles(dated_errors):
    found = dated_errors(
        (_DAY, "The rescue is being directed by Tomas Vell, a veteran mining engineer."),
        (_DAY, "Mining engineer Hugo Sarn, who is directing the rescue, said the chamber was intact."),
        (_DAY, "Tomas Vell, the mining engineer directing the rescue, said the chamber was intact."),
        kind="entity-conflict",
    )
    assert not [row for row in found if "Hugo Sarn" in row]


def test_a_kind_a_report_gives_two_names_is_one_the_story_has_many_of(dated_errors):
    found = dated_errors(
        (_DAY, "The singer has cancelled her two concerts at Brannock Stadium this weekend; her Harwell Stadium "
         "show next month is going ahead."),
        (_DAY, "Fans with tickets for the cancelled Brannock Stadium concerts will be offered new dates, and the "
         "Harwell Stadium show is still on."),
        (_DAY, "A fifth concert has been cancelled, at Corbin Stadium on 21 June; the Harwell Stadium show is still on."),
        kind="entity-conflict",
    )
    assert not [row for row in found if "Corbin Stadium" in row]


def test_areas_nest_and_are_no_two_answers(dated_errors):
    found = dated_errors(
        (_DAY, "The death toll passed 300 after the earthquake struck the Tamsal region late on Friday."),
        (_DAY, "Rescuers in the Oued Lamine region said the death toll from the earthquake had passed 300."),
        (_DAY, "The earthquake that struck the Oued Lamine region has killed more than 300 people, with the death "
         "toll still rising."),
        kind="entity-conflict",
    )
    assert not [row for row in found if "Tamsal" in row]


def test_one_event_told_by_two_of_its_words_is_one_fact(dated_errors):
    # "the blast" and "the explosion" tell one event: the lone street is set against the other reports'
    found = dated_errors(
        (_DAY, "The blast brought down one stairwell of the building on Klonowa Street, leaving flats open to the sky."),
        (_DAY, "Rescuers pulled two more bodies from the rubble of the blast on Klonowa Street this afternoon."),
        (_DAY, "It has been a week since the explosion on Lipowa Street, and the town is still in shock."),
        kind="entity-conflict",
    )
    assert ("Lipowa Street", "Klonowa Street") in found


def test_another_street_told_of_another_fact_stays_apart(dated_errors):
    found = dated_errors(
        (_DAY, "The blast brought down one stairwell of the building on Klonowa Street, leaving flats open to the sky."),
        (_DAY, "Rescuers pulled two more bodies from the rubble of the blast on Klonowa Street this afternoon."),
        (_DAY, "Families from the block were given rooms at a school on Lipowa Street, the mayor said."),
        kind="entity-conflict",
    )
    assert not [row for row in found if "Lipowa Street" in row]
