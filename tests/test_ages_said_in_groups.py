"""An age is its person's, whatever group its clause counts them in ("Among the dead was a 34-year-old British
man, Tom Hale"): compared with the age another report gives Tom Hale, not set apart as the dead's; an age
brought in with a name set off after its noun is that name's, not an unnamed person's; and two people who share
a surname under two given names ("Earl Brandt, 66," and "June Brandt, 64,") are two ages. A month that is also a
given name ("June", "April") before a surname is the name's."""

from __future__ import annotations

import consistency
from consistency import mentions


def test_an_age_said_among_the_dead_is_compared_with_the_persons_age(dated_errors):
    first = ("2025-02-08", "Among the dead was a 34-year-old British man, Tom Hale, from Leeds, police said.")
    later = ("2025-02-10", "Police named the dead as Ana Ruiz, 27, from Valencia, and Tom Hale, 43, an engineer from Leeds.")
    assert dated_errors(first, later, kind="value-conflict") == [("34-year", "43")]


def test_an_age_named_after_its_noun_is_not_an_unnamed_persons(dated_errors):
    first = ("2025-02-08", "Among the dead was a 34-year-old British man, Tom Hale, from Leeds, police said.")
    later = ("2025-02-10", "A fourth person, a 61-year-old man from Germany, remained in a critical condition last night.")
    assert dated_errors(first, later, kind="value-conflict") == []


def test_two_given_names_under_one_surname_are_two_ages(dated_errors):
    first = ("2025-04-26", "Among the dead were Earl Brandt, 66, a retired mail carrier, and his wife.")
    later = ("2025-04-30", "The storm killed Earl Brandt and his wife, June Brandt, 64, in their home on Cedar Street.")
    assert dated_errors(first, later, kind="value-conflict") == []


def test_a_month_that_is_a_given_name_before_a_surname_is_the_names():
    names = [m.text for m in mentions("Police named the victims as June Brandt and April Hale.") if m.kind == "entity"]
    assert names == ["June Brandt", "April Hale"]


def test_a_month_before_a_day_is_still_a_date():
    found = [(m.kind, m.text) for m in consistency.mentions("The vote is on June 12. Brandt said so.")]
    assert ("date", "June 12") in found


def test_ages_of_sentences_that_open_with_he_and_she_are_two_peoples(dated_errors):
    first = (
        "2025-05-15",
        "Marsh trained in Paris.\n\nShe spent most of her life painting outdoors.\n\nShe died aged 44, and her "
        "work was long forgotten.",
    )
    later = (
        "2025-05-16",
        "Mr Vance, who made his fortune in steel tubing, bought the picture in 1962 from a dealer. He died in 2023 "
        "at the age of 91.",
    )
    assert dated_errors(first, later, kind="value-conflict") == []


def test_ages_of_sentences_that_open_with_one_pronoun_are_compared(dated_errors):
    first = ("2025-05-15", "The painter Ada Marsh was largely overlooked for decades. She died aged 44.")
    later = ("2025-05-16", "The painter Ada Marsh sold little in her lifetime. She died at the age of 41.")
    assert dated_errors(first, later, kind="value-conflict") == [("44", "41")]


def test_an_age_someone_was_when_a_thing_happened_is_of_the_past(tmp_path):
    (tmp_path / "a.md").write_text(
        "---\ndate: 2025-05-26\n---\n"
        "Callum Reid, 23, came through the club's academy and was playing his first final.\n\n"
        "\"I watched him kicking balls over the posts when he was eight years old,\" said his mother, Fiona Reid.\n",
        encoding="utf-8",
    )
    report = consistency.check([str(tmp_path)])
    assert [d.kind for d in report.discrepancies if str(d.severity) == "error"] == []
