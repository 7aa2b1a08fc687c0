"""An event that is the subject of its own clause, begun by its own verb ("since the walkout began on 18 May", "after
the quake struck on Friday"), is what the date dates, whatever the clause before it says ("500 sailings were
cancelled since ..."): another report's day for it disagrees. An event in a phrase before another act ("a vigil for
those killed in the derailment was held on Friday") still leaves the date to that act."""

from __future__ import annotations

import datetime as dt

import pytest

import consistency
from consistency.align.frames import event_word
from consistency.model import Sentence


@pytest.mark.parametrize(("text", "event"), [
    ("Nearly 500 sailings have been cancelled since the walkout began on 18 May.", "strike"),
    ("Prices rose sharply after the quake struck on Friday.", "quake"),
    ("Since the cyclone made landfall on 27 May, the village shelter has housed 700 people.", "storm"),
    ("A vigil for those killed in the derailment was held on Friday.", None),
])
def test_the_event_a_date_dates(text, event):
    date = next(m for m in consistency.mentions(text, dt.date(2026, 5, 20)) if m.kind == "date")
    assert event_word(Sentence(0, len(text), text), date) == event


def test_another_reports_day_for_the_walkout_disagrees(tmp_path):
    (tmp_path / "a.md").write_text("---\ndate: 2026-05-20\n---\nNearly 500 sailings have been cancelled since the "
                                   "walkout by ferry crews began on 18 May.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("---\ndate: 2026-05-27\n---\nThe strike by ferry crews, which began on 19 May, "
                                   "ended on Monday.\n", encoding="utf-8")
    rows = [d.summary for d in consistency.check([str(tmp_path)]).discrepancies if d.kind == "date-conflict"]
    assert any("2026-05-18" in r and "2026-05-19" in r for r in rows), rows


@pytest.mark.parametrize(("text", "event"), [
    ("Cyclone Marud crashed into the coast of Odisha on Thursday, tearing roofs off homes.", "storm"),
    ("The tropical storm slammed into the coast on Thursday.", "storm"),
    ("A bus crashed into a wall on Thursday.", "crash"),
])
def test_an_onset_after_its_events_noun_dates_that_event(text, event):
    date = next(m for m in consistency.mentions(text, dt.date(2026, 5, 30)) if m.kind == "date")
    assert event_word(Sentence(0, len(text), text), date) == event


def test_a_landfall_told_two_ways_disagrees(dated_errors):
    found = dated_errors(
        ("2026-05-28", "Cyclone Marud crashed into the coast of Odisha on Thursday, killing six people."),
        ("2026-05-30", "Cyclone Marud made landfall near Gopalpur on 27 May, killing six people in Odisha."),
        kind="date-conflict",
    )
    assert [row for row in found if "27 May" in row]
