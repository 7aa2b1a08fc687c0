"""A figure a participle of reckoning leads to is the value of the measure named before it, set off by a comma or
after a form of "be": "The deal, valued at €240m,", "The crowd, estimated at 20,000,", "Turnout, officially put at
61%,". A thing's appraisal ("The painting, estimated at $40 million,") names no measure: it is not the price the
thing sold for."""

from __future__ import annotations

import pytest

from consistency.align.frames import reckoned_of


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The deal, valued at €240m, gives Talbot control of the Renn paper mill, the two companies said.",
         "Talbot has agreed to buy the Renn paper mill in a deal worth €310m, the two companies said."),
        ("The crowd, estimated at 20,000, marched through Loxley on Saturday against the new runway.",
         "A crowd of 35,000 marched through Loxley on Saturday against the new runway."),
        ("The loss, put at £3.1m, was the first in the history of Pellow Dairies, its chairman said.",
         "Pellow Dairies made a loss of £3.4m, the first in its history, its chairman said."),
        ("Turnout, officially put at 61%, was the highest in a Marden mayoral vote since 1998.",
         "The Marden mayoral vote drew a turnout of 54%, the highest since 1998."),
    ],
)
def test_a_value_reckoned_after_its_measure_is_that_measures(error_kinds, first, second):
    assert "value-conflict" in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # an appraisal is no price paid
        ("The painting, estimated at $40 million, was sold at the Harwick rooms in Lenz on Monday.",
         "The painting sold for $48.6 million at the Harwick rooms in Lenz on Monday."),
        # the buyer's own value, years before, is not the deal's
        ("Talbot, valued at $2bn in 2019, agreed to buy the Renn paper mill for $300m.",
         "Talbot agreed to buy the Renn paper mill for $300m, the two companies said."),
        # a rally's crowd is not a match's
        ("The crowd at the rally, estimated at 20,000, heard the mayor speak in Loxley on Saturday.",
         "A crowd of 35,000 watched the cup final at Loxley on Saturday."),
    ],
)
def test_other_values_reckoned_stay_apart(error_kinds, first, second):
    assert "value-conflict" not in error_kinds(first, second)


@pytest.mark.parametrize(
    ("lead", "what"),
    [
        ("The deal, valued at ", "The deal"),
        ("Attendance at the final was put at about ", None),  # the measure is read from the clause itself
        ("Attendance was put at about ", "Attendance"),
        ("The loss was first reported at ", "The loss"),
        ("The painting, estimated at ", None),
        ("Police put the crowd at ", None),  # the active form: what is reckoned follows the verb
    ],
)
def test_the_measure_a_participle_of_reckoning_follows(lead, what):
    assert reckoned_of(lead) == what
