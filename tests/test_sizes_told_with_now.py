"""A number that sizes the thing after it ("the 220-unit complex", "a 12-member board") is the thing's, whatever the
clause goes on to say of the thing now ("the 220-unit complex now rising beside the river"): one size on every day
it is told, while "the fund now holds 67,000" is a level as it stands."""

from __future__ import annotations

from tests.test_ages_of_others import _values
from tests.test_time_frames import rows


def test_a_size_in_a_clause_of_now_is_still_the_things(tmp_path):
    first = ("2026-06-25", "Prosecutors said the city approved tax breaks for Larch Quay, a 320-unit apartment "
                           "complex on the riverfront.")
    second = ("2026-06-26", "The jury heard how approvals were steered to Larch Quay, the 220-unit complex now rising "
                            "beside the river.")
    assert ("320", "220") in _values(rows(tmp_path, {"a": first, "b": second}))
