"""One kind of act done by two bodies in one story: each act has its own day and its own tally.

A bill passed by the lower house and then by the senate, a mine blocked by a
district court and then cleared on appeal, a deal backed by the board and then
by shareholders, a plan backed by a committee and then by the full council, a
sale approved by a league's committee and then by its clubs. A report that
gives one body's act is not contradicted by one that gives the other's; a
vote's counts are never a rising count. Two reports that give one body's act
two days or two tallies still conflict, and so do two reports of which only
one names who acted.
"""

from __future__ import annotations

import pytest

import consistency
from tests.test_time_frames import rows

# ---- whose act a date or a tally tells of ----------------------------------------------------------------------

ACTORS = [
    ("The Harlow transport committee voted 6-3 on Monday to back the tram line.", "Monday", "transport committee"),
    ("Harlow city councillors approved the tram line by 41 votes to 20 on Wednesday.", "Wednesday", "city council"),
    ("The full assembly then adopted it on Friday.", "Friday", "assembly"),
    ("The bill was passed by the Senate on Tuesday.", "Tuesday", "upper house"),
    ("On Tuesday, the House of Representatives passed the bill.", "Tuesday", "lower house"),
    ("A district court blocked the Orrin mine on March 3.", "March 3", "district court"),
    ("Fenwick's board backed the offer on Monday.", "Monday", "board"),  # whose board the names say
    ("The Fenwick Holdings board backed the offer on Monday.", "Monday", "board"),
    ("The company's board backed the offer on Monday.", "Monday", "board"),
    ("The Senate Judiciary Committee backed the nominee on Monday.", "Monday", "judiciary committee"),
    ("The council's planning committee backed the plan on Monday.", "Monday", "planning committee"),
    ("Shareholders backed the board on Monday.", "Monday", "shareholders"),
    ("The harbour plan was approved on Thursday by the full council.", "Thursday", "council"),
    ("The deal was approved by the board on Monday and by shareholders on Thursday.", "Thursday", "shareholders"),
    ("The Bundestag approved the pension reform on Thursday.", "Thursday", "bundestag"),
    ("The Knesset then passed the law on Monday.", "Monday", "knesset"),
    ("The storm reached the coast on Monday.", "Monday", None),  # no act of a body
    ("The councillors' plan was published on Monday.", "Monday", None),  # whose plan, not who acted
]


@pytest.mark.parametrize(("text", "date", "actor"), ACTORS)
def test_a_date_of_an_act_takes_the_body_that_acted(tmp_path, text, date, actor):
    (tmp_path / "a.md").write_text(f"---\ndate: 2025-06-13\n---\n{text}\n", encoding="utf-8")
    found = [c for c in consistency.claims([tmp_path]) if c.mention.text == date]
    assert found and found[0].frame.actor == actor


def test_a_tallys_counts_take_the_body_whose_vote_they_count(tmp_path):
    text = "Councillors approved the plan 30-12 on Thursday, two days after the planning committee backed it 7-2."
    (tmp_path / "a.md").write_text(f"---\ndate: 2025-05-08\n---\n{text}\n", encoding="utf-8")
    actors = {c.mention.text: c.frame.actor for c in consistency.claims([tmp_path]) if c.mention.is_figure}
    assert actors["30"] == actors["12"] == "council"
    assert actors["7"] == actors["2"] == "planning committee"


def test_a_figure_the_act_is_about_is_no_bodys_own(tmp_path):
    text = "Fenwick's board approved a $2 billion buyback on Monday."
    (tmp_path / "a.md").write_text(f"---\ndate: 2025-06-13\n---\n{text}\n", encoding="utf-8")
    found = [c for c in consistency.claims([tmp_path]) if c.mention.unit == "USD"]
    assert found and found[0].frame.actor is None


# ---- two bodies' acts of one kind: no conflict, no rising count -------------------------------------------------

