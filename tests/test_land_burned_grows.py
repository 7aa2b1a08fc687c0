"""Land a fire has burned, and homes an event destroyed, are counted as they go: a later report's larger figure is
the count grown, as a toll is, not the odd one out between two earlier reports that roughly agree."""

from __future__ import annotations

from tests.test_ages_of_others import _values
from tests.test_time_frames import rows


def test_a_fires_burned_area_that_grows_over_the_days_is_no_conflict(tmp_path):
    found = rows(tmp_path, {
        "01-local": ("2026-08-05", "The fire in the Sierra de Olvera has burned 4,200 hectares since Monday, officials "
                                   "said."),
        "02-tv": ("2026-08-06", "The blaze in the Sierra de Olvera has now burned about 6,500 hectares, according to "
                                "the regional government."),
        "03-daily": ("2026-08-07", "The Sierra de Olvera fire has burned 6,900 hectares, according to the regional "
                                   "authorities."),
        "04-weekly": ("2026-08-10", "Satellite mapping puts the area burned in the Sierra de Olvera fire at 7,300 "
                                    "hectares."),
    })
    assert _values(found) == set()


def test_homes_destroyed_counted_as_the_survey_goes_on_are_no_conflict(tmp_path):
    found = rows(tmp_path, {
        "01-wire": ("2026-03-10", "The tornado destroyed about 140 homes in Harlan County, officials said."),
        "02-local": ("2026-03-11", "The tornado destroyed 150 homes in Harlan County, officials said."),
        "03-daily": ("2026-03-14", "The tornado destroyed 212 homes in Harlan County, according to a final survey."),
    })
    assert _values(found) == set()
