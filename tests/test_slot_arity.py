"""Which slots hold one name and which hold many (data/slot_arity.csv), as the same-slot rule reads them."""

from __future__ import annotations

import csv
from importlib import resources

import pytest

from consistency.rules.slots import filled_again, many_valued, one_thing_done_to, single_valued
from consistency.terms import stem


def _tags(*words: str) -> set[str]:
    return {"<" + stem(w) for w in words}


@pytest.mark.parametrize(
    ("words", "single", "many"),
    [
        (("born",), True, False),
        (("based",), True, False),
        (("directed",), True, False),
        (("starred",), False, True),
        (("members",), False, True),
        (("born", "starred"), False, False),  # a mix says neither
        (("founded",), False, False),  # a few founders, named in full: compared by what else the sentences say
        (("interviewed",), False, False),  # a slot the file does not know keeps its old reading
        (("attended",), False, True),  # many attend one event
        ((), False, False),
    ],
)
def test_slot_arity(words, single, many):
    assert single_valued(_tags(*words)) is single
    assert many_valued(_tags(*words)) is many


def test_the_arity_file_says_one_few_or_many_once_per_word():
    with resources.files("consistency.data").joinpath("slot_arity.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows and all(r["arity"] in ("one", "few", "many") for r in rows)
    words = [r["word"] for r in rows]
    assert len(words) == len(set(words))


@pytest.mark.parametrize(
    ("words", "one"),
    [
        (("joined",), True),  # a player joins one club at a time
        (("sang",), False),  # one singer, many songs
        (("won",), False),  # a team wins many games
        ((), False),
    ],
)
def test_what_a_verb_is_done_to(words, one):
    assert one_thing_done_to(_tags(*words)) is one


@pytest.mark.parametrize(
    ("words", "again"),
    [
        (("won",), True),  # a prize every year
        (("awarded",), True),  # one slot with "won"
        (("held",), True),  # a summit every spring
        (("founded",), False),  # once
        (("born",), False),
        (("won", "born"), False),
    ],
)
def test_slots_filled_anew(words, again):
    assert filled_again(_slot_names_of(*words)) is again


def _slot_names_of(*words: str) -> set[str]:
    """The slots the words name, as the same-slot rule shares them ("awarded" is a slot of "won")."""
    names = {"<" + stem(r["word"]): "<" + stem(r["slot"] or r["word"]) for r in _rows()}
    return {names.get(t, t) for t in _tags(*words)}


def _rows() -> list[dict[str, str]]:
    with resources.files("consistency.data").joinpath("slot_arity.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))
