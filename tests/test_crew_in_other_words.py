""""Seafarers" and "crewmen" are a ship's crew (data/measures.csv, data/synonyms.csv): "the vessel has 23 crew" and
"all 32 seafarers are accounted for", told on one day, are one count that disagrees."""

from __future__ import annotations

import pytest

from consistency.terms import content_terms


@pytest.mark.parametrize("word", ["seafarers", "crewmen"])
def test_words_for_crew_are_crew(word):
    assert content_terms(word) == content_terms("crew")


def test_a_crew_in_other_words_is_compared(error_kinds):
    kinds = error_kinds("The vessel, which has 23 crew, was towed into port.", "All 32 seafarers are accounted for, the coastguard said.")
    assert "value-conflict" in kinds
