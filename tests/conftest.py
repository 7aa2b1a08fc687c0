"""Shared fixtures: two short reports, of one day or a day apart, checked against each other."""

from __future__ import annotations

import datetime as dt

import pytest

import consistency


@pytest.fixture
def error_kinds(tmp_path):
    """The kinds of the error rows `check` finds between two reports of 12 March 2025."""

    def check(first: str, second: str) -> list[str]:
        for name, text in (("a", first), ("b", second)):
            (tmp_path / f"{name}.md").write_text(f"---\ndate: 2025-03-12\n---\n{text}\n", encoding="utf-8")
        return [d.kind for d in consistency.check([tmp_path]).discrepancies if str(d.severity) == "error"]

    return check


@pytest.fixture
def error_texts(tmp_path):
    """The error rows `check` finds between two reports of one event a day apart (the first report's day
    given, 14 June 2025 unless said), each as the texts of the claims it quotes."""

    def check(first: str, second: str, day: str = "2025-06-14") -> list[tuple[str, ...]]:
        next_day = dt.date.fromisoformat(day) + dt.timedelta(days=1)
        for name, date, text in (("a", day, first), ("b", next_day.isoformat(), second)):
            (tmp_path / f"{name}.md").write_text(f"---\ndate: {date}\n---\n{text}\n", encoding="utf-8")
        report = consistency.check([str(tmp_path)])
        return [tuple(c.mention.text for c in d.claims) for d in report.discrepancies if str(d.severity) == "error"]

    return check


@pytest.fixture
def date_rows(tmp_path):
    """The summaries of the date-conflict rows `check` finds between two reports, each given as (its day, its
    text)."""

    def check(first: tuple[str, str], second: tuple[str, str]) -> list[str]:
        for name, (day, text) in (("a", first), ("b", second)):
            (tmp_path / f"{name}.md").write_text(f"---\ndate: {day}\n---\n{text}\n", encoding="utf-8")
        return [d.summary for d in consistency.check([tmp_path]).discrepancies if d.kind == "date-conflict"]

    return check


@pytest.fixture
def dated_errors(tmp_path):
    """The error rows `check` finds among reports each given as (its day, its text), each as the texts of the
    claims it quotes; with `kind`, the rows of that kind only."""

    def check(*reports: tuple[str, str], kind: str | None = None) -> list[tuple[str, ...]]:
        for i, (day, text) in enumerate(reports):
            (tmp_path / f"{i}.md").write_text(f"---\ndate: {day}\n---\n{text}\n", encoding="utf-8")
        report = consistency.check([str(tmp_path)])
        return [
            tuple(c.mention.text for c in d.claims) for d in report.discrepancies
            if str(d.severity) == "error" and kind in (None, d.kind)
        ]

    return check


@pytest.fixture
def headlined_errors(tmp_path):
    """The summaries of the error rows `check` finds among reports each given as (its day, its headline, its body),
    written as r0, r1, ...; with `kind`, the rows of that kind only."""

    def check(*reports: tuple[str, str, str], kind: str | None = None) -> list[str]:
        for i, (day, headline, body) in enumerate(reports):
            (tmp_path / f"r{i}.md").write_text(f"---\ndate: {day}\n---\n# {headline}\n\n{body}\n", encoding="utf-8")
        report = consistency.check([str(tmp_path)])
        return [d.summary for d in report.discrepancies if str(d.severity) == "error" and kind in (None, d.kind)]

    return check
