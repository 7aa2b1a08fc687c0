"""A figure organisers are expecting is a forecast (data/frame_words.csv: "expecting", as "forecast"), not the
count that came: "organisers expecting a sell-out crowd of 41,000" is not the 38,412 who came."""

from __future__ import annotations

from consistency.engine import claims


def _qualifiers(tmp_path, text: str, figure: str) -> frozenset[str]:
    (tmp_path / "a.md").write_text(f"---\ndate: 2025-05-15\n---\n\n{text}\n", encoding="utf-8")
    (found,) = [c.frame.qualifiers for c in claims(tmp_path) if c.mention.text == figure]
    return found


def test_a_crowd_expected_is_a_forecast(tmp_path):
    text = "Kelby Town meet Orla United in the final at Harrow Park, with organisers expecting a sell-out crowd of 41,000."
    assert "expected" in _qualifiers(tmp_path, text, "41,000")


def test_a_crowd_that_came_is_no_forecast(tmp_path):
    assert "expected" not in _qualifiers(tmp_path, "A crowd of 38,412 at Harrow Park saw the final.", "38,412")
