"""A figure organisers are expecting is a forecast (data/frame_words.csv: "expecting", as "forecast"), not the
count that came: "organisers expecting a sell-out crowd of 41,000" is not the 38,412 who came; nor is a crowd someone
"predicted", nor a level a count "could still rise to"."""

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


def test_a_crowd_predicted_is_a_forecast(tmp_path):
    text = "Before the fight, promoter Dan Keel had predicted a crowd of 19,000 at the Brayford Dome."
    assert "expectation" in _qualifiers(tmp_path, text, "19,000")
    assert "expected" in _qualifiers(tmp_path, "Forecasters predicted 40mm of rain for Sunday.", "40mm")


def test_a_prediction_is_not_the_crowd_that_came(headlined_errors):
    came = ("2025-05-17", "Holt wins title in Brayford",
            "The official attendance was 16,200, a record for the venue, organisers said.")
    predicted = ("2025-05-19", "Brayford title fight review",
                 "Before the fight, promoter Dan Keel had predicted a crowd of 19,000, and the venue looked close to "
                 "full by the time the main event began.")
    assert headlined_errors(came, predicted, kind="value-conflict") == []


def test_two_predictions_of_one_crowd_disagree(headlined_errors):
    first = ("2025-05-15", "Brayford title fight preview",
             "Promoter Dan Keel predicted a crowd of 25,000 for Saturday's fight.")
    later = ("2025-05-19", "Brayford title fight review", "Before the fight, promoter Dan Keel predicted a crowd of 19,000.")
    assert headlined_errors(first, later, kind="value-conflict") == ["r0 says 25,000, r1 says 19,000"]


def test_a_level_a_count_could_rise_to_is_no_count_told(headlined_errors):
    only = ("2025-09-15", "Legionnaires' outbreak: cases rise to 21",
            "Health officials said on Monday that 21 cases had now been confirmed. The director of public health "
            "warned that the number of cases could still rise to around 30, because people infected before the tower "
            "was closed may only now be falling ill.")
    assert headlined_errors(only, kind="internal-conflict") == []
