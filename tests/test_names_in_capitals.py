"""A name written in capitals is the name spelt as others write it: a transcript's speaker ("TOMASZ WIERZBICKI
(mayor): ...", "GRABOWSKI (soundbite): ...") and a dateline's place ("VILLAREJO DE TAJUÑA - ...") are no misspelling
of "Tomasz Wierzbicki", "Grabowski" or "Villarejo de Tajuña". A name misspelt in capitals is still a slip."""

from __future__ import annotations

import pytest

import consistency

REPORTS = [
    ("2025-06-07", "Footbridge collapses in Dobrzyn",
     "Mayor Henryk Wierzbicki said the town would mourn for three days. Fire commander Anna Grabowska said the "
     "search went on through the night."),
    ("2025-06-08", "Town mourns",
     "Mayor Henryk Wierzbicki laid flowers at the river. Anna Grabowska told reporters divers had found no one."),
    ("2025-06-09", "Inquiry opens", "Henryk Wierzbicki asked for a full inquiry. Grabowska said the search was over."),
]


def _variants(tmp_path, transcript: str) -> list[str]:
    for i, (day, headline, body) in enumerate([*REPORTS, ("2025-06-08", "Evening bulletin", transcript)]):
        (tmp_path / f"r{i}.md").write_text(f"---\ndate: {day}\n---\n# {headline}\n\n{body}\n", encoding="utf-8")
    report = consistency.check([str(tmp_path)])
    return [" / ".join(c.mention.text for c in d.claims) for d in report.discrepancies if d.kind == "name-variant"]


@pytest.mark.parametrize(
    "transcript",
    [
        "PRESENTER (Ewa Lis): The town is in mourning tonight. Our reporter Piotr Nowak is there.\n\n"
        "PIOTR NOWAK: The mayor spoke to us this afternoon.\n\n"
        "HENRYK WIERZBICKI (mayor): These people went into the river in the dark, without thinking of themselves.",
        "PRESENTER (Ewa Lis): The search goes on tonight. Our reporter Piotr Nowak is there.\n\n"
        "PIOTR NOWAK: Fire commander Anna Grabowska told us this afternoon that divers will go back in the morning.\n\n"
        "GRABOWSKA (soundbite): We are working very carefully, because what is left of the structure may move.",
    ],
)
def test_a_speaker_in_capitals_is_no_variant(tmp_path, transcript):
    assert _variants(tmp_path, transcript) == []


def test_a_name_misspelt_in_capitals_is_still_a_variant(tmp_path):
    transcript = (
        "PRESENTER (Ewa Lis): The town is in mourning tonight. Our reporter Piotr Nowak is there.\n\n"
        "PIOTR NOWAK: The mayor spoke to us this afternoon.\n\n"
        "HENRYK WIERZBICKY (mayor): These people went into the river in the dark, without thinking of themselves."
    )
    assert any("WIERZBICKY" in row for row in _variants(tmp_path, transcript))
