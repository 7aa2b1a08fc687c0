"""A count said of several owners at once is their sum, none of theirs alone: "Airlines had cancelled more than
400 flights" (a bare plural opening the sentence) is no count of one airline's "210 flights"; and a subgroup told
by a word that narrows it ("61,000 retired members") is not the whole ("186,000 members")."""

from __future__ import annotations

import pytest

from consistency.align.frames import frame_of
from consistency.model import Sentence
from consistency.parse import mentions


@pytest.mark.parametrize(
    ("text", "figure", "qualifier", "held"),
    [
        ("Airlines had already cancelled more than 400 flights in and out of Kessa by Monday evening.", "400", "combined", True),
        ("Rescue chief Ana Ruiz said teams were working at a depth of 840 metres.", "840 metres", "combined", False),
        ("The fund, which pays pensions to some 61,000 retired members, is short of assets.", "61,000", "retired", True),
        ("The fund has 186,000 members.", "186,000", "retired", False),
    ],
)
def test_qualifiers_of_several_owners_and_of_a_subgroup(text, figure, qualifier, held):
    (m,) = [m for m in mentions(text) if m.text == figure]
    assert (qualifier in frame_of(Sentence(0, len(text), text), m).qualifiers) is held


def test_all_airlines_cancellations_are_not_one_airlines(dated_errors):
    first = ("2025-02-03", "Airlines had already cancelled more than 400 flights in and out of Kessa by Monday evening.")
    later = ("2025-02-04", "SkyVale Airways, Kessa's largest airline, said it had cancelled 210 flights on Monday.")
    assert dated_errors(first, later, kind="value-conflict") == []
