"""A figure that reports before and after it contradict with one value is the odd one, not a count that fell and
rose again: "640 objections" on Monday, "460" on Wednesday and "640" again the next week sets Wednesday's report
against the others (value-conflict). So is one after two reports of different days that gave one value. Not when
the figure is told as a change ("rose to", "brings the total to", "now"), as a count as it stood ("had been
received"), as a count of what befell people, nor when its report gives the others' value too (a part of it)."""

from __future__ import annotations

import pytest

import consistency

DAYS = ("2025-06-09", "2025-06-11", "2025-06-16", "2025-06-18")


def _rows(tmp_path, *reports: str) -> list[tuple[str, str, tuple[str, ...]]]:
    for day, text in zip(DAYS, reports, strict=False):
        (tmp_path / f"r-{day}.md").write_text(f"---\ndate: {day}\n---\n{text}\n", encoding="utf-8")
    report = consistency.check([str(tmp_path)])
    return [(str(d.severity), d.kind, tuple(c.mention.text for c in d.claims)) for d in report.discrepancies]


def _errors(rows) -> list[set[str]]:
    return [set(texts) for severity, kind, texts in rows if severity == "error" and kind == "value-conflict"]


@pytest.mark.parametrize(
    ("reports", "odd", "kept"),
    [
        (
            ("The council received 640 objections to the Brantley quarry plan, its officers said.",
             "Officers said 460 objections to the Brantley quarry plan had been received.",
             "The Brantley quarry plan drew 640 objections, the council's report shows."),
            "460", "640",
        ),
        (
            ("Fire crews sent 18 engines to the Harlow Road warehouse blaze at its height.",
             "At the height of the blaze, 12 engines were at the Harlow Road warehouse.",
             "Eighteen engines were at the Harlow Road warehouse fire at its peak, the service said."),
            "12", "18",
        ),
        (
            ("The hackers said they had taken 2.4 terabytes of data from the university's servers.",
             "The group claims to hold 4.2 terabytes of data stolen from the university.",
             "The group says it stole 2.4 terabytes of data from the university in the attack."),
            "4.2", "2.4",
        ),
        (
            ("Dorran Price, 58, denies four counts of fraud by abuse of position.",
             "Dorran Price was convicted on Thursday of four counts of fraud by abuse of position.",
             "Dorran Price was convicted last week of six counts of fraud by abuse of position."),
            "six", "four",
        ),
    ],
)
def test_a_figure_both_sides_contradict_is_the_odd_one(tmp_path, reports, odd, kept):
    errors = _errors(_rows(tmp_path, *reports))
    assert any(odd in row and kept in row for row in errors), errors


FIRST = "The council received 640 objections to the Brantley quarry plan, its officers said."


@pytest.mark.parametrize(
    "later",
    [
        # told as a change: the count rose, and the report after it has the old figure (superseded at most)
        ("Objections to the Brantley quarry plan have risen to 860, officers said.",
         "The Brantley quarry plan drew 640 objections, the council's report shows."),
        # a count as it stood, after the value held from one day to another: a tally that grew
        ("The Brantley quarry plan drew 640 objections, the council's report shows.",
         "Officers said 860 objections to the Brantley quarry plan had been received."),
        # a new level, said so
        ("The Brantley quarry plan drew 640 objections, the council's report shows.",
         "A late campaign brings the number of objections to the Brantley quarry plan to 860."),
        # the middle report gives the whole as well: its other figure is a part of it
        ("Officers said 640 objections to the Brantley quarry plan had been received, 460 of them from residents.",
         "The Brantley quarry plan drew 640 objections, the council's report shows."),
    ],
)
def test_a_change_told_or_kept_or_a_part_is_no_odd_figure(tmp_path, later):
    assert _errors(_rows(tmp_path, FIRST, *later)) == []
