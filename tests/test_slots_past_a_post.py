"""The slot a name fills after "by" and its post is the verb's, not the post's last word: "led by chief inspector of
mines Dagny Holm" and "to be led by the chief inspector of mines, Dagny Holm" fill the slot of "led by", as "will
be led by Arvid Kessler" does; a second agent after "and" keeps its own verb ("produced by A and directed by B")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "first",
    [
        "The minister announced an independent investigation into the Orla mine collapse, to be led by the chief "
        "inspector of mines, Dagny Holm.",
        "The minister announced an independent investigation into the Orla mine collapse, to be led by the "
        "province's chief inspector of mines, Dagny Holm.",
    ],
)
def test_one_slot_filled_by_two_people_past_a_post(error_kinds, first):
    second = "An independent investigation into the Orla mine collapse will be led by Arvid Kessler, a senior official."
    assert "entity-conflict" in error_kinds(first, second)


def test_a_second_agent_keeps_its_own_verb(error_kinds):
    first = "Colvera is a 2011 French film co-written and produced by Luc Bessard and directed by Olivier Magnon."
    second = "Colvera is a 2011 French film directed by Olivier Magnon."
    assert "entity-conflict" not in error_kinds(first, second)
