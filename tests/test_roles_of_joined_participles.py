"""A company's role said by the second of two joined participles is still its role for the thing: "the footbridge
was designed and built by Harlow Structures" names its maker, as "was built by" does."""

from __future__ import annotations

import consistency
from consistency.rules.companies import role_of

BUILT = ("2025-09-04", "Footbridge opens", "The new Tarrow footbridge was built by the engineering group Carrow "
         "Engineering, with work beginning in 2023.")
WEEK = ("2025-09-19", "Week in brief", "The £12m footbridge, built by Carrow Engineering, carried 9,000 people on "
        "its first day.")


def test_a_joined_participle_names_the_maker(tmp_path):
    text = "The footbridge was designed and built by Harlow Structures and opened on Monday."
    (tmp_path / "a.md").write_text(f"---\ndate: 2025-09-10\n---\n{text}\n", encoding="utf-8")
    (claim,) = [c for c in consistency.claims([str(tmp_path)]) if c.mention.text == "Harlow Structures"]
    role = role_of(claim)
    # a footbridge is a bridge by its kind (data/kind_nouns.csv)
    assert role is not None and (role.role, role.thing) == ("maker", "bridge")


def test_another_maker_by_joined_participles_conflicts(headlined_errors):
    odd = ("2025-09-10", "Footbridge: the makers", "The footbridge was designed and built by Harlow Structures and "
           "opened on Monday.")
    assert headlined_errors(BUILT, odd, WEEK, kind="entity-conflict")
