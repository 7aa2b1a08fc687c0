""""Found", the past of "find", is not "founded": the year a charity was founded is not compared with the year a
tortoise was reported missing and then found, while two years of one founding, or two days of one finding, still
are."""

from __future__ import annotations

import pytest

import consistency
from consistency.terms import content_terms


def _date_rows(tmp_path, first: str, second: str) -> list[str]:
    for day, text in (("10", first), ("11", second)):
        (tmp_path / f"r{day}.txt").write_text(f"Headline\nPublished: {day} June 2026\n\n{text}\n", encoding="utf-8")
    return [d.kind for d in consistency.check([str(tmp_path)]).discrepancies if d.kind == "date-conflict"]


def test_found_is_a_form_of_find():
    assert content_terms("has been found") == content_terms("finds") != content_terms("was founded")


def test_a_founding_and_a_finding_are_two_acts(tmp_path):
    assert _date_rows(
        tmp_path,
        "Harwell Housing, which was founded in 1968 and manages around 3,000 homes, cut 40 staff.",
        "A dog reported missing in 2019 has been found alive two streets away.",
    ) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The charity was founded in 1968.", "The charity, founded in 1986, runs 40 hostels."),
        ("The body was found on Monday.", "The body was found on Sunday."),
    ],
)
def test_one_founding_or_one_finding_is_still_compared(tmp_path, first, second):
    assert _date_rows(tmp_path, first, second) == ["date-conflict"]
