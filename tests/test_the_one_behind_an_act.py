"""The one said to be behind an act ("Cold Lantern, the criminal group behind the attack", "the trust said Cold
Lantern was behind the attack") fills the slot of who did it, as "the attack was carried out by BlackVesper" does:
two names in that slot conflict. Someone behind another thing (an appeal) is not compared with the attack's doer."""

from __future__ import annotations

import pytest

DONE_BY = "The attack on the hospital was carried out by BlackVesper."


@pytest.mark.parametrize(
    "second",
    [
        "Cold Lantern, the criminal group behind the attack on the hospital, posted files on its leak site.",
        "The hospital said Cold Lantern was behind the attack.",
    ],
)
def test_the_one_behind_an_act_is_its_doer(error_texts, second):
    assert {"BlackVesper", "Cold Lantern"} in map(set, error_texts(DONE_BY, second))


def test_someone_behind_another_thing_is_not_compared(error_texts):
    second = "Ana Ruiz, the nurse behind the appeal for the hospital, said donors had been generous."
    assert not any("Ana Ruiz" in row for row in error_texts(DONE_BY, second))
