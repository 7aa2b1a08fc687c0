"""A dateline's dash opens the sentence after it: "RUWANPURA, Feb 12 (Wire) - Opener Dinesh Silva struck 71" names
Dinesh Silva, the everyday word before his given name no word of it, as at any sentence's start; his name spelt
otherwise there is a slip beside the reports that spell it alike."""

from __future__ import annotations

import consistency


def test_an_everyday_word_after_a_datelines_dash_is_no_part_of_the_name():
    text = "RUWANPURA, Sri Lanka, Feb 12 (Wire) - Opener Dinesh Wickremaratne struck an unbeaten 71 on Thursday."
    assert "Dinesh Wickremaratne" in [m.text for m in consistency.mentions(text) if m.kind == "entity"]


def test_a_name_after_the_dash_spelt_otherwise_is_a_variant(tmp_path):
    for name, day, text in (
        ("a", "2026-02-12", "RUWANPURA, Feb 12 (Wire) - Opener Dinesh Wickremaratne struck an unbeaten 71. "
                            "Wickremaratne and Shehan Gunawardane added 98."),
        ("b", "2026-02-14", "The hero of the innings was Dinesh Wickramaratne, who fell four short of a century."),
        ("c", "2026-02-15", "Dinesh Wickramaratne's 96 in the first innings earned him the loudest cheer."),
    ):
        (tmp_path / f"{name}.md").write_text(f"---\ndate: {day}\n---\n{text}\n", encoding="utf-8")
    kinds = [d.kind for d in consistency.check([str(tmp_path)]).discrepancies]
    assert "name-variant" in kinds
