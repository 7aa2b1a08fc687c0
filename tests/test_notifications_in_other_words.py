"""One notice to those affected told in other words ("will be notified by 12 May", "would be informed by 19 May"):
two days for it disagree; a notice to other people ("informed the regulator", "notified its customers") is another."""

SHARES = ("2026-04-30", "Harwick shares\n\nHarwick shares rose 3% on Wednesday.")


def test_one_notice_told_in_other_words_on_two_days_conflicts(dated_errors):
    assert ("12 May", "19 May") in dated_errors(
        ("2026-04-28", "Harwick to cut 900 jobs\n\nHarwick Software said on Tuesday it would cut 900 jobs. Staff "
                       "affected by the cuts will be notified by 12 May, the company said."),
        ("2026-04-29", "Harwick job cuts\n\nHarwick said staff affected by the cuts would be informed individually "
                       "by 19 May."),
        SHARES,
        kind="date-conflict",
    )


def test_notices_to_other_people_are_two_notices(dated_errors):
    assert not dated_errors(
        ("2026-04-28", "Harwick breach\n\nHarwick informed the data regulator of the breach on Monday, the company "
                       "said."),
        ("2026-04-30", "Harwick breach\n\nHarwick notified its customers of the breach on Wednesday by email."),
        SHARES,
        kind="date-conflict",
    )
