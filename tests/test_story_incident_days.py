"""The incident a story is about (an avalanche, a blackout, a mine collapse) is dated by two reports in any words:
"an avalanche swept over the climbers on Tuesday" and "the avalanche that tore down the north face on Wednesday"
give one avalanche two days."""

from __future__ import annotations

from pathlib import Path

import pytest

import consistency
from tests.test_event_days import _dates
from tests.test_time_frames import _write, rows


def _date_rows(tmp_path: Path, *docs: tuple[str, str]) -> set[tuple[str, ...]]:
    return _dates(rows(tmp_path, {str(i): doc for i, doc in enumerate(docs)}))


@pytest.mark.parametrize(
    "docs",
    [
        # disasters: the same avalanche, no name shared
        (
            ("2026-02-03", "An avalanche buried four climbers below Monte Gredo in the Ossola valley on Tuesday, killing two."),
            ("2026-02-08", "The avalanche that swept down the east face of Monte Gredo on Monday left two dead."),
        ),
        # utilities: the blackout told by its other noun, each day in the possessive
        (
            ("2026-08-12", "Engineers are still checking the cables that failed during Tuesday's outage in Lisvale."),
            ("2026-08-14", "The regulator has opened an inquiry into Monday's blackout, which cut power to 60,000 homes."),
        ),
        # mining: a collapse told by its verb and by its noun
        (
            ("2026-05-05", "Nine miners were trapped after a rockfall at the Kestrel Hill pit on Sunday."),
            ("2026-05-07", "Rescuers reached the chamber where the roof collapsed on Saturday, the operator said."),
        ),
        # transport: a derailment in two reports
        (
            ("2026-10-20", "A freight train derailed near Ostrava on Sunday, spilling diesel into a stream."),
            ("2026-10-22", "Investigators blamed a cracked rail for the derailment on Saturday outside the town."),
        ),
        # industry: the blast's noun heads its clause, the date closing it before the verb of its harm
        (
            ("2026-06-02", "The blast on Sunday shattered windows across Tarven."),
            ("2026-06-03", "Monday's explosion at the Tarven fertiliser plant injured 14 workers."),
        ),
        (
            ("2026-06-02", "The explosion at the Tarven fertiliser plant on Sunday injured 14 workers."),
            ("2026-06-03", "Investigators blamed a faulty valve for Monday's blast at the Tarven fertiliser plant."),
        ),
        # volcanoes: an eruption's noun heading its clause
        (
            ("2026-06-02", "The eruption on Sunday sent ash over Vulcano Rosso, officials said."),
            ("2026-06-03", "Villagers near Vulcano Rosso were still clearing ash after Monday's eruption."),
        ),
        # crime: the shooting a day owns, after the verb of another act
        (
            ("2026-06-02", "Police arrested two men over Saturday's shooting outside the Kings Arms in Rolby."),
            ("2026-06-03", "The shooting outside the Kings Arms in Rolby on Friday left one man dead."),
        ),
        # mining: the day owns the rockfall the miners died in
        (
            ("2026-09-10", "Two of the nine miners trapped at the Brask copper mine died in Tuesday's rockfall."),
            ("2026-09-10", "Rescuers reached the chamber where the Brask tunnel collapsed on Monday."),
        ),
        # prisons: an escape told by its verb and by its noun
        (
            ("2026-03-03", "Two inmates escaped from HMP Corlow in the early hours of Sunday, the prison service said."),
            ("2026-03-05", "Police now think the two men escaped in the early hours of Saturday and split up soon after."),
        ),
        (
            ("2026-03-03", "Two inmates escaped from HMP Corlow on Sunday by climbing the perimeter fence."),
            ("2026-03-05", "The escape from HMP Corlow on Saturday has led to a review of security at the jail."),
        ),
        # crime: a kidnapping told by its verb and by its noun, sharing no other word
        (
            ("2026-09-14", "Armed men abducted the head of Orlan Foods from his farmhouse near Kelby late on Sunday "
                           "night, police said."),
            ("2026-09-17", "Detectives believe the kidnapping on Saturday night was planned for weeks."),
        ),
        # shipping: a grounding told by its noun and by "ran aground"
        (
            ("2026-04-12", "More than 200 passengers were brought ashore after the ferry Isle of Kerra ran aground off "
                           "Brannay on Saturday evening, the coastguard said."),
            ("2026-04-17", "The grounding of the Isle of Kerra on 10 April has renewed questions about the age of the "
                           "island fleet."),
        ),
        # aviation: an emergency landing told by "diverted"
        (
            ("2026-06-12", "A Westair jet made an emergency landing at Corrin Airport on Friday after its crew "
                           "reported smoke in the cockpit."),
            ("2026-06-17", "The Westair jet, flying from Leeds to Inverness, diverted to Corrin on 13 June."),
        ),
        # roads and rails: an incident told by a phrase of its own ("left the road", "left the tracks")
        (
            ("2026-06-09", "Seven people were killed when a tour coach crashed on a mountain road above Ravisco on "
                           "Tuesday."),
            ("2026-06-13", "A Kestrel Travel coach left the Passo Vallera road above Ravisco on 8 June, killing ten "
                           "people."),
        ),
        (
            ("2026-10-20", "A freight train derailed near Ostrava on Sunday, spilling diesel into a stream."),
            ("2026-10-22", "Thirty-one wagons left the tracks near Ostrava on Saturday, the railway said."),
        ),
        # sport: a pile-up is a crash
        (
            ("2026-06-09", "About 40 riders were brought down in a mass crash on Harlow Moor on Tuesday."),
            ("2026-06-11", "Riders are still recovering from Wednesday's pile-up on Harlow Moor."),
        ),
    ],
)
def test_the_story_incident_dated_on_two_days_is_flagged(tmp_path, docs):
    assert _date_rows(tmp_path, *docs)


