"""One change told as a rise and as a fall: "the economy grew by 2.1%" and "shrank by 2.1%".

An amount of change read after a verb or adverb of change ("fell 12%",
"grew by 2.1%", "up about 8%", "lost 12 seats") carries its direction
(data/change_directions.csv); the same amount up in one report and down in
the other is a value-conflict. A level reached ("fell to 3%") has no
direction: "fell to 3%" and "rose to 3%" agree on the level.
"""

from __future__ import annotations

import pytest

from consistency.claim_building import change_direction
from consistency.model import Sentence
from consistency.parse.figures import numbers


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("Shares fell 12% on Monday.", "down"),
        ("The economy grew by 2.1% last year.", "up"),
        ("Profit was up about 8% in the quarter.", "up"),
        ("The Greens lost 12 seats.", "down"),
        ("Inflation fell to 3% in May 2024.", None),
        ("Inflation was 3% in May 2024.", None),
    ],
)
def test_an_amount_of_change_carries_its_direction(text, direction):
    sentence = Sentence(text=text, start=0, end=len(text))
    (figure,) = numbers.find(text)
    assert change_direction(sentence, figure) == direction


@pytest.mark.parametrize(
    ("up", "down"),
    [
        ("Shares in Brant Motors rose 12% on Monday.", "Shares in Brant Motors fell 12% on Monday."),
        ("Ruritania's economy grew by 2.1% last year, the statistics office said.",
         "Ruritania's economy shrank by 2.1% last year, the statistics office said."),
        ("Vela's profit was up about 8% in the first quarter.", "Vela's profit was down 8% in the first quarter."),
        ("The Greens gained 12 seats in the Kael council election.",
         "The Greens lost 12 seats in the Kael council election."),
    ],
)
def test_one_change_up_and_down_conflicts(error_kinds, up, down):
    assert "value-conflict" in error_kinds(up, down)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Shares in Brant Motors fell 12% on Monday.", "Shares in Brant Motors dropped 12% on Monday."),
        ("Inflation in Ruritania fell to 3% in May 2024.", "Inflation in Ruritania rose to 3% in May 2024."),
        ("Ruritania's exports rose 3% in May 2024 while imports fell 3%.", "Ruritania's exports rose 3% in May 2024."),
        ("Brant Motors' sales rose 5% in the first quarter.", "Brant Motors' profit fell 5% in the first quarter."),
        ("Unemployment in Ruritania was unchanged at 6% in May 2024.", "Unemployment in Ruritania rose 6% in May 2024."),
    ],
)
def test_changes_of_one_direction_or_of_other_measures_agree(error_kinds, first, second):
    assert error_kinds(first, second) == []
