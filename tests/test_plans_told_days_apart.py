"""A figure of what is still to come, told by reports a few days apart and dated only by them ("The combined group
will operate 1,190 stores"), is one plan's: it stands until a report tells it changed. A forecast's figure ("is
expected to bring 40 mm of rain") and a plan a later report tells as it stands now are not held to the first."""

from __future__ import annotations


def test_one_plan_told_days_apart_disagrees(dated_errors):
    assert dated_errors(
        ("2026-05-04", "Vermaat and Hollander agreed to merge. The combined group will operate 1,190 stores."),
        ("2026-05-08", "Shareholders backed the Vermaat and Hollander merger. The combined group will operate 1,140 "
                       "stores and employ about 61,000 people."),
        kind="value-conflict",
    )


def test_a_forecast_told_days_apart_may_change(dated_errors):
    assert not dated_errors(
        ("2026-05-04", "Storm Hilde is expected to bring 40 mm of rain to Kessel."),
        ("2026-05-07", "Storm Hilde is expected to bring 70 mm of rain to Kessel."),
        kind="value-conflict",
    )


def test_a_plan_told_as_it_stands_now_may_change(dated_errors):
    assert not dated_errors(
        ("2026-05-04", "Vermaat and Hollander agreed to merge. The combined group will operate 1,190 stores."),
        ("2026-05-08", "After the regulator's ruling, the combined group will now operate 1,140 stores."),
        kind="value-conflict",
    )
