"""A date in a clause of "where" after a figure is that clause's, not the figure's: "the £4.8m fine is the largest in
a sector where, two years ago, fines were rare" gives this fine, not a fine of two years ago."""


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
