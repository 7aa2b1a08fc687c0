"""An area told by its kind after a count ("900 residents of the surrounding area were evacuated", "from the wider
region") is where those counted are, not what is measured: the count is of the evacuated, as another report's "640
residents were evacuated" is."""

from __future__ import annotations


def test_residents_of_the_surrounding_area_evacuated(dated_errors):
    assert dated_errors(
        ("2026-10-09", "About 640 residents were evacuated from homes near the Belchow power station on Thursday "
                       "evening."),
        ("2026-10-12", "Nearly 900 residents of the surrounding area were evacuated from homes near the Belchow power "
                       "station on Thursday evening."),
        kind="value-conflict",
    )


def test_the_size_of_an_area_is_still_its_area(dated_errors):
    assert not dated_errors(
        ("2026-10-09", "About 640 residents were evacuated from homes near the Belchow power station on Thursday."),
        ("2026-10-12", "The exclusion zone around the Belchow power station covered an area of 900 hectares on "
                       "Thursday."),
        kind="value-conflict",
    )
