"""Two figures a clause sets beside its own.

- The value a level is set beside after a comma ("trading at 11.42 per euro, compared with 11.51 shortly before")
  is an earlier value, not the level: no rival of another report's 11.42.
- A word that opens a sentence ("Core inflation ... ran at 3.9%") qualifies its own clause only, not a clause set
  against it ("..., while headline inflation stood at 3.4%").
"""

from __future__ import annotations

import consistency


def _qualifiers(tmp_path, text: str) -> dict[str, frozenset[str]]:
    path = tmp_path / "a.md"
    path.write_text(f"---\ndate: 2026-09-17\n---\n{text}\n", encoding="utf-8")
    return {c.mention.text: c.frame.qualifiers for c in consistency.claims(str(path)) if c.mention.is_figure}


def test_a_value_set_beside_a_level_is_an_earlier_value(tmp_path):
    q = _qualifiers(tmp_path, "The krone strengthened, trading at 11.42 per euro, compared with 11.51 before the decision.")
    assert "earlier value" in q["11.51"]
    assert "earlier value" not in q["11.42"]


def test_the_level_before_is_no_rival_of_the_level_after(dated_errors):
    assert dated_errors(
        ("2026-09-17", "The krone strengthened after the rate rise, trading at 11.42 per euro, compared with 11.51 "
                       "shortly before the decision."),
        ("2026-09-21", "The krone firmed to 11.42 per euro after the rate rise, from 11.51."),
        kind="value-conflict",
    ) == []


def test_an_opening_word_qualifies_its_own_clause_only(tmp_path):
    q = _qualifiers(tmp_path, "Core inflation ran at 3.9% in August, while headline inflation stood at 3.4%.")
    assert "core" in q["3.9%"]
    assert "core" not in q["3.4%"]
