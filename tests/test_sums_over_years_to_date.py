"""A figure told for a stretch of years that runs up to its report ("fines totalling 4.3 billion euros over the past
decade", "since 2016") sums those years: no value of one day, so no rival of one fine, even where a clause of a
part of it ("including 1.1 billion euros in 2019") gives a year of its own."""

from __future__ import annotations

ONE_FINE = ("2026-02-10", "The European Commission fined Halden 1.84 billion euros on Tuesday over app store payments.")


def test_a_sum_over_the_past_decade_is_no_rival_of_one_fine(dated_errors):
    rows = dated_errors(
        ("2026-02-12", "Halden said it would appeal against the 1.84 billion euro fine imposed on Tuesday. Halden has "
                       "paid EU fines totalling 4.3 billion euros over the past decade, including 1.1 billion euros "
                       "in 2019."),
        ONE_FINE,
    )
    assert [row for row in rows if "4.3 billion euros" in row] == []


def test_one_fine_told_otherwise_still_conflicts(dated_errors):
    assert dated_errors(
        ("2026-02-12", "The European Commission fined Halden 1.48 billion euros on Tuesday over app store payments."),
        ONE_FINE,
        kind="value-conflict",
    )
