"""A place in a contest's order ("in the ninth round", "in the third") tells when an act happened, and a report of
a fight or a race tells several: two such places are the place of one act only when their clauses tell it in some
word beside the part's noun and the names ("stopped him in the ninth round", "the ninth-round stoppage")."""

from __future__ import annotations


def test_the_round_of_a_cut_is_not_the_round_of_the_stoppage(headlined_errors):
    first = ("2025-04-12", "Quinn wins title in Carrow",
             "Dara Quinn stopped Marco Villen in the ninth round on Saturday to win the lightweight title.")
    later = ("2025-04-12", "Carrow fight: how it was won",
             "The cut Villen opened over Quinn's left eye in the third round bled for the rest of the night.")
    assert headlined_errors(first, later) == []


def test_one_report_tells_the_rounds_of_two_acts(headlined_errors):
    only = ("2025-04-12", "Quinn stops Villen in ninth",
            "Dara Quinn stopped Marco Villen in the ninth round on Saturday. Villen had opened a cut over Quinn's "
            "eye in the third.")
    assert headlined_errors(only) == []


def test_two_rounds_of_one_stoppage_disagree(headlined_errors):
    first = ("2025-04-12", "Quinn crowned champion after ninth-round stoppage",
             "Dara Quinn is the new lightweight champion.")
    later = ("2025-04-12", "Carrow fight review",
             "Dara Quinn's eighth-round stoppage of Marco Villen drew a record television audience.")
    assert "r0 says ninth, r1 says eighth" in headlined_errors(first, later, kind="value-conflict")


def test_a_place_on_a_list_is_no_part_of_a_contest(headlined_errors):
    first = ("2025-04-12", "Tova Lind's new single",
             "Her debut EP was released in June 2019 with its second single, \"Harbour Lights\", peaking at number "
             "three on the Top 100.")
    later = ("2025-04-12", "Harbour Lights", "Tova Lind's \"Harbour Lights\" reached number three on the Top 100.")
    assert headlined_errors(first, later) == []
