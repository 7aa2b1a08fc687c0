"""A figure an act was done with, written right after the act's date ("was elected on Tuesday with 112 votes"), is
that act's on any day it is reported, as "won 112 votes on Tuesday" is: two reports days apart that give it
otherwise disagree. A count of what befell people told so ("struck on Friday with 300 people killed") is a toll,
which may still rise."""

from __future__ import annotations

from consistency import claims


def test_votes_an_election_was_won_with_are_the_elections(dated_errors):
    found = dated_errors(
        ("2026-03-10", "Vilem Kroupa, 58, won 108 votes in the second round of the secret ballot for speaker."),
        ("2026-03-12", "Vilem Kroupa was elected speaker on Tuesday with 112 votes in the second round of a secret "
                       "ballot."),
        kind="value-conflict",
    )
    assert any(set(row) == {"108 votes", "112 votes"} for row in found)


def test_the_figure_takes_the_acts_day_and_a_toll_does_not(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\ndate: 2026-03-12\n---\nKroupa was elected speaker on Tuesday with 112 votes. The quake "
                    "struck on Friday with 300 people killed.\n")
    times = {c.mention.text: c.time for c in claims(str(path)) if c.mention.is_figure}
    assert times["112 votes"] is not None and times["112 votes"][0].isoformat() == "2026-03-10"
    assert times["300 people"] is None
