"""A date that closes the noun phrase of an event at the head of its clause dates that event, not the verb after
it: "The arrest of Marco Dellis on Sunday ended a manhunt" is the arrest's day, and conflicts with "police arrested
Dellis on Monday". A date after a preposition's phrase ("divers at the collapse site on Tuesday recovered a car")
or after a subject that names no event ("the opposition on Friday attacked the budget") dates the verb's act."""

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
        # courts and police: the arrest told by its verb and by its noun
        (
            ("10 June 2026", "Police arrested Marco Dellis on Monday in Turin."),
            ("12 June 2026", "The arrest of Marco Dellis on Sunday ended a two-year manhunt."),
        ),
        (
            ("10 June 2026", "Anneli Korpi was arrested at Helsinki airport on Monday."),
            ("12 June 2026", "Anneli Korpi's arrest on Saturday surprised her colleagues at the ministry."),
        ),
        # disasters: the collapse's noun heads the clause
        (
            ("10 June 2026", "The Harwood Bridge collapsed on Monday, sending three cars into the river."),
            ("12 June 2026", "The collapse of the Harwood Bridge on Sunday prompted checks on 40 other spans."),
        ),
    ],
)
def test_an_event_noun_dated_before_its_verb_is_compared(tmp_path, docs):
    assert _date_rows(tmp_path, *docs)


@pytest.mark.parametrize(
    "docs",
    [
        # the date is of the work at the site, not of the collapse
        (
            ("10 June 2026", "The Harwood Bridge collapsed on Sunday, sending three cars into the river."),
            ("12 June 2026", "Divers at the collapse site on Tuesday recovered a third car."),
        ),
        # the noun after the event word makes it another thing: the hearing of the arrest is not the arrest
        (
            ("10 June 2026", "Police arrested Marco Dellis on Monday in Turin."),
            ("12 June 2026", "The arrest warrant hearing on Thursday confirmed the charges against Marco Dellis."),
        ),
        # a subject with no event: the verb after the date tells the act of that day
        (
            ("10 June 2026", "The Harlan budget was presented to parliament on Monday."),
            ("12 June 2026", "The opposition on Wednesday rejected the Harlan budget."),
        ),
    ],
)
def test_a_date_of_another_act_is_not_compared(tmp_path, docs):
    assert _date_rows(tmp_path, *docs) == []
