"""An office just taken ("the new MP", "the newly elected mayor") is held beside the calling its holder had: a
family doctor elected MP, a teacher elected mayor, are no person given two callings. An office held, against a
calling of another field, still is ("a fashion model" / "a US senator")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Hana Treloar, a 38-year-old family doctor, took 13,912 votes in the Kelby by-election.",
         "Dr Hana Treloar is the new MP for Kelby after a long night of counting."),
        ("Tom Varley, a secondary school teacher, won the Harwell mayoral race.",
         "Tom Varley, the newly elected mayor of Harwell, thanked his supporters."),
    ],
)
def test_an_office_just_taken_is_no_second_calling(error_kinds, first, second):
    assert "entity-conflict" not in error_kinds(first, second)


def test_an_office_held_against_another_calling_is_a_conflict(error_kinds):
    assert "entity-conflict" in error_kinds("Dana Whitfield is an American fashion model.", "Dana Whitfield is a US senator.")
