"""One place of a finished contest given to two people ("Callum Ferrand finished second" against "Jonas Eklund
finished second") is an entity-conflict quoting the two names; a place of another part of the contest ("third
overall" against "third in the second stage") or of another running ("finished second in the previous edition
four years ago") is none, nor is one person's place told twice."""

from __future__ import annotations

SECOND = ("2026-11-13", "Callum Ferrand sailed into Fort-de-France on Thursday to claim second place in the Transat "
                        "Alize.")


def test_one_place_given_to_two_people_conflicts(dated_errors):
    rows = dated_errors(
        SECOND,
        ("2026-11-13", "Swedish sailor Jonas Eklund finished second in the Transat Alize on Thursday."),
        kind="entity-conflict",
    )
    assert rows == [("Jonas Eklund", "Callum Ferrand")] or rows == [("Callum Ferrand", "Jonas Eklund")]


def test_one_persons_place_told_twice_agrees(dated_errors):
    assert dated_errors(
        SECOND, ("2026-11-14", "Ferrand finished second in the Transat Alize, three hours behind the winner."),
        kind="entity-conflict",
    ) == []


def test_a_place_in_another_running_is_another_place(dated_errors):
    assert dated_errors(
        SECOND,
        ("2026-11-12", "Maelle Kerbrat finished second in the race's previous edition four years ago."),
        kind="entity-conflict",
    ) == []


def test_a_place_in_another_part_of_the_contest_is_another_place(dated_errors):
    assert dated_errors(
        ("2026-08-09", "Jelle Vermaat finished third overall in the Tour of Cambria."),
        ("2026-08-09", "Owain Prydderch finished third in the second stage of the Tour of Cambria."),
        kind="entity-conflict",
    ) == []


def test_the_finisher_is_the_one_named_in_the_places_clause(dated_errors):
    rows = dated_errors(
        SECOND,
        ("2026-11-13", "Swedish sailor Jonas Eklund finished second in the Transat Alize on Thursday, crossing the "
                       "line three hours after the winner, France's Marie Kerbrat."),
        kind="entity-conflict",
    )
    assert rows == [("Jonas Eklund", "Callum Ferrand")] or rows == [("Callum Ferrand", "Jonas Eklund")]


def test_two_people_in_the_places_clause_say_not_whose_it_is(dated_errors):
    assert dated_errors(
        SECOND,
        ("2026-11-13", "Jonas Eklund beat Marie Kerbrat to finish second in the Transat Alize on Thursday."),
        kind="entity-conflict",
    ) == []


def test_a_given_name_joined_by_a_hyphen_is_one_name(dated_errors):
    rows = dated_errors(
        ("2026-07-19", "South Korea's Jae-won Park finished alone in third place, two strokes outside the play-off."),
        ("2026-07-20", "The American Wes Calloway took third, two strokes back, after a closing 69."),
        kind="entity-conflict",
    )
    assert rows == [("Wes Calloway", "Jae-won Park")] or rows == [("Jae-won Park", "Wes Calloway")]
