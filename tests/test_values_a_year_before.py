"""A figure its own clause says held a year before ("Profit a year earlier was €318 million", "sales were $2.1bn the
year before") is the value as it was, never set against this year's ("profits of €412m for the year"); what a change
is measured from ("up 14% from a year earlier") stays the change's base."""

from __future__ import annotations

import pytest

from tests.test_ages_of_others import _values
from tests.test_claims import claims_in
from tests.test_time_frames import rows


def _qualifiers(tmp_path, text: str) -> dict[str, frozenset[str]]:
    return {c.mention.text: c.frame.qualifiers for c in claims_in(tmp_path, text, "2026-05-19") if c.mention.is_figure}


@pytest.mark.parametrize(("text", "figure"), [
    ("Profit a year earlier was €318 million.", "€318 million"),
    ("Sales were $2.1 billion the year before.", "$2.1 billion"),
])
def test_a_value_told_a_year_before_is_an_earlier_value(tmp_path, text, figure):
    assert "earlier value" in _qualifiers(tmp_path, text)[figure]


def test_a_change_from_a_year_earlier_is_no_earlier_value(tmp_path):
    assert "earlier value" not in _qualifiers(tmp_path, "Revenue rose 14% from a year earlier.")["14%"]


def test_last_years_profit_is_not_this_years(tmp_path):
    first = ("2026-05-19", "Kestrel Air reported a record profit of €412 million for its last financial year. Profit "
                           "a year earlier was €318 million.")
    second = ("2026-05-19", "Kestrel Air made a profit of €412 million in the year, the airline said.")
    assert _values(rows(tmp_path, {"a": first, "b": second})) == set()


def test_the_figure_a_change_rose_to_is_no_earlier_value(tmp_path):
    found = _qualifiers(tmp_path, "Net profit rose to $610 million from $540 million a year earlier.")
    assert "earlier value" not in found["$610 million"] and "earlier value" in found["$540 million"]
