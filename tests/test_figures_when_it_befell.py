"""A figure its sentence ties, in the past, to the moment of a clause of "when" ("investors lost £84 million when
Harlow Bonds collapsed") is one moment's figure, whichever day a report tells it; a tally that rises ("seven people
were killed when the bus left the road") and a change in percent of a day ("fell 12% when markets opened") are not."""


def test_a_figure_of_the_moment_when_a_thing_befell_is_compared_across_days(dated_errors):
    assert dated_errors(
        ("2026-12-08", "Investors lost £84 million when Harlow Bonds collapsed, prosecutors told the court."),
        ("2026-12-11", "The jury heard that savers lost £48 million when Harlow Bonds collapsed, many of them "
                       "pensioners."),
        kind="value-conflict",
    )


def test_a_tally_told_when_it_befell_may_rise(dated_errors):
    assert not dated_errors(
        ("2026-12-08", "Seven people were killed when a bus left the road near Kelby and plunged into the river."),
        ("2026-12-10", "Eleven people were killed when the bus left the road near Kelby, police said."),
        kind="value-conflict",
    )


def test_a_days_change_told_when_it_befell_is_that_days(dated_errors):
    assert not dated_errors(
        ("2026-12-08", "Shares in Harlow Bonds fell 12% when markets opened on Tuesday."),
        ("2026-12-10", "Shares in Harlow Bonds fell 5% when markets opened, extending the week's losses."),
        kind="value-conflict",
    )
