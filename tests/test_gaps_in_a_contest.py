"""A figure told as a gap between two in a contest ("fought back from six strokes behind", "was two points clear at
the top", "three shots ahead of the field") measures how far apart they stood at some moment: no score or count of
either, so no rival of a round's score ("a final round of 66") nor of the one it is set beside."""

from __future__ import annotations

ROUND = ("2026-07-20", "Callum Rennie's 64 was the round of the week at Royal Birkdale.")


def test_a_deficit_is_no_rival_of_a_rounds_score(dated_errors):
    assert ("64", "six") not in dated_errors(
        ROUND,
        ("2026-07-20", "Callum Rennie had fought back from six strokes behind at the start of the day with a final "
                       "round of 66."),
        kind="value-conflict",
    )


def test_the_rounds_score_told_otherwise_conflicts(dated_errors):
    rows = dated_errors(
        ROUND,
        ("2026-07-20", "Callum Rennie had fought back from six strokes behind at the start of the day with a final "
                       "round of 66."),
        kind="value-conflict",
    )
    assert ("64", "66") in rows or ("66", "64") in rows


def test_a_lead_is_no_points_total(dated_errors):
    assert not dated_errors(
        ("2026-04-12", "Harlow Town have 61 points from 30 games."),
        ("2026-04-12", "Harlow Town are six points clear at the top of the table after 30 games."),
        kind="value-conflict",
    )


def test_a_winners_finish_ahead_is_the_margin_of_victory(dated_errors):
    rows = dated_errors(
        ("2026-08-08", "Jelle Vermaat has won the Tour of Cambria, finishing 38 seconds ahead of Owain Prydderch."),
        ("2026-08-09", "Jelle Vermaat won the Tour of Cambria by 48 seconds on Saturday."),
        kind="value-conflict",
    )
    assert ("38 seconds", "48 seconds") in rows or ("48 seconds", "38 seconds") in rows
