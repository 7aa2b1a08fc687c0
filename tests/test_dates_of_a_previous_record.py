"""The year a record was set, when a new one beats it ("the previous course record, set by Daniel Rono in 2019",
"a mark that had stood since 2017"): one past event of the story, however each report tells it, so two reports that
give it two years disagree; a record of another kind or holder, or another past event, is not it."""

import pytest


@pytest.mark.parametrize(
    "first, later",
    [
        (
            "Okoth's 2:06:10 beat the previous course record of 2:06:55, set by Daniel Rono in 2019.",
            "Okoth broke a course record that had stood since 2017, when Daniel Rono won in 2:06:55.",
        ),
        (
            "The river crested at 7.2 metres at Lenwick, above the previous record of 6.6 metres set in 1988.",
            "At Lenwick the river broke a high-water mark that had stood since a flood in 1984.",
        ),
    ],
)
def test_two_years_for_the_record_a_new_one_beat_disagree(dated_errors, first, later):
    assert dated_errors(("2026-04-13", first), ("2026-04-15", later), kind="date-conflict")


@pytest.mark.parametrize(
    "first, later",
    [
        (
            "The river crested at 7.2 metres at Lenwick, above the previous record of 6.6 metres set in 1988.",
            "Lenwick's flood wall was built in 1984 and raised by half a metre in 2009.",
        ),
        (
            "Okoth's time beat the national record of 2:05:40, set in 2011.",
            "It also took 50 seconds off the course record that had stood since 2019.",
        ),
        (
            "Okoth beat the men's course record of 2:06:55, set by Daniel Rono in 2019.",
            "In the women's race Mary Wanjiru missed the course record set by Anna Lisk in 2015 by 40 seconds.",
        ),
    ],
)
def test_another_past_event_or_another_holders_record_is_not_it(dated_errors, first, later):
    assert not dated_errors(("2026-04-13", first), ("2026-04-15", later), kind="date-conflict")


def test_a_runners_own_best_is_not_the_course_record(dated_errors):
    assert not dated_errors(
        ("2026-04-13", "Okoth took 40 seconds off the previous course record, set by Daniel Rono in 2019."),
        ("2026-04-18", "It was a big step up from his own previous best of 2:07:30, set in Chicago last October."),
        kind="date-conflict",
    )
