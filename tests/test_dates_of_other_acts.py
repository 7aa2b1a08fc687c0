"""A figure is dated by the state or act that holds it, not by a date its sentence gives another act: a phrase set
off by commas that tells of an act of its own ("who joined the firm in 2019", "which filed for insolvency on
Monday", "starting in 2014") or another clause timed by a word of the present ("; it now holds 67,000")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import consistency

PUBLISHED = dt.date(2026, 6, 10)


def _times(tmp_path: Path, text: str) -> dict[str, tuple[dt.date, dt.date] | None]:
    (tmp_path / "a.txt").write_text(f"Published: {PUBLISHED:%d %B %Y}\n\n{text}\n", encoding="utf-8")
    return {c.mention.text: c.time for c in consistency.claims([str(tmp_path)]) if c.mention.is_figure}


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # science: a study's size told with its start
        ("The survey followed 41,300 teachers over six years, starting in 2017.", "41,300"),
        ("The trial, which began in 2020, enrolled 2,700 patients.", "2,700"),
        # business: the speaker's own past act
        ("Finance director Ada Rusk, who joined the bank in 2018, said 450 branches would close.", "450"),
        ("Halvard Steel, which filed for bankruptcy on Monday, has debts of 820 million euros.", "820 million euros"),
        # politics: an office won long ago
        ("The senator, who was elected in 2016, said the bill would cost 4 billion dollars.", "4 billion dollars"),
        # a participle phrase set off by commas
        ("The Orsa cooperative, founded in 1911, has 38,000 members.", "38,000"),
    ],
)
def test_a_date_set_off_for_another_act_does_not_date_the_figure(tmp_path, text, figure):
    assert _times(tmp_path, text)[figure] is None  # the report's time


@pytest.mark.parametrize(
    ("text", "figure", "year"),
    [
        # the event the figure belongs to, dated in its own relative clause
        ("The tsunami, which struck on December 26, 2004, killed 230,000 people.", "230,000 people", 2004),
        # a figure inside the phrase keeps the phrase's date
        ("The mill, which lost 300 million euros in 2022, is for sale.", "300 million euros", 2022),
        # a date in the figure's own clause
        ("The ministry said 1,200 schools closed in 2021.", "1,200", 2021),
        # a base year after "up from"
        ("Exports reached 4.1 billion dollars last year, up from 3.2 billion dollars in 2021.", "3.2 billion dollars", 2021),
    ],
)
def test_a_date_of_the_figures_own_act_still_dates_it(tmp_path, text, figure, year):
    time = _times(tmp_path, text)[figure]
    assert time is not None and time[1].year == year


@pytest.mark.parametrize(
    ("text", "then", "now"),
    [
        ("In 2014 the registry held 58,000 members; it now holds 67,000.", "58,000", "67,000"),
        ("In 2019 the union had 8,200 members, but it currently has 11,500.", "8,200", "11,500"),
        ("The club had 12,000 members in 2015 and presently counts 19,000.", "12,000", "19,000"),
    ],
)
def test_a_clause_of_the_present_is_the_reports_time(tmp_path, text, then, now):
    times = _times(tmp_path, text)
    assert times[then] is not None and times[then][1].year < 2020
    assert times[now] is None


def test_a_clause_with_no_word_of_the_present_keeps_the_sentence_date(tmp_path):
    times = _times(tmp_path, "In 2019 the union had 8,200 members and the employer had 21,000 staff.")
    assert times["21,000"] is not None and times["21,000"][1].year == 2019


def _errors(tmp_path: Path, reports: dict[str, tuple[str, str]]) -> list[tuple[str, ...]]:
    for name, (published, text) in reports.items():
        (tmp_path / f"{name}.txt").write_text(f"Headline\nPublished: {published}\n\n{text}\n", encoding="utf-8")
    report = consistency.check([str(tmp_path)])
    return [tuple(sorted(c.text for c in d.claims)) for d in report.discrepancies if str(d.severity) == "error"]


def test_a_joining_year_does_not_keep_two_reports_counts_apart(tmp_path):
    errors = _errors(tmp_path, {
        "a": ("3 March 2026", "Chief executive Nils Orre, who joined Varde Foods in 2017, said 640 jobs would be cut at the Varde Foods plant."),
        "b": ("3 March 2026", "Varde Foods will cut 460 jobs at the plant, the company said on Tuesday."),
    })
    assert ("460 jobs", "640 jobs") in errors


def test_the_size_of_a_registry_then_and_now_are_two_states(tmp_path):
    errors = _errors(tmp_path, {
        "a": ("3 March 2026", "In 2015 the Varde donor registry held 48,000 donors; it now holds 61,000."),
        "b": ("3 March 2026", "The Varde donor registry now holds 61,000 donors, officials said."),
    })
    assert not any("48,000" in e for e in errors)


@pytest.mark.parametrize(
    "text",
    [
        "The Orven dam, a 36-metre concrete dam built in 1958, gave way before dawn.",
        "The port bought a 300-tonne crane made in 2009.",
    ],
)
def test_the_year_a_thing_was_made_does_not_date_its_size(tmp_path, text):
    assert all(time is None for time in _times(tmp_path, text).values())


def test_a_count_of_what_was_done_keeps_its_year(tmp_path):
    time = _times(tmp_path, "Floods destroyed 4,000 homes in 2019.")["4,000 homes"]
    assert time is not None and time[1].year == 2019


def test_one_things_size_told_on_two_days_is_compared(tmp_path):
    errors = _errors(tmp_path, {
        "a": ("8 June 2026", "The Orven dam, a 36-metre concrete dam built in 1958, gave way before dawn on Monday."),
        "b": ("10 June 2026", "The 63-metre dam, built in 1958 to supply the town, collapsed on Monday."),
    })
    assert ("36-metre", "63-metre") in errors


def test_two_things_sizes_are_not_compared(tmp_path):
    errors = _errors(tmp_path, {
        "a": ("8 June 2026", "The Orven dam, a 36-metre concrete dam built in 1958, gave way before dawn on Monday."),
        "b": ("10 June 2026", "Water from the Orven dam swept away a 63-metre bridge downstream on Monday."),
    })
    assert not any("36-metre" in e for e in errors)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Its debts have grown to 700 million euros, the administrator said, and last week's filing shocked suppliers.", "700 million euros"),
        ("The museum now holds 3,200 paintings, curators said after Sunday's theft.", "3,200"),
        ("Turnout reached 61%, officials said ahead of Tuesday's count.", "61%"),
    ],
)
def test_a_possessive_day_after_a_figure_dates_its_own_noun(tmp_path, text, figure):
    assert _times(tmp_path, text)[figure] is None


@pytest.mark.parametrize(
    ("text", "figure", "day"),
    [
        ("Monday's 3% fall wiped value off the shares.", "3%", dt.date(2026, 6, 8)),
        ("Saturday's final in Lisbon, watched by 64,100 fans, ended in a draw.", "64,100", dt.date(2026, 6, 6)),
    ],
)
def test_a_figure_after_a_possessive_day_keeps_it(tmp_path, text, figure, day):
    assert _times(tmp_path, text)[figure] == (day, day)
