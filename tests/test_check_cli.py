"""`consistency check` end to end through click's CliRunner, and the report formats."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import consistency
from consistency.cli import main
from consistency.knowledge.facts import FactsError, load_facts
from consistency.report.writers import neutralise

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FACTS = SEEDS / "reference_facts.csv"


@pytest.fixture(scope="module")
def seeds_report():
    return consistency.check([str(SEEDS)], facts=str(FACTS))


def _story(tmp_path: Path) -> list[str]:
    a = tmp_path / "wire.md"
    a.write_text("---\ndate: 2025-02-25\n---\nThe Trump administration welcomed Putin's proposal.\n", encoding="utf-8")
    b = tmp_path / "draft.md"
    b.write_text("---\ndate: 2025-02-25\n---\nThe Biden administration met Putin's proposal with skepticism.\n", encoding="utf-8")
    return [str(a), str(b)]


def test_json_follows_the_schema(tmp_path):
    out = tmp_path / "out.json"
    result = CliRunner().invoke(main, ["check", *_story(tmp_path), "--format", "json", "-o", str(out)])
    assert result.exit_code == 1, result.output
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["schema"] == "consistency.report/1"
    assert {d["id"] for d in doc["documents"]} == {"wire", "draft"}
    assert all(d["published"] == "2025-02-25" for d in doc["documents"])
    kinds = {d["kind"] for d in doc["discrepancies"]}
    assert {"entity-conflict", "anachronism"} <= kinds
    for d in doc["discrepancies"]:
        assert set(d) >= {"id", "kind", "severity", "summary", "claims", "explanation"}
        for c in d["claims"]:
            assert set(c) >= {"doc", "start", "end", "text", "sentence", "value", "unit"}
            source = (tmp_path / f"{c['doc']}.md").read_text(encoding="utf-8")
            assert c["text"] in source


def test_the_json_report_is_indented_by_two_with_its_quotes_as_written(tmp_path):
    out = tmp_path / "out.json"
    CliRunner().invoke(main, ["check", *_story(tmp_path), "--format", "json", "-o", str(out)])
    text = out.read_text(encoding="utf-8")
    doc = json.loads(text)
    assert text == json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    assert '\n  "schema": "consistency.report/1",\n' in text
    assert "Putin's proposal" in text


def test_fail_on_never_exits_zero(tmp_path):
    result = CliRunner().invoke(main, ["check", *_story(tmp_path), "--fail-on", "never"])
    assert result.exit_code == 0
    assert "entity-conflict" in result.output


def test_draft_keeps_only_its_discrepancies(tmp_path):
    paths = _story(tmp_path)
    extra = tmp_path / "other.md"
    extra.write_text("---\ndate: 2025-02-25\n---\nThe Obama administration signed the deal.\n", encoding="utf-8")
    report = consistency.check([*paths, str(extra)], draft=paths[0])
    assert report.discrepancies
    assert all("wire" in d.docs for d in report.discrepancies)


def test_missing_file_is_reported_and_the_rest_checked(tmp_path):
    paths = _story(tmp_path)
    result = CliRunner().invoke(main, ["check", *paths, str(tmp_path / "nope.txt"), "--format", "json"])
    assert result.exit_code == 2
    assert "nope.txt" in result.stderr
    doc = json.loads(result.stdout)
    assert doc["discrepancies"]


@pytest.mark.parametrize("bad", ["nope.txt", "empty.txt", "blob.txt"])
def test_the_summary_line_says_when_an_input_could_not_be_read(tmp_path, bad):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "blob.txt").write_bytes(bytes(range(256)) * 4)
    result = CliRunner().invoke(main, ["check", str(tmp_path / bad), "--format", "concise"])
    assert result.exit_code == 2
    assert bad in result.stderr
    assert "0 documents (1 input could not be read)" in result.stdout


def test_the_summary_line_of_a_clean_check_names_no_unread_input(tmp_path):
    result = CliRunner().invoke(main, ["check", *_story(tmp_path), "--format", "concise", "--fail-on", "never"])
    assert result.exit_code == 0
    assert "could not be read" not in result.stdout


def test_the_html_page_header_says_when_an_input_could_not_be_read(tmp_path):
    out = tmp_path / "page.html"
    CliRunner().invoke(main, ["check", *_story(tmp_path), str(tmp_path / "nope.txt"), "--format", "html", "-o", str(out)])
    header = next(line for line in out.read_text(encoding="utf-8").splitlines() if 'class="meta"' in line)
    assert "1 input could not be read" in header
    CliRunner().invoke(main, ["check", *_story(tmp_path), "--format", "html", "-o", str(out), "--fail-on", "never"])
    assert "could not be read" not in out.read_text(encoding="utf-8")


def test_csv_one_row_per_side_and_formulas_neutralised(tmp_path):
    a = tmp_path / "a.md"
    a.write_text("---\ndate: 2025-02-25\n---\n=HYPERLINK(\"x\") The Trump administration welcomed the offer.\n", encoding="utf-8")
    b = tmp_path / "b.md"
    b.write_text("---\ndate: 2025-02-25\n---\n+cmd The Biden administration rejected the offer.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(a), str(b), "--format", "csv", "--fail-on", "never"])
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert rows
    for row in rows:
        for cell in row.values():
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    conflict = [r for r in rows if r["kind"] == "entity-conflict"]
    assert {r["side"] for r in conflict} == {"1", "2"}


def test_markdown_table(tmp_path):
    result = CliRunner().invoke(main, ["check", *_story(tmp_path), "--format", "md", "--fail-on", "never"])
    assert result.output.startswith("| severity | kind | summary | where |")
    assert "Biden administration" in result.output


@pytest.mark.parametrize("cell", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx"])
def test_neutralise(cell):
    assert neutralise(cell) == "'" + cell


def test_neutralise_a_leading_carriage_return_quotes_it_as_a_line_break():
    assert neutralise("\rx") == "'\nx"


def test_rules_command_documents_every_rule():
    from consistency.rules import RULES

    result = CliRunner().invoke(main, ["rules"])
    assert result.exit_code == 0
    for kind in RULES:
        assert kind in result.output


def test_bad_published_date_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["check", *_story(tmp_path), "--published", "yesterday"])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output


def test_seeds_reference_conflicts(seeds_report):
    refs = [d for d in seeds_report.discrepancies if d.kind == "reference-conflict"]
    texts = {c.mention.text for d in refs for c in d.claims if c.doc.startswith("004")}
    assert {"85%", "60%"} <= texts


def test_without_facts_only_reference_rows_disappear(seeds_report):
    plain = consistency.check([str(SEEDS)])
    with_facts = {d.id for d in seeds_report.discrepancies if d.kind != "reference-conflict"}
    assert {d.id for d in plain.discrepancies} == with_facts
    assert not any(d.kind == "reference-conflict" for d in plain.discrepancies)


def test_report_frame_has_the_csv_columns(seeds_report):
    from consistency.report import COLUMNS

    frame = seeds_report.to_frame()
    assert list(frame.columns) == list(COLUMNS)
    assert len(frame) == sum(len(d.claims) for d in seeds_report.discrepancies)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("subject,value\nChina,92\n", "missing column(s) attribute"),
        ("subject,attribute,value\nChina,share,ninety\n", "line 2: column value is not a number"),
        ("subject,attribute,value,as_of\nChina,share,92,last year\n", "as_of must be YYYY"),
    ],
)
def test_bad_facts_file_names_the_problem(tmp_path, content, message):
    path = tmp_path / "facts.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(FactsError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_facts(path)


def test_user_knowledge_folder_extends_the_office_holders(tmp_path):
    doc = tmp_path / "story.md"
    doc.write_text("---\ndate: 2025-02-25\n---\nThe Biden administration met Putin's proposal with skepticism.\n", encoding="utf-8")
    before = CliRunner().invoke(main, ["check", str(doc), "--format", "json", "--fail-on", "never"])
    assert "anachronism" in {d["kind"] for d in json.loads(before.stdout)["discrepancies"]}
    mine = tmp_path / "knowledge"
    mine.mkdir()
    (mine / "office_holders.csv").write_text(
        "office,holder,start,end,note\nUS president,Joe Biden,2025-01-20,2025-12-31,a desk's counterfactual\n",
        encoding="utf-8",
    )
    after = CliRunner().invoke(main, ["check", str(doc), "--knowledge", str(mine), "--format", "json", "--fail-on", "never"])
    assert after.exit_code == 0, after.output
    assert "anachronism" not in {d["kind"] for d in json.loads(after.stdout)["discrepancies"]}
    again = CliRunner().invoke(main, ["check", str(doc), "--format", "json", "--fail-on", "never"])
    assert "anachronism" in {d["kind"] for d in json.loads(again.stdout)["discrepancies"]}  # the folder was for that run only


def test_a_value_conflicts_explanation_names_what_both_reports_measure_as_written(tmp_path):
    """With no measure word, the row names the words both sentences share, as written: not stems, and not a
    place only one of them names."""
    (tmp_path / "a.txt").write_text("Poll\nPublished: 3 March 2026\n\nSome 40% of adults in Kerry say they "
                                    "exercise weekly, the survey found.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Poll\nPublished: 3 March 2026\n\nThe survey found 22% of adults exercise "
                                    "weekly.\n", encoding="utf-8")
    (row,) = [d for d in consistency.check([str(tmp_path)]).discrepancies if d.kind == "value-conflict"]
    described = row.explanation.split("Both measure ")[1].split(" (match")[0]
    assert set(described.split()) <= {"adults", "exercise", "weekly", "survey", "found"}
    assert "exercise" in described and "Kerry" not in described
