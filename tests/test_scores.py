"""Match scores: read next to a result word, as a pair of counts whichever side is named first."""

from __future__ import annotations

import pytest

from consistency import mentions


def _scores(text: str) -> list[tuple[str, float, float]]:
    return [(m.text, m.high, m.low) for m in mentions(text) if m.kind == "score"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Celtic beat Rangers 2-1 on Saturday.", [("2-1", 2.0, 1.0)]),
        ("The Sharks lost to the Bulls 14–27.", [("14–27", 27.0, 14.0)]),
        ("It was a 35-10 victory for the home side.", [("35-10", 35.0, 10.0)]),
        ("Lenz drew 0 - 0 with Karsk.", [("0 - 0", 0.0, 0.0)]),
        ("The Pilots finished with a 10-6 record.", []),  # a season's record
        ("The committee voted 5-4 to approve the plan.", []),  # no result word
        ("Prices rose 3-4% last year after the win.", []),  # a range of percentages
        ("The 2015-16 season ended in a win.", []),  # a season's years
        ("Children aged 5-11 watched the defeat.", []),
    ],
)
def test_scores_are_read_next_to_a_result(text, expected):
    assert _scores(text) == expected


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Ostrava won the tie 4-3 on aggregate.", "aggregate"),
        ("Lenz led 1-0 at half-time before the defeat.", "half-time"),
        ("Celtic beat Rangers 2-1 on Saturday.", None),
        ("Celtic beat Rangers 2-1 on Saturday, a 3-1 win on aggregate.", None),  # the next phrase's part
    ],
)
def test_a_score_says_what_part_of_a_match_it_counts(text, part):
    score = next(m for m in mentions(text) if m.kind == "score")
    assert score.unit == part


def test_a_score_is_no_range_of_figures():
    found = mentions("The Bears lost to the Colts 21-14.")
    assert [m.kind for m in found if m.start <= found[-1].start and m.kind in ("number", "score")] == ["score"]
