"""Two figures each hedged as near the true one ("about £310m", "around £370m"; the rule "around" of
data/hedges.csv) agree when one lies within the other's hedge, not when only their widened intervals touch:
estimates a fifth apart disagree, as a reader of both sees."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The board would need about £310m a year in extra funding, the audit office said.",
            "The audit office said the board needs around £370m a year in extra funding.",
        ),
        ("Officials said about 4,500 homes were without power.", "Around 5,400 homes were without power, officials said."),
        ("The storm felled roughly 2,100 trees in the park.", "About 2,500 trees in the park were felled by the storm."),
    ],
)
def test_two_hedged_figures_a_fifth_apart_conflict(error_kinds, first, second):
    assert "value-conflict" in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Officials said about 4,500 homes were without power.", "Around 4,800 homes were without power, officials said."),
        ("The repairs will cost about £31m, the council said.", "The council put the cost of the repairs at roughly £34m."),
        ("Officials said about 4,500 homes were without power.", "Officials said 4,900 homes were without power."),
    ],
)
def test_hedged_figures_within_each_others_hedge_agree(error_kinds, first, second):
    assert "value-conflict" not in error_kinds(first, second)
