"""A date and a figure either side of a clause of "where" are of two things: "the £4.8m fine is the largest in
a sector where, two years ago, fines were rare" gives this fine, not a fine of two years ago; "found on Monday at the
brickworks, where Ashby Homes is building 210 homes" gives the homes no day."""


def test_a_clause_of_place_does_not_date_the_figure_before_it(dated_errors):
    assert dated_errors(
        ("2026-03-16", "The regulator fined Norbank £4.2m on Monday for failing to protect customers' savings."),
        (
            "2026-03-20",
            "Norbank's £4.8m fine is the largest in a sector where, two years ago, penalties were almost unheard of.",
        ),
        kind="value-conflict",
    )


def test_the_figure_inside_the_clause_of_place_keeps_its_date(dated_errors):
    assert not dated_errors(
        ("2026-03-16", "The regulator fined Norbank £4.2m on Monday for failing to protect customers' savings."),
        (
            "2026-03-20",
            "The penalty surprised analysts in the City, where a rival was fined £1.1m two years ago.",
        ),
        kind="value-conflict",
    )


def test_a_clause_of_place_after_a_date_is_not_of_that_date(dated_errors):
    # the homes are the site's, not of the day the coins were found there
    assert dated_errors(
        ("2026-03-19", "Developer Ashby Homes, which is building 180 homes at the former Kelby brickworks, has "
                       "called in archaeologists."),
        ("2026-03-19", "The coins were found on Monday at the former Kelby brickworks, where Ashby Homes is "
                       "building 210 homes."),
        kind="value-conflict",
    )
