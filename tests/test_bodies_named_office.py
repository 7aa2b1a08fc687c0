"""A body whose name is everyday words ending in "Office" ("the Foreign Office", "the Cabinet Office"), or opening
with a word that labels a page's parts ("the Home Office", "the Post Office"), is a name within a sentence, and two
reports that give the same act to two such bodies disagree. The look-alikes: the label words where a line or
sentence opens ("Photo Credit:", "Home | News"), two bodies given two acts, one report naming both."""

from __future__ import annotations

import pytest

import consistency
from tests.test_places_of_one_act import _entity_rows


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The inquiry was ordered by the Home Office last year.", "Home Office"),
        ("Officials at the Foreign Office declined to comment.", "Foreign Office"),
        ("The guidance came from the Cabinet Office on Friday.", "Cabinet Office"),
        ("Staff at the Post Office in Tarvo walked out.", "Post Office"),
        ("Workers at the Design Museum walked out on Monday.", "Design Museum"),
    ],
)
def test_a_body_named_by_everyday_words_is_a_name(text, name):
    assert name in {m.text for m in consistency.mentions(text) if m.kind == "entity"}


@pytest.mark.parametrize(
    "text",
    [
        "Photo Credit: Lena Brask",  # a label that opens a line
        "Home\nThe council met on Monday.",
        "Read the full report here. Post your comments below.",  # a label that opens a sentence
    ],
)
def test_label_words_where_a_line_or_sentence_opens_are_no_name(text):
    names = {m.text for m in consistency.mentions(text) if m.kind == "entity"}
    assert not any(word in name for name in names for word in ("Photo", "Home", "Post"))


ONE_ACT_TWO_BODIES = [
    (  # politics: who commissioned a review
        ("2026-02-03", "The review of asylum hotels was commissioned by the Home Office last year."),
        ("2026-02-04", "The review of asylum hotels was commissioned by the Cabinet Office last year."),
        ("Home Office", "Cabinet Office"),
    ),
    (  # diplomacy: who summoned an ambassador
        ("2026-06-10", "The ambassador was summoned by the Foreign Office on Tuesday."),
        ("2026-06-11", "The ambassador was summoned by the Home Office on Tuesday, officials said."),
        ("Foreign Office", "Home Office"),
    ),
    (  # business: who issued the stamps
        ("2026-09-01", "The new stamps were issued by the Post Office on Monday."),
        ("2026-09-02", "The new stamps were issued by Tarvo Mail on Monday."),
        ("Post Office", "Tarvo Mail"),
    ),
]


@pytest.mark.parametrize(("first", "second", "names"), ONE_ACT_TWO_BODIES)
def test_one_act_given_to_two_bodies_conflicts(tmp_path, first, second, names):
    assert names in _entity_rows(tmp_path, first, second)


NOT_ONE_ACT = [
    (  # two bodies, two acts
        ("2026-02-03", "The review was commissioned by the Home Office last year."),
        ("2026-02-04", "The review was welcomed by the Foreign Office last year."),
    ),
    (  # one report names both bodies
        ("2026-02-03", "The review was commissioned by the Home Office last year."),
        ("2026-02-04", "The review was commissioned by the Home Office last year, and the Foreign Office welcomed it."),
    ),
    (  # written by one, leaked to the other
        ("2026-02-03", "The report was written by the Cabinet Office."),
        ("2026-02-04", "The report was leaked to the Home Office."),
    ),
]


@pytest.mark.parametrize(("first", "second"), NOT_ONE_ACT)
def test_two_acts_or_both_bodies_named_do_not_conflict(tmp_path, first, second):
    assert _entity_rows(tmp_path, first, second) == set()
