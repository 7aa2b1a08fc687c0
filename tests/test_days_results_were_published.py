"""The day results were made public is an event of the story, however the sentence tells it: "the first results of
the census were published on Wednesday", "the census results published on 18 June confirm ..." (the results told
before their verb; a verb of the present after the date tells what they show now, no act of that day), "census
figures released by the Statistics Office on 17 June" (the verb's doer named between it and the date)."""

from __future__ import annotations

import datetime as dt

import pytest

import consistency
from consistency.align.blocking import frame_keys
from consistency.align.times import date_frame
from consistency.model import Sentence
from consistency.parse import mentions

WEDNESDAY = ("2025-06-18", "Merrow census published",
             "The first results of the Merrow census were published on Wednesday, a decade after the last count.")
FIGURES = ("2025-06-20", "Capital keeps growing",
           "Tarn is now home to one in four Merrow residents, according to census figures released by the Merrow "
           "Statistics Office on 17 June.")
CONFIRM = ("2025-06-21", "An ageing country",
           "The census results published on 18 June confirm what demographers have long said: Merrow is getting older.")


MIGRANTS = ("2025-06-24", "Census: migrants fill the gap",
            "Immigration made up nearly all of the census growth, the Merrow Statistics Office said, as births fell.")
WEEK = ("2025-06-27", "The week in numbers",
        "Census results: Merrow's population reached 4.1 million, the Statistics Office said, with Tarn the largest city.")


def test_five_reports_of_one_release_give_its_odd_day(headlined_errors):
    found = headlined_errors(WEDNESDAY, FIGURES, CONFIRM, MIGRANTS, WEEK, kind="date-conflict")
    assert found and all("17 June" in row or "2025-06-17" in row for row in found)


def test_a_present_verb_after_the_day_takes_nothing_from_it(date_rows):
    found = date_rows(
        ("2025-06-18", "The census results were published on Wednesday."),
        ("2025-06-21", "The census results published on 18 June confirm what demographers have long said."),
    )
    assert not found



@pytest.mark.parametrize(
    ("text", "day", "event", "statement"),
    [
        ("The census results published on 18 June confirm what demographers have long said.", "18 June", "results", False),
        ("The first results of the census were published on Wednesday.", "Wednesday", "results", False),
        ("The figures, the office said on Tuesday, confirm the trend.", "Tuesday", None, True),
    ],
)
def test_the_day_results_were_published_is_no_statement(text, day, event, statement):
    sentence = Sentence(0, len(text), text)
    (m,) = [m for m in mentions(text, dt.date(2025, 6, 21)) if m.text == day]
    frame = date_frame(sentence, m)
    assert (frame.event, frame.statement) == (event, statement)


def test_a_passive_verb_names_its_act_over_its_doer(tmp_path):
    text = "Tarn grew 5%, according to census figures released by the Merrow Statistics Office on 17 June."
    (tmp_path / "a.md").write_text(f"---\ndate: 2025-06-20\n---\n{text}\n", encoding="utf-8")
    (claim,) = [c for c in consistency.claims([str(tmp_path)]) if c.mention.text == "17 June"]
    assert ("act", "release") in set(frame_keys(claim))
