"""Coverage in every check (terminal footer, JSON, Markdown, HTML header) and --show-agreements."""

from __future__ import annotations

import json
import math
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import consistency
from consistency.cli import main
from consistency.intervals import figures_overlap, widen
from consistency.model import Mention

DESK = Path(__file__).parent / "data" / "desk"
LINE = "---\ndate: 2025-03-04\n---\nThe earthquake in Herat province killed {} people, officials said.\n"


@pytest.fixture(autouse=True)
def _here(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


def _write(tmp_path: Path, **docs: int) -> list[str]:
    paths = []
    for name, dead in docs.items():
        path = tmp_path / f"{name}.md"
        path.write_text(LINE.format(dead), encoding="utf-8")
        paths.append(str(path))
    return paths


def _json(*args: str) -> dict:
    result = CliRunner().invoke(main, ["check", *args, "--format", "json", "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_two_sources_that_agree_corroborate_each_other(tmp_path):
    doc = _json(*_write(tmp_path, a=261, b=261), "--show-agreements")
    assert doc["coverage"]["by_kind"]["figure"] == {"claims": 2, "aligned": 2, "corroborated": 2, "contested": 0}
    (agreement,) = doc["agreements"]
    assert (agreement["claim"]["doc"], agreement["claim"]["text"], agreement["claim"]["line"]) == ("a", "261 people", 4)
    assert [(c["doc"], c["text"], c["column"]) for c in agreement["agree"]] == [("b", "261 people", 41)]
    assert agreement["docs"] == ["a", "b"]


def test_a_third_source_that_disagrees_contests_them(tmp_path):
    doc = _json(*_write(tmp_path, a=261, b=261, c=312), "--show-agreements")
    assert doc["coverage"]["by_kind"]["figure"] == {"claims": 3, "aligned": 3, "corroborated": 0, "contested": 3}
    assert [(d["doc"], d["contested"]) for d in doc["coverage"]["documents"]] == [("a", 1), ("b", 1), ("c", 1)]
    assert doc["agreements"] == []


def test_a_figure_nobody_else_gives_is_not_aligned(tmp_path):
    paths = _write(tmp_path, a=261)
    other = tmp_path / "b.md"
    other.write_text("---\ndate: 2025-03-04\n---\nRescue teams from three countries reached Herat.\n", encoding="utf-8")
    doc = _json(*paths, str(other))
    assert doc["coverage"]["by_kind"]["figure"]["aligned"] == 0
    assert "agreements" not in doc  # only with --show-agreements


def test_coverage_counts_every_claim_and_adds_up(tmp_path):
    folder = tmp_path / "desk"
    shutil.copytree(DESK, folder)
    report = consistency.check([str(folder)])
    coverage = report.coverage
    per_doc = {d.doc: d for d in coverage.documents}
    assert set(per_doc) == {"agency", "draft", "page", "wire"}
    for doc_id, row in per_doc.items():
        assert row.claims == sum(1 for c in report.claims if c.doc == doc_id)
        assert row.corroborated <= row.aligned <= row.claims
        assert row.contested + row.corroborated <= row.claims
    total = coverage.total()
    assert total.claims == len(report.claims)
    assert sum(g.claims for g in coverage.by_kind.values()) == total.claims
    assert per_doc["draft"].contested >= 3  # 312 people twice over, $3bn, Zelenzky


def test_every_format_shows_the_same_coverage(tmp_path):
    paths = _write(tmp_path, a=261, b=261, c=312)
    total = _json(*paths)["coverage"]["total"]
    line = (
        f"coverage: {total['claims']} claims read, {total['aligned']} aligned with another source, "
        f"{total['corroborated']} corroborated, {total['contested']} contested"
    )
    runner = CliRunner()
    table = runner.invoke(main, ["check", *paths, "--fail-on", "never", "--format", "table"]).output
    assert line in table
    rows = [r.split() for r in table.splitlines() if re.match(r"^\s+[abc]\s+\d", r)]
    assert rows == [["a", "2", "2", "0", "1"], ["b", "2", "2", "0", "1"], ["c", "2", "2", "0", "1"]]
    md = runner.invoke(main, ["check", *paths, "--fail-on", "never", "--format", "md"]).output
    assert "| coverage | claims | aligned | corroborated | contested |" in md
    assert f"| total | {total['claims']} | {total['aligned']} | {total['corroborated']} | {total['contested']} |" in md
    html = runner.invoke(main, ["check", *paths, "--fail-on", "never", "--format", "html"]).output
    assert (
        f"Coverage: <b>{total['claims']}</b> claims read, <b>{total['aligned']}</b> aligned with another source, "
        f"<b>{total['corroborated']}</b> corroborated, <b>{total['contested']}</b> contested"
    ) in html


def test_draft_footer_shows_only_the_draft(tmp_path):
    paths = _write(tmp_path, a=261, b=261, c=312)
    out = CliRunner().invoke(main, ["check", *paths[:2], "--draft", paths[2], "--fail-on", "never"]).output
    assert out.splitlines()[-1] == "coverage of c: 2 claims read, 2 aligned with another source, 0 corroborated, 1 contested"


def test_show_agreements_in_table_and_markdown(tmp_path):
    paths = _write(tmp_path, a=261, b=261)
    runner = CliRunner()
    table = runner.invoke(main, ["check", *paths, "--show-agreements", "--format", "table"]).output
    assert "2 corroborated claims, 1 row" in table
    assert "b.md:4:41: 261 people" in table
    md = runner.invoke(main, ["check", *paths, "--show-agreements", "--format", "md"]).output
    assert "| **a.md:4:41**: “261 people” = 261 person | **b.md:4:41**: “261 people” |" in md
    none = runner.invoke(main, ["check", *_write(tmp_path, x=5, y=9), "--show-agreements", "--fail-on", "never"]).output
    assert "no corroborated claims" in none


def test_draft_agreements_start_from_the_draft(tmp_path):
    folder = tmp_path / "desk"
    shutil.copytree(DESK, folder)
    doc = _json(str(folder), "--draft", str(folder / "draft.md"), "--show-agreements")
    assert doc["agreements"], "the draft's date of the quake agrees with the sources"
    assert all(a["claim"]["doc"] == "draft" for a in doc["agreements"])
    assert doc["focus"] == ["draft"]


@pytest.mark.parametrize(
    ("low", "high", "tolerance", "expected"),
    [
        (84.5, 85.5, 0.0, (84.5, 85.5)),
        (84.5, 85.5, 0.02, (82.81, 87.21)),
        (184.0, math.inf, 0.1, (165.6, math.inf)),
        (-math.inf, 10.0, 0.1, (-math.inf, 11.0)),
        (-2.0, -1.0, 0.5, (-3.0, -0.5)),
    ],
)
def test_widen(low, high, tolerance, expected):
    got = widen(low, high, tolerance)
    assert got == pytest.approx(expected)


def _pct(value: float, low: float, high: float) -> Mention:
    return Mention(kind="percent", text=f"{value}%", start=0, end=3, value=value, low=low, high=high, unit="%")


@pytest.mark.parametrize(
    ("a", "b", "tolerance", "agree"),
    [
        (_pct(85, 84.5, 85.5), _pct(92, 91.5, 92.5), 0.0, False),
        (_pct(85, 84.5, 85.5), _pct(92, 91.5, 92.5), 0.05, True),
        (_pct(85, 84.5, 85.5), _pct(87, 86.5, 87.5), 0.0, False),
        (_pct(85, 84.5, 85.5), _pct(87, 86.5, 87.5), 0.01, True),
        (_pct(60, 54, 60), _pct(58, 57.5, 58.5), 0.0, True),
        (_pct(60, 60, 60), _pct(61, 60.5, 61.5), 0.0, False),
        (_pct(60, 60, 60), _pct(61, 60.5, 61.5), 0.01, True),
    ],
)
def test_figures_overlap_with_tolerance(a, b, tolerance, agree):
    assert figures_overlap(a, b, tolerance) is agree
    assert figures_overlap(b, a, tolerance) is agree


def test_html_shows_agreements_when_asked(tmp_path):
    paths = _write(tmp_path, a=261, b=261)
    plain = CliRunner().invoke(main, ["check", *paths, "--format", "html"]).output
    assert 'id="agreements"' not in plain
    html = CliRunner().invoke(main, ["check", *paths, "--format", "html", "--show-agreements"]).output
    assert '<h2 id="agreements" style="font-size:1.1rem">2 corroborated claims, 1 row: each one thing the sources agree on</h2>' in html
    assert '<span class="doc">b.md:4:41</span>: 261 people' in html


def test_nightly_html_header_has_the_coverage(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _write(corpus, a=261, b=261)
    result = CliRunner().invoke(main, ["report", str(corpus), "--out", str(tmp_path / "reports"), "--date", "2025-03-05", "--quiet"])
    assert result.exit_code == 0, result.output
    html = (tmp_path / "reports" / "2025-03-05" / "index.html").read_text(encoding="utf-8")
    assert "Coverage: <b>4</b> claims read, <b>4</b> aligned with another source, <b>2</b> corroborated, <b>0</b> contested" in html
    data = json.loads((tmp_path / "reports" / "2025-03-05" / "discrepancies.json").read_text(encoding="utf-8"))
    assert data["coverage"]["total"] == {"claims": 4, "aligned": 4, "corroborated": 2, "contested": 0}


def test_quotes_align_within_a_story_only(tmp_path):
    """Coverage groups quotes by story and speaker, as the quote rule does: the same words in another story corroborate nothing."""
    from consistency.coverage import measure
    from consistency.documents import load
    from consistency.engine import claims
    from consistency.rules import Context

    for doc_id in "abc":
        (tmp_path / f"{doc_id}.txt").write_text(
            '"We will rebuild every school in the valley," Anna Berg said on the visit.\n', encoding="utf-8"
        )
    documents, _ = load([tmp_path])
    ctx = Context({d.id: d for d in documents}, claims([tmp_path]))
    ctx.stories = {"a": 0, "b": 1, "c": 0}  # b tells another story
    coverage, agreements = measure(ctx, [])
    quotes = coverage.by_kind["quote"]
    assert (quotes.claims, quotes.aligned, quotes.corroborated) == (3, 2, 2)
    assert [(a.claim.doc, [o.doc for o in a.others]) for a in agreements if a.claim.kind == "quote"] == [("a", ["c"])]


def _coverage_of(report) -> dict[str, tuple[int, int]]:
    return {row.doc: (row.corroborated, row.contested) for row in report.coverage.documents}


def test_a_conflict_switched_off_in_its_passage_contests_nothing(tmp_path):
    paths = _write(tmp_path, a=261, b=261)
    off = tmp_path / "c.md"
    off.write_text(LINE.format(312).replace("The earthquake", "<!-- consistency off -->\nThe earthquake"), encoding="utf-8")
    report = consistency.check([*paths, str(off)])
    assert report.discrepancies == [] and report.suppressed
    assert _coverage_of(report) == {"a": (1, 0), "b": (1, 0), "c": (0, 0)}


def test_an_acknowledged_conflict_contests_nothing_and_the_others_still_do(tmp_path):
    paths = _write(tmp_path, a=261, b=312)
    first = consistency.check(paths)
    assert _coverage_of(first) == {"a": (0, 1), "b": (0, 1)}
    (conflict,) = first.discrepancies
    report = consistency.check(paths, acknowledged={conflict.id: "the ministry's figure is disputed"})
    assert report.discrepancies == [] and _coverage_of(report) == {"a": (0, 0), "b": (0, 0)}


def test_a_draft_contests_only_what_concerns_it(tmp_path):
    paths = _write(tmp_path, draft=261, b=261, c=312)
    whole = consistency.check(paths)
    assert _coverage_of(whole)["b"] == (0, 1)
    report = consistency.check(paths, draft=paths[0])
    assert {d.docs for d in report.discrepancies} == {("c", "draft")}
    assert _coverage_of(report)["draft"] == (0, 1)
    assert _coverage_of(report)["b"] == (1, 0)  # its conflict with c is not the draft's