@pytest.mark.parametrize(
    "docs",
    [
        # a fire burns for days: the day a report tells of it is no day it began (data/story_incidents.csv holds
        # incidents of one moment, and a fire is not one)
        (
            ("2026-07-21", "The fire on Harrow Moor on Tuesday forced the evacuation of two villages."),
            ("2026-07-22", "The moorland fire, which started on Sunday afternoon, has burned 900 hectares."),
        ),
        # another avalanche, told as such
        (
            ("2026-02-03", "An avalanche buried four climbers below Monte Gredo in the Ossola valley on Tuesday, killing two."),
            ("2026-02-08", "A second avalanche swept down the east face of Monte Gredo on Friday, hitting no one."),
        ),
        # the act and its consequence on other days: the collapse, then the rescue
        (
            ("2026-05-05", "Nine miners were trapped after a rockfall at the Kestrel Hill pit on Sunday."),
            ("2026-05-07", "Rescuers freed the last of the miners on Tuesday, two days after the rockfall."),
        ),
        # a past incident of the kind, long before the story
        (
            ("2026-08-12", "Tuesday's blackout left 60,000 homes in Lisvale without power."),
            ("2026-08-14", "The last comparable blackout in the region, in March 2019, lasted two days."),
        ),
        # an incident still to come is no day of one that happened
        (
            ("2026-08-12", "Tuesday's blackout left 60,000 homes in Lisvale without power."),
            ("2026-08-14", "The grid operator said a blackout will cut power to the city on Monday unless demand falls."),
        ),
        # a bound is no day of the incident
        (
            ("2026-10-20", "A freight train derailed near Ostrava on Sunday, spilling diesel into a stream."),
            ("2026-10-22", "The line reopened on Wednesday after the derailment, the operator said."),
        ),
        # an act told by its verb after the incident it names: the reopening's day, not the eruption's
        (
            ("2026-06-02", "Ash from the eruption on Sunday has closed the airport at Vulcano Rosso, officials said."),
            ("2026-06-03", "The airport at Vulcano Rosso reopened on Monday after the eruption."),
        ),
        # a date after a preposition before the incident's noun dates the verb after it
        (
            ("2026-06-02", "The roof of the Orel Street car park collapsed on Sunday, trapping three cars."),
            ("2026-06-04", "Rescuers at the collapse site on Tuesday pulled out the last of the cars."),
        ),
        # a day that owns another noun than the incident's
        (
            ("2026-06-02", "The explosion at the Tarven fertiliser plant on Sunday injured 14 workers."),
            ("2026-06-04", "Tarven's mayor visited the plant after Monday's meeting with its owners."),
        ),
        # the escape, then another one and a recapture
        (
            ("2026-03-03", "Two inmates escaped from HMP Corlow in the early hours of Sunday, the prison service said."),
            ("2026-03-05", "Another inmate escaped from HMP Corlow on Tuesday, police said."),
        ),
        (
            ("2026-03-03", "Two inmates escaped from HMP Corlow in the early hours of Sunday, the prison service said."),
            ("2026-03-05", "One of the two men was recaptured on Tuesday near Stallbridge."),
        ),
        # the kidnapping, then the rescue and the arrests
        (
            ("2026-09-14", "Armed men abducted the head of Orlan Foods from his farmhouse near Kelby late on Sunday "
                           "night, police said."),
            ("2026-09-17", "He was freed on Tuesday, two days after he was kidnapped, and three men were arrested on "
                           "Wednesday."),
        ),
        # the grounding, then the ship towed off the rocks
        (
            ("2026-04-12", "The ferry Isle of Kerra ran aground off Brannay on Saturday evening, the coastguard said."),
            ("2026-04-15", "The Isle of Kerra was towed off the rocks on Tuesday, three days after the grounding."),
        ),
        # the crash, then a manager who left the firm
        (
            ("2026-06-09", "Seven people were killed when a tour coach crashed on a mountain road above Ravisco on "
                           "Tuesday."),
            ("2026-06-12", "Kestrel Travel said its operations manager left the company on Thursday."),
        ),
        # the landing, then the jet flown out again
        (
            ("2026-06-12", "A Westair jet made an emergency landing at Corrin Airport on Friday after its crew "
                           "reported smoke in the cockpit."),
            ("2026-06-16", "The Westair jet was flown back to Leeds on Monday after repairs, the airline said."),
        ),
    ],
)
def test_other_days_of_the_affair_are_not_flagged(tmp_path, docs):
    assert _date_rows(tmp_path, *docs) == set()


