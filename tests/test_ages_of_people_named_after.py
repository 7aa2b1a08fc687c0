"""An age said of someone brought in by a noun and named after it ("a 61-year-old farmer from Leek named locally as
Owen Marsh", "a 38-year-old woman, who was identified by police as Dana Reyes,") is that person's age, compared with
the ages other reports give them; given another person's name, or none, it is not."""

from __future__ import annotations

import pytest

import consistency


def _age_rows(tmp_path, first: str, second: str) -> list[str]:
    (tmp_path / "a.md").write_text(f"---\ndate: 2026-05-04\n---\nA lorry overturned on the A53 on Monday. {first}\n",
                                   encoding="utf-8")
    (tmp_path / "b.md").write_text(f"---\ndate: 2026-05-05\n---\nThe A53 reopened on Tuesday. {second}\n",
                                   encoding="utf-8")
    return [d.summary for d in consistency.check([str(tmp_path)]).discrepancies if d.kind == "value-conflict"]


@pytest.mark.parametrize("named", [
    "The driver, a 61-year-old farmer from Leek named locally as Owen Marsh, was cut free by firefighters.",
    "The driver, a 61-year-old man who was identified by police as Owen Marsh, was cut free by firefighters.",
    "A 61-year-old man, named as Owen Marsh, was cut free by firefighters.",
])
def test_an_age_given_a_name_after_it_is_that_persons(tmp_path, named):
    rows = _age_rows(tmp_path, named, "The driver, Owen Marsh, 64, was still in hospital, police said.")
    assert any("61" in r and "64" in r for r in rows), rows


def test_another_persons_name_after_the_age_is_not_compared(tmp_path):
    rows = _age_rows(
        tmp_path,
        "A 61-year-old passenger, named locally as Ruth Hale, was cut free by firefighters.",
        "The driver, Owen Marsh, 64, was still in hospital, police said.",
    )
    assert not [r for r in rows if "61" in r], rows


def test_an_age_with_no_name_after_it_stays_unnamed(tmp_path):
    rows = _age_rows(
        tmp_path,
        "A 61-year-old man from Leek was cut free by firefighters.",
        "The driver, Owen Marsh, 64, was still in hospital, police said.",
    )
    assert not [r for r in rows if "61" in r], rows
