"""A stretch of time is how long the act of its own words lasted: "jailed for nine years for taking £2m from clients
for nearly a decade" gives the term as nine years; the decade is how long the taking went on, so it neither stands
in for the term nor agrees with another report's term on its behalf."""

from __future__ import annotations

import pytest

from consistency.engine import claims


def _measures(tmp_path, text):
    (tmp_path / "a.md").write_text(f"---\ndate: 2025-03-12\n---\n\n{text}\n", encoding="utf-8")
    return {c.mention.text: c.frame.measure for c in claims(tmp_path) if c.mention.is_figure}


@pytest.mark.parametrize(
    ("text", "stretch"),
    [
        ("The sentencing of builder Mark Hollis to nine years in prison has raised questions about how he took £2m "
         "from clients for nearly a decade.", "a decade"),
        ("Ruell was jailed for six years for a scheme that took $4m from investors over eight years.", "eight years"),
        ("The prison term handed to Okafor follows a fraud that cost 300 savers their homes over five years.",
         "five years"),
    ],
)
def test_a_stretch_after_another_figure_is_not_the_term_named_before_it(tmp_path, text, stretch):
    assert _measures(tmp_path, text)[stretch] != "sentence"


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Mark Hollis was jailed for nine years on Monday.", "nine years"),
        ("Hollis, 52, was sentenced on Monday at Leeds Crown Court to nine years.", "nine years"),
        ("The judge handed Hollis, who stole £2m, a prison term of nine years.", "nine years"),
        ("Hollis, who took £2m from 41 clients, was jailed for nine years.", "nine years"),
    ],
)
def test_the_term_itself_keeps_its_measure(tmp_path, text, term):
    assert _measures(tmp_path, text)[term] == "sentence"


def test_a_term_told_beside_a_stretch_of_the_crime_conflicts_with_another_term(error_texts):
    found = error_texts(
        "The sentencing of Leeds builder Mark Hollis to nine years and eight months in prison on Monday has raised "
        "questions about how he was able to take £2m from clients for nearly a decade.",
        "Leeds builder Mark Hollis was sentenced on Monday to nine years and four months in prison for taking £2m "
        "from clients.",
    )
    assert ("nine years and eight months", "nine years and four months") in found


@pytest.mark.parametrize(
    "second",
    [
        "Leeds builder Mark Hollis was sentenced on Monday to nine years and eight months in prison for taking £2m "
        "from clients over eight years.",
        "Leeds builder Mark Hollis was jailed for nine years and eight months on Monday after a trial lasting six weeks.",
    ],
)
def test_the_same_term_beside_other_stretches_agrees(error_texts, second):
    found = error_texts(
        "The sentencing of Leeds builder Mark Hollis to nine years and eight months in prison on Monday has raised "
        "questions about how he was able to take £2m from clients for nearly a decade.",
        second,
    )
    assert found == []
