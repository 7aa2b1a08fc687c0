"""Who did a thing, said as the owner of its act ("Marta Vidal's win in the time trial", "the Conservatives' narrow
victory in the by-election"), against a report saying another did it ("Ana Ruiz won the time trial"). The
look-alikes: a win in another thing or year, a win over the other name, the same winner, and a win said with nothing
it was won in."""

from __future__ import annotations

import pytest

from tests.test_places_of_one_act import _entity_rows

ONE_THING_TWO_WINNERS = [
    (  # sport: a verb against the act's noun, the day said as a possessive
        ("2026-05-22", "Ana Ruiz won the time trial on Friday."),
        ("2026-05-23", "After Marta Vidal's win in Friday's time trial, the race tightened."),
        ("Ana Ruiz", "Marta Vidal"),
    ),
    (  # sport: "victory" in both, other words around
        ("2026-07-04", "Ivo Brandt's victory in the downhill on Saturday sealed the title."),
        ("2026-07-05", "Karl Dunne's victory in the downhill on Saturday sealed the title, his coach said."),
        ("Ivo Brandt", "Karl Dunne"),
    ),
    (  # politics: a party in the plural possessive, a word of description before the noun
        ("2026-02-27", "The Greens won the Hartlepool by-election on Thursday."),
        ("2026-02-28", "The Conservatives' narrow victory in the Hartlepool by-election on Thursday stunned Labour."),
        ("Greens", "Conservatives"),
    ),
    (  # culture: an award, "triumph at"
        ("2026-10-12", "Lena Brask won the Harlow Prize for fiction this year."),
        ("2026-10-13", "Sara Quinn's triumph at the Harlow Prize for fiction this year surprised the critics."),
        ("Lena Brask", "Sara Quinn"),
    ),
]


@pytest.mark.parametrize(("first", "second", "names"), ONE_THING_TWO_WINNERS)
def test_a_win_said_as_its_owners_noun_fills_the_winners_slot(tmp_path, first, second, names):
    assert names in _entity_rows(tmp_path, first, second)


NOT_ONE_WIN = [
    (  # another race, another day
        ("2026-05-22", "Ana Ruiz won the time trial on Friday."),
        ("2026-05-23", "Marta Vidal's win in the sprint on Saturday kept her in the lead."),
    ),
    (  # the other name is who was beaten
        ("2026-05-22", "Ana Ruiz won the time trial on Friday."),
        ("2026-05-23", "Marta Vidal's win in Friday's time trial over Ana Ruiz was her first."),
    ),
    (  # the same winner, another rider named for another thing
        ("2026-05-22", "Ana Ruiz won the time trial on Friday."),
        ("2026-05-23", "Ana Ruiz's win in the time trial on Friday came after Marta Vidal's crash."),
    ),
    (  # another year of a prize
        ("2026-10-12", "Lena Brask won the Harlow Prize in 2023."),
        ("2026-10-13", "Sara Quinn's win of the Harlow Prize in 2019 was a surprise."),
    ),
    (  # nothing said of what was won
        ("2026-05-22", "Ana Ruiz won the time trial on Friday."),
        ("2026-05-23", "Marta Vidal's win tightened the race on Friday."),
    ),
]


@pytest.mark.parametrize(("first", "second"), NOT_ONE_WIN)
def test_other_wins_do_not_conflict(tmp_path, first, second):
    assert _entity_rows(tmp_path, first, second) == set()


def test_the_year_of_a_win_said_as_its_noun_dates_the_win(dated_errors):
    assert dated_errors(
        ("2026-09-27", "Lucas Varn, who won the Harlow Classic in 2024, attacked again on the final climb."),
        ("2026-09-28", "Lucas Varn's victory in the Harlow Classic in 2025 came after a similar solo attack."),
        kind="date-conflict",
    )
