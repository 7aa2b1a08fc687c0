"""A place and a place that holds it, and the figures counted in each.

A county, state or province and the country that holds it name no two
places for one slot ("farms across Wales" / "farms in Powys"); a place the
knowledge base does not know against a country it knows to hold others may
lie within it, so neither is an entity-conflict. A figure counted in a part
("1,200 homes in Fife", "900 farms in the county" after a sentence naming
it, "£4 million of the new fund") is no value of the whole's figure: neither
a value-conflict nor an update. Two places side by side (two countries, two
known cities) still conflict.
"""

from __future__ import annotations

import pytest

import consistency


@pytest.fixture
def rows_on_two_days(tmp_path):
    """The kinds of all rows `check` finds between a report of 10 March 2025 and one of 11 March."""

    def check(first: str, second: str) -> list[str]:
        for name, day, text in (("a", "2025-03-10", first), ("b", "2025-03-11", second)):
            (tmp_path / f"{name}.md").write_text(f"---\ndate: {day}\n---\n{text}\n", encoding="utf-8")
        return [d.kind for d in consistency.check([tmp_path]).discrepancies]

    return check


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # power cuts: a council area against its country, a day apart
        (
            "About 5,000 homes across Scotland lost power on Monday.",
            "Around 1,200 homes in Fife lost power on Monday, more than any other council area.",
        ),
        # farming: the part named by its kind after a sentence that named it
        (
            "The Dublin government will pay €20 million to dairy farmers. About 6,100 farms across Ireland qualify.",
            "Dairy farmers in Wexford will share €3 million of the new fund. About 700 farms in the county qualify.",
        ),
        # schools: a state against its country, and a province the knowledge base does not know
        (
            "Some 410 schools across Germany closed on Tuesday because of the strike.",
            "Some 95 schools in Bavaria closed on Tuesday because of the strike.",
        ),
        (
            "The storm damaged 3,000 homes in Canada on Sunday.",
            "The storm damaged 800 homes in Keewatinport on Sunday, officials said.",
        ),
    ],
)
def test_a_parts_figure_is_no_value_of_the_wholes(rows_on_two_days, first, second):
    assert rows_on_two_days(first, second) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The charity said 3,400 volunteers across Wales took part.", "The charity said 610 volunteers in Gwynedd took part."),
        ("The carmaker is based in Germany, the company said.", "The carmaker is based in Saxony, the company said."),
        ("The singer was born in Canada in 1971.", "The singer was born in Marrowdale in 1971."),
    ],
)
def test_a_place_and_a_place_that_holds_it_agree(error_kinds, first, second):
    assert "entity-conflict" not in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the same place, two counts: still a conflict
        ("About 1,200 homes in Fife lost power on Monday.", "About 2,100 homes in Fife lost power on Monday."),
        # a part's figure said of the same part by its kind
        (
            "Dairy farmers in Wexford will share €3 million. About 700 farms in the county qualify.",
            "Dairy farmers in Wexford will share €3 million. About 1,400 farms in the county qualify.",
        ),
        # places listed together may make up the other's whole
        (
            "The animated film took $31.4 million in North America over its opening weekend.",
            "The animated film took $21.4 million in Canada and the US over its opening weekend.",
        ),
    ],
)
def test_one_places_figures_still_conflict(error_kinds, first, second):
    assert "value-conflict" in error_kinds(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The carmaker is based in Milan, the company said.", "The carmaker is based in Munich, the company said."),
        ("The singer was born in Canada in 1971.", "The singer was born in Australia in 1971."),
    ],
)
def test_places_side_by_side_still_conflict(error_kinds, first, second):
    assert "entity-conflict" in error_kinds(first, second)
