"""How long a study followed the people it enrolled ("followed 4,100 nurses for nine years", "tracked them for seven
years") is the study's follow-up, one fixed quantity of the story's study, however its reports word it; a stretch that
no study's words tell, another study's, or a median follow-up is not it."""

from __future__ import annotations

import pytest

from consistency.engine import claims


def _measures(tmp_path, text):
    (tmp_path / "a.md").write_text(f"---\ndate: 2025-03-12\n---\n\n{text}\n", encoding="utf-8")
    return {c.mention.text: c.frame.measure for c in claims(tmp_path) if c.mention.is_figure}


@pytest.mark.parametrize(
    ("text", "stretch"),
    [
        ("The study, published in the journal Heart, followed 4,100 nurses for nine years.", "nine years"),
        ("Researchers tracked 2,300 patients for five years and found fewer strokes.", "five years"),
        ("The survey monitored 1,200 households for six years.", "six years"),
    ],
)
def test_a_study_following_its_people_for_a_stretch_is_its_follow_up(tmp_path, text, stretch):
    assert _measures(tmp_path, text)[stretch] == "follow-up"


@pytest.mark.parametrize(
    ("text", "stretch"),
    [
        ("Police monitored 300 sites for two weeks.", "two weeks"),  # no study
        ("An earlier study in Denmark followed 12,000 people for 20 years.", "20 years"),  # another study
        ("Another large trial tracked 900 men for 12 years.", "12 years"),
        ("Scientists at the observatory have monitored the volcano for 40 years.", "40 years"),  # no one counted
        ("The 4,100 nurses were followed by the team, which has worked for 14 years at the study centre.", "14 years"),
    ],
)
def test_other_stretches_are_no_follow_up(tmp_path, text, stretch):
    assert _measures(tmp_path, text)[stretch] != "follow-up"


def test_a_median_follow_up_is_told_apart(tmp_path):
    (tmp_path / "a.md").write_text(
        "---\ndate: 2025-03-12\n---\n\nThe trial followed 800 patients, who were tracked for a median of 4.2 years.\n",
        encoding="utf-8",
    )
    (found,) = [c for c in claims(tmp_path) if c.mention.text == "4.2 years"]
    assert "median" in found.frame.qualifiers


@pytest.mark.parametrize(
    ("first", "second", "pair"),
    [
        ("The study, published in the journal Heart on Tuesday, followed 4,100 nurses for nine years.",
         "Researchers who tracked 4,100 nurses for seven years found that night shifts raised the risk.",
         ("nine years", "seven years")),
        ("The trial monitored 2,300 patients in Oslo for five years, its authors said.",
         "The Oslo study followed 2,300 patients for three years.",
         ("five years", "three years")),
    ],
)
def test_two_reports_of_one_study_disagreeing_on_its_follow_up_conflict(error_texts, first, second, pair):
    assert pair in error_texts(first, second)


@pytest.mark.parametrize(
    "second",
    [
        "Researchers who tracked 4,100 nurses for nine years found that night shifts raised the risk.",
        "An earlier study in Denmark followed 12,000 nurses for 20 years.",
        "The nurses were followed for a median of 6.5 years, the researchers said.",
        "Police monitored 40 hospitals for two weeks after the study was published.",
    ],
)
def test_the_same_follow_up_or_another_stretch_is_no_conflict(error_texts, second):
    first = "The study, published in the journal Heart on Tuesday, followed 4,100 nurses for nine years."
    assert error_texts(first, second) == []
