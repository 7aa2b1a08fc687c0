"""The incident a story is about (an avalanche, a blackout, a mine collapse) is dated by two reports in any words:
"an avalanche swept over the climbers on Tuesday" and "the avalanche that tore down the north face on Wednesday"
give one avalanche two days."""

from __future__ import annotations

from pathlib import Path

import pytest

import consistency


def _date_rows(tmp_path: Path, *docs: tuple[str, str]) -> list[tuple[str, ...]]:
    for i, (published, text) in enumerate(docs):
        (tmp_path / f"{i}.txt").write_text(f"Published: {published}\n\n{text}\n", encoding="utf-8")
    report = consistency.check([str(tmp_path)])
    return [tuple(c.mention.text for c in d.claims) for d in report.discrepancies if d.kind == "date-conflict"]


@pytest.mark.parametrize(
    "docs",
    [
        # disasters: the same avalanche, no name shared
        (
            ("3 February 2026", "An avalanche buried four climbers below Monte Gredo in the Ossola valley on Tuesday, killing two."),
            ("8 February 2026", "The avalanche that swept down the east face of Monte Gredo on Monday left two dead."),
        ),
        # utilities: the blackout told by its other noun, each day in the possessive
        (
            ("12 August 2026", "Engineers are still checking the cables that failed during Tuesday's outage in Lisvale."),
            ("14 August 2026", "The regulator has opened an inquiry into Monday's blackout, which cut power to 60,000 homes."),
        ),
        # mining: a collapse told by its verb and by its noun
        (
            ("5 May 2026", "Nine miners were trapped after a rockfall at the Kestrel Hill pit on Sunday."),
            ("7 May 2026", "Rescuers reached the chamber where the roof collapsed on Saturday, the operator said."),
        ),
        # transport: a derailment in two reports
        (
            ("20 October 2026", "A freight train derailed near Ostrava on Sunday, spilling diesel into a stream."),
            ("22 October 2026", "Investigators blamed a cracked rail for the derailment on Saturday outside the town."),
        ),
    ],
)
def test_the_story_incident_dated_on_two_days_is_flagged(tmp_path, docs):
    assert _date_rows(tmp_path, *docs)


@pytest.mark.parametrize(
    "docs",
    [
        # another avalanche, told as such
        (
            ("3 February 2026", "An avalanche buried four climbers below Monte Gredo in the Ossola valley on Tuesday, killing two."),
            ("8 February 2026", "A second avalanche swept down the east face of Monte Gredo on Friday, hitting no one."),
        ),
        # the act and its consequence on other days: the collapse, then the rescue
        (
            ("5 May 2026", "Nine miners were trapped after a rockfall at the Kestrel Hill pit on Sunday."),
            ("7 May 2026", "Rescuers freed the last of the miners on Tuesday, two days after the rockfall."),
        ),
        # a past incident of the kind, long before the story
        (
            ("12 August 2026", "Tuesday's blackout left 60,000 homes in Lisvale without power."),
            ("14 August 2026", "The last comparable blackout in the region, in March 2019, lasted two days."),
        ),
        # an incident still to come is no day of one that happened
        (
            ("12 August 2026", "Tuesday's blackout left 60,000 homes in Lisvale without power."),
            ("14 August 2026", "The grid operator said a blackout will cut power to the city on Monday unless demand falls."),
        ),
        # a bound is no day of the incident
        (
            ("20 October 2026", "A freight train derailed near Ostrava on Sunday, spilling diesel into a stream."),
            ("22 October 2026", "The line reopened on Wednesday after the derailment, the operator said."),
        ),
    ],
)
def test_other_days_of_the_affair_are_not_flagged(tmp_path, docs):
    assert _date_rows(tmp_path, *docs) == []


def test_a_day_already_at_odds_by_its_time_of_day_is_told_once(tmp_path):
    # the explosion's time "late on Saturday night" is at odds with "11:20 pm on Sunday": one row, not one more
    # for each report that dates the explosion Sunday
    rows = _date_rows(
        tmp_path,
        ("17 November 2025", "A gas explosion tore through the Harlow Street flats at about 11:20 pm on Sunday."),
        ("17 November 2025", "Sunday's explosion at the Harlow Street flats left 40 families homeless."),
        ("18 November 2025", "The explosion ripped through the Harlow Street flats late on Saturday night."),
    )
    assert len(rows) == 1 and "late on Saturday night" in rows[0]


def _date_discrepancies(tmp_path: Path, *docs: tuple[str, str]):
    for i, (published, text) in enumerate(docs):
        (tmp_path / f"{i}.txt").write_text(f"Published: {published}\n\n{text}\n", encoding="utf-8")
    return [d for d in consistency.check([str(tmp_path)]).discrepancies if d.kind == "date-conflict"]


def test_a_date_at_odds_with_reports_that_agree_is_one_row(tmp_path):
    found = _date_discrepancies(
        tmp_path,
        ("14 October 2026", "Halden Water's chief executive Ines Moro resigned on Tuesday over the sewage spills."),
        ("15 October 2026", "Ines Moro resigned as Halden Water's chief executive on Tuesday over the sewage spills."),
        ("16 October 2026", "Ines Moro resigned as chief executive of Halden Water on Monday over the sewage spills."),
    )
    assert len(found) == 1
    assert {c.doc for c in found[0].claims} >= {"2"} and "agree with the other side" in found[0].explanation


def test_a_date_whose_partners_disagree_among_themselves_keeps_each_row(tmp_path):
    found = _date_discrepancies(
        tmp_path,
        ("16 October 2026", "Ines Moro resigned as chief executive of Halden Water on Tuesday over the sewage spills."),
        ("16 October 2026", "Ines Moro resigned as chief executive of Halden Water on Monday over the sewage spills."),
        ("16 October 2026", "Ines Moro resigned as chief executive of Halden Water on Wednesday over the sewage spills."),
    )
    assert len(found) == 3
