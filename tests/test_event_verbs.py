"""One event told with different forms of its verb ("began" / "beginning", "born" / "birthday") is one event."""

from __future__ import annotations

import pytest

from consistency.terms import content_terms


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Work began in March.", "the beginning of the work"),
        ("She was born in Ghent.", "her birthday"),
        ("The trial started on Monday.", "The trial begins today."),
        ("The festival ended on Sunday.", "the festival's finale"),
        ("The museum was founded by monks.", "its founders"),
    ],
)
def test_forms_of_an_event_verb_share_a_term(one, other):
    assert set(content_terms(one)) & set(content_terms(other)) - {"work", "trial", "festival", "museum"}



@pytest.mark.parametrize(
    ("first", "second", "flagged"),
    [
        ("Construction of the Varna bridge began in 2019.",
         "The beginning of construction of the Varna bridge was in 2021.", True),
        ("Construction of the Varna bridge began in 2019.",
         "Construction of the Varna bridge started in 2019.", False),
        ("Mayor Ilse Brandt was born on 3 May 1971 in Karsk.",
         "Mayor Ilse Brandt celebrates her birthday on 9 May 1971.", True),
        ("Mayor Ilse Brandt was born on 3 May 1971 in Karsk.",
         "Mayor Ilse Brandt's birthday is 3 May 1971.", False),
    ],
)
def test_an_event_dated_in_other_forms_of_its_verb(error_kinds, first, second, flagged):
    assert ("date-conflict" in error_kinds(first, second)) is flagged
