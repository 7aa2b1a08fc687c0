"""A word of two joined by a hyphen and ending in -ed is an adjective ("a rain-soaked descent", "the long-awaited
report", "a state-owned bank"), not the past verb of a clause of its own; after a prefix it is one ("was
re-elected on Sunday"). An event told in a phrase keeps its date when only such an adjective stands between them."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.align.frames import event_word, verb_kind
from consistency.model import Sentence
from consistency.parse import mentions


@pytest.mark.parametrize("word", ["rain-soaked", "long-awaited", "state-owned", "tree-lined", "so-called"])
def test_a_word_after_another_word_and_a_hyphen_is_no_verb(word):
    assert verb_kind(word) is None


@pytest.mark.parametrize("word", ["re-elected", "co-founded", "self-isolated", "soaked", "awaited"])
def test_a_past_after_a_prefix_or_alone_is_a_verb(word):
    assert verb_kind(word) == "past"


@pytest.mark.parametrize("text", [
    "Thirty riders went down in a crash on a rain-soaked descent on Tuesday.",
    "Two drivers were hurt in a crash on the tree-lined avenue near the stadium on Tuesday.",
])
def test_an_event_in_a_phrase_keeps_its_day_past_an_adjective(text):
    (m,) = [m for m in mentions(text, dt.date(2026, 6, 10)) if m.text == "Tuesday"]
    assert event_word(Sentence(0, len(text), text), m) == "crash"


def test_the_day_of_a_crash_on_a_rain_soaked_road_is_compared(dated_errors):
    first = ("2026-06-09", "Around 30 riders were brought down in a crash on a rain-soaked descent during the fourth "
                           "stage of the Tour of Brannock on Tuesday, race officials said.")
    second = ("2026-06-11", "Nine riders have now left the Tour of Brannock after Wednesday's crash on the descent "
                            "of the Kell Moor, race officials said.")
    assert dated_errors(first, second, kind="date-conflict") == [("Tuesday", "Wednesday's")]
