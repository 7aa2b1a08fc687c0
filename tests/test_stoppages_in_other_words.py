"""How long a thing was stopped is one length, told by any verb or noun of stopping (data/stoppage_words.csv):
"the show was halted for 25 minutes", "the music was stopped for 40 minutes", "a 25-minute pause", "play was
suspended for an hour". Another stretch of the same event (a set's length, a curfew's cut) is another figure."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "At the Brackenfield festival the show was halted for 25 minutes while medics helped the injured.",
            "At the Brackenfield festival the music was stopped for 40 minutes while medics helped the injured.",
        ),
        (
            "At the Brackenfield festival a 25-minute pause followed while medics helped the injured.",
            "The barrier collapse at the Brackenfield festival halted the set for 40 minutes.",
        ),
    ],
)
def test_one_stoppage_in_other_words_is_compared(error_kinds, first, second):
    assert "value-conflict" in error_kinds(first, second)


def test_a_stoppage_is_not_the_length_of_a_set(error_kinds):
    first = "At the Brackenfield festival the show was halted for 25 minutes while medics helped the injured."
    assert "value-conflict" not in error_kinds(first, "At the Brackenfield festival Kyte played a 90-minute set.")
