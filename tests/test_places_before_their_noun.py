"""A place named between a figure and its noun ("84,000 UK patients", "1,200 Welsh jobs") is where the figure was
counted, as "in the UK" is: a count in one of its parts ("In England, about 71,000 patients") is another count."""

from __future__ import annotations

import pytest

from consistency.align.frames import places_in
from consistency.model import Sentence
from consistency.parse import mentions


def test_a_country_before_the_noun_is_where_the_figure_was_counted():
    text = "Halden recalls heart tablets; 84,000 UK patients affected"
    names = [m for m in mentions(text) if m.kind == "entity"]
    assert "United Kingdom" in places_in(Sentence(0, len(text), text), names)


@pytest.mark.parametrize(
    "reports",
    [
        (
            ("2025-04-14", "Halden recalls heart tablets over impurity; 84,000 UK patients affected. The batches were "
                           "recalled after an impurity was found in the tablets."),
            ("2025-04-16", "In England, about 71,000 patients are thought to have received the tablets, with the rest "
                           "in Scotland, Wales and Northern Ireland."),
        ),
    ],
)
def test_a_count_in_a_part_of_the_country_is_another_count(dated_errors, reports):
    assert dated_errors(*reports, kind="value-conflict") == []
