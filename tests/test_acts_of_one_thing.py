"""The acts done to one thing, each with its own day, and one act told in other words.

A bill is introduced (tabled, put forward), debated, passed (approved, adopted,
voted through), signed into law and takes effect; a deal is agreed, cleared by
regulators and completed (closed); a case is filed, heard and decided; a
product is unveiled, launched and recalled. Two dates of two acts of one thing
are two days, never a conflict; two reports that date one act in two words
("passed on Tuesday", "approved on Wednesday") conflict. A vote split told as
"voted 212 to 164", "the vote, 212 to 164" or "with 212 in favour and 164
against" is one split, and the sentence's other figures keep their own words.
"""

from __future__ import annotations

import pytest

import consistency
from tests.test_time_frames import rows

# ---- which act a date is the day of ----------------------------------------------------------------------------

ACTS = [
    ("The government tabled the Orla water bill on Tuesday.", "Tuesday", "introduction"),
    ("Ministers put forward the Orla water bill on Tuesday.", "Tuesday", "introduction"),
    ("MPs voted through the Orla water bill on Tuesday.", "Tuesday", "approval"),
    ("The senate adopted the Orla water bill on Tuesday.", "Tuesday", "approval"),
    ("The governor signed the water act into law on Friday.", "Friday", "signing"),
    ("The water act comes into force on July 1.", "July 1", "entry into force"),
    ("The new rules took effect on Monday.", "Monday", "entry into force"),
    ("Regulators cleared Talvik's takeover of Morn Steel on Wednesday.", "Wednesday", "approval"),
    ("Talvik completed its acquisition of Morn Steel on Friday.", "Friday", "completion"),
    ("The Morn deal closed on Friday.", "Friday", "completion"),
    ("Residents lodged a complaint against the mine on Monday.", "Monday", "filing"),
    ("The appeal was heard on Thursday.", "Thursday", "hearing"),
    ("Brask unveiled its folding phone on Tuesday.", "Tuesday", "announcement"),
    ("Brask recalled 40,000 heaters on Tuesday.", "Tuesday", "recall"),
    ("The quake struck on Friday.", "Friday", "quake"),  # an event, not an act
    ("Officials confirmed the quake struck on Friday.", "Friday", "quake"),  # the quake's own verb dates it
]


def _claims(tmp_path, sentence: str) -> dict[str, consistency.Claim]:
    path = tmp_path / "a.txt"
    path.write_text(f"Published: 2025-06-20\n\n{sentence}\n", encoding="utf-8")
    return {c.mention.text: c for c in consistency.claims([path])}


@pytest.mark.parametrize(("sentence", "date", "act"), ACTS)
def test_a_date_is_the_day_of_its_act(tmp_path, sentence, date, act):
    assert _claims(tmp_path, sentence)[date].frame.event == act


# ---- two acts of one thing: two days -----------------------------------------------------------------------------

TWO_ACTS = [
    (("2025-11-04", "Housing minister Lea Dorn introduced the Orla housing bill on Tuesday."),
     ("2026-01-22", "Parliament approved the Orla housing bill on Wednesday.")),
    (("2026-01-22", "Parliament passed the Orla housing bill on Wednesday."),
     ("2026-02-06", "President Ivo Sarn signed the Orla housing bill into law on Thursday.")),
    (("2026-02-06", "President Ivo Sarn signed the Orla housing bill on Thursday."),
     ("2026-02-06", "The Orla housing act comes into force on April 1.")),
    (("2025-06-16", "Talvik agreed on Monday to buy Morn Steel for $2.1 billion."),
     ("2025-12-02", "Talvik completed its takeover of Morn Steel on Monday.")),
    (("2025-11-27", "Competition regulators cleared Talvik's takeover of Morn Steel on Wednesday."),
     ("2025-12-02", "Talvik completed its acquisition of Morn Steel on Monday.")),
    (("2025-03-04", "Grell Farms filed its lawsuit against the Vost dam on Monday."),
     ("2025-05-09", "A judge heard the lawsuit against the Vost dam on Thursday.")),
]


