"""A name after "to" at the end of a way told from its beginning ("sailing from the Spanish port of Alcazar to
Hamburg") fills the slot of the words before "from" ("sailing to": where the ship was going), not a slot of the
origin's name: it is compared with "bound for Bremerhaven"."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "first",
    [
        "The freighter was sailing from the Spanish port of Alcazar to Hamburg when the storm hit.",
        "The freighter was heading from Alcazar to Hamburg when the storm hit.",
    ],
)
def test_the_end_of_a_way_is_its_destination(error_texts, first):
    rows = error_texts(first, "The freighter, bound for Bremerhaven, was hit by the storm.")
    assert {"Hamburg", "Bremerhaven"} in map(set, rows), rows


def test_the_same_destination_from_two_ports_is_no_conflict(error_texts):
    rows = error_texts(
        "The freighter was sailing from the Spanish port of Alcazar to Hamburg when the storm hit.",
        "The freighter, sailing from Vigo to Hamburg, was hit by the storm.",
    )
    assert not any("Hamburg" in row for row in rows), rows