def test_a_day_already_at_odds_by_its_time_of_day_is_told_once(tmp_path):
    # the explosion's time "late on Saturday night" is at odds with "11:20 pm on Sunday": one row, not one more
    # for each report that dates the explosion Sunday
    found = _date_rows(
        tmp_path,
        ("2025-11-17", "A gas explosion tore through the Harlow Street flats at about 11:20 pm on Sunday."),
        ("2025-11-17", "Sunday's explosion at the Harlow Street flats left 40 families homeless."),
        ("2025-11-18", "The explosion ripped through the Harlow Street flats late on Saturday night."),
    )
    assert len(found) == 1 and "late on Saturday night" in next(iter(found))


def _date_discrepancies(tmp_path: Path, *docs: tuple[str, str]):
    _write(tmp_path, {str(i): doc for i, doc in enumerate(docs)})
    return [d for d in consistency.check([str(tmp_path)]).discrepancies if d.kind == "date-conflict"]


def test_a_date_at_odds_with_reports_that_agree_is_one_row(tmp_path):
    found = _date_discrepancies(
        tmp_path,
        ("2026-10-14", "Halden Water's chief executive Ines Moro resigned on Tuesday over the sewage spills."),
        ("2026-10-15", "Ines Moro resigned as Halden Water's chief executive on Tuesday over the sewage spills."),
        ("2026-10-16", "Ines Moro resigned as chief executive of Halden Water on Monday over the sewage spills."),
    )
    assert len(found) == 1
    assert {c.doc for c in found[0].claims} >= {"2"} and "agree with the other side" in found[0].explanation


def test_a_date_whose_partners_disagree_among_themselves_keeps_each_row(tmp_path):
    found = _date_discrepancies(
        tmp_path,
        ("2026-10-16", "Ines Moro resigned as chief executive of Halden Water on Tuesday over the sewage spills."),
        ("2026-10-16", "Ines Moro resigned as chief executive of Halden Water on Monday over the sewage spills."),
        ("2026-10-16", "Ines Moro resigned as chief executive of Halden Water on Wednesday over the sewage spills."),
    )
    assert len(found) == 3
