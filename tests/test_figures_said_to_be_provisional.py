"""A clause that says what the sentence's figure is makes it of that kind (data/frame_words.csv): "escaped with about
$80,000, although police cautioned that the figure was provisional" is an initial figure, which a final count may
replace without contradicting it."""

from __future__ import annotations

from consistency.align.frames import frame_of
from consistency.model import Sentence
from consistency.parse import mentions

PROVISIONAL = ("Police said the robbers escaped with about $80,000, although they cautioned that the figure was "
               "provisional until the bank had completed a count.")


def test_a_figure_said_to_be_provisional_is_an_initial_one():
    (m,) = [m for m in mentions(PROVISIONAL) if m.kind == "money"]
    assert "initial" in frame_of(Sentence(0, len(PROVISIONAL), PROVISIONAL), m).qualifiers


def test_a_provisional_figure_is_no_rival_of_the_final_count(headlined_errors):
    found = headlined_errors(
        ("2025-06-05", "Bank robbed in Kelso", f"Two masked men robbed the Mill Street branch on Thursday. {PROVISIONAL}"),
        ("2025-06-14", "Robbery: the final count", "The two men who robbed the Mill Street branch escaped with $68,400 "
         "in cash."),
        kind="value-conflict",
    )
    assert not found


def test_two_counts_neither_said_to_be_provisional_still_conflict(headlined_errors):
    found = headlined_errors(
        ("2025-06-11", "Robbery: man held", "The two men who robbed the Mill Street branch escaped with $86,400 in cash."),
        ("2025-06-14", "Robbery: the final count", "The two men who robbed the Mill Street branch escaped with $68,400 "
         "in cash."),
        kind="value-conflict",
    )
    assert found
