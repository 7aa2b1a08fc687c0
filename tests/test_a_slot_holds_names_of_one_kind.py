"""One slot holds names of one kind: a person's name and a place's name said beside one noun say two things
("Rower Ida Marsh" is who she is, "the rower from Kelby" where she is from), not two holders of one role."""

from __future__ import annotations


def test_a_person_and_a_place_beside_one_noun_do_not_conflict(headlined_errors):
    found = headlined_errors(
        ("2025-02-22", "Rower Ida Marsh: 'The sea tested me'", "Ida Marsh has described the moment she knew the record "
         "was hers."),
        ("2025-03-07", "Week in brief", "The rower from Kelby reached Port Sallow on 21 February after 41 days at sea. "
         "She flew home to a civic reception in Kelby."),
        kind="entity-conflict",
    )
    assert not found


def test_two_people_beside_one_noun_still_conflict(headlined_errors):
    found = headlined_errors(
        ("2025-02-22", "Record row", "The boat was skippered by Ida Marsh, who set off from Kelby in January."),
        ("2025-02-24", "Record row", "The boat was skippered by Tessa Grant, who set off from Kelby in January."),
        ("2025-03-07", "Week in brief", "The boat was skippered by Ida Marsh, who set off from Kelby in January."),
        kind="entity-conflict",
    )
    assert found
