"""One person's act is one event when one report misspells the name ("Corinne Ashdown", "Corrine Ashdown"; the
misspelling is name-variant's to tell): its two days are compared. Two people who share only a surname
("Corinne Ashdown", "Martin Ashdown") did two things."""

from __future__ import annotations

REPORTS = [
    ("2025-11-10", "Housing minister Corinne Ashdown faced questions on Monday over her expenses claims for a flat owned by her partner."),
    ("2025-11-12", "The row over members' expenses deepened, with housing minister Corinne Ashdown under pressure from her own party."),
    (
        "2025-11-14",
        "Kelby North MP Corinne Ashdown has vowed to keep serving local people after she resigned as housing minister "
        "on Tuesday over her expenses claims.",
    ),
]


def test_an_act_of_one_person_misspelt_is_one_event(dated_errors):
    last = "STANDARDS: Corrine Ashdown's resignation as housing minister on 12 November is already reshaping the debate over members' expenses."
    assert dated_errors(*REPORTS, ("2025-11-21", last), kind="date-conflict") == [("Tuesday", "12 November")]


def test_two_people_sharing_a_surname_did_two_things(dated_errors):
    last = "STANDARDS: Martin Ashdown's resignation as transport minister on 12 November is already reshaping the debate over members' expenses."
    assert dated_errors(*REPORTS, ("2025-11-21", last), kind="date-conflict") == []
