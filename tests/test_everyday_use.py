"""The editor's and the data desk's everyday use: output that fits, spreadsheets that open clean, a piped draft,
suppressions that stay honest, a plain library."""

from __future__ import annotations

import importlib
import io
import json
import pydoc
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner
from rich.console import Console

import consistency
from consistency.cli import _progress, main
from consistency.report import counted

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DESK = Path(__file__).parent / "data" / "desk"
SOURCE = "---\ndate: 2025-03-04\n---\nThe earthquake in Herat province killed 261 people, provincial officials said on Tuesday.\n"
DRAFT = "Published: 2025-03-04\n\nThe earthquake in Herat province killed 312 people, provincial officials said on Tuesday.\n"
CONCISE = re.compile(r"^(?P<path>[^:\s][^:]*):(?P<line>\d+):(?P<col>\d+): (?P<severity>error|warning|info) (?P<kind>[a-z-]+) \[(?P<id>[0-9a-f]{12})\] \S")


@pytest.fixture(autouse=True)
def _here(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # locations are relative to here; the check saves .consistency/ here


def _sources(tmp_path: Path) -> Path:
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "wire.md").write_text(SOURCE, encoding="utf-8")
    return folder


def _check(*args: str, **kwargs):
    return CliRunner().invoke(main, ["check", *args], **kwargs)


# Terminal


@pytest.mark.parametrize("columns", [80, 60, 120])
def test_the_table_fits_the_terminal(columns):
    result = _check(str(SEEDS), "--facts", str(SEEDS / "reference_facts.csv"), "--format", "table", "--show-agreements",
                    "--fail-on", "never", env={"COLUMNS": str(columns)})
    lines = result.stdout.splitlines()
    assert len(lines) > 20
    assert max(len(line) for line in lines) <= columns


def test_concise_lines_parse_as_path_line_col(tmp_path):
    result = _check(str(SEEDS), "--facts", str(SEEDS / "reference_facts.csv"), "--fail-on", "never")
    lines = result.stdout.splitlines()
    found = [m for m in map(CONCISE.match, lines) if m]
    assert len(found) == len(json.loads((tmp_path / ".consistency" / "last.json").read_text())["discrepancies"]) > 0
    for m in found:
        path = Path(m["path"])
        assert not path.is_absolute() and path.is_file(), m["path"]  # relative to here, clickable
        line = path.read_text(encoding="utf-8").splitlines()[int(m["line"]) - 1]
        assert int(m["col"]) <= len(line)
    assert lines[len(found)].endswith("6 documents")  # the counts follow the findings


def test_concise_is_the_default_into_a_pipe_and_on_a_narrow_terminal(tmp_path):
    folder = _sources(tmp_path)
    (tmp_path / "draft.txt").write_text(DRAFT, encoding="utf-8")
    out = _check(str(folder), "--draft", "draft.txt", "--fail-on", "never").stdout
    assert out.splitlines()[0].startswith("draft.txt:3:41: error value-conflict [")
    assert "┃" not in out


def test_locations_are_paths_relative_to_the_working_directory(tmp_path):
    folder = _sources(tmp_path)
    (tmp_path / "draft.txt").write_text(DRAFT, encoding="utf-8")
    table = _check(str(folder.resolve()), "--draft", str((tmp_path / "draft.txt").resolve()), "--format", "table",
                   "--fail-on", "never").stdout
    assert "sources/wire.md:4:41:" in table and "draft.txt:3:41:" in table
    assert str(tmp_path) not in table
    data = json.loads(_check(str(folder), "--draft", "draft.txt", "--format", "json", "--fail-on", "never").stdout)
    sides = data["discrepancies"][0]["claims"]
    assert [(c["doc"], c["path"], c["line"], c["column"]) for c in sides] == [
        ("draft", "draft.txt", 3, 41), ("wire", "sources/wire.md", 4, 41)]