TWO_BODIES = {
    "parliament": {
        "a": ("2025-11-21", "The House of Representatives passed the water bill 221-209 on Tuesday. The Senate "
                            "then approved it by 54 votes to 46 on Thursday."),
        "b": ("2025-11-21", "Senators approved the water bill 54-46 on Thursday, two days after the House passed it "
                            "221-209."),
        "c": ("2025-11-21", "The Senate passed the water bill on Thursday by 54 votes to 46."),
    },
    "budget": {
        "a": ("2025-10-17", "Parliament's finance committee endorsed the Lorna budget on Monday, and the full chamber "
                            "adopted it by 88 votes to 62 on Wednesday."),
        "b": ("2025-10-17", "The upper chamber adopted the Lorna budget 88-62 on Wednesday."),
        "c": ("2025-10-17", "Lawmakers on the finance committee endorsed the Lorna budget 9-4 on Monday."),
    },
    "named chambers": {
        "a": ("2025-07-12", "The Bundestag approved the Kessel pension reform by 371 votes to 280 on Thursday. The "
                            "Bundesrat then passed it on Friday."),
        "b": ("2025-07-12", "The Bundesrat passed the Kessel pension reform on Friday."),
        "c": ("2025-07-12", "The Bundestag approved the Kessel pension reform on Thursday by 371 votes to 280."),
    },
    "court": {
        "a": ("2026-05-16", "A district court blocked the Orrin copper mine on March 3. The appeals court overturned "
                            "that ruling in a 2-1 decision on Friday."),
        "b": ("2026-05-16", "The appeals court cleared the Orrin copper mine on Friday, ten weeks after a district "
                            "court blocked it."),
        "c": ("2026-05-16", "The court of appeals ruled 2-1 on Friday that the Orrin copper mine may go ahead."),
    },
    "company": {
        "a": ("2025-09-12", "Fenwick Foods' board backed the Alder Group takeover 9-1 on June 2. Shareholders "
                            "approved the deal on Thursday."),
        "b": ("2025-09-12", "Fenwick Foods shareholders approved the Alder Group takeover on Thursday, three months "
                            "after the board backed it."),
        "c": ("2025-09-11", "Fenwick Foods shareholders approved the takeover by Alder Group on Thursday."),
    },
    "council": {
        "a": ("2026-02-06", "The Marrow county highways committee voted 5-4 on Monday to back the ring road. The full "
                            "county council then approved it by 38 votes to 19 on Thursday."),
        "b": ("2026-02-06", "County councillors approved the ring road 38-19 on Thursday, after the highways "
                            "committee backed it 5-4."),
        "c": ("2026-02-06", "The county council approved the Marrow ring road on Thursday by 38 votes to 19."),
    },
    "sport": {
        "a": ("2025-04-18", "The league's finance committee backed the sale of Portvale Rovers 6-1 on Monday. Member "
                            "clubs then ratified it by 17 votes to 3 on Thursday."),
        "b": ("2025-04-18", "Member clubs ratified the sale of Portvale Rovers 17-3 on Thursday, three days after "
                            "the finance committee backed it 6-1."),
        "c": ("2025-04-18", "The clubs approved the Portvale Rovers sale on Thursday by 17 votes to 3."),
    },
}


@pytest.mark.parametrize("story", list(TWO_BODIES))
def test_two_bodies_acts_of_one_kind_are_two_acts(tmp_path, story):
    found = rows(tmp_path, TWO_BODIES[story])
    assert {kind for kind, _ in found} & {"date-conflict", "value-conflict", "internal-conflict", "update"} == set()


@pytest.mark.parametrize("story", list(TWO_BODIES))
def test_two_bodies_acts_in_undated_reports_are_two_acts(tmp_path, story):
    found = rows(tmp_path, {name: (None, text) for name, (_, text) in TWO_BODIES[story].items()})
    assert {kind for kind, _ in found} & {"internal-conflict", "value-conflict", "update"} == set()


