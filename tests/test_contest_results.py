"""A contest's result told the many ways copy tells it: from the loser's side, as the hosts' and the visitors'
goals, the crowd that watched, and a finished count's final figures."""

from __future__ import annotations

import pytest

import consistency


def _rows(tmp_path, first: str, second: str) -> list[tuple[str, str]]:
    """The error rows two reports of one contest, a day apart, give: each as the two texts it quotes."""
    for name, day, text in (("a", "2025-06-14", first), ("b", "2025-06-15", second)):
        (tmp_path / f"{name}.md").write_text(f"---\ndate: {day}\n---\n{text}\n", encoding="utf-8")
    report = consistency.check([str(tmp_path)])
    return [tuple(c.mention.text for c in d.claims) for d in report.discrepancies if str(d.severity) == "error"]


@pytest.mark.parametrize(
    ("first", "second", "texts"),
    [
        (  # football
            "Dunmore beat Kilbride 2-0 on Saturday, before a sell-out crowd of 31,200 at Abbey Park.",
            "Kilbride's 2-0 defeat at Dunmore on Saturday was watched by 32,100 spectators.",
            {"31,200", "32,100"},
        ),
        (  # basketball
            "The Tarnow Hawks beat the Selby Kings 98-91 on Friday in front of 6,420 fans.",
            "A crowd of 6,240 saw the Selby Kings lose 98-91 to the Tarnow Hawks on Friday.",
            {"6,420", "6,240"},
        ),
        (  # cricket
            "Harwick beat Lydon by six wickets on Saturday before 18,700 spectators at the Oval.",
            "An attendance of 17,800 watched Lydon lose to Harwick by six wickets on Saturday.",
            {"18,700", "17,800"},
        ),
    ],
)
def test_one_matchs_crowd_told_twice_differently_is_a_conflict(tmp_path, first, second, texts):
    assert any(set(row) == texts for row in _rows(tmp_path, first, second))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (  # a stadium's capacity is no crowd
            "Dunmore beat Kilbride 2-0 on Saturday, before a sell-out crowd of 31,200 at Abbey Park.",
            "Kilbride lost 2-0 at the 34,000-seat Abbey Park on Saturday.",
        ),
        (  # a season's average crowd is no crowd of one match, before or after the match's own figure
            "The Tarnow Hawks beat the Selby Kings 98-91 on Friday in front of 6,420 fans.",
            "The Hawks, averaging 5,100 this season, drew 6,420 fans for Friday's win over the Selby Kings.",
        ),
        (
            "The Tarnow Hawks beat the Selby Kings 98-91 on Friday in front of 6,420 fans.",
            "Friday's crowd of 6,420 was well above the Hawks' average crowd this season of 5,100.",
        ),
        (  # a ground's record crowd is no crowd of one match
            "Dunmore beat Kilbride 2-0 on Saturday, before a sell-out crowd of 31,200 at Abbey Park.",
            "Dunmore beat Kilbride 2-0 on Saturday. The highest attendance at Abbey Park is 36,400.",
        ),
        (  # how long ago a crowd was as big is no crowd
            "Harwick beat Lydon by six wickets on Saturday before 18,700 spectators at the Oval.",
            "Harwick drew their biggest crowd for nine years as they beat Lydon on Saturday.",
        ),
    ],
)
def test_a_capacity_an_average_or_a_time_is_no_other_crowd(tmp_path, first, second):
    assert _rows(tmp_path, first, second) == []
