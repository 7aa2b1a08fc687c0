"""An act told by a verb of two words ("the impurity was picked up on 22 March") is the act its other words tell
(data/one_act_verbs.csv: "detected on March 27", a discovery): the two days are compared. The same verb's other
sense, or a verb of another act, is not."""

from __future__ import annotations

import pytest


def test_a_two_word_verb_tells_its_act(error_texts):
    rows = error_texts(
        "The contamination was detected on March 27 during testing, the company said.",
        "The contamination was picked up on 22 March in long-term samples.",
    )
    assert {"March 27", "22 March"} in map(set, rows), rows


@pytest.mark.parametrize(
    "second",
    [
        "The parcel of samples was picked out on 22 March for a second test.",
        "The samples were sent to the laboratory on 22 March.",
    ],
)
def test_another_verb_is_another_act(error_texts, second):
    assert error_texts("The contamination was detected on March 27 during routine testing.", second) == []
