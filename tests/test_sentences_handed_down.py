"""Prison terms: one person's sentence, handed down once, compared whatever day each report was written."""

from __future__ import annotations

import datetime as dt

import pytest

import consistency


def _error_kinds(tmp_path, *dated: tuple[str, str]) -> list[str]:
    for i, (day, text) in enumerate(dated):
        (tmp_path / f"{i}.md").write_text(f"---\ndate: {day}\n---\n{text}\n", encoding="utf-8")
    return [d.kind for d in consistency.check([tmp_path]).discrepancies if str(d.severity) == "error"]


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # the same term in other words, days apart
        ("Former treasurer Nina Brandt was jailed for six years on Monday.",
         "Nina Brandt is serving a six-year prison sentence.", False),
        ("Former treasurer Nina Brandt was sentenced to six years in prison on Monday.",
         "Nina Brandt began her eight-year sentence at Holloway.", True),
        ("Former treasurer Nina Brandt was jailed for six years on Monday.",
         "Nina Brandt, who was jailed for four years last week, will appeal.", True),
        # the most a court could give, and what the prosecution asked for, are other quantities
        ("Former treasurer Nina Brandt was jailed for six years on Monday. The maximum sentence for fraud is 10 years.",
         "Nina Brandt is serving a six-year prison sentence.", False),
        ("Former treasurer Nina Brandt was jailed for six years on Monday.",
         "Prosecutors had asked for a sentence of nine years for Nina Brandt.", False),
        ("Former treasurer Nina Brandt was jailed for six years on Monday.",
         "Nina Brandt faces another two years in jail if she does not repay the money.", False),
    ],
)
def test_sentences(tmp_path, first, second, flagged):
    found = _error_kinds(tmp_path, ("2025-03-10", first), ("2025-03-18", second))
    assert ("value-conflict" in found) is flagged, found


@pytest.mark.parametrize(
    ("text", "measure", "qualifiers"),
    [
        ("Brandt was jailed for six years.", "sentence", set()),
        ("Brandt was sentenced to six years in prison.", "sentence", set()),
        ("Brandt began a six-year prison sentence.", "sentence", set()),
        ("The maximum sentence for fraud is 10 years.", "sentence", {"limit"}),
        ("Prosecutors had asked for a sentence of nine years.", "sentence", {"requested"}),
        ("She faces two more years in jail.", "sentence", {"possible"}),
    ],
)
def test_sentence_frames(text, measure, qualifiers):
    from consistency.align.frames import frame_of
    from consistency.model import Sentence
    from consistency.parse import mentions

    found = [m for m in mentions(text, dt.date(2025, 3, 10)) if m.is_figure]
    frame = frame_of(Sentence(0, len(text), text), found[0])
    assert (frame.measure, set(frame.qualifiers)) == (measure, qualifiers)


@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        # how many a ship or a plane carried is the event's, whatever day it is reported
        ("The ferry Solana capsized off Kos with 148 people on board.", "The Solana was carrying 184 people, the coast guard said.", True),
        ("The ferry Solana capsized off Kos with 148 people aboard.", "The Solana was carrying 148 people, the coast guard said.", False),
        ("The ferry Solana capsized off Kos with about 150 people on board.", "The Solana was carrying 148 people, the coast guard said.", False),
        # those on board are not those rescued or the passengers alone
        ("The ferry Solana capsized off Kos with 148 people on board.", "Rescuers pulled 120 people from the sea near Kos after the Solana capsized.", False),
    ],
)
def test_people_on_board(tmp_path, first, second, flagged):
    found = _error_kinds(tmp_path, ("2025-03-10", first), ("2025-03-12", second))
    assert ("value-conflict" in found) is flagged, found


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        # a count of prisoners or of prisons, in no unit of time, is no prison term
        ("The union says only four guards watch over 180 prisoners in D wing.", None),
        ("Guards will stop work at all 49 of the country's jails on Friday.", None),
        ("She faces two more years in jail.", "sentence"),
        ("Oduya was given a further three years in prison.", "sentence"),
    ],
)
def test_a_prison_term_is_counted_in_time(text, measure):
    from consistency.align.frames import frame_of
    from consistency.model import Sentence
    from consistency.parse import mentions

    found = [m for m in mentions(text, dt.date(2025, 3, 10)) if m.is_figure and m.text not in ("four",)]
    assert frame_of(Sentence(0, len(text), text), found[0]).measure == measure


@pytest.mark.parametrize(
    ("escape", "flagged"),
    [
        # a verb of change whose object a figure measures ("climbed the five-metre wall") moves a person, not a figure:
        # the sentences stay one quantity each, compared across days
        ("Two inmates climbed the five-metre outer wall of Brixley jail on Sunday night.", True),
        ("The inmates scaled a rope and climbed over the wall on Sunday night.", True),
        # a sentence told as changed on appeal is a quantity that moved: no conflict
        ("Ortega's sentence was raised to 14 years on appeal in 2023.", False),
    ],
)
def test_a_thing_climbed_makes_no_series_of_sentences(tmp_path, escape, flagged):
    found = _error_kinds(
        tmp_path,
        ("2025-03-10", f"{escape} One of them, Luis Ortega, is serving an 11-year sentence for fraud."),
        ("2025-03-13", "Luis Ortega, who is serving 14 years for fraud, was caught in Dunmore on Wednesday."),
    )
    assert ("value-conflict" in found) is flagged, found
