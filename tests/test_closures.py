"""The sites a body closes are one measure in any of its words ("will close 47 shops", "plans to shut 41 stores",
"14 branch closures"), a count only: shares that "closed down 38% at 112p" and a road "closed for 12 hours" close
nothing counted."""

from __future__ import annotations

import pytest

from tests.test_ages_of_others import _values
from tests.test_claims import claims_in
from tests.test_time_frames import rows


def _measures(tmp_path, text: str) -> dict[str, str | None]:
    return {c.mention.text: c.frame.measure for c in claims_in(tmp_path, text, "2026-05-13") if c.mention.is_figure}


@pytest.mark.parametrize(("text", "figure"), [
    ("Marlow & Finch will close 47 shops over the next 18 months.", "47"),
    ("The retailer announced plans to shut 41 stores.", "41"),
    ("The bank confirmed 14 branch closures on Tuesday.", "14"),
])
def test_sites_closed_are_closures(tmp_path, text, figure):
    assert _measures(tmp_path, text)[figure] == "closure"


@pytest.mark.parametrize(("text", "figure"), [
    ("Its shares closed down 38% at 112p.", "38%"),
    ("Its shares closed down 38% at 112p.", "112p"),
    ("The bridge was closed for 12 hours.", "12 hours"),
    ("Reinholt closed with a 67 to finish on 273.", "67"),  # a round of golf, no site
    ("A strike by 2,100 dock workers shut two terminals.", "2,100"),  # those who shut them
])
def test_a_share_price_a_time_or_a_doer_closed_is_no_closure(tmp_path, text, figure):
    assert _measures(tmp_path, text)[figure] is None


def test_stores_closed_and_stores_shut_are_one_count(tmp_path):
    first = ("2026-05-13", "Marlow & Finch, the Leeds fashion chain, will close 47 stores after a profit warning.")
    second = ("2026-05-13", "Marlow & Finch issued a profit warning and announced plans to shut 41 stores.")
    assert ("47", "41") in _values(rows(tmp_path, {"a": first, "b": second}))


def test_shares_that_closed_down_keep_the_share_price_measure(tmp_path):
    assert _measures(tmp_path, "Shares in Carrick Bank closed down 4.2% in London.")["4.2%"] == "share price"