@pytest.mark.parametrize(
    ("n", "noun", "said"),
    [(1, "document", "1 document"), (2, "document", "2 documents"), (1, "discrepancy", "1 discrepancy"),
     (0, "discrepancy", "0 discrepancies"), (1, "warning", "1 warning"), (3, "suppressed", "3 suppressed")],
)
def test_counts_take_the_plural_they_need(n, noun, said):
    assert counted(n, noun) == said


def test_one_discrepancy_is_counted_in_the_singular(tmp_path):
    folder = _sources(tmp_path)
    (tmp_path / "draft.txt").write_text(DRAFT, encoding="utf-8")
    for fmt in ("table", "concise", "md", "github"):
        out = _check(str(folder), "draft.txt", "--format", fmt, "--fail-on", "never").stdout
        assert "1 discrepancy: 1 error, 0 warnings, 0 info — 2 documents" in out, fmt


def test_a_problem_in_the_input_is_said_once_on_standard_error(tmp_path):
    folder = _sources(tmp_path)
    (tmp_path / "draft.md").write_text("<!-- consistency ignore value-confict -->\n" + DRAFT, encoding="utf-8")
    result = _check(str(folder), "draft.md", "--format", "table")
    assert result.exit_code == 2
    assert "value-confict" not in result.stdout
    assert len([line for line in result.stderr.splitlines() if "value-confict" in line]) == 1
    data = json.loads((tmp_path / ".consistency" / "last.json").read_text(encoding="utf-8"))
    assert "value-confict" in data["problems"][0]["message"]


def test_files_of_kinds_it_cannot_read_are_said_once(tmp_path):
    folder = _sources(tmp_path)
    for name in ("brief.pdf", "notes.rtf", "old.doc", "memo.pages", "scan.pdf"):
        (folder / name).write_bytes(b"%binary")
    result = _check(str(folder), "--fail-on", "never")
    assert result.exit_code == 0
    said = [line for line in result.stderr.splitlines() if "skipped" in line]
    assert said == ["consistency: skipped 5 files of a kind it cannot read (2 .pdf, 1 .doc, 1 .pages, 1 .rtf)"]


def test_progress_shows_done_of_total_rate_and_time_left():
    buf = io.StringIO()
    console = Console(file=buf, force_terminal=True, width=100)
    with _progress(enabled=True, total=3, console=console) as tick:
        for _ in range(3):
            tick(None)
    shown = buf.getvalue()
    assert "3/3" in shown and "documents" in shown
    assert re.search(r"\d+:\d\d:\d\d", shown)  # the time left


def test_agreements_count_what_the_coverage_line_counts(tmp_path):
    folder = tmp_path / "desk"
    shutil.copytree(DESK, folder)
    out = _check(str(folder), "--draft", str(folder / "draft.md"), "--show-agreements", "--fail-on", "never").stdout
    title = next(line for line in out.splitlines() if "corroborated claim" in line and "row" in line)
    coverage = next(line for line in out.splitlines() if line.startswith("coverage of draft"))
    said = int(re.search(r"(\d+) corroborated claims?", title).group(1))
    assert said == int(re.search(r"(\d+) corroborated,", coverage).group(1)) > 0


# Spreadsheets


def test_csv_has_integer_positions_and_a_byte_order_mark(tmp_path):
    folder = _sources(tmp_path)
    (tmp_path / "draft.txt").write_text(DRAFT, encoding="utf-8")
    raw = _check(str(folder), "draft.txt", "--facts", str(SEEDS / "reference_facts.csv"), "--format", "csv",
                 "--fail-on", "never").stdout_bytes
    assert raw.startswith("\ufeff".encode())
    frame = pd.read_csv(io.BytesIO(raw), encoding="utf-8-sig")
    assert frame["line"].tolist() == [3, 4] and frame["column"].tolist() == [41, 41]
    assert pd.api.types.is_integer_dtype(frame["line"])
    assert not _check(str(folder), "draft.txt", "--format", "csv", "--no-bom", "--fail-on", "never").stdout.startswith("\ufeff")
    assert _check(str(folder), "draft.txt", "--format", "csv", "--excel", "--fail-on", "never").stdout.startswith("\ufeff")


