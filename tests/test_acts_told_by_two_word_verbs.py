"""An act told by a verb of two words ("the impurity was picked up on 22 March") is the act its other words tell
(data/one_act_verbs.csv: "detected on March 27", a discovery): the two days are compared. The same verb's other
sense, or a verb of another act, is not."""

from __future__ import annotations

import pytest

import consistency


def _date_rows(tmp_path, first: str, second: str) -> list[set[str]]:
    for day, text in (("10", first), ("11", second)):
        (tmp_path / f"r{day}.txt").write_text(f"Headline\nPublished: {day} April 2026\n\n{text}\n", encoding="utf-8")
    report = consistency.check([str(tmp_path)])
    return [{c.mention.text for c in d.claims} for d in report.discrepancies if d.kind == "date-conflict"]


def test_a_two_word_verb_tells_its_act(tmp_path):
    rows = _date_rows(
        tmp_path,
        "The contamination was detected on March 27 during testing, the company said.",
        "The contamination was picked up on 22 March in long-term samples.",
    )
    assert {"March 27", "22 March"} in rows, rows


@pytest.mark.parametrize(
    "second",
    [
        "The parcel of samples was picked out on 22 March for a second test.",
        "The samples were sent to the laboratory on 22 March.",
    ],
)
def test_another_verb_is_another_act(tmp_path, second):
    rows = _date_rows(tmp_path, "The contamination was detected on March 27 during routine testing.", second)
    assert rows == [], rows
