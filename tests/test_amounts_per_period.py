"""An amount followed by "a" or "an" and a unit of time is so much per that time ("£1.4 million a year", "$5 an
hour"): the article is no "and one" of the amount. An article before a scale word is still one ("a million")."""

from __future__ import annotations

import pytest

import consistency


@pytest.mark.parametrize(
    ("text", "figure", "value", "kind"),
    [
        ("The scheme will save about £1.4 million a year, officials said.", "£1.4 million", 1_400_000, "money"),
        ("The licence brings in $2bn a year for the state.", "$2bn", 2_000_000_000, "money"),
        ("The club pays €300,000 a month in wages to its squad.", "€300,000", 300_000, "money"),
        ("Pickers at the Halden farm earn £5 an hour.", "£5", 5, "money"),
        ("The striker earns three million a season at Orville.", "three million", 3_000_000, "number"),
        ("Rooms at the Mere Hotel cost 240 dollars a night.", "240 dollars", 240, "money"),
        ("The pipeline carries 1.2 million barrels a day.", "1.2 million barrels a day", 1_200_000, "quantity"),
    ],
)
def test_an_amount_per_period_keeps_its_value(text, figure, value, kind):
    found = [m for m in consistency.mentions(text) if m.kind == kind]
    assert [(m.text, m.value) for m in found] == [(figure, value)]


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("The vaccine has reached a million people in the province.", "a million people", 1_000_000),
        ("Nearly a hundred were sent home.", "a hundred", 100),
        ("The ferry was delayed for an hour and a half.", "an hour and a half", 1.5),
        ("One and a half million people voted.", "One and a half million people", 1_500_000),
    ],
)
def test_an_article_that_counts_one_is_still_read(text, figure, value):
    found = [m for m in consistency.mentions(text) if m.kind in ("number", "quantity", "money")]
    assert [(m.text, m.value) for m in found] == [(figure, value)]
