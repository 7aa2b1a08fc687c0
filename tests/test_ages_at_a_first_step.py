"""An age at which someone took a first step ("began working at the age of 16", "joined Dunmore in 2008, aged 17",
"At the age of 17, Hart joined Dunmore"; data/first_steps.csv) is an age of the past: it is compared only with
another such age, never with the age a report gives now ("Lopes, 88,"), and says nothing of a birth year."""

from __future__ import annotations

import pytest

import consistency


def _error_rows(tmp_path, first: str, second: str) -> list[str]:
    for name, day, text in (("a", "2025-03-10", first), ("b", "2025-03-11", second)):
        (tmp_path / f"{name}.md").write_text(f"---\ndate: {day}\n---\n{text}\n", encoding="utf-8")
    return [d.summary for d in consistency.check([tmp_path]).discrepancies if str(d.severity) == "error"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Maria Lopes, who began working at the age of 16 in her father's bakery, died on Sunday.",
         "Maria Lopes, 88, died at her home in Porto on Sunday."),
        ("Liam Hart started playing for Dunmore aged nine, and retired on Sunday.",
         "Liam Hart, 34, announced his retirement from Dunmore on Sunday."),
        # the age set off after the clause of the first step
        ("Liam Hart joined Dunmore in 2008, aged 17, and retired on Sunday.",
         "Liam Hart, 34, announced his retirement from Dunmore on Sunday."),
        # the age opening the sentence, the first step after it
        ("At the age of 17, Liam Hart joined Dunmore; he retired on Sunday.",
         "Liam Hart, 34, announced his retirement from Dunmore on Sunday."),
        # nor is it her age on the day of her death, against her birth year
        ("Maria Lopes, who began working at the age of 16 in her father's bakery, died on Sunday.",
         "Maria Lopes, who was born in 1937 in Porto, died at her home on Sunday."),
    ],
)
def test_an_age_at_a_first_step_is_not_the_age_now(tmp_path, first, second):
    assert _error_rows(tmp_path, first, second) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # two ages at one first step
        ("Maria Lopes, who began working at the age of 16 in her father's bakery, died on Sunday.",
         "Maria Lopes, who began working at the age of 14 in her father's bakery, died on Sunday."),
        # an age at death is the age now
        ("Maria Lopes died at her home in Porto on Sunday at the age of 88.",
         "Maria Lopes, 86, died at her home in Porto on Sunday."),
        # the first step told after the age, of which it is no lead
        ("Jane Smith, 52, who joined the Harwell Trust in 1995, was honoured on Friday.",
         "Jane Smith, 57, was honoured by the Harwell Trust on Friday."),
    ],
)
def test_ages_of_one_time_still_conflict(tmp_path, first, second):
    assert _error_rows(tmp_path, first, second)
