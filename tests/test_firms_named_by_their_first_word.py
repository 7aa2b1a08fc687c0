"""News names a firm in full first, then by its first word ("Brennick Appliances", then "Brennick said"; a firm's
name ends in a word of trade, data/name_cues.csv "firm suffix"): the word alone is that firm. A town named before
a council's, a club's or a hospital's noun is no firm, and a word after "in" is a place."""

from __future__ import annotations

import consistency


def _names(text: str) -> dict[str, str | None]:
    return {m.text: m.canonical for m in consistency.mentions(text) if m.kind == "entity"}


def test_a_firms_first_word_alone_is_the_firm():
    names = _names("Veyra Launch Systems lost its rocket on Thursday. Veyra said a fuel line had cracked.")
    assert names["Veyra"] == "Veyra Launch Systems"


def test_a_town_before_a_councils_noun_and_a_place_after_in_stay_themselves():
    assert _names("Harlow District Council met on Monday. Harlow has flooded twice this year.").get("Harlow") != (
        "Harlow District Council"
    )
    names = _names("Brennick Appliances will shut its plant. Workers in Brennick marched on Friday.")
    assert names["Brennick"] == "Brennick"


def test_a_statement_by_the_firms_first_word_is_the_firms(dated_errors):
    first = ("2025-03-05", "Brennick Appliances said on Tuesday it would close its Dunmarsh factory by September.")
    second = (
        "2025-03-12",
        "Brennick Appliances makes washing machines in Dunmarsh. Brennick, which said on March 3 that it would close "
        "its Dunmarsh factory by September, blamed energy costs.",
    )
    assert dated_errors(first, second) == [("Tuesday", "March 3")]
