"""A percent change of a holding told by its own noun is the holding's ("Shares in Acme fell 17%": the share
price), also when a phrase in commas describes the company between the subject and its verb ("Shares in Acme,
one of the biggest drugmakers, fell 17%")."""

from __future__ import annotations

import pytest

from consistency.align.frames import frame_of
from consistency.model import Sentence
from consistency.parse import mentions


@pytest.mark.parametrize(
    "text",
    [
        "Shares in Orrin Pharma, one of the country's biggest drugmakers, fell 17% on Tuesday.",
        "Shares in Orrin Pharma, the Leeds-based drugmaker, fell 17% on Tuesday.",
        "Shares in Orrin Pharma fell 17% on Tuesday.",
    ],
)
def test_a_change_of_shares_described_in_commas_is_the_share_price(text):
    (m,) = [m for m in mentions(text) if m.kind == "percent"]
    assert frame_of(Sentence(0, len(text), text), m).measure == "share price"


def test_the_fall_told_with_a_description_is_compared(dated_errors):
    first = ("2025-06-12", "Shares in Orrin Pharma, one of the country's biggest drugmakers, fell 17% on Tuesday.")
    later = ("2025-06-14", "Shares in Orrin Pharma fell 27 per cent on Tuesday after the profit warning.")
    assert dated_errors(first, later, kind="value-conflict") == [("17%", "27 per cent")]
