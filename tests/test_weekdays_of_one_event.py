"""The story's event told on a weekday by several reports, and one report giving another weekday.

Each report's weekday resolves against its own date; the event is the same whether a report tells it by its
verb ("the roof collapsed"), by its noun ("Tuesday's rockfall") or as the object of an act ("the recall the
maker announced on Wednesday"). Two events of one story on two days, and a day that dates another act, stay
apart.
"""

from __future__ import annotations

import pytest

import consistency
from tests.test_event_days import _dates
from tests.test_time_frames import rows

# ---- an event told by its verb in a clause about a place ("close to where ... collapsed") -------------------

VERB_IN_A_PLACE_CLAUSE = [
    (
        ("2026-09-09", "A tunnel at the Brask copper mine collapsed on Tuesday afternoon, trapping nine miners, "
                       "Ostral Mining said."),
        ("2026-09-10", "Ostral Mining said on Wednesday that divers had found a second miner close to where the "
                       "tunnel collapsed on Monday afternoon."),
        ("Tuesday", "Monday"),
    ),
    (
        ("2026-04-15", "The roof of the Pellworth stand collapsed on Tuesday night, hours after the match, "
                       "Pellworth Rovers said."),
        ("2026-04-16", "Pellworth Rovers said engineers were working near where the roof collapsed on Monday "
                       "night."),
        ("Tuesday", "Monday"),
    ),
]


@pytest.mark.parametrize(("first", "second", "days"), VERB_IN_A_PLACE_CLAUSE)
def test_an_event_told_by_its_verb_after_close_to_where_keeps_its_day(tmp_path, first, second, days):
    assert days in _dates(rows(tmp_path, {"a": first, "b": second}))  # with the two times of day


# ---- the same collapse told as a rockfall ------------------------------------------------------------------

def test_a_rockfall_and_a_collapse_of_one_named_mine_are_one_event(tmp_path):
    found = rows(tmp_path, {
        "a": ("2026-09-10", "Two of the nine miners trapped at the Brask copper mine died in Tuesday's rockfall, "
                            "Ostral Mining said."),
        "b": ("2026-09-10", "Ostral Mining said rescuers had reached the chamber where the Brask tunnel collapsed "
                            "on Monday."),
    })
    assert _dates(found) == {("Tuesday's", "Monday")}


# ---- an act named by its noun before the verb that announced it -------------------------------------------

OBJECT_BEFORE_ITS_VERB = [
    (
        ("2026-03-06", "The recall of 120,000 Kestle kettles announced by Marrow Appliances on Thursday is the "
                       "maker's largest."),
        ("2026-03-07", "The kettle in the fire was one of the models covered by the recall Marrow Appliances "
                       "announced on Wednesday."),
        ("Thursday", "Wednesday"),
    ),
    (
        ("2026-11-13", "The merger of Orrin Bank and Tallow Savings announced by the two lenders on Thursday "
                       "creates the region's largest lender."),
        ("2026-11-14", "Analysts said the merger, which Orrin Bank and Tallow Savings announced on Tuesday, "
                       "creates the region's largest lender."),
        ("Thursday", "Tuesday"),
    ),
]


@pytest.mark.parametrize(("first", "second", "days"), OBJECT_BEFORE_ITS_VERB)
def test_an_act_announced_is_dated_whether_named_before_or_after_its_verb(tmp_path, first, second, days):
    assert _dates(rows(tmp_path, {"a": first, "b": second})) == {days}


# ---- look-alikes: two events of one story, or a day of something said -------------------------------------

LOOK_ALIKES = [
    # the accident on one day, a death in hospital on the next
    (
        ("2026-06-10", "A tunnel at the Brask copper mine collapsed on Tuesday afternoon, injuring four miners, "
                       "Ostral Mining said."),
        ("2026-06-11", "One of the miners hurt when the Brask tunnel collapsed died in hospital on Wednesday, "
                       "Ostral Mining said."),
    ),
    # the announcement of a deal and its completion are two acts
    (
        ("2026-11-13", "The merger of Orrin Bank and Tallow Savings announced by the two lenders on Thursday "
                       "creates the region's largest lender."),
        ("2026-11-20", "Orrin Bank completed the merger with Tallow Savings on Wednesday."),
    ),
    # a statement about an event, with the event's noun before a verb of saying
    (
        ("2026-05-06", "The Varne ferry sank on Monday off the north cape, the coastguard said."),
        ("2026-05-07", "The sinking, which the coastguard said on Wednesday was caused by a loose hatch, "
                       "has led to an inquiry."),
    ),
    # the same weekday name in a report a week later is another day, told of another act
    (
        ("2026-02-03", "Brennet's board approved the buyback on Monday, the company said."),
        ("2026-02-10", "Brennet's shares rose 4% on Monday after the buyback began."),
    ),
]


