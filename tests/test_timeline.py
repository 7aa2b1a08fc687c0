"""Time-aware checking on a developing story: ten dated reports of one air crash (tests/data/crash)."""

from __future__ import annotations

from pathlib import Path

import pytest

import consistency

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
    for d in _kinds(report, "value-conflict"):
        a, b = d.claims
        assert report.document(a.doc).published == report.document(b.doc).published, d.summary


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


def test_parts_and_hedges_raise_nothing(report):
    texts = {c.mention.text for d in report.discrepancies if d.severity.name != "info" for c in d.claims}
    for harmless in ("12", "10", "230 passengers", "217", "2 million tonnes", "240 passengers"):
        assert harmless not in texts
