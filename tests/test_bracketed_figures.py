"""A figure in brackets after a name: "behind Orsa (11.9 million) and Brant (14 million)".

Each bracketed figure is its own name's, and measures what the sentence
says before the list ("the third best-selling carmaker"); it is compared
only with a sentence that names that name, never with one that names no
one, which could be of any name in the list.
"""

from __future__ import annotations

import pytest

CARMAKERS = "Vela was the third best-selling carmaker last year, behind Orsa (11.9 million) and Brant (14 million)."
POLL = "In the latest poll the Greens (24%) are ahead of Labour (19%) and the Liberals (11%)."
TOWNS = "The worst-hit towns were Kesan (212 dead) and Orsa (48 dead)."
DONORS = "The biggest donors were Kaelland (€4.2 billion), Orsania (€3.1 billion) and Brantia (€1.9 billion)."


@pytest.mark.parametrize(
    ("listed", "other"),
    [
        (CARMAKERS, "Orsa sold 9 million cars last year."),
        (CARMAKERS, "Brant sold more than 16 million cars last year."),
        (POLL, "Labour stands at 27% in the latest poll."),
        (TOWNS, "The floods killed 90 people in Orsa."),
        (DONORS, "Orsania donated €5 billion, more than any other donor."),
    ],
)
def test_a_bracketed_figure_conflicts_with_its_names_other_value(error_kinds, listed, other):
    assert "value-conflict" in error_kinds(listed, other)


@pytest.mark.parametrize(
    ("listed", "other"),
    [
        (CARMAKERS, "Orsa sold 11.9 million cars last year."),
        (CARMAKERS, "Brant sold 14 million cars last year."),
        # a sentence that names its party agrees with that party's figure, not with the list's first
        (POLL, "Labour stands at 19% in the latest poll."),
        (POLL, "The Greens stand at 24% in the latest poll."),
        (TOWNS, "The floods killed 48 people in Orsa and 212 in Kesan."),
        (DONORS, "Orsania donated €3.1 billion."),
        # what stands in brackets measures something else
        ("The flood hit Kesan (population 40,000) on Monday.", "The flood in Kesan killed 212 people."),
    ],
)
def test_a_bracketed_figure_agrees_with_its_names_value(error_kinds, listed, other):
    assert error_kinds(listed, other) == []
