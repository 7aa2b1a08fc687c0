"""Forms of business and economics reporting: a policy rate named in other words, the month a figure is for."""

from __future__ import annotations

import pytest

import consistency


def _frames(tmp_path, text: str, date: str = "2025-06-05") -> dict[str, object]:
    path = tmp_path / "a.md"
    path.write_text(f"---\ndate: {date}\n---\n{text}\n", encoding="utf-8")
    return {c.mention.text: c for c in consistency.claims(str(path)) if c.mention.is_figure}


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The Bank of Varland raised its benchmark rate by a quarter point on Thursday.", "a quarter point"),
        ("The central bank cut interest rates by 50 basis points.", "50 basis points"),
        ("The Federal Reserve left the federal funds rate at 4.5% on Wednesday.", "4.5%"),
        ("Its key rate now stands at 3.75% after the increase.", "3.75%"),
    ],
)
def test_a_policy_rate_is_named_in_many_words(tmp_path, text, figure):
    assert _frames(tmp_path, text)[figure].frame.measure == "policy rate"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Unemployment held at 4.1% in May, the office said.", "4.1%"),
        ("The lender raised its standard variable rate to 6.1% from July 1.", "6.1%"),
        ("The dissenters wanted to leave the rate at 4%.", "4%"),
    ],
)
def test_other_rates_are_not_the_policy_rate(tmp_path, text, figure):
    assert _frames(tmp_path, text)[figure].frame.measure != "policy rate"
