"""A sentence that sets two people's acts side by side with a word of contrast ("Weber was found on 10 March, while
Brandt was arrested on Thursday"; data/contrast_joiners.csv) gives each clause's date and figure to its own person:
the day of Brandt's arrest is not another day for Weber's."""

from __future__ import annotations

import pytest

from tests.test_time_frames import rows


def _found(found: set, kind: str) -> set[tuple[str, ...]]:
    return {texts for k, texts in found if k == kind}


OTHER_PERSON = [
    # courts and police
    (
        ("2026-03-11", "Anton Weber, 29, was arrested without a struggle on Tuesday after a farmer reported smoke "
                       "from an empty barn, police said."),
        ("2026-03-14", "Of the two men recaptured so far, Anton Weber was found on 10 March hiding in a barn near "
                       "Linz, while Karl Brandt, 34, was arrested on Thursday in Graz."),
        "date-conflict",
    ),
    # politics
    (
        ("2026-05-11", "Finance minister Ana Brock resigned on Monday over the budget row."),
        ("2026-05-14", "Ana Brock stepped down on Monday, whereas her deputy Lars Holm resigned on Wednesday."),
        "date-conflict",
    ),
    # courts: two sentences handed down
    (
        ("2026-06-02", "Jonas Ekdahl was jailed for seven years for the fraud at Norvik Bank."),
        ("2026-06-03", "Jonas Ekdahl got seven years for the Norvik Bank fraud, while his accountant Petra Lunde was "
                       "jailed for four years."),
        "value-conflict",
    ),
]


@pytest.mark.parametrize(("first", "second", "kind"), OTHER_PERSON)
def test_a_contrasted_clause_is_its_own_persons(tmp_path, first, second, kind):
    assert _found(rows(tmp_path, {"a": first, "b": second}), kind) == set()


def test_one_persons_two_days_still_conflict(tmp_path):
    first = ("2026-03-11", "Anton Weber was arrested on Tuesday near Linz, police said.")
    second = ("2026-03-14", "Anton Weber was arrested on Wednesday near Linz, while Karl Brandt is still at large.")
    assert ("Tuesday", "Wednesday") in _found(rows(tmp_path, {"a": first, "b": second}), "date-conflict")
