"""Two ranks of one thing on one named list are one quantity: "peaked at number four" vs "reached number six"."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        ("Lena Voss's single Glass Roads peaked at number four on the Nordic Singles Chart.",
         "Glass Roads by Lena Voss reached number six on the Nordic Singles Chart.", True),
        ("Lena Voss's single Glass Roads peaked at number four on the Nordic Singles Chart.",
         "Glass Roads by Lena Voss climbed to number four on the Nordic Singles Chart.", False),
        # two songs on one chart: only the chart is shared
        ("Lena Voss's single Glass Roads peaked at number four on the Nordic Singles Chart.",
         "Harbour Lights reached number six on the Nordic Singles Chart.", False),
        ("Karsk University placed seventh in the Baltic Research Ranking this year.",
         "The Baltic Research Ranking puts Karsk University ninth this year.", True),
    ],
)
def test_ranks_on_one_named_list(error_kinds, first, second, flagged):
    assert ("value-conflict" in error_kinds(first, second)) is flagged
