"""A verb of change is one in any of its forms ("fell", "falls", "falling"; "plunged", "plunging", "plunges"): "with
the shares plunging 21 per cent on Tuesday" is the shares' move of the day, as "shares fell 12 per cent on Tuesday"
is."""

from __future__ import annotations

import pytest

from consistency.align.frames import change_words
from tests.test_ages_of_others import _values
from tests.test_time_frames import rows


@pytest.mark.parametrize("forms", [
    ("plunged", "plunges", "plunging"), ("tumbled", "tumbles", "tumbling"), ("soared", "soars", "soaring"),
    ("slumped", "slumps", "slumping"), ("plummeted", "plummets", "plummeting"), ("lost", "loses", "losing"),
])
def test_a_verb_of_change_is_read_in_each_of_its_forms(forms):
    verbs = change_words("verb")
    assert len({verbs.get(w) for w in forms} - {None}) == 1 and all(w in verbs for w in forms)


@pytest.mark.parametrize("verb", ["plunging", "tumbling", "sliding", "sinking"])
def test_shares_moving_in_an_ing_form_are_the_days_move(tmp_path, verb):
    first = ("2026-06-16", "Shares in Carrow Pharma fell 12 per cent on Tuesday, their biggest one-day drop.")
    second = ("2026-06-17", f"Investors took fright, with shares in Carrow Pharma {verb} 21 per cent on Tuesday.")
    assert ("12 per cent", "21 per cent") in _values(rows(tmp_path, {"a": first, "b": second}))
