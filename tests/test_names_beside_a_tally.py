"""A name told in a clause of "with" and a verb in -ing beside a figure ("carried by 36 votes to 27, with the Liberal
Democrats abstaining") is no owner of the figure: the tally is still the vote the other report gives."""

from __future__ import annotations


def test_a_party_abstaining_beside_the_tally_is_no_owner(dated_errors):
    assert dated_errors(
        ("2026-02-26", "Wexmoor City Council met on Wednesday. The budget was carried by 38 votes to 27, with four "
                       "abstentions."),
        ("2026-02-28", "Wexmoor City Council met on Wednesday. The budget was carried by 36 votes to 27, with the "
                       "Liberal Democrats abstaining."),
        kind="value-conflict",
    )


def test_a_name_that_owns_the_figure_still_does(dated_errors):
    assert not dated_errors(
        ("2026-02-26", "The Wexmoor budget was carried by 38 votes to 27 on Wednesday."),
        ("2026-02-26", "The Harlow budget was carried by 36 votes to 27 on Wednesday, with the mayor watching."),
        kind="value-conflict",
    )