def test_two_votes_tallies_on_two_days_are_no_rising_count(tmp_path):
    found = rows(tmp_path, {
        "a": ("2025-05-06", "The Harlow harbour plan was approved by 7 votes to 2 on Tuesday."),
        "b": ("2025-05-09", "The Harlow harbour plan was approved by 30 votes to 12 on Thursday."),
    })
    assert "update" not in {kind for kind, _ in found}


# ---- one body's act given two days or two tallies: still a conflict --------------------------------------------

ONE_BODY = [
    (  # the same body named alike
        ("2025-11-21", "The Senate passed the water bill 54-46 on Thursday."),
        ("2025-11-21", "The Senate passed the water bill 54-46 on Wednesday."),
        "date-conflict",
    ),
    (  # its members for the body
        ("2025-11-21", "The Senate passed the water bill by 54 votes to 46 on Thursday."),
        ("2025-11-21", "Senators passed the water bill by 52 votes to 48 on Thursday."),
        "value-conflict",
    ),
    (  # a chamber unnamed may be either house
        ("2025-10-17", "The upper chamber adopted the Lorna budget by 88 votes to 62 on Wednesday."),
        ("2025-10-17", "The chamber adopted the Lorna budget by 86 votes to 64 on Wednesday."),
        "value-conflict",
    ),
    (  # the body named with fewer words: any court of its kind
        ("2026-05-16", "The appeals court overturned the ban on the Orrin copper mine on Friday."),
        ("2026-05-16", "The court overturned the ban on the Orrin copper mine on Thursday."),
        "date-conflict",
    ),
    (  # one side says who acted, the other does not
        ("2026-02-06", "The county council approved the Marrow ring road by 38 votes to 19 on Thursday."),
        ("2026-02-06", "The Marrow ring road was approved by 36 votes to 21 on Thursday."),
        "value-conflict",
    ),
    (  # a board's vote given two tallies
        ("2025-09-12", "Fenwick Foods' board backed the Alder Group takeover 9-1 on Monday."),
        ("2025-09-12", "Fenwick Foods' board backed the Alder Group takeover 8-2 on Monday."),
        "value-conflict",
    ),
]


@pytest.mark.parametrize(("first", "second", "kind"), ONE_BODY)
def test_one_bodys_act_given_two_days_or_tallies_conflicts(tmp_path, first, second, kind):
    assert kind in {k for k, _ in rows(tmp_path, {"a": first, "b": second})}


# ---- the rounds of one vote: each round its own day and its own shares -----------------------------------------

ROUNDS = {
    "election": {
        "a": ("2026-05-11", "Elena Varga won the first round of the Kestria presidential election on April 26 with 41% "
                            "of the vote. She then beat Tomas Reul in the run-off on Sunday with 56%."),
        "b": ("2026-05-11", "Elena Varga won the Kestria presidential run-off on Sunday with 56% of the vote, two "
                            "weeks after leading the first round with 41%."),
    },
    "readings": {
        "a": ("2025-03-14", "The Dovre housing bill passed its second reading by 312 votes to 201 on Monday and its "
                            "third reading by 298 votes to 215 on Thursday."),
        "b": ("2025-03-14", "MPs approved the Dovre housing bill at third reading on Thursday by 298 votes to 215."),
        "c": ("2025-03-14", "The Dovre housing bill cleared its second reading on Monday by 312 votes to 201."),
    },
}


@pytest.mark.parametrize("story", list(ROUNDS))
def test_two_rounds_of_one_vote_are_two_acts(tmp_path, story):
    found = rows(tmp_path, ROUNDS[story])
    assert {kind for kind, _ in found} & {"date-conflict", "value-conflict", "internal-conflict", "update"} == set()


def test_one_round_given_two_days_conflicts(tmp_path):
    found = rows(tmp_path, {
        "a": ("2026-05-11", "Elena Varga won the Kestria presidential run-off on Sunday with 56% of the vote."),
        "b": ("2026-05-11", "Elena Varga won the Kestria presidential run-off on Saturday with 56% of the vote."),
    })
    assert "date-conflict" in {kind for kind, _ in found}
