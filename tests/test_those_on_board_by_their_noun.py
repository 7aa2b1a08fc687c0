"""Those a vehicle carried when it was lost are counted once and for all, whatever day each report tells it, when
they are counted by their own noun as well ("carrying 78 passengers", "87 passengers were on board"), as a count of
people on board is; passengers hurt, or still on board as a rescue goes on, are other counts."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            ("2025-05-08", "The Kessa Valley train was carrying 87 passengers when it derailed near Orrin on Thursday."),
            ("2025-05-16", "The Kessa Valley train was carrying 78 passengers and three crew on the morning it "
                           "derailed near Orrin."),
        ),
        (
            ("2025-02-03", "There were 212 passengers on board the ferry Marla when it ran aground off Tarvo."),
            ("2025-02-10", "The ferry Marla, which ran aground off Tarvo, had 221 passengers on board."),
        ),
    ],
)
def test_those_on_board_counted_by_their_noun_a_week_apart(dated_errors, first, second):
    assert len(dated_errors(first, second, kind="value-conflict")) == 1


def test_passengers_hurt_are_not_those_on_board(dated_errors):
    first = ("2025-05-08", "The Kessa Valley train was carrying 87 passengers when it derailed near Orrin on Thursday.")
    second = ("2025-05-16", "Eleven passengers were hurt when the Kessa Valley train derailed near Orrin.")
    assert dated_errors(first, second, kind="value-conflict") == []