def test_the_frame_has_nullable_integer_positions():
    report = consistency.check([SEEDS], facts=SEEDS / "reference_facts.csv")
    frame = report.to_frame()
    assert str(frame["line"].dtype) == "Int64" and str(frame["column"].dtype) == "Int64"
    reference = frame[frame["doc"] == "reference_facts"]
    assert len(reference) and reference["line"].isna().all()
    assert frame.loc[frame["doc"] != "reference_facts", "line"].notna().all()


@pytest.mark.parametrize(
    ("name", "starts"),
    [("out.csv", "\ufeffid,kind,severity"), ("out.json", "{\n"), ("out.md", "| severity |"),
     ("out.html", "<!doctype html>"), ("out.txt", "draft.txt:3:41: error value-conflict")],
)
def test_the_output_file_extension_picks_the_format(tmp_path, name, starts):
    folder = _sources(tmp_path)
    (tmp_path / "draft.txt").write_text(DRAFT, encoding="utf-8")
    result = _check(str(folder), "--draft", "draft.txt", "-o", name, "--fail-on", "never")
    assert result.exit_code == 0, result.output
    assert (tmp_path / name).read_text(encoding="utf-8").startswith(starts)


def test_an_unknown_output_extension_needs_a_format(tmp_path):
    folder = _sources(tmp_path)
    result = _check(str(folder), "-o", "out.xlsx")
    assert result.exit_code == 2
    assert "out.xlsx" in result.stderr and "--format" in result.stderr
    assert not (tmp_path / "out.xlsx").exists()
    assert _check(str(folder), "-o", "out.xlsx", "--format", "csv", "--fail-on", "never").exit_code == 0


# The CMS hook


@pytest.mark.parametrize(("args", "name"), [((), "draft"), (("--draft-name", "story-123"), "story-123")])
def test_the_draft_from_standard_input(tmp_path, args, name):
    folder = _sources(tmp_path)
    result = _check(str(folder), "--draft", "-", *args, "--format", "json", input=DRAFT)
    assert result.exit_code == 1, result.output  # the piped draft contradicts the wire
    data = json.loads(result.stdout)
    assert data["problems"] == [] and data["focus"] == [name]
    assert [[c["doc"] for c in d["claims"]] for d in data["discrepancies"]] == [[name, "wire"]]


def test_a_piped_draft_does_not_take_a_source_s_id(tmp_path):
    folder = _sources(tmp_path)
    (folder / "draft.md").write_text(SOURCE, encoding="utf-8")
    result = _check(str(folder), "--draft", "-", "--format", "json", input=DRAFT)
    assert result.exit_code == 2
    assert "the draft's id 'draft' is taken by" in result.stderr and "--draft-name" in result.stderr
    assert _check(str(folder), "--draft", "-", "--draft-name", "cms-draft", "--fail-on", "never", input=DRAFT).exit_code == 0


# Suppressions and acknowledgements


def _desk(tmp_path: Path, config: str) -> Path:
    folder = tmp_path / "desk"
    shutil.copytree(DESK, folder)
    (tmp_path / "consistency.toml").write_text(config, encoding="utf-8")
    return folder


def _json(*args: str) -> dict:
    return json.loads(_check(*args, "--format", "json", "--fail-on", "never").stdout)


def test_an_ignored_spelling_leaves_the_typo_beside_it_flagged(tmp_path):
    folder = _desk(tmp_path, '[[ignore]]\nkind = "name-variant"\ntext = "Zelenskyy"\nreason = "house style"\n')
    data = _json(str(folder))
    typo = [d for d in data["discrepancies"] if d["kind"] == "name-variant"]
    assert "Zelenzky" in typo[0]["claims"][0]["text"]
    assert any("Zelenskyy" in c["text"] for c in typo[0]["claims"][1:])  # the house spelling is the other side
    assert data["suppressed"] == [s for s in data["suppressed"] if s["kind"] != "name-variant"]


