"""An act done to "it" (or "them") is done to the thing a sentence before named, whatever words follow it: "the
collector, who bought it in a private sale in 1991" and "when Kenji Morisaki bought his Castellani in 1994" date
one purchase. An act of the same verb done to a thing brought in as new ("bought a second car in 1994") is another
act."""

from __future__ import annotations

FIRST = (
    "2025-08-14",
    "A 1959 Castellani sold for $21 million on Friday. The car was consigned by Japanese collector Kenji Morisaki, "
    "who bought it in a private sale in 1991 and has rarely shown it in public since.",
)


def test_an_act_on_it_and_on_the_thing_named_date_one_act(dated_errors):
    second = ("2025-08-16", "When Kenji Morisaki bought his Castellani in 1994, he paid a price that friends told him "
                            "was madness.")
    found = dated_errors(FIRST, second, kind="date-conflict")
    assert any(set(row) == {"1991", "1994"} for row in found)


def test_an_act_on_a_thing_brought_in_as_new_is_another(dated_errors):
    second = ("2025-08-16", "Kenji Morisaki bought a second Castellani in 1994, a road car he still drives.")
    assert dated_errors(FIRST, second, kind="date-conflict") == []
