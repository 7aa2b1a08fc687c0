"""The price of one of the things sold one at a time ("adult tickets will cost 12 euros", "a single fare will cost
$2.50") is not the sum a whole cost ("a refurbishment that cost 84 million euros"), however alike the verbs: the
two are compared only with their own kind."""

from __future__ import annotations

import pytest

from tests.test_time_frames import rows


def _conflicts(found: set) -> set[tuple[str, ...]]:
    return {texts for kind, texts in found if kind in ("value-conflict", "internal-conflict", "superseded")}


PRICE_AND_TOTAL = [
    # culture: a gallery's works and its tickets, in one report
    {"a": ("2026-06-05", "The Lenz Gallery in Kassel will reopen on Saturday after a refurbishment that took six "
                         "years and cost 84 million euros. Entry is free on the opening weekend. Adult tickets will "
                         "then cost 12 euros.")},
    # transport: a line's cost and its fare, in two reports
    {"a": ("2026-03-01", "The Vessel tram line cost $1.2 billion and opened on Sunday."),
     "b": ("2026-03-02", "The Vessel tram line opened on Sunday; a single fare will cost $2.50, the operator said.")},
    # sport: a stadium's cost and a season's admission
    {"a": ("2026-08-01", "Orsund's new stadium cost 95 million pounds. Admission will cost 18 pounds for adults "
                         "this season.")},
]


@pytest.mark.parametrize("docs", PRICE_AND_TOTAL)
def test_a_price_of_one_is_not_a_whole_cost(tmp_path, docs):
    assert _conflicts(rows(tmp_path, docs)) == set()


SAME_KIND = [
    (
        {"a": ("2026-06-05", "Adult tickets to the Lenz Gallery in Kassel cost 12 euros."),
         "b": ("2026-06-06", "Adult tickets to the Lenz Gallery in Kassel cost 21 euros.")},
        ("12 euros", "21 euros"),
    ),
    (
        {"a": ("2026-06-05", "The refurbishment of the Lenz Gallery cost 84 million euros."),
         "b": ("2026-06-06", "The refurbishment of the Lenz Gallery cost 48 million euros.")},
        ("84 million euros", "48 million euros"),
    ),
]


@pytest.mark.parametrize(("docs", "texts"), SAME_KIND)
def test_two_prices_of_one_kind_still_conflict(tmp_path, docs, texts):
    assert texts in _conflicts(rows(tmp_path, docs))
