"""Where the hurt or the sick were treated is one place of one act, told in any of its words ("admitted to",
"treated at": data/slot_arity.csv): two reports that name two hospitals for the same patients disagree; two
patients, a list of hospitals or an earlier stay do not."""

from __future__ import annotations


def test_admitted_to_one_hospital_and_treated_at_another_disagree(headlined_errors):
    first = ("2025-03-10", "Measles cases rise at Tarrow schools",
             "Two children have been admitted to Harland Royal Infirmary with complications, the health unit said "
             "on Monday.")
    later = ("2025-03-12", "Measles outbreak: four children in hospital",
             "All four were treated at Castlebrook General Hospital, the health unit said.")
    assert headlined_errors(first, later, kind="entity-conflict") == [
        "r0 names Harland Royal Infirmary, r1 names Castlebrook General Hospital"
    ]


def test_two_patients_at_two_hospitals_agree(headlined_errors):
    first = ("2025-03-10", "Two hurt in Tarrow crash",
             "Tom Hale, 40, was treated at Westmouth General Hospital for burns, police said. His passenger, Ann "
             "Lowe, was treated at St Anne's Hospital.")
    later = ("2025-03-12", "Crash driver charged",
             "Ann Lowe, who was treated at St Anne's Hospital, has gone home. The driver, Tom Hale, was charged on "
             "Tuesday.")
    assert headlined_errors(first, later, kind="entity-conflict") == []


def test_a_list_of_hospitals_holds_the_one_another_report_names(headlined_errors):
    first = ("2025-03-10", "Nine hurt in hotel fire",
             "The injured were treated at Westmouth General Hospital and St Anne's Hospital, the ambulance service "
             "said.")
    later = ("2025-03-12", "Hotel fire: guests still in hospital",
             "Three guests are still being treated at St Anne's Hospital.")
    assert headlined_errors(first, later, kind="entity-conflict") == []


def test_an_earlier_stay_is_another_treatment(headlined_errors):
    first = ("2025-03-10", "Climber rescued from Brack Fell",
             "Ann Lowe was treated at Westmouth General Hospital for a broken leg on Sunday.")
    later = ("2025-03-12", "Rescued climber thanks crews",
             "Ann Lowe, who was treated at St Anne's Hospital in 2019 after a fall on the same crag, thanked the "
             "rescue team.")
    assert headlined_errors(first, later, kind="entity-conflict") == []
