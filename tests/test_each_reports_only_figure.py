"""Two reports that each give one figure of one measure, of one owner, tell one quantity however else their words
differ ("creating 2,400 permanent jobs", "bringing 2,900 jobs to the area"); a report that gives the measure two
values, two owners, or a count told as it stood at a moment, is no such pair."""

from __future__ import annotations

import pytest

from tests.test_ages_of_others import _values
from tests.test_time_frames import rows

ONE_EACH = [
    # business: the jobs a plant brings, told by the firm and by the town's paper
    (
        ("2026-10-05", "Norsk Batteri will build a battery plant at Mosvik, creating 2,400 permanent jobs, the company "
                       "and the government said on Monday."),
        ("2026-10-05", "The town is set to be transformed after Norsk Batteri confirmed on Monday that it will build a "
                       "huge factory on its edge, bringing 2,900 jobs to the area."),
        {("2,400", "2,900 jobs")},
    ),
]


@pytest.mark.parametrize(("first", "second", "expected"), ONE_EACH)
def test_each_reports_one_figure_of_a_measure_is_compared(tmp_path, first, second, expected):
    found = rows(tmp_path, {"01-first": first, "02-second": second})
    assert _values(found) == expected


NOT_ONE_EACH = [
    # the second report gives the measure two values: two plants
    (
        ("2026-10-05", "Norsk Batteri will build a battery plant at Mosvik, creating 2,400 permanent jobs, the company "
                       "and the government said on Monday."),
        ("2026-10-05", "The town is set to be transformed after Norsk Batteri confirmed on Monday that it will build a "
                       "huge factory on its edge, bringing 2,900 jobs to the area. A second plant, at Rindal, is to "
                       "bring 600 jobs from 2029."),
    ),
    # two firms, each its own plant's jobs
    (
        ("2026-10-05", "Norsk Batteri will build a battery plant at Mosvik, creating 2,400 permanent jobs, the company "
                       "and the government said on Monday."),
        ("2026-10-06", "Kobolt Energi, a rival, said on Tuesday that its own plant at Rindal would bring 2,900 jobs to "
                       "the coast."),
    ),
    # a count as it stood by a time of the day, and a later one of the same day
    (
        ("2026-05-15", "Lifeboat crews had pulled 150 people from the water by the afternoon, the coastguard said."),
        ("2026-05-15", "Rescuers have brought 158 people out of the sea alive since the ferry sank."),
    ),
]


@pytest.mark.parametrize(("first", "second"), NOT_ONE_EACH)
def test_two_values_two_owners_or_a_moment_are_no_one_quantity(tmp_path, first, second):
    found = rows(tmp_path, {"01-first": first, "02-second": second})
    assert _values(found) == set()
