"""Whose claim, beyond figures: a date or a figure whose clause opens with a name is that name's.

Two owners' like claims are two facts ("Texas holds its primary on March 3", "Ohio holds its primary on
March 17"), however often a report names both; one owner's are one fact, and still compared.
"""

from __future__ import annotations

import pytest

# a report that names both owners ties them to one story; each owner's date is still its own
BOTH_STATES = "Voters in Texas and Ohio head to the polls this spring."
BOTH_FIRMS = "Acme Corp and Birch Ltd make tyres in the north."


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (f"{BOTH_STATES} Texas holds its primary on March 3.", "Ohio holds its primary on March 17."),
        (f"{BOTH_STATES} Texas holds its primary on March 3.", f"{BOTH_STATES} Ohio holds its primary on March 17."),
        ("Texas holds its primary on March 3, two weeks before Ohio.",
         "Ohio holds its primary on March 17, two weeks after Texas."),
        (f"{BOTH_FIRMS} Acme Corp will open its new plant on May 4.", "Birch Ltd will open its new plant on May 19."),
        (f"{BOTH_STATES} Texas's primary is on March 3.", "Ohio's primary is on March 17."),
        # a date that opens its sentence dates the clause of the name after it
        (f"{BOTH_STATES} On March 3, Texas holds its primary.", "On March 17, Ohio holds its primary."),
        (f"{BOTH_FIRMS} In 1921, Acme Corp opened its first plant.", "Birch Ltd opened its first plant in 1948."),
    ],
)
def test_two_owners_dates_are_two_facts(error_kinds, first, second):
    assert "date-conflict" not in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (f"{BOTH_STATES} Texas holds its primary on March 3.", "Texas holds its primary on March 10."),
        ("Texas holds its primary on March 3, two weeks before Ohio.",
         "Texas holds its primary on March 10, a week before Ohio."),
        (f"{BOTH_FIRMS} Acme Corp will open its new plant on May 4.", "Acme Corp will open its new plant on May 12."),
        (f"{BOTH_STATES} Texas's primary is on March 3.", "Texas's primary is on March 10."),
        (f"{BOTH_STATES} On March 3, Texas holds its primary.", "On March 10, Texas holds its primary."),
        (f"{BOTH_FIRMS} In 1921, Acme Corp opened its first plant.", "Acme Corp opened its first plant in 1948."),
        # names joined as one subject own nothing alone: the other report's state is compared with them
        (f"{BOTH_STATES} On March 3, Texas and Ohio hold their primaries.", "Ohio holds its primary on March 17."),
        # what befell a place is its doer's: one quake's day, wherever it struck
        ("A quake hit Morocco and Spain. On Friday, Morocco was struck by a powerful quake.",
         "On Saturday, Spain was shaken by a powerful quake."),
        ("A quake hit Morocco and Spain. Morocco was struck by a powerful quake on Friday.",
         "Spain was shaken by a powerful quake on Saturday."),
        # a place within the other place is one place's day
        ("The quake was felt in Kharkiv and across Ukraine. Ukraine was struck by a powerful quake on Friday night.",
         "Kharkiv was shaken by a powerful quake on Saturday night."),
    ],
)
def test_one_owners_dates_are_compared(error_kinds, first, second):
    assert "date-conflict" in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # each clause names its own owner, and the other's only to compare with it
        ("Texas reported 40 deaths on Friday, more than Ohio.", "Ohio reported 12 deaths on Friday, fewer than Texas."),
        # a speaker owns what its company, the noun of its kind, will do
        ("Acme Corp said the company would cut 300 jobs.", "Birch Ltd said the company would cut 120 jobs."),
        ("Acme Corp said on Tuesday that the firm would cut 300 jobs.", "Birch Ltd said the firm would cut 120 jobs."),
        # two states, each named in both reports, each with its own count
        (f"{BOTH_STATES} Texas reported 40 deaths on Friday.", f"{BOTH_STATES} Ohio reported 12 deaths on Friday."),
    ],
)
def test_two_owners_figures_are_two_quantities(error_kinds, first, second):
    kinds = error_kinds(first, second)
    assert "value-conflict" not in kinds


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Texas reported 40 deaths on Friday, more than Ohio.", "Texas reported 12 deaths on Friday, more than Ohio."),
        ("Acme Corp said the company would cut 300 jobs.", "Acme Corp said the company would cut 120 jobs."),
        ("Acme Corp said the company would cut 300 jobs.", "Acme Corp said it would cut 120 jobs."),
        ("Acme Corp said the company would cut 300 jobs.", "Acme Corp cut 120 jobs."),
        # a person's word names no company of hers: the figure is on her word, and compared
        ("Acme Corp faces a strike. Ana Ruiz said the company would cut 300 jobs.", "Acme Corp cut 120 jobs."),
    ],
)
def test_one_owners_figures_are_compared(error_kinds, first, second):
    assert "value-conflict" in error_kinds(first, second)


