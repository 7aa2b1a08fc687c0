"""A weekday a thing must be done on ("must now win Friday's game", "has to pay on Friday") is the coming one, as
"will win on Friday" is; "must have" looks back ("must have left on Friday")."""

import datetime as dt

import pytest

import consistency


def _days(text: str, published: str = "2026-05-21") -> list[str]:
    return [str(m.date) for m in consistency.mentions(text, dt.date.fromisoformat(published)) if m.kind == "date"]


@pytest.mark.parametrize("text", [
    "The defending champion must now win Friday's final game to force a tiebreak.",
    "The club has to pay the fee on Friday or lose its licence.",
    "Contractors need to finish the repairs on Friday before the bridge can reopen.",
])
def test_a_day_something_must_be_done_on_is_the_coming_one(text):
    assert _days(text) == ["2026-05-22"]  # published on Thursday 21 May


def test_must_have_looks_back():
    assert _days("Investigators said the men must have left the harbour on Friday.") == ["2026-05-15"]