@pytest.mark.parametrize(("first", "second"), LOOK_ALIKES)
def test_two_acts_of_one_story_on_two_days_are_not_one_event(tmp_path, first, second):
    assert _dates(rows(tmp_path, {"a": first, "b": second})) == set()


def test_another_occurrence_needs_the_word_of_the_dates_own_event(tmp_path):
    # "a second miner close to" is no second collapse; "a second collapse" is
    found = rows(tmp_path, {
        "a": ("2026-09-09", "A tunnel at the Brask copper mine collapsed on Tuesday, Ostral Mining said."),
        "b": ("2026-09-11", "A second tunnel at the Brask copper mine collapsed on Thursday, Ostral Mining said."),
    })
    assert _dates(found) == set()


# ---- a day told with its time of day opens its clause as the day alone does -------------------------------

OPENING_DAY_WITH_ITS_TIME = [
    (
        ("2026-10-07", "On Tuesday night, a landslide buried part of the hill village of Orsa, regional officials "
                       "said."),
        ("2026-10-08", "The landslide that buried part of Orsa on Monday night destroyed 40 homes."),
        ("Tuesday", "Monday"),
    ),
    (
        ("2026-05-15", "On Thursday afternoon, a jury at Kelso Crown Court convicted Dana Merrow of fraud."),
        ("2026-05-16", "A jury at Kelso Crown Court convicted Dana Merrow of fraud on Wednesday afternoon."),
        ("Thursday", "Wednesday"),
    ),
]


@pytest.mark.parametrize(("first", "second", "days"), OPENING_DAY_WITH_ITS_TIME)
def test_an_opening_day_with_its_time_of_day_dates_the_clause_it_opens(tmp_path, first, second, days):
    assert days in _dates(rows(tmp_path, {"a": first, "b": second}))


@pytest.mark.parametrize("opening", ["On Wednesday,", "On Wednesday morning,"])
def test_an_opening_day_of_what_was_done_after_the_event_is_not_its_day(tmp_path, opening):
    found = rows(tmp_path, {
        "a": ("2026-10-07", "A landslide buried part of the hill village of Orsa on Tuesday night."),
        "b": ("2026-10-08", f"{opening} rescuers pulled two survivors from the landslide at Orsa."),
    })
    assert _dates(found) == set()


MORE_LOOK_ALIKES = [
    # a day's move in a share price a week later dates the move, not the act of the week before
    (
        ("2026-02-03", "Teller Bank's board approved the rights issue on Monday."),
        ("2026-02-10", "Teller Bank's shares fell 6% on Monday as the rights issue opened."),
    ),
    # two rounds of one tournament on two days
    (
        ("2026-06-14", "Tamsin Oduya won the eighth round of the Harlow Open on Saturday to lead by half a point."),
        ("2026-06-15", "Tamsin Oduya drew the final round of the Harlow Open on Sunday and won the title."),
    ),
    # a plan's day and the day it happened
    (
        ("2026-04-02", "The Corran council had planned to vote on the budget on Wednesday."),
        ("2026-04-03", "The Corran council voted on the budget on Thursday after a day's delay."),
    ),
]


@pytest.mark.parametrize(("first", "second"), MORE_LOOK_ALIKES)
def test_two_days_of_a_story_told_apart_are_not_one_event(tmp_path, first, second):
    assert _dates(rows(tmp_path, {"a": first, "b": second})) == set()


ONE_ACT_ON_TWO_DAYS = [
    # the same verb, one act: the days differ
    (
        ("2026-03-10", "Pellam Health detected the intrusion on its network on Sunday, the company said."),
        ("2026-03-11", "Pellam Health detected the intrusion on its network on Saturday, the company said."),
        ("Sunday", "Saturday"),
    ),
    # the same round of one tournament on two days
    (
        ("2026-06-14", "Tamsin Oduya won the eighth round of the Harlow Open on Saturday to lead by half a point."),
        ("2026-06-15", "Tamsin Oduya won the eighth round of the Harlow Open on Friday."),
        ("Saturday", "Friday"),
    ),
    # two words of one act (data/act_verbs.csv)
    (
        ("2026-07-04", "Fenmoor Capital completed its purchase of Ardley Mills on Thursday."),
        ("2026-07-05", "Fenmoor Capital closed its purchase of Ardley Mills on Wednesday."),
        ("Thursday", "Wednesday"),
    ),
]


