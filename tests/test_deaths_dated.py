"""A death is a dated act: one person dies once, so two reports that give one person's death two days disagree
("died on Tuesday", "died in hospital on Monday"); two people's deaths are two acts, and the day a body was found
("was found dead on Wednesday") is a finding, not the death's day."""

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
        # a climber's death, told with and without the place she died
        (
            ("2026-04-09", "The climber Anna Vell died on Tuesday after a fall on the north ridge of Piz Morn."),
            ("2026-04-10", "Anna Vell, the climber who fell on Piz Morn, died in hospital on Monday, her family said."),
        ),
        # a writer's death, two days of the month
        (
            ("2026-05-06", "The novelist Mara Quint died on 3 May at her home in Lyon, her publisher said."),
            ("2026-05-08", "Mara Quint, the novelist, died on 5 May at her home in Lyon, aged 81."),
        ),
        # a former head of state, the death told in a relative clause
        (
            ("2026-04-09", "Former president Ilse Marant died on 3 April at her home in Gratz, aged 91."),
            ("2026-04-10", "Ilse Marant, who led the country from 1990 to 1998, died on 4 April."),
        ),
    ],
)
def test_one_persons_death_on_two_days_is_flagged(tmp_path, docs):
    assert _date_rows(tmp_path, *docs)


@pytest.mark.parametrize(
    "docs",
    [
        # the body found the day after the death
        (
            ("2026-04-09", "The climber Anna Vell died on Tuesday after a fall on the north ridge of Piz Morn."),
            ("2026-04-10", "Anna Vell was found dead on Wednesday below the north ridge of Piz Morn."),
        ),
        (
            ("2026-05-06", "The novelist Mara Quint died on 3 May at her home in Lyon, her publisher said."),
            ("2026-05-08", "Mara Quint was found dead at her home in Lyon on 4 May by her neighbour."),
        ),
        # another person's death, named
        (
            ("2026-04-09", "The climber Anna Vell died on Tuesday after a fall on the north ridge of Piz Morn."),
            ("2026-04-10", "Her rope partner, Jonas Brill, died in hospital on Thursday, the rescue service said."),
        ),
        # another person's death, told as another
        (
            ("2026-04-09", "The climber Anna Vell died on Tuesday after a fall on the north ridge of Piz Morn."),
            ("2026-04-10", "A second climber died in hospital on Thursday after the fall on Piz Morn."),
        ),
        # the day the death was made known
        (
            ("2026-04-09", "The climber Anna Vell died on Tuesday after a fall on the north ridge of Piz Morn."),
            ("2026-04-10", "Her family announced the death of Anna Vell on Wednesday."),
        ),
    ],
)
def test_other_acts_and_other_deaths_are_not_flagged(tmp_path, docs):
    assert _date_rows(tmp_path, *docs) == set()



@pytest.mark.parametrize(
    "docs",
    [
        (
            ("2026-04-09", "The singer Mara Lind began work on her second album in early 2025."),
            ("2026-04-10", "Mara Lind began to work on the album before 2024."),
        ),
        (
            ("2026-04-09", "Halden Energy completed its second acquisition on Tuesday, buying Corra Grid."),
            ("2026-04-10", "Halden Energy completed the acquisition of Corra Grid on Thursday."),
        ),
    ],
)
def test_an_ordinal_after_the_verb_is_what_was_done_not_another_doing(tmp_path, docs):
    assert _date_rows(tmp_path, *docs)
