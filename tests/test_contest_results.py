"""A contest's result told the many ways copy tells it: from the loser's side, as the hosts' and the visitors'
goals, the crowd that watched, and a finished count's final figures."""

from __future__ import annotations

import pytest

import consistency


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
        (  # rugby, the crowd told as who watched
            "Carlow beat Denton 24-20 on Saturday before 27,400 fans.",
            "Denton's 24-20 defeat at Carlow on Saturday was watched by 24,700.",
            {"27,400", "24,700"},
        ),
        (  # cricket
            "Harwick beat Lydon by six wickets on Saturday before 18,700 spectators at the Oval.",
            "An attendance of 17,800 watched Lydon lose to Harwick by six wickets on Saturday.",
            {"18,700", "17,800"},
        ),
    ],
)
def test_one_matchs_crowd_told_twice_differently_is_a_conflict(error_texts, first, second, texts):
    assert any(set(row) == texts for row in error_texts(first, second))


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
        (  # fans who marched are no crowd that watched
            "About 2,000 fans marched to the ground on Saturday to protest against the owners.",
            "A crowd of 31,000 watched Dunmore beat Kilbride 2-0 on Saturday.",
        ),
        (  # how long ago a crowd was as big is no crowd
            "Harwick beat Lydon by six wickets on Saturday before 18,700 spectators at the Oval.",
            "Harwick drew their biggest crowd for nine years as they beat Lydon on Saturday.",
        ),
    ],
)
def test_a_capacity_an_average_or_a_time_is_no_other_crowd(error_texts, first, second):
    assert error_texts(first, second) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Millbrook went down 3-2 to Ashgrove on Saturday.", [("3-2", None)]),
        ("The Selby Kings were beaten 98-91 by the Tarnow Hawks.", [("98-91", None)]),
        ("Lydon were 2-0 down at the break but won 3-2.", [("2-0", "break"), ("3-2", None)]),  # the half-time score
        ("The visitors were still 1-0 up at the break.", []),  # no result
        ("Shares went down 3-4 per cent on the news.", []),  # a range of shares
        ("The hosts scored four, the visitors two.", [("four, the visitors two", None)]),
        ("The home side scored 27 points and the visitors 19.", [("27 points and the visitors 19", None)]),
        ("The hosts scored 412 runs, the visitors 389.", [("412 runs, the visitors 389", None)]),
        ("By half-time the hosts had scored two, the visitors one.", [("two, the visitors one", "half-time")]),
        ("The hosts had 14 shots, the visitors 9.", []),  # shots are no score
        ("Orsa lost 1-3 at home to Ashby Town.", [("1-3", None)]),
        ("Temperatures went down 5-10 degrees after the defeat.", []),  # a range in a unit
        ("The index lost 10-12 points on the day.", []),
    ],
)
def test_a_result_told_by_the_loser_or_by_hosts_and_visitors_is_a_score(text, expected):
    found = [(m.text, m.unit) for m in consistency.mentions(text) if m.kind == "score"]
    assert found == expected


@pytest.mark.parametrize(
    ("first", "second", "texts"),
    [
        (  # football, from the loser's side
            "Ashby Town beat Orsa 4-2 on Saturday.",
            "Orsa went down 4-1 to Ashby Town on Saturday.",
            {"4-2", "4-1"},
        ),
        (  # handball, the loser's defeat
            "Lindholm beat Varsta 30-26 on Saturday.",
            "Varsta's 30-25 defeat at Lindholm on Saturday ended their title hopes.",
            {"30-26", "30-25"},
        ),
        (  # basketball, hosts and visitors
            "The Tarnow Hawks beat the Selby Kings 98-91 on Saturday.",
            "The Selby Kings lost at the Tarnow Hawks on Saturday. The hosts scored 98 points, the visitors 89.",
            {"98-91", "98 points, the visitors 89"},
        ),
        (  # ice hockey, lost at home
            "The Wolves beat Kessel 4-2 away on Saturday.",
            "Kessel lost 1-4 at home to the Wolves on Saturday.",
            {"4-2", "1-4"},
        ),
        (  # tennis sets told by the loser
            "Mara Velic beat Ines Sorn 6-4 on Saturday to reach the final.",
            "Ines Sorn lost 6-3 to Mara Velic on Saturday.",
            {"6-4", "6-3"},
        ),
    ],
)
def test_one_result_told_from_either_side_with_another_score_is_a_conflict(error_texts, first, second, texts):
    assert any(set(row) == texts for row in error_texts(first, second))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (  # the same result from the loser's side
            "Ashby Town beat Orsa 4-2 on Saturday.",
            "Orsa went down 2-4 at home to Ashby Town on Saturday.",
        ),
        (  # a half-time score
            "Ashby Town beat Orsa 4-2 on Saturday.",
            "Orsa were 2-0 down at the break against Ashby Town on Saturday but lost 4-2.",
        ),
        (  # an aggregate over two legs and a shoot-out
            "Ashby Town beat Orsa 4-2 on Saturday.",
            "Orsa lost 4-2 to Ashby Town on Saturday, went out 5-5 on aggregate and lost 3-1 on penalties.",
        ),
        (  # an earlier meeting
            "Ashby Town beat Orsa 4-2 on Saturday.",
            "Orsa beat Ashby Town 3-0 in March 2023.",
        ),
        (  # the clubs' other teams
            "Ashby Town beat Orsa 4-2 on Saturday.",
            "Orsa's women's team lost 3-1 to Ashby Town, and their reserves lost 2-0 to Ashby Town.",
        ),
        (  # the hosts and visitors of a report that names one side only
            "Ashby Town beat Orsa 4-2 on Saturday.",
            "Redbank beat Ashby Town 3-0 in 2011. Ashby Town were at home on Saturday. The hosts scored two, the visitors one.",
        ),
    ],
)
def test_the_same_result_a_part_of_it_or_another_match_is_no_conflict(error_texts, first, second):
    assert not any({"4-2"} & set(row) and len(set(row)) > 1 for row in error_texts(first, second))


