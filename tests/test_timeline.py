"""Time-aware checking on a developing story: ten dated reports of one air crash (tests/data/crash)."""

from __future__ import annotations

from pathlib import Path

import pytest

import consistency
from consistency.engine import claims

CRASH = Path(__file__).parent / "data" / "crash"


@pytest.fixture(scope="module")
def report():
    return consistency.check([str(CRASH)])


def _kinds(report, kind):
    return [d for d in report.discrepancies if d.kind == kind]


def test_toll_timeline_is_an_update_oldest_first(report):
    updates = _kinds(report, "update")
    toll = [d for d in updates if any(c.mention.text.startswith("265") for c in d.claims)]
    assert toll, [d.summary for d in updates]
    dates = [report.document(c.doc).published for c in toll[0].claims]
    assert dates == sorted(dates)


def test_later_figures_are_not_value_conflicts(report):
    # the toll changes from one report to the next: those figures are found, and read as one update
    (toll,) = [d for d in _kinds(report, "update") if any(c.mention.text.startswith("265") for c in d.claims)]
    dated = {(report.document(c.doc).published, c.mention.value) for c in toll.claims}
    assert len({day for day, _ in dated}) >= 4 and len({value for _, value in dated}) >= 4, dated
    # and no error row sets two of them, from reports of different days, against each other
    toll_claims = {(c.doc, c.start) for c in toll.claims}
    for d in report.discrepancies:
        if d.severity.name == "error" and d.kind != "internal-conflict":
            docs = {c.doc for c in d.claims if (c.doc, c.start) in toll_claims}
            assert len({report.document(doc).published for doc in docs}) <= 1, d.summary


def test_old_figure_after_the_correction_is_superseded(report):
    found = _kinds(report, "superseded")
    assert any(c.doc.startswith("05-") for d in found for c in d.claims[:1]), [d.summary for d in found]


def test_a_report_that_contradicts_itself(report):
    found = _kinds(report, "internal-conflict")
    docs = {d.claims[0].doc for d in found}
    assert {"03-evening-0612", "07-wire-0615"} <= docs
    assert any("add up to 260" in d.summary for d in found)


def test_weekday_dates_resolve_against_each_report(report):
    found = _kinds(report, "date-conflict")
    assert any({c.mention.value_text for c in d.claims} == {"2025-06-11", "2025-06-12"} for d in found)
    # "said on Thursday" and "said on Monday" date statements, not the crash
    assert not any("said on" in c.sentence.text for d in found for c in d.claims)


HARMLESS = ("12", "10", "230 passengers", "217", "2 million tonnes", "240 passengers")


def test_parts_and_hedges_raise_nothing(report):
    # the parts of the toll and the hedged figures are claims of the story ...
    claimed = {c.mention.text for c in claims(CRASH)}
    assert set(HARMLESS) <= claimed, set(HARMLESS) - claimed
    # ... and the story has warnings and errors, none of them on those figures
    rows = [d for d in report.discrepancies if d.severity.name != "info"]
    assert rows
    texts = {c.mention.text for d in rows for c in d.claims}
    assert not texts & set(HARMLESS), texts & set(HARMLESS)


def test_past_occurrences_told_in_passing_supersede_nothing(tmp_path):
    # a flood three years ago and one in 1998 are other floods: their counts are no earlier values of this one's
    reports = {
        "a.txt": ("More than 60 sheep drown as river bursts its banks", "4 November 2026",
                  "More than 60 sheep drowned after the Arle burst its banks near Kelby on Wednesday, farmers said."),
        "b.txt": ("Farmers count the cost", "6 November 2026",
                  "Volunteers moved 45 of the flock to higher ground on Thursday. Three years ago, in a flood further "
                  "down the valley, 19 sheep drowned."),
        "c.txt": ("Flood losses", "9 November 2026",
                  "More than 60 sheep drowned in the valley. When 310 sheep drowned in the great flood of 1998, the "
                  "valley took years to recover."),
    }
    for name, (headline, day, body) in reports.items():
        (tmp_path / name).write_text(f"{headline}\nPublished: {day}\n\n{body}\n", encoding="utf-8")
    report = consistency.check([str(tmp_path)])
    assert _kinds(report, "superseded") == []
    # the counts near this flood's are still shown as one quantity's values over time; the 310 of 1998, five
    # times this flood's count, is another quantity (rules.figures.FAR_APART) and stands apart
    (timeline,) = _kinds(report, "update")
    assert {c.mention.value for c in timeline.claims} >= {19, 60}
    assert 310 not in {c.mention.value for c in timeline.claims}


def test_an_updates_quantity_is_named_in_the_reports_words(tmp_path):
    """The row names its quantity by words its sentences write ("accused mortgage"), not by their stems."""
    (tmp_path / "a.txt").write_text("Court\nPublished: 3 March 2026\n\nA judge set bail at £5,000 for the developer "
                                    "accused of mortgage fraud.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Court\nPublished: 5 March 2026\n\nBail for the developer accused of mortgage "
                                    "fraud was raised to £50,000.\n", encoding="utf-8")
    (update,) = _kinds(consistency.check([str(tmp_path)]), "update")
    name = update.summary.split(":")[0]
    written = {w.lower().strip(".,") for c in update.claims for w in c.sentence.text.split()}
    assert name and all(w.lower() in written for w in name.split()), name


@pytest.mark.parametrize(
    "total",
    [
        "More than 300 people were injured in the crash.",
        "Some 400 rescuers searched the crash site on Sunday.",
        "The crash killed 261 people in all, the ministry said.",
    ],
)
def test_parts_add_up_only_to_a_total_of_their_measure(tmp_path, total):
    # the parts are deaths: a count of the injured or of rescuers is no total of them
    (tmp_path / "a.md").write_text(
        f"---\ndate: 2025-06-15\n---\nThe crash killed 241 passengers and crew plus 19 on the ground.\n\n{total}\n",
        encoding="utf-8",
    )
    found = [d for d in consistency.check([tmp_path]).discrepancies if d.kind == "internal-conflict"]
    assert bool(found) is ("killed" in total), [d.summary for d in found]