def test_a_value_conflict_is_ignored_by_either_side(tmp_path):
    from consistency.model import Claim, Discrepancy, Mention, Sentence, Severity
    from consistency.suppress import IgnoreRule

    def side(doc: str, text: str) -> Claim:
        return Claim(doc=doc, mention=Mention(kind="number", text=text, start=0, end=len(text)), sentence=Sentence(0, 9, text))

    conflict = Discrepancy(kind="value-conflict", severity=Severity.error, summary="", claims=(side("a", "261"), side("b", "312")))
    assert IgnoreRule("312", "a known misprint").matches(conflict)
    assert IgnoreRule("261", "a known misprint").matches(conflict)


def test_a_stale_acknowledgement_is_reported(tmp_path):
    folder = _desk(tmp_path, '[acknowledged]\n"0123456789ab" = "checked with the desk"\n')
    data = _json(str(folder))
    assert [u["suppression"] for u in data["unused_suppressions"]] == ["0123456789ab"]
    out = _check(str(folder), "--fail-on", "never", "--format", "table").stdout
    assert "warning: unused suppression: consistency.toml [acknowledged] '0123456789ab' matches no discrepancy" in out
    strict = _check(str(folder), "--fail-on", "never", "--strict-suppressions")
    assert strict.exit_code == 1
    assert "unused suppression" in strict.stderr


def test_a_live_acknowledgement_is_not_reported(tmp_path):
    found = _json(str(DESK))["discrepancies"][0]["id"]
    folder = _desk(tmp_path, f'[acknowledged]\n"{found}" = "checked with the desk"\n')
    assert _json(str(folder))["unused_suppressions"] == []
    assert _check(str(folder), "--fail-on", "never", "--strict-suppressions").exit_code == 0


def test_an_inline_directive_that_suppresses_nothing_is_reported(tmp_path):
    folder = _sources(tmp_path)
    (tmp_path / "draft.md").write_text(
        "<!-- consistency ignore quote-variant -->\nRescue teams worked through the night.\n\n"
        "<!-- consistency ignore value-conflict -->\nThe earthquake in Herat province killed 312 people, provincial officials said.\n",
        encoding="utf-8",
    )
    data = _json(str(folder), "--draft", "draft.md")
    assert data["discrepancies"] == [] and len(data["suppressed"]) == 1
    assert [(u["doc"], u["line"]) for u in data["unused_suppressions"]] == [("draft", 1)]
    out = _check(str(folder), "--draft", "draft.md", "--fail-on", "never").stdout
    assert "warning: unused suppression: draft.md:1: '<!-- consistency ignore quote-variant -->' suppresses no discrepancy" in out
    narrowed = _json(str(folder), "--draft", "draft.md", "--enable", "value-conflict")
    assert narrowed["unused_suppressions"] == []  # a directive for a kind that did not run is not judged


# Python API


def test_help_lists_the_public_api():
    shown = pydoc.render_doc(consistency, renderer=pydoc.plaintext)
    for name in ("check", "load", "claims", "mentions"):
        assert re.search(rf"^\s+{name}\(", shown, re.M), name
    assert "class Report" in shown
    assert set(consistency.__all__) >= {"check", "load", "claims", "mentions", "Report"}
    importlib.import_module("consistency.engine")
    assert callable(consistency.claims)


def test_a_report_repr_is_a_short_summary(tmp_path):
    folder = _sources(tmp_path)
    (tmp_path / "draft.txt").write_text(DRAFT + "Rescue teams worked through the night. " * 2000, encoding="utf-8")
    report = consistency.check([folder, tmp_path / "draft.txt"])
    assert repr(report) == "<Report: 1 discrepancy (1 error), 2 documents, 0 suppressed, 0 problems>"
