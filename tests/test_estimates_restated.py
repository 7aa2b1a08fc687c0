"""An estimate of a quantity that may be revised without a word said (a cost "put at", one that "will" come to) is
compared across report days when a report later than both gives the earlier value again: the estimate stood, so the
figure between is no revision of it. A new figure that later reports keep is a revision; two estimates alone say
nothing of which stood."""

from __future__ import annotations

import pytest

import consistency


def _errors(tmp_path, *reports: str) -> list[tuple[str, ...]]:
    for day, text in zip((10, 11, 14), reports, strict=False):
        (tmp_path / f"r{day}.md").write_text(f"---\ndate: 2025-06-{day}\n---\n{text}\n", encoding="utf-8")
    report = consistency.check([str(tmp_path)])
    return [tuple(c.mention.text for c in d.claims) for d in report.discrepancies if str(d.severity) == "error"]


FIRST = "The finance ministry has put the cost of the Varden rail link at $410 million, the minister said."


def test_an_estimate_between_two_that_agree_conflicts(tmp_path):
    rows = _errors(
        tmp_path,
        FIRST,
        "The government says the Varden rail link will cost $310 million in total.",
        "The finance ministry's estimate of the cost of the Varden rail link is $410 million.",
    )
    assert any(set(row) == {"$410 million", "$310 million"} for row in rows)


@pytest.mark.parametrize(
    "reports",
    [
        # a revision the last report keeps
        ("The government says the Varden rail link will cost $480 million in total.",
         "The finance ministry's estimate of the cost of the Varden rail link is $480 million."),
        # two estimates and nothing after them
        ("The government says the Varden rail link will cost $480 million in total.",),
    ],
)
def test_an_estimate_revised_or_not_restated_is_no_conflict(tmp_path, reports):
    assert _errors(tmp_path, FIRST, *reports) == []
