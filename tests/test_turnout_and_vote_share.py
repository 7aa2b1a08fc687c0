"""A share of voters who took part is the turnout ("barely 45 per cent of voters took part"), as "turnout was 45%"
is; a share "of the vote" is a candidate's share of the votes cast. The two are two quantities, and each is
compared with its own kind."""

from __future__ import annotations

DAY = "2026-06-09"
SHARE = "Chiara Bonvicini took 53.4% of the vote in the runoff for mayor of Lissone on Sunday."


def test_a_vote_share_is_no_turnout(dated_errors):
    turnout = "In the runoff for mayor of Lissone on Sunday, barely 45 per cent of voters took part."
    assert dated_errors((DAY, SHARE), (DAY, turnout), kind="value-conflict") == []


def test_two_turnouts_told_two_ways_conflict(dated_errors):
    found = dated_errors(
        (DAY, "Turnout in the runoff for mayor of Lissone on Sunday was 38 per cent."),
        (DAY, "In the runoff for mayor of Lissone on Sunday, barely 45 per cent of voters took part."),
        kind="value-conflict",
    )
    assert any(set(row) == {"38 per cent", "45 per cent"} for row in found)


def test_a_share_told_while_the_count_went_on_is_no_outcome(dated_errors):
    found = dated_errors(
        ("2026-04-06", "The Civic Union was leading Sunday's election in Lissone, with 37.9% of the vote after 90% of "
                       "ballots had been counted, the commission said."),
        ("2026-04-07", "The Civic Union won Sunday's election in Lissone with 38.4% of the vote, the commission said "
                       "after all ballots were counted."),
        kind="value-conflict",
    )
    assert not [row for row in found if "37.9%" in row]
