"""'Over' before a duration, right after a participle of what was done, is the span it was done across ('held
over three days'); after a verb of the stretch itself, or an active verb, it stays a bound ('lasted over')."""

from __future__ import annotations

import pytest

from consistency import mentions


def _bounds(text: str) -> list[tuple[str, float, float]]:
    return [(m.text, m.low, m.high) for m in mentions(text) if m.kind == "quantity"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Varn festival was held over three days.", [("three days", 2.5, 3.5)]),
        ("The samples, collected over 12 months, showed a rise.", [("12 months", 11.5, 12.5)]),
        ("The Orsk open, played over nine days, ended on Sunday.", [("nine days", 8.5, 9.5)]),
        ("Talks were staged over 12 days in Geneva.", [("12 days", 11.5, 12.5)]),
        # a past with its counted object before "over": the span the doing went on across
        ("The charity raised £2m over five years.", [("five years", 4.5, 5.5)]),
        ("The survey tracked 8,300 households over six years.", [("8,300 households", 8299.5, 8300.5), ("six years", 5.5, 6.5)]),
        ("Police arrested 12 people over three days.", [("12 people", 11.5, 12.5), ("three days", 2.5, 3.5)]),
    ],
)
def test_over_after_a_participle_of_what_was_done_is_a_span(text, expected):
    assert _bounds(text) == expected


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("The summit was delayed over three hours by fog.", 3.0),  # the stretch is the delay itself
        ("The foreman has worked over 30 years at the site.", 30.0),  # an active verb's stretch
        ("The deal came after over three days of talks.", 3.0),  # no verb
        ("The strike has lasted over two weeks.", 2.0),
        ("Sales of 40,000 units over two years were expected.", 2.0),  # no verb before the counted object
    ],
)
def test_over_after_a_verb_of_the_stretch_or_no_participle_is_a_bound(text, low):
    (found,) = _bounds(text)
    assert (found[1], found[2]) == (low, float("inf"))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The Varn festival was held over three days and drew 40,000 people.",
         "The Varn festival lasted three days and drew 40,000 people."),
        ("The Orsk open, played over nine days, was won by Ana Holt.", "The nine-day Orsk open was won by Ana Holt."),
    ],
)
def test_a_span_agrees_with_the_same_duration(error_kinds, first, second):
    assert "value-conflict" not in error_kinds(first, second)


def test_a_bound_still_conflicts_with_the_same_figure(error_kinds):
    assert "value-conflict" in error_kinds(
        "The Varn summit was delayed over three hours by fog.", "The Varn summit was delayed by three hours because of fog."
    )
