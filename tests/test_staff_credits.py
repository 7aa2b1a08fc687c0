"""A report's own staff credits ("(Reporting by ...; Editing by ...)") are no claims of the story.

Two wire reports of one event are written and edited by different people; their credit lines must not read as
two people named for one fact. A sentence that only opens like a credit and speaks of the story keeps its claims.
"""

from __future__ import annotations

import pytest

import consistency

STORY = "Flames tore through a warehouse in Varde on Tuesday, the fire service said."


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("(Reporting by Ana Ruiz in Lima; Editing by Tom Hale)", "(Reporting by Ana Ruiz in Lima; Editing by Jon Berg)"),
        ("(Reporting by Ana Ruiz; Writing by Paul Lowe; Editing by Tom Hale)", "(Reporting by Mira Sand; Editing by Tom Hale)"),
        ("Additional reporting by Ana Ruiz; editing by Tom Hale", "Additional reporting by Ivo Sand; editing by Kari Moen"),
        ("[Compiled by Ana Ruiz; edited by Tom Hale]", "[Compiled by Kari Moen; edited by Jon Berg]"),
    ],
)
def test_two_reports_credits_are_no_conflict(error_kinds, first, second):
    assert error_kinds(f"{STORY}\n\n{first}", f"{STORY}\n\n{second}") == []


def test_a_credit_line_gives_no_claims(tmp_path):
    (tmp_path / "a.md").write_text(
        f"---\ndate: 2025-03-12\n---\n{STORY}\n\n(Reporting by Ana Ruiz in Lima; Editing by Tom Hale)\n", encoding="utf-8"
    )
    texts = {c.mention.text for c in consistency.claims([tmp_path])}
    assert "Tuesday" in texts
    assert not texts & {"Ana Ruiz", "Tom Hale", "Lima"}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # not in brackets, a "written by" sentence speaks of the book
        ("Written by Ana Ruiz, the novel won the Varde Prize in 2019.", "Written by Kari Moen, the novel won the Varde Prize in 2019."),
        ("Edited by Tom Hale, the anthology came out in 2019.", "The anthology came out in 2016."),
    ],
)
def test_sentences_about_the_story_keep_their_claims(error_kinds, first, second):
    assert error_kinds(first, second)
