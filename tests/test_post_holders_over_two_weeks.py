"""A post one person holds at a time is compared across reports up to two weeks apart: a minister named in a
report of the 20th against the one named on the 18th and on the 27th. A change of holder is told ("the new health
secretary"), and a report a month on may name a successor."""

from __future__ import annotations

REPORTS = [
    ("2025-06-02", "Health Secretary Fiona Brannock said the pay offer to nurses was fair and affordable."),
    ("2025-06-18", "Health Secretary Fiona Brannock said she was disappointed that the nurses' strike was going ahead."),
    ("2025-06-20", "Health Secretary Gordon Haddow came under fire yesterday for refusing to meet the nurses' union."),
    ("2025-06-27", "Health Secretary Fiona Brannock said the revised pay deal for nurses was affordable."),
]


def test_a_post_given_another_holder_within_two_weeks(dated_errors):
    rows = dated_errors(*REPORTS, kind="entity-conflict")
    assert rows and all("Gordon Haddow" in row for row in rows)


def test_a_new_holder_told_as_new_is_no_conflict(dated_errors):
    told = REPORTS[2][1].replace("Health Secretary Gordon Haddow", "The new health secretary, Gordon Haddow,")
    assert dated_errors(*REPORTS[:2], (REPORTS[2][0], told), REPORTS[3], kind="entity-conflict") == []


def test_a_holder_a_month_apart_is_not_compared(dated_errors):
    assert dated_errors(REPORTS[0], ("2025-07-30", REPORTS[2][1]), kind="entity-conflict") == []


def test_a_title_given_with_an_act_of_last_month_is_held_as_the_report_writes(dated_errors):
    # "offered ... last month": the report still names her by the post, days before the other report
    rows = dated_errors(
        ("2025-09-22", "Business Secretary Helena Marlowe offered the plant £500 million last month."),
        ("2025-09-23", "Business Secretary Helena Marlowe visited the Aberdwy plant last month and met its managers."),
        ("2025-09-28", "Business Secretary Gareth Pryce defended the offer in the Commons on Thursday."),
        kind="entity-conflict",
    )
    assert any("Gareth Pryce" in row and "Helena Marlowe" in row for row in rows)
