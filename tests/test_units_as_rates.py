"""A figure given per a unit ("$9,500 per hectare") and a count in that unit ("9,500 hectares") share the unit's
word and nothing else: the unit is no subject the two speak of, so the digits meeting is no sign of a unit garbled;
nor do a stretch of time and a sum meet by a slip ("shut for 48 hours", "raised $48,000"). A slip that keeps the
rest of the sentence ("3.4 million tonnes" / "3.4 million barrels") is still told."""

from __future__ import annotations

import consistency


def _unit_rows(tmp_path, *texts: str) -> list[str]:
    for n, text in enumerate(texts):
        (tmp_path / f"{n}.md").write_text(f"---\ndate: 2026-01-2{n}\n---\n{text}\n", encoding="utf-8")
    return [d.summary for d in consistency.check([str(tmp_path)]).discrepancies if d.kind == "unit-conflict"]


def test_a_rate_per_a_unit_is_no_slip_for_a_count_in_it(tmp_path):
    assert not _unit_rows(
        tmp_path,
        "Hail netting costs about $9,500 per hectare to put up, growers said after the storm in Valle Seco.",
        "Provincial officials estimate that some 9,500 hectares of orchards were hit by the storm in Valle Seco.",
    )


def test_a_unit_slip_in_one_sentence_is_told(tmp_path):
    assert _unit_rows(
        tmp_path,
        "The Corvel refinery processed 3.4 million tonnes of crude in 2025, the operator said.",
        "The Corvel refinery processed 3.4 million barrels of crude in 2025, the operator said.",
    )


def test_a_stretch_of_time_is_no_slip_for_a_sum(tmp_path):
    assert not _unit_rows(
        tmp_path,
        "A fundraising page for the Prescott family had raised more than $48,000 by Wednesday, Tallis council said.",
        "The Tallis beaches were first shut for 48 hours after the attack, the council said.",
    )
