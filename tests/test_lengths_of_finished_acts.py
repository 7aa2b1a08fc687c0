"""How long a finished act went on is one value of that act, however it is told: after a verb whose subject is the
act ("the operation lasted six hours", "the search, which took 14 hours,"), written before the act's noun ("after a
nine-hour operation"), or before "of" and the act ("after 16 hours of talks"). A stretch of another act ("the
six-hour drive", "a 12-hour shift"), a span something else happened in ("in a 24-hour period"), a stretch still
running ("has lasted 14 hours so far") or still to come ("would hold a 48-hour strike"), or one an infinitive tells
the act of ("took nine hours to reach") is none."""

from __future__ import annotations

import pytest

from consistency.align import frame_of
from consistency.align.frames import DURATION, act_lasted
from consistency.engine import claims

WEDNESDAY = "2025-06-18"  # the first report's day: the Sunday and the Monday its sentences tell of are past in both


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        # surgery: a verb of lasting against the length written before the noun
        ("Surgeons at Marlow General separated the twins on Monday. The operation lasted six hours.",
         "The twins were separated at Marlow General on Monday after a nine-hour operation.", {"six hours", "nine-hour"}),
        # mountain rescue: a relative clause against the noun's length
        ("The search, which took 14 hours, ended when rescuers found the walker near Askel on Sunday.",
         "Rescuers found the missing walker near Askel on Sunday after a 12-hour search.", {"14 hours", "12-hour"}),
        # courts: days of a hearing
        ("The inquiry hearing into the Sorn viaduct failure lasted three days, ending on Monday.",
         "The five-day inquiry hearing into the Sorn viaduct failure ended on Monday.", {"three days", "five-day"}),
        # mining: two verbs of lasting, the act's noun with a phrase after it
        ("The rescue of the trapped miners at Kettleby lasted 18 hours, ending on Sunday.",
         "The rescue of the trapped miners at Kettleby took 22 hours and ended on Sunday.", {"18 hours", "22 hours"}),
        # labour: the act after "of"
        ("Union leaders and Tamsin Foods met in Orlen on Monday. The talks lasted 11 hours.",
         "After 16 hours of talks in Orlen on Monday, Tamsin Foods and the union agreed a deal.", {"11 hours", "16 hours"}),
        # policing: a participle of lasting set off after the noun
        ("The siege of the Harbour Street bank, lasting nine hours, ended on Sunday.",
         "Armed officers freed four staff on Sunday after a 13-hour siege at a Harbour Street bank.",
         {"nine hours", "13-hour"}),
        # planning: a verb of running
        ("The planning hearing on the Cowley bypass ran four days and closed on Monday.",
         "Objectors spoke on every day of the six-day planning hearing on the Cowley bypass, which closed on Monday.",
         {"four days", "six-day"}),
    ],
)
def test_one_acts_length_told_two_ways_conflicts(error_texts, first, second, values):
    assert any(set(row) == values for row in error_texts(first, second, WEDNESDAY))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # another act's length: a drive, a shift
        ("Surgeons at Marlow General separated the twins on Monday. The operation lasted six hours.",
         "The twins were separated at Marlow General on Monday, after a nine-hour drive from Tulloch."),
        ("Surgeons at Marlow General separated the twins on Monday. The operation lasted six hours.",
         "The twins were separated at Marlow General on Monday. The surgeons had just finished a 12-hour shift."),
        # the walker's climb, not the search
        ("The search, which took 14 hours, ended when rescuers found the walker near Askel on Sunday.",
         "Rescuers found the missing walker near Askel on Sunday. His climb had lasted nine hours."),
        # a search still running when the first report was written
        ("The search for the walker near Askel has lasted 14 hours so far, rescuers said on Sunday.",
         "Rescuers found the missing walker near Askel on Monday after a 30-hour search."),
        # the climbers' reaching the summit, not the ascent
        ("The climbers took nine hours to reach the summit of Mount Teller on Sunday.",
         "The ascent of Mount Teller on Sunday lasted 12 hours, the climbers said."),
        # a strike still to come, not the one held
        ("Rail unions staged a 24-hour strike on Monday over pay.",
         "Rail unions, who walked out on Monday, said they would hold a 48-hour strike if talks failed."),
        # the flight's length, not its delay
        ("The 11-hour flight from Brenn landed safely on Monday.",
         "The flight from Brenn landed on Monday after a four-hour delay."),
        # a span the rain fell in
        ("Floods hit Dunmere on Sunday after 120 mm of rain fell in a 24-hour period.",
         "Floods hit Dunmere on Sunday, and a 48-hour flood watch stays in force."),
    ],
)
def test_other_stretches_are_not_the_acts_length(error_texts, first, second):
    assert error_texts(first, second, WEDNESDAY) == []


def test_two_lengths_of_one_kind_of_act_in_one_report_are_two_acts(error_texts):
    assert error_texts(
        "Workers at the Ellery plant held a 24-hour strike in March and a 48-hour strike in April, the union said.",
        "The union said workers at the Ellery plant would vote on Monday on a new offer.",
        WEDNESDAY,
    ) == []


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("The operation lasted about six hours.", "operation"),
        ("The trial of the brothers, which lasted six weeks, ended on Monday.", "trial"),
        ("They were freed after 16 hours of tense talks.", "talk"),
        ("A 13-hour standoff ended on Sunday.", "standoff"),
        ("The five-day inquiry hearing into the failure ended on Monday.", "hearing"),
        ("The 10-year-old boy was found on Monday.", None),
        ("She was jailed for six years.", None),
        ("It took rescuers 14 hours to reach him.", None),
    ],
)
def test_the_act_a_stretch_is_the_length_of(tmp_path, text, act):
    (tmp_path / "a.md").write_text(f"---\ndate: 2025-03-12\n---\n\n{text}\n", encoding="utf-8")
    (figure,) = [c for c in claims(tmp_path) if c.mention.is_figure]
    assert act_lasted(figure.sentence, figure.mention) == act
    assert (frame_of(figure.sentence, figure.mention).measure == DURATION) == (act is not None)