@pytest.mark.parametrize(("first", "second", "days"), ONE_ACT_ON_TWO_DAYS)
def test_one_act_told_by_one_verb_or_round_on_two_days_is_flagged(tmp_path, first, second, days):
    assert _dates(rows(tmp_path, {"a": first, "b": second})) == {days}


def test_a_days_move_in_a_share_price_dates_the_move_not_an_act(tmp_path):
    # "shares fell 6% on Monday" is the day of a figure, compared only with the same figure
    found = rows(tmp_path, {
        "a": ("2026-02-03", "Teller Bank's shares fell 6% on Monday after the board approved a rights issue."),
        "b": ("2026-02-04", "Teller Bank's shares fell 6% on Tuesday after the board approved a rights issue."),
    })
    assert _dates(found) == {("Monday", "Tuesday")}


# ---- a light verb dates its subject; a day set well ahead is a plan -------------------------------------------

def test_a_light_verb_dates_the_event_its_subject_names(tmp_path):
    # "to decide ..." says what the hearing is for; "take place" that it happens
    found = rows(tmp_path, {
        "a": ("2026-04-01", "A hearing to decide whether Orvane Foods must pay a fine will take place on 14 May."),
        "b": ("2026-04-02", "The hearing on the Orvane Foods fine will be held on 21 May."),
    })
    assert _dates(found) == {("14 May", "21 May")}


def test_take_office_is_no_law_taking_effect(tmp_path):
    found = rows(tmp_path, {
        "a": ("2026-07-24", "The new council rules take effect on 1 September."),
        "b": ("2026-07-25", "Mira Kallen will take office as council leader on 1 October."),
    })
    assert _dates(found) == set()


def test_a_day_set_weeks_ahead_is_not_the_day_something_happened(tmp_path):
    found = rows(tmp_path, {
        "a": ("2026-03-13", "Edda Brandt, 61, admitted fraud at Kelso Crown Court on Friday."),
        "b": ("2026-03-16", "A confiscation hearing to decide how much Edda Brandt must repay is listed for "
                            "22 June at Kelso Crown Court."),
    })
    assert _dates(found) == set()


def _rounds(tmp_path, text: str) -> dict[str, str | None]:
    (tmp_path / "a.md").write_text(f"---\ndate: 2026-06-15\n---\n\n{text}\n", encoding="utf-8")
    return {c.mention.text: c.frame.round for c in consistency.claims(tmp_path) if c.frame is not None}


def test_an_ordinal_before_a_contest_part_names_its_round(tmp_path):
    found = _rounds(tmp_path, "Tamsin Oduya won the eighth round of the Harlow Open on Saturday.")
    assert found["Saturday"] == "8 round"


def test_an_ordinal_that_is_the_value_names_no_round(tmp_path):
    # "a 4th round pick" against "a 5th round pick": the ordinal is what the two reports give
    found = _rounds(tmp_path, "Ben Okafor was traded to the Tallow Foxes for a 4th round pick.")
    assert found.get("4th") is None


# ---- what followed an event, or another of its kind ---------------------------------------------------------

SUDDEN_EVENT_LOOK_ALIKES = [
    # the event and a death it caused, a day later
    (
        ("2026-01-20", "An avalanche buried four skiers near the Grauspitz pass on Tuesday, mountain police said."),
        ("2026-01-22", "A skier pulled from the snow after Tuesday's avalanche died in hospital on Wednesday."),
    ),
    # a second event of the kind
    (
        ("2026-01-20", "An avalanche buried four skiers near the Grauspitz pass on Tuesday, mountain police said."),
        ("2026-01-22", "A second avalanche closed the Grauspitz road on Wednesday."),
    ),
    # the day it ended
    (
        ("2026-05-19", "Much of Calder County lost power on Tuesday in a blackout caused by a fire at a substation."),
        ("2026-05-21", "The blackout ended on Wednesday when the last homes were reconnected."),
    ),
]


@pytest.mark.parametrize(("first", "second"), SUDDEN_EVENT_LOOK_ALIKES)
def test_days_of_what_followed_a_sudden_event_are_not_its_day(tmp_path, first, second):
    assert _dates(rows(tmp_path, {"a": first, "b": second})) == set()