def test_a_speaker_owns_its_companys_figure_as_it_owns_its_pronouns(tmp_path):
    """"Acme Corp said the company would cut 300 jobs" is Acme's cut, as "Acme Corp said it would" is: not a figure
    on Acme's word that another company's word could dispute."""
    import consistency

    (tmp_path / "a.md").write_text("---\ndate: 2025-03-12\n---\nAcme Corp said the company would cut 300 jobs.\n")
    (tmp_path / "b.md").write_text("---\ndate: 2025-03-12\n---\nBirch Ltd said the company would cut 120 jobs.\n")
    assert [d.kind for d in consistency.check([tmp_path]).discrepancies] == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a place whose name opens with a particle is the whole name, not its last word
        ("Officials in El Paso and Le Mans reported deaths. El Paso has sent 40 firefighters.",
         "Le Mans has sent 12 firefighters."),
        ("De Aar has sent 40 firefighters, and Al Haouz 12.", "Al Haouz has sent 12 firefighters."),
    ],
)
def test_a_place_named_with_its_particle_owns_its_figure(error_kinds, first, second):
    assert "value-conflict" not in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("El Paso has sent 40 firefighters.", "El Paso has sent 12 firefighters."),
        ("Officials in Al Haouz reported 40 deaths.", "Officials in Al Haouz reported 12 deaths."),
    ],
)
def test_one_place_named_with_its_particle_is_compared(error_kinds, first, second):
    assert "value-conflict" in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a name in a slot ("in Leeds") is the fact of the name that opens its clause, or whose possessive does
        ("Acme Corp opened a factory in Leeds, weeks after Birch Ltd.",
         "Birch Ltd opened a factory in Hull, weeks before Acme Corp."),
        ("Acme Corp's factory in Leeds is bigger than Birch Ltd's.", "Birch Ltd's factory in Hull is smaller than Acme Corp's."),
        ("Acme Corp is based in Leeds, like its rival Birch Ltd.", "Birch Ltd is based in Hull, unlike Acme Corp."),
    ],
)
def test_two_owners_names_in_one_slot_are_two_facts(error_kinds, first, second):
    assert "entity-conflict" not in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Acme Corp opened a factory in Leeds, weeks after Birch Ltd.",
         "Acme Corp opened a factory in Hull, weeks after Birch Ltd."),
        ("Acme Corp's factory in Leeds is bigger than Birch Ltd's.", "Acme Corp's factory in Hull is bigger than Birch Ltd's."),
        ("Acme Corp is based in Leeds, like its rival Birch Ltd.", "Acme Corp is based in Hull, unlike Birch Ltd."),
    ],
)
def test_one_owners_names_in_one_slot_are_compared(error_kinds, first, second):
    assert "entity-conflict" in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Acme Corp named Jane Roe its chief executive.", "Acme Corp named Tom Ash its chief executive."),
        ("Acme Corp has appointed Jane Roe as chief executive.", "Acme Corp named Tom Ash its chief executive."),
        ("Acme Corp said its chief executive, Jane Roe, would step down.",
         "Acme Corp said its chief executive, Tom Ash, would step down."),
    ],
)
def test_its_post_is_the_clause_subjects(error_kinds, first, second):
    """"its" gives the post of the name that opens the clause: one company's chief executive named twice."""
    assert "entity-conflict" in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (f"{BOTH_FIRMS} Acme Corp named Jane Roe its chief executive.", "Birch Ltd named Tom Ash its chief executive."),
        ("Acme Corp said its chief executive, Jane Roe, would step down.",
         "Birch Ltd said its chief executive, Tom Ash, would step down."),
        # a new holder is a handover, not a second holder
        ("Acme Corp said its chief executive, Jane Roe, would step down.",
         "Acme Corp named Tom Ash as its new chief executive."),
        # chief executive of another company than the subject
        ("Acme Corp named Jane Roe as chief executive of Birch Ltd.", "Acme Corp named Tom Ash its chief executive."),
    ],
)
def test_its_posts_of_two_subjects_are_two_posts(error_kinds, first, second):
    assert "entity-conflict" not in error_kinds(first, second)
