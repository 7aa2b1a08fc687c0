"""A figure told in a relative clause about a thing an indefinite article brings in ("he scored 23 goals for a side
that finished fourth in Portugal", "she joined a firm which employs 300 people") is that new thing's, not the one
the story names: it is not set against the named thing's figure. Two such figures may still be one thing's."""

from __future__ import annotations


def test_a_figure_of_a_thing_brought_in_is_not_the_named_things(error_kinds):
    first = "Kingsmere finished 11th in the league last season after a poor run of form."
    second = "Arrieta scored 23 goals last season for a side that finished fourth in the league."
    assert "value-conflict" not in error_kinds(first, second)


def test_two_figures_of_things_brought_in_are_still_compared(error_kinds):
    first = "Arrieta scored 23 goals last season for a side that finished fourth in the Portuguese league."
    second = "Arrieta played last season for a side that finished ninth in the Portuguese league."
    assert "value-conflict" in error_kinds(first, second)