@pytest.mark.parametrize(
    ("first", "second", "texts"),
    [
        (  # a mayoral race: the winner's margin and the loser's
            "Ines Marr won the race for mayor of Dunholt with 21,300 votes to Paul Crane's 18,650, a margin of 2,650 "
            "votes, the electoral office said after all ballots were counted.",
            "Paul Crane, who lost the mayoral race in Dunholt by 2,560 votes, conceded on Sunday.",
            {"2,650 votes", "2,560 votes"},
        ),
        (  # a club presidency, the day of the vote told in one report only
            "Tomas Reyes won the club's presidential election by 412 votes on Saturday.",
            "Reyes, who beat Ana Solis to the presidency by 421 votes, named his board on Sunday.",
            {"412 votes", "421 votes"},
        ),
    ],
)
def test_a_finished_races_margin_told_twice_differently_is_a_conflict(error_texts, first, second, texts):
    assert any(set(row) == texts for row in error_texts(first, second))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (  # a lead while ballots are counted may grow
            "Ines Marr was leading Paul Crane by 1,900 votes in the Dunholt mayoral race with 88% of ballots counted.",
            "Ines Marr won the Dunholt mayoral race by 2,650 votes after all ballots were counted.",
        ),
        (  # a recount may change a margin
            "Ines Marr won the Dunholt mayoral race by 87 votes, and Paul Crane asked for a recount.",
            "The recount in Dunholt confirmed Ines Marr's win, by 112 votes.",
        ),
        (  # a margin of an earlier race
            "Ines Marr won the Dunholt mayoral race by 2,650 votes.",
            "Paul Crane had won the Dunholt mayoral race in 2019 by 1,200 votes.",
        ),
    ],
)
def test_a_running_lead_a_recount_or_another_race_is_no_conflict_of_the_margin(error_texts, first, second):
    assert error_texts(first, second) == []


@pytest.mark.parametrize(
    ("first", "second", "texts"),
    [
        (  # cycling: "won by", and the margin told as a noun
            "Grace Okoye won the Tour of Varn by 19 seconds on Sunday.",
            "The final margin was nine seconds, the closest finish in the Tour of Varn's history.",
            {"19 seconds", "nine seconds"},
        ),
        (  # golf: a win's margin in strokes, told as the winning margin in the final
            "Sara Haddad won the Brennock Open final by three strokes.",
            "Sara Haddad's winning margin in the Brennock Open final was five strokes.",
            {"three", "five"},
        ),
        (  # rowing: the victory told with its margin after a comma
            "Linwood clung on to win the Carrow Boat Race by two lengths on Saturday.",
            "Linwood's victory in the Carrow Boat Race, by three lengths, was their first since 2011.",
            {"two", "three"},
        ),
    ],
)
def test_a_contests_margin_in_its_own_units_told_twice_differently_is_a_conflict(error_texts, first, second, texts):
    assert any(set(row) == texts for row in error_texts(first, second))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (  # a stage's margin is not the race's
            "Grace Okoye won the fourth stage of the Tour of Varn by 38 seconds on Thursday.",
            "Grace Okoye won the Tour of Varn overall by nine seconds.",
        ),
        (  # one winner, two contests
            "Last year Grace Okoye won the Brell time trial by 1min 12sec.",
            "Last year Grace Okoye beat Ines Marto by 1min 04sec in the Tour of Varn.",
        ),
        (  # last year's margin is not this year's
            "Last year Grace Okoye won the Tour of Varn by one minute four seconds.",
            "Grace Okoye won the Tour of Varn by nine seconds on Sunday.",
        ),
        (  # a lead while the race goes on is no margin of the win
            "Grace Okoye leads the Tour of Varn by 52 seconds with two stages left.",
            "Grace Okoye won the Tour of Varn by nine seconds on Sunday.",
        ),
        (  # a margin of error is no margin of a win
            "The poll gives Marr 52% with a margin of error of three points.",
            "Marr won the Dunholt mayoral race by five points.",
        ),
    ],
)
def test_a_part_another_contest_or_a_lead_is_no_conflict_of_a_contests_margin(error_texts, first, second):
    assert error_texts(first, second) == []


def test_a_margin_told_as_a_compound_before_its_noun_is_the_contests_margin(error_texts):
    rows = error_texts(
        "Sara Haddad won the Brennock Open by a three-stroke margin on Sunday.",
        "Sara Haddad won the Brennock Open by a margin of five strokes.",
    )
    assert ("three", "five") in rows, rows
