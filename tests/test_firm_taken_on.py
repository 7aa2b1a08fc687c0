"""The firm or person taken on for one job of a story, given differently: "hired X", "has engaged X", "brought in
the firm X", "called in the engineers X" (a phrase whose "in" is no place), the job said alike after both ("to
investigate the breach", "as head coach"). And the look-alikes: two hired for two jobs or posts, hires with no job
said, a firm hired in an earlier year or after an earlier incident, one report naming both firms, and another
organisation's hire."""

from __future__ import annotations

import pytest

from tests.test_places_of_one_act import _entity_rows

ONE_JOB_TWO_FIRMS = [
    (  # business: "has engaged" and "hired", the same job
        ("2026-03-02", "Brennick Water has engaged Halvorsen Risk to investigate the breach, the utility said."),
        ("2026-03-03", "Brennick Water hired Marrow Cyber to investigate the breach, the utility said."),
        ("Halvorsen Risk", "Marrow Cyber"),
    ),
    (  # local government: "called in" with the firm's trade before its name
        ("2026-05-11", "Dunmore Council called in the engineers Pardoe Hart to inspect the cracked bridge."),
        ("2026-05-12", "Dunmore Council hired Lune Structures to inspect the cracked bridge on Monday."),
        ("Pardoe Hart", "Lune Structures"),
    ),
    (  # sport: "brought in" an agency, its "in" no place
        ("2026-08-20", "Westvale FC has brought in the recruitment agency Tallis Sport to find a new manager."),
        ("2026-08-21", "Westvale FC hired Bexley Search to find a new manager, the club said."),
        ("Tallis Sport", "Bexley Search"),
    ),
    (  # politics: the pollster of a party
        ("2026-02-03", "The Green Party hired the pollster Norcross Research to test its new slogan."),
        ("2026-02-04", "The Green Party has brought in Quayle Insight to test its new slogan, officials said."),
        ("Norcross Research", "Quayle Insight"),
    ),
    (  # health: auditors of a hospital, a name with "&"
        ("2026-09-14", "St Albin's Hospital hired the auditors Fenwick Lowe to review its waiting lists."),
        ("2026-09-15", "St Albin's Hospital has called in Marsh & Kell to review its waiting lists."),
        ("Fenwick Lowe", "Marsh & Kell"),
    ),
    (  # sport: a person hired for one post, said "as" in both
        ("2026-07-01", "Westvale FC hired Marco Lenz as head coach on Monday."),
        ("2026-07-02", "Westvale FC hired Ivo Brandt as its new head coach."),
        ("Marco Lenz", "Ivo Brandt"),
    ),
]


@pytest.mark.parametrize(("first", "second", "names"), ONE_JOB_TWO_FIRMS)
def test_one_job_given_to_two_firms_conflicts(tmp_path, first, second, names):
    assert names in _entity_rows(tmp_path, first, second)


NOT_ONE_JOB = [
    (  # two firms hired for two jobs
        ("2026-03-02", "Brennick Water hired Halvorsen Risk to investigate the breach."),
        ("2026-03-03", "Brennick Water hired Marrow Cyber to rebuild its billing system."),
    ),
    (  # sport: an agency for the manager, another for the academy
        ("2026-08-20", "Westvale FC has brought in Tallis Sport to find a new manager."),
        ("2026-08-21", "Westvale FC hired Bexley Search to recruit academy coaches."),
    ),
    (  # another organisation's hire after an earlier incident
        ("2026-03-02", "Brennick Water has engaged Halvorsen Risk to investigate the breach."),
        ("2026-03-03", "Tarlow County hired Marrow Cyber after its 2025 attack."),
    ),
    (  # the same organisation's hire in an earlier year, told in passing
        ("2026-08-20", "Westvale FC brought in Tallis Sport to find a manager."),
        ("2026-08-21", "Westvale FC, which hired Bexley Search in 2019 to find a manager, said the search had begun."),
    ),
    (  # politics: two people hired for two posts
        ("2026-02-03", "Minister Dana Holt hired Anna Berg as chief of staff."),
        ("2026-02-04", "Minister Dana Holt hired Tom Hale as press secretary."),
    ),
    (  # business: two firms engaged for two matters
        ("2026-03-02", "Apex Foods engaged Harrow Partners for the listing."),
        ("2026-03-03", "Apex Foods engaged Kemp Lyle for the lawsuit."),
    ),
    (  # no job said: a hospital takes on many firms
        ("2026-09-14", "St Albin's Hospital has engaged Fenwick Lowe."),
        ("2026-09-15", "St Albin's Hospital has engaged Marsh & Kell."),
    ),
    (  # where a hire came from, and another hire's post
        ("2026-07-01", "Westvale FC hired Marco Lenz from Brenna United."),
        ("2026-07-02", "Westvale FC hired Ivo Brandt as goalkeeping coach."),
    ),
    (  # one report names both firms
        ("2026-03-02", "Brennick Water hired Halvorsen Risk to investigate the breach."),
        ("2026-03-03", "Brennick Water hired Marrow Cyber to investigate the breach, working alongside Halvorsen Risk."),
    ),
    (  # "brought in from" a country is where a thing came from, no firm taken on
        ("2026-04-02", "The salmon was brought in from Norway, the importer said."),
        ("2026-04-03", "Dunmore Council hired Lune Structures to inspect the cracked bridge."),
    ),
    (  # "engaged" with words between is another act
        ("2026-04-02", "Keld Mining engaged its lenders in talks with Ostrava Steel."),
        ("2026-04-03", "Keld Mining has engaged Brno Advisory for the sale, the company said."),
    ),
]


@pytest.mark.parametrize(("first", "second"), NOT_ONE_JOB)
def test_other_jobs_and_other_hires_do_not_conflict(tmp_path, first, second):
    assert not _entity_rows(tmp_path, first, second)