@pytest.mark.parametrize(("first", "second"), TWO_ACTS)
def test_two_acts_of_one_thing_are_two_days(tmp_path, first, second):
    found = rows(tmp_path, {"a": first, "b": second})
    assert not any(kind == "date-conflict" for kind, _ in found)


# ---- one act in two words: one day ------------------------------------------------------------------------------

ONE_ACT = [
    (("2026-01-21", "Parliament passed the Orla housing bill on Wednesday."),
     ("2026-01-23", "Lawmakers approved the Orla housing bill on Thursday.")),
    (("2025-11-04", "Minister Lea Dorn introduced the Orla housing bill in parliament on Tuesday, November 4."),
     ("2026-02-06", "Minister Lea Dorn tabled the Orla housing bill in parliament on November 11.")),
    (("2025-11-27", "Competition regulators cleared Talvik's takeover of Morn Steel on Wednesday."),
     ("2025-12-02", "Talvik's takeover of Morn Steel was approved by the competition authority on November 25.")),
]


@pytest.mark.parametrize(("first", "second"), ONE_ACT)
def test_one_act_in_two_words_is_dated_once(tmp_path, first, second):
    found = rows(tmp_path, {"a": first, "b": second})
    assert any(kind == "date-conflict" for kind, _ in found)


# ---- a vote split in its other forms ----------------------------------------------------------------------------

SPLITS = [
    ("Parliament voted 212 to 164 to pass the bill.", ("212", "164")),
    ("The vote, 212 to 164, came after midnight.", ("212", "164")),
    ("The board approved it by a vote of 9 to 2.", ("9", "2")),
    ("The bill passed with 212 in favour and 164 against.", ("212", "164")),
    ("The motion carried with 41 for and 20 against.", ("41", "20")),
]


@pytest.mark.parametrize(("sentence", "counts"), SPLITS)
def test_a_vote_split_told_otherwise_is_two_counts_of_votes(sentence, counts):
    found = [m for m in consistency.mentions(sentence) if m.text in counts]
    assert [(m.text, m.unit, m.role) for m in found] == [(counts[0], "vote", "for"), (counts[1], "vote", "against")]


NOT_SPLITS = [
    "Sales rose from 212 to 264 units.",
    "The hall is open from 10 to 17 in July.",
    "Between 212 and 264 people voted.",
]


@pytest.mark.parametrize("sentence", NOT_SPLITS)
def test_two_figures_with_no_vote_are_no_split(sentence):
    assert not any(m.unit == "vote" for m in consistency.mentions(sentence))


def test_the_other_figures_of_a_vote_keep_their_words(tmp_path):
    sentence = "MPs voted 212 to 164 on Wednesday, with 12 abstentions, to fund 120,000 new homes."
    figures = {m.text: m for m in consistency.mentions(sentence) if m.kind in ("number", "quantity")}
    assert figures["12"].unit is None and figures["120,000"].unit != "vote"
    claims = _claims(tmp_path, sentence)
    assert "abstention" in claims["12"].attribute and "home" in claims["120,000"].attribute


def test_two_splits_of_one_vote_conflict_and_abstentions_are_no_homes(tmp_path):
    docs = {
        "a": ("2026-01-21", "Parliament passed the Orla housing bill on Wednesday by 212 votes to 164, with 12 "
                            "abstentions, clearing the way for 120,000 new homes."),
        "b": ("2026-01-23", "The Orla housing bill passed on Wednesday. The vote, 212 to 146, followed weeks of talks."),
        "c": ("2026-02-06", "The Orla housing bill passed on January 21, with 212 in favour and 164 against, and "
                            "funds 120,000 new homes."),
    }
    found = rows(tmp_path, docs)
    assert ("value-conflict", ("212 votes to 164", "212 to 146")) in found  # each tally quoted whole
    assert not any("12" in texts for _, texts in found)  # abstentions are no homes and no votes against
