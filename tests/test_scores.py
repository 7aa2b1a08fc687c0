"""Match scores: read next to a result word, as a pair of counts whichever side is named first."""

from __future__ import annotations

import pytest

from consistency import mentions


def _scores(text: str) -> list[tuple[str, float, float]]:
    return [(m.text, m.high, m.low) for m in mentions(text) if m.kind == "score"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Celtic beat Rangers 2-1 on Saturday.", [("2-1", 2.0, 1.0)]),
        ("The Sharks lost to the Bulls 14–27.", [("14–27", 27.0, 14.0)]),
        ("It was a 35-10 victory for the home side.", [("35-10", 35.0, 10.0)]),
        ("Lenz drew 0 - 0 with Karsk.", [("0 - 0", 0.0, 0.0)]),
        ("The Pilots finished with a 10-6 record.", []),  # a season's record
        ("The committee voted 5-4 to approve the plan.", []),  # no result word
        ("Prices rose 3-4% last year after the win.", []),  # a range of percentages
        ("The 2015-16 season ended in a win.", []),  # a season's years
        ("Children aged 5-11 watched the defeat.", []),
    ],
)
def test_scores_are_read_next_to_a_result(text, expected):
    assert _scores(text) == expected


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Ostrava won the tie 4-3 on aggregate.", "aggregate"),
        ("Lenz led 1-0 at half-time before the defeat.", "half-time"),
        ("Celtic beat Rangers 2-1 on Saturday.", None),
        ("Celtic beat Rangers 2-1 on Saturday, a 3-1 win on aggregate.", None),  # the next phrase's part
    ],
)
def test_a_score_says_what_part_of_a_match_it_counts(text, part):
    score = next(m for m in mentions(text) if m.kind == "score")
    assert score.unit == part


def test_a_score_is_no_range_of_figures():
    found = mentions("The Bears lost to the Colts 21-14.")
    assert [m.kind for m in found if m.start <= found[-1].start and m.kind in ("number", "score")] == ["score"]


_MATCH_DAY = "2025-09-13"  # the first report's day; the second is of the day after


@pytest.mark.parametrize(
    ("first", "second", "texts"),
    [
        ("Brenna Rovers beat Oldfield 2-0 on Saturday. Tomas Krell opened the scoring in the 12th minute.",
         "Oldfield lost 2-0 at Brenna Rovers, where Tomas Krell's 21st-minute opener set the tone.", {"12th", "21st"}),
        ("Fenmoor beat the Kessling Hawks 4-1 on Friday. Ilse Vahr scored the opener in the ninth minute and "
         "added another in the 44th minute.",
         "Ilse Vahr opened the scoring for Fenmoor in the 16th minute of Friday's 4-1 win over the Kessling Hawks.",
         {"ninth", "16th"}),
        ("Aldwick Saints beat Porthmere 31-12. Rhys Tolland opened the scoring with a try in the sixth minute.",
         "Rhys Tolland, whose try in the 26th minute opened the scoring, was named player of the match in Aldwick "
         "Saints' 31-12 win over Porthmere.", {"sixth", "26th"}),
        ("Marta Selby won the Varn Grand Prix on Sunday after taking the lead on the 14th lap.",
         "Marta Selby, who won Sunday's Varn Grand Prix, opened her lead on the 41st lap.", {"14th", "41st"}),
    ],
)
def test_a_moment_of_a_finished_match_told_twice_differently_is_a_conflict(error_texts, first, second, texts):
    assert texts in [set(row) for row in error_texts(first, second, _MATCH_DAY)]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # one report gives both goals, the other one of them
        ("Brenna Rovers beat Oldfield 2-0. Tomas Krell scored in the 12th and 67th minutes.",
         "Oldfield lost 2-0 to Brenna Rovers, Tomas Krell's 67th-minute goal sealing it."),
        # two players' goals
        ("Brenna Rovers beat Oldfield 2-1. Tomas Krell opened the scoring in the 12th minute.",
         "Oldfield lost 2-1 to Brenna Rovers; Jonah Peet's 34th-minute equaliser was their only goal."),
        # the opener and a later try by one player
        ("Aldwick Saints beat Porthmere 31-12. Rhys Tolland opened the scoring with a try in the sixth minute.",
         "Rhys Tolland, whose 71st-minute try sealed Aldwick Saints' 31-12 win over Porthmere, was named player of "
         "the match."),
        # one report's opener and a second goal the other gives alone
        ("Fenmoor beat the Kessling Hawks 4-1. Ilse Vahr opened the scoring in the ninth minute.",
         "Fenmoor beat the Kessling Hawks 4-1, Ilse Vahr adding a second in the 44th minute."),
    ],
)
def test_moments_of_other_acts_or_players_are_no_conflict(error_texts, first, second):
    assert not [row for row in error_texts(first, second, _MATCH_DAY) if any(t[0].isdigit() and t.endswith(("th", "st", "nd", "rd")) for t in row)]


def test_two_goals_in_one_report_are_no_conflict_of_that_report(error_texts):
    rows = error_texts("Karsk beat Lindholm 3-1. Pia Strand scored in the 12th and 58th minutes before "
                       "Elin Moss added the third in the 77th minute.", "Karsk beat Lindholm 3-1 on Saturday.", _MATCH_DAY)
    assert rows == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Korsak won the rapid playoff 1.5-0.5 on Sunday.", [("1.5-0.5", 1.5, 0.5)]),
        ("India beat Norway 2½-1½ in the fourth round.", [("2½-1½", 2.5, 1.5)]),
        ("The Dutch team drew 2-2 and then lost the match 3.5-4.5.", [("2-2", 2.0, 2.0), ("3.5-4.5", 4.5, 3.5)]),
        ("The index rose 1.5-2.5 points after the win.", []),  # a range in a unit
        ("Growth slowed to 1.5-2.5% after the defeat.", []),  # a range of percentages
    ],
)
def test_a_score_in_half_points_is_a_score(text, expected):
    assert _scores(text) == expected


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Korsak won the rapid playoff 1.5-0.5 on Sunday.", "Korsak won in 41 moves against Halmos on Saturday."),
        ("The Dutch side won the final match 2.5-1.5.", "The Dutch side won the final match in 38 moves."),
    ],
)
def test_a_half_point_score_is_no_count_of_moves(error_kinds, first, second):
    assert "value-conflict" not in error_kinds(first, second)


def test_two_half_point_scores_of_one_match_differ(error_kinds):
    assert "value-conflict" in error_kinds(
        "Korsak beat Halmos 2.5-1.5 in the rapid playoff on Sunday.", "Korsak beat Halmos 3-1 in the rapid playoff on Sunday."
    )
