"""Two kinds of date that are no day of the story's event.

- The day bodies were recovered ("were recovered from the avalanche debris this morning") is the recovery's, an act
  of its own, not the avalanche's, however the sentence names the avalanche; two recoveries dated apart still
  conflict.
- A company's quarter ("sales for its third quarter") is of its own financial year: no calendar day or season to set
  against the day its results were reported ("reported third-quarter sales on Tuesday").
"""

from __future__ import annotations


def test_the_day_of_a_recovery_is_not_the_day_of_the_disaster(date_rows):
    assert date_rows(
        ("2026-02-18", "The bodies of two more skiers were recovered from the avalanche debris at Kessel this morning."),
        ("2026-02-19", "The death toll from Tuesday's avalanche at Kessel rose to five."),
    ) == []


def test_one_recovery_dated_apart_conflicts(date_rows):
    assert date_rows(
        ("2026-02-18", "The bodies of two skiers were recovered from the debris at Kessel on Tuesday."),
        ("2026-02-19", "The bodies of two skiers were recovered from the debris at Kessel on Wednesday."),
    )


def test_a_companys_quarter_is_no_day_of_its_report(date_rows):
    assert date_rows(
        ("2026-03-10", "Harlow Stores reported stronger third-quarter sales on Tuesday, helped by price cuts."),
        ("2026-03-11", "Harlow Stores reported a 4.3% rise in like-for-like sales for its third quarter."),
    ) == []


def test_two_quarters_of_one_report_still_conflict(date_rows):
    assert date_rows(
        ("2026-03-10", "Harlow Stores reported a 4.3% rise in like-for-like sales for its third quarter."),
        ("2026-03-11", "Harlow Stores reported a 4.3% rise in like-for-like sales for its second quarter."),
    )
