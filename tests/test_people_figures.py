"""Figures of different named people are theirs, however often one report names them together."""

from __future__ import annotations

import pytest

import consistency


def _errors(tmp_path, *reports: str) -> list[tuple[str, tuple[str, ...]]]:
    for i, text in enumerate(reports):
        (tmp_path / f"{i}.md").write_text(f"---\ndate: 2025-03-12\n---\n{text}\n", encoding="utf-8")
    return [
        (d.kind, tuple(c.mention.text for c in d.claims))
        for d in consistency.check([tmp_path]).discrepancies
        if str(d.severity) == "error"
    ]


@pytest.mark.parametrize(
    "report",
    [
        # sentences of two defendants in one court report
        "Former senator Paul Ridley was jailed for eight years on Tuesday. "
        "His aide, Martin Cole, was jailed for three years.",
        # two candidates' shares of the vote
        "Governor Elena Ruiz won 54% of the vote in the Harlow district. "
        "Her challenger, Tom Becker, won 41%.",
        # two ages in one paragraph
        "Driver Sean Walsh, 34, was arrested at the scene. "
        "Passenger Lucy Ford was 19.",
    ],
)
def test_two_peoples_figures_in_one_report(tmp_path, report):
    assert _errors(tmp_path, report) == []


def test_two_peoples_figures_across_reports(tmp_path):
    found = _errors(
        tmp_path,
        "Paul Ridley was jailed for eight years on Tuesday; Martin Cole received three years.",
        "The aide, Martin Cole, was jailed for three years.",
        "Former senator Paul Ridley was sentenced to eight years in prison on Tuesday.",
    )
    assert found == []


def test_one_persons_figures_still_conflict(tmp_path):
    found = _errors(
        tmp_path,
        "Former senator Paul Ridley was jailed for eight years on Tuesday, Judge Anna Price ruled.",
        "Judge Anna Price jailed former senator Paul Ridley for six years on Tuesday.",
    )
    assert [kind for kind, _ in found] == ["value-conflict"], found
