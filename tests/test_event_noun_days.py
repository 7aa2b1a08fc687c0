"""A date that closes the noun phrase of an event at the head of its clause dates that event, not the verb after
it: "The arrest of Marco Dellis on Sunday ended a manhunt" is the arrest's day, and conflicts with "police arrested
Dellis on Monday". A date after a preposition's phrase ("divers at the collapse site on Tuesday recovered a car")
or after a subject that names no event ("the opposition on Friday attacked the budget") dates the verb's act."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_event_days import _dates
from tests.test_time_frames import rows


def _date_rows(tmp_path: Path, *docs: tuple[str, str]) -> set[tuple[str, ...]]:
    return _dates(rows(tmp_path, {str(i): doc for i, doc in enumerate(docs)}))


@pytest.mark.parametrize(
    "docs",
    [
        # courts and police: the arrest told by its verb and by its noun
        (
            ("2026-06-10", "Police arrested Marco Dellis on Monday in Turin."),
            ("2026-06-12", "The arrest of Marco Dellis on Sunday ended a two-year manhunt."),
        ),
        (
            ("2026-06-10", "Anneli Korpi was arrested at Helsinki airport on Monday."),
            ("2026-06-12", "Anneli Korpi's arrest on Saturday surprised her colleagues at the ministry."),
        ),
        # disasters: the collapse's noun heads the clause
        (
            ("2026-06-10", "The Harwood Bridge collapsed on Monday, sending three cars into the river."),
            ("2026-06-12", "The collapse of the Harwood Bridge on Sunday prompted checks on 40 other spans."),
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
            ("2026-06-10", "The Harwood Bridge collapsed on Sunday, sending three cars into the river."),
            ("2026-06-12", "Divers at the collapse site on Tuesday recovered a third car."),
        ),
        # the noun after the event word makes it another thing: the hearing of the arrest is not the arrest
        (
            ("2026-06-10", "Police arrested Marco Dellis on Monday in Turin."),
            ("2026-06-12", "The arrest warrant hearing on Thursday confirmed the charges against Marco Dellis."),
        ),
        # a subject with no event: the verb after the date tells the act of that day
        (
            ("2026-06-10", "The Harlan budget was presented to parliament on Monday."),
            ("2026-06-12", "The opposition on Wednesday rejected the Harlan budget."),
        ),
    ],
)
def test_a_date_of_another_act_is_not_compared(tmp_path, docs):
    assert _date_rows(tmp_path, *docs) == set()
