"""An age that is not the age of the person a story names: one of a list of ages ("they are four, six and nine
years old", "the children, aged 3, 7 and 12"), several people's; or an age said after the noun an indefinite
article brings in ("an elephant calf just ten days old"), someone new, not the named one."""

from __future__ import annotations

import pytest

from tests.test_time_frames import rows


def _values(found: set) -> set[tuple[str, ...]]:
    return {texts for kind, texts in found if kind == "value-conflict"}


OTHERS_AGES = [
    # sport: a rower's grandchildren, in a quote
    (
        ("2026-08-20", "Nine years after she took up rowing, the 61-year-old retired nurse from Tartu has rowed "
                       "across the Baltic alone."),
        ("2026-08-21", "Marta Kask, the rower who crossed the Baltic alone, said her grandchildren wanted to try it. "
                       "\"But they are four, six and nine years old, so not yet,\" she said."),
    ),
    # disasters: a fire chief and the children he saved
    (
        ("2026-03-02", "Fire chief Oskar Lind, 52, said the blaze in Varby began in the kitchen."),
        ("2026-03-03", "Fire chief Oskar Lind said the family escaped the Varby blaze. The children, aged 3, 7 and "
                       "12, were treated for smoke."),
    ),
    # animals: the father and a newborn calf
    (
        ("2026-04-16", "The father, 21-year-old Raja, came to Osterby zoo in 2019 on loan from a park in Poland."),
        ("2026-04-27", "Over the weekend, 3,100 people came to Osterby zoo to see an elephant calf just ten days old."),
    ),
    (
        ("2026-05-02", "The mare, 14-year-old Stella, gave birth at the Hallin stud on Friday."),
        ("2026-05-06", "Visitors lined up at the Hallin stud to see a chestnut foal only four days old."),
    ),
]


@pytest.mark.parametrize(("first", "second"), OTHERS_AGES)
def test_an_age_of_others_is_not_the_named_ones(tmp_path, first, second):
    assert _values(rows(tmp_path, {"a": first, "b": second})) == set()


ONE_PERSONS_AGES = [
    (
        ("2026-08-20", "The 61-year-old retired nurse Marta Kask from Tartu has rowed across the Baltic alone."),
        ("2026-08-21", "Marta Kask, 59, a retired nurse from Tartu, has rowed across the Baltic alone."),
        ("61-year", "59"),
    ),
    (
        ("2026-04-16", "An elephant calf born at Osterby zoo is now ten days old, keepers said."),
        ("2026-04-16", "An elephant calf born at Osterby zoo is now three days old, keepers said."),
        ("ten days", "three days"),
    ),
    (
        ("2026-03-02", "Fire chief Oskar Lind, 52, and his deputy said the blaze in Varby began in the kitchen."),
        ("2026-03-03", "Fire chief Oskar Lind, 57, said the Varby blaze began in the kitchen."),
        ("52", "57"),
    ),
]


@pytest.mark.parametrize(("first", "second", "texts"), ONE_PERSONS_AGES)
def test_one_persons_two_ages_still_conflict(tmp_path, first, second, texts):
    assert texts in _values(rows(tmp_path, {"a": first, "b": second}))
