"""A public service's post said in full ("chief fire officer", "chief constable") is a post of the story's own,
before the name with no words describing it ("Chief constable Aled Price said") or after a possessive ("the
force's chief constable, Ruth Mayne,"): two people named to it disagree. Another post, a deputy's or a past
holder's is not the same one."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The blaze at the Orbury paper mill was under control by dawn, said the county's chief fire officer, Jane Collier.",
            "Chief fire officer Tom Reddy said the blaze at the Orbury paper mill was under control by dawn.",
        ),  # disasters
        (
            "Chief constable Aled Price said the Hexley march had passed off peacefully.",
            "The force's chief constable, Ruth Mayne, said the Hexley march had passed off peacefully.",
        ),  # policing
        (
            "Chief medical officer Dr Lena Hart said the Quarry Lane outbreak was contained.",
            "The Quarry Lane outbreak was contained, said the region's chief medical officer, Dr Owen Price.",
        ),  # health
    ],
)
def test_two_holders_of_a_post_said_in_full_conflict(error_kinds, first, second):
    assert "entity-conflict" in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Chief fire officer Tom Reddy said the blaze at the Orbury paper mill was under control by dawn.",
            "Chief medical officer Jane Collier said the blaze at the Orbury paper mill had hurt no one.",
        ),  # two posts
        (
            "Chief fire officer Tom Reddy said the blaze at the Orbury paper mill was under control by dawn.",
            "Deputy chief fire officer Jane Collier said the blaze at the Orbury paper mill was under control by dawn.",
        ),  # a deputy's post
        (
            "Chief constable Aled Price said the Hexley march had passed off peacefully.",
            "Former chief constable Ruth Mayne said the Hexley march had passed off peacefully.",
        ),  # a past holder
    ],
)
def test_other_posts_are_not_compared(error_kinds, first, second):
    assert "entity-conflict" not in error_kinds(first, second)


def test_the_row_names_the_post_in_plain_words(tmp_path):
    import consistency

    for name, text in (
        ("a", "The blaze was out by dawn, said the county's chief fire officer, Jane Collier."),
        ("b", "Chief fire officer Tom Reddy said the blaze was out by dawn."),
    ):
        (tmp_path / f"{name}.md").write_text(f"---\ndate: 2025-06-14\n---\n{text}\n", encoding="utf-8")
    (row,) = [d for d in consistency.check([tmp_path]).discrepancies if d.kind == "entity-conflict"]
    assert row.summary.startswith("the chief fire officer: ") and "  " not in row.explanation, row.summary
