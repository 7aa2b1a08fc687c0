"""A value a change was made from, told before the one it was made to ("cut his sentence from eight to seven years",
"raised the fee from £40 to £55"), is the value as it was: no rival of the value now. A range of no change ("from
20 to 25 degrees") is not read so."""

from __future__ import annotations

import pytest

from consistency.align.frames import is_earlier_value
from consistency.model import Sentence
from consistency.parse import mentions

SEVEN = ("2026-04-22", "Former minister Dorin Pavel began his prison term yesterday after the High Court confirmed his "
                       "conviction, sentencing him to seven years.")


def test_the_term_cut_from_is_no_rival_of_the_term_now(dated_errors):
    assert not dated_errors(
        SEVEN, ("2026-04-25", "The court's decision to cut his sentence from eight to seven years has drawn comment."),
        kind="value-conflict",
    )


@pytest.mark.parametrize(
    ("text", "figure", "earlier"),
    [
        ("The council raised the fee from £40 to £55 in April.", "£40", True),
        ("The court cut his sentence from eight to seven years.", "eight", True),
        ("The court cut his sentence from eight to seven years.", "seven years", False),
        ("Tickets cost from £40 to £55 depending on the seat.", "£40", False),
    ],
)
def test_a_value_changed_from(text, figure, earlier):
    (m,) = [m for m in mentions(text) if m.text == figure]
    assert is_earlier_value(Sentence(0, len(text), text), m) is earlier
