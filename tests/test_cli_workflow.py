"""The check as editors and CI use it: --changed-since, pre-commit, --format github, positions, explain, --as-of, help."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
from pathlib import Path

import click
import pytest
import yaml
from click.testing import CliRunner

from consistency.cli import main
from consistency.rules import RULES

ROOT = Path(__file__).resolve().parent.parent
DESK = Path(__file__).parent / "data" / "desk"
SOURCE = "---\ndate: 2025-03-04\n---\nThe earthquake in Herat province killed 261 people, provincial officials said on Tuesday.\n"
DRAFT = "---\ndate: 2025-03-04\n---\n# Herat\n\nThe earthquake in Herat province killed 312 people, provincial officials said on Tuesday.\n"


@pytest.fixture(autouse=True)
def _here(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


def _story(tmp_path: Path) -> tuple[Path, Path]:
    wire, draft = tmp_path / "wire.md", tmp_path / "draft.md"
    wire.write_text(SOURCE, encoding="utf-8")
    draft.write_text(DRAFT, encoding="utf-8")
    return wire, draft


def _git(folder: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=Desk", "-c", "user.email=desk@example.org", *args], cwd=folder,
                   check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path) -> Path:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    folder = tmp_path / "newsroom"
    shutil.copytree(DESK, folder / "sources")
    (folder / "sources" / "draft.md").unlink()
    _git(folder, "init", "-q")
    _git(folder, "add", ".")
    _git(folder, "commit", "-q", "-m", "sources")
    return folder


def _run(*args: str):
    return CliRunner().invoke(main, ["check", *args])


def test_changed_since_checks_only_changed_documents_against_all_sources(repo, monkeypatch):
    monkeypatch.chdir(repo)
    shutil.copy(DESK / "draft.md", repo / "sources" / "draft.md")  # new, untracked
    result = _run("sources", "--changed-since", "HEAD", "--format", "json", "--fail-on", "never")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["focus"] == ["draft"]
    assert {d["id"] for d in doc["documents"]} == {"agency", "draft", "page", "wire"}
    assert doc["discrepancies"] and all("draft" in {c["doc"] for c in d["claims"]} for d in doc["discrepancies"])
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "draft")
    (repo / "sources" / "wire.md").write_text(
        (repo / "sources" / "wire.md").read_text(encoding="utf-8").replace("261", "265"), encoding="utf-8"
    )
    doc = json.loads(_run("sources", "--changed-since", "HEAD", "--format", "json", "--fail-on", "never").stdout)
    assert doc["focus"] == ["wire"]
    doc = json.loads(_run("sources", "--changed-since", "HEAD~1", "--format", "json", "--fail-on", "never").stdout)
    assert doc["focus"] == ["draft", "wire"]


def test_changed_since_with_nothing_changed(repo, monkeypatch):
    monkeypatch.chdir(repo)
    result = _run("sources", "--changed-since", "HEAD", "--format", "json")
    assert result.exit_code == 0
    assert result.stderr == "consistency: no documents under sources changed since HEAD\n"
    assert json.loads(result.stdout)["discrepancies"] == []


def test_changed_since_errors_name_the_revision(repo, monkeypatch, tmp_path):
    monkeypatch.chdir(repo)
    result = _run("sources", "--changed-since", "no-such-branch")
    assert result.exit_code == 2
    assert result.stderr == f"Error: --changed-since no-such-branch: git knows no such revision in {repo.resolve()}\n"
    outside = tmp_path / "outside"
    outside.mkdir()
    monkeypatch.chdir(outside)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    result = _run(str(repo / "sources"), "--changed-since", "HEAD")
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: --changed-since HEAD: fatal: not a git repository")


def test_pre_commit_hook_definition_runs_as_pre_commit_would(repo, monkeypatch):
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert (hook["id"], hook["entry"], hook["language"]) == ("consistency", "consistency check", "python")
    assert set(hook["types_or"]) == {"markdown", "plain-text", "html"}
    monkeypatch.chdir(repo)
    shutil.copy(DESK / "draft.md", repo / "sources" / "draft.md")
    _git(repo, "add", "sources/draft.md")
    command = hook["entry"].split()[1:] + ["--changed-since", "HEAD", "sources/"] + ["sources/draft.md"]
    result = CliRunner().invoke(main, command)
    assert result.exit_code == 1  # the staged draft contradicts the sources: the commit is stopped
    last = json.loads((repo / ".consistency" / "last.json").read_text(encoding="utf-8"))
    assert last["focus"] == ["draft"]
    assert "draft says 312 people, wire says 261 people" in {d["summary"] for d in last["discrepancies"]}


def test_github_annotations(tmp_path):
    wire, draft = _story(tmp_path)
    result = _run(str(wire), str(draft), "--format", "github")
    assert result.exit_code == 1
    first = json.loads((tmp_path / ".consistency" / "last.json").read_text(encoding="utf-8"))["discrepancies"][0]
    why, only = first["explanation"], first["id"]
    sentence = "The earthquake in Herat province killed {} people, provincial officials said on Tuesday."
    assert result.output.splitlines() == [
        f"::error file=draft.md,line=6,col=41,endColumn=51,title=value-conflict ({only})::"
        "draft says 312 people, wire says 261 people"
        f"%0Awire.md:4:41: “261 people” in “{sentence.format(261)}”%0A{why}",
        f"::error file=wire.md,line=4,col=41,endColumn=51,title=value-conflict ({only})::"
        "draft says 312 people, wire says 261 people"
        f"%0Adraft.md:6:41: “312 people” in “{sentence.format(312)}”%0A{why}",
        "1 discrepancy: 1 error, 0 warnings, 0 info — 2 documents",
    ]


@pytest.mark.parametrize(
    ("severity", "level"), [("error", "error"), ("warning", "warning"), ("info", "notice")]
)
def test_github_levels_follow_severity(severity, level):
    from consistency.model import Claim, Discrepancy, Document, Mention, Sentence, Severity
    from consistency.report import Report, write

    doc = Document(id="draft", path="drafts/draft.md", text="Line one.\nZelenzky spoke, 50% said.\n", kind="md")
    claim = Claim(doc="draft", mention=Mention(kind="entity", text="Zelenzky", start=10, end=18),
                  sentence=Sentence(10, 34, "Zelenzky spoke, 50% said."))
    found = Discrepancy(kind="name-variant", severity=Severity[severity], summary="50% odd, spelled: Zelenzky", claims=(claim,))
    out = write(Report(documents=[doc], discrepancies=[found]), "github")
    assert out.splitlines()[0] == (
        f"::{level} file=drafts/draft.md,line=2,col=1,endColumn=9,title=name-variant ({found.id})::50%25 odd, spelled: Zelenzky"
    )


def test_github_annotations_for_the_draft_only_and_escaped(tmp_path):
    wire, draft = _story(tmp_path)
    result = _run(str(wire), "--draft", str(draft), "--format", "github", "--fail-on", "never")
    annotations = [line for line in result.output.splitlines() if line.startswith("::")]
    assert len(annotations) == 1 and annotations[0].startswith("::error file=draft.md,line=6,col=41,")
    from consistency.report.github import escape_data, escape_property

    assert escape_property("a,b:c%\n") == "a%2Cb%3Ac%25%0A"
    assert escape_data("50% of a,b:c\r\n") == "50%25 of a,b:c%0D%0A"


def test_line_and_column_in_csv_markdown_and_table(tmp_path):
    wire, draft = _story(tmp_path)
    rows = list(csv.DictReader(io.StringIO(_run(str(wire), str(draft), "--format", "csv").output)))
    assert [(r["doc"], r["line"], r["column"], r["text"]) for r in rows] == [
        ("draft", "6", "41", "312 people"),
        ("wire", "4", "41", "261 people"),
    ]
    md = _run(str(wire), str(draft), "--format", "md").output
    assert "**draft.md:6:41**: “312 people”" in md and "**wire.md:4:41**: “261 people”" in md
    table = _run(str(wire), str(draft), "--format", "table").output
    assert "draft.md:6:41:" in table and "wire.md:4:41:" in table


def test_explain_the_last_check(tmp_path):
    wire, draft = _story(tmp_path)
    _run(str(wire), str(draft))
    last = tmp_path / ".consistency" / "last.json"
    assert last.is_file()
    only = json.loads(last.read_text(encoding="utf-8"))["discrepancies"][0]["id"]
    result = CliRunner().invoke(main, ["explain", only[:6]])
    assert result.exit_code == 0, result.output
    out = result.output
    assert out.startswith(f"{only}  value-conflict (error)\ndraft says 312 people, wire says 261 people\n")
    assert "side 1: draft  draft.md:6:41" in out  # relative to the folder explain runs in
    assert "killed »312 people«, provincial officials said on Tuesday.”" in out
    assert "killed »261 people«, provincial officials said on Tuesday.”" in out
    assert "  value 312 person; interval [311.5, 312.5); time 2025-03-04..2025-03-04; characters 52-62\n" in out
    why = json.loads((tmp_path / ".consistency" / "last.json").read_text(encoding="utf-8"))["discrepancies"][0]["explanation"]
    assert f"\nwhy: {why}\n" in out
    assert "rule value-conflict (error):" in out
    assert RULES["value-conflict"].doc.splitlines()[0] in out
    assert "example: " + RULES["value-conflict"].example[:40] in out


def test_explain_reads_the_nightly_report(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _story(corpus)
    result = CliRunner().invoke(main, ["report", str(corpus), "--out", "reports", "--quiet", "--date", "2025-03-05"])
    assert result.exit_code == 0, result.output
    named = Path("reports") / "2025-03-05" / "discrepancies.json"
    only = json.loads(named.read_text(encoding="utf-8"))["discrepancies"][0]["id"]
    out = CliRunner().invoke(main, ["explain", only]).output  # reports/latest/discrepancies.json
    assert out.startswith(f"{only}  value-conflict (error)  status: new\n")
    assert f"From {Path('reports') / 'latest' / 'discrepancies.json'}." in out
    explicit = CliRunner().invoke(main, ["explain", only[:4], "--report", str(named)]).output
    assert explicit == out.replace(str(Path("reports") / "latest"), str(named.parent))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["nope"], "Error: no report to explain: neither .consistency/last.json nor reports/latest/discrepancies.json "
                   "exists here; run consistency check first, or name a report with --report FILE\n"),
    ],
)
def test_explain_without_a_report(args, message):
    result = CliRunner().invoke(main, ["explain", *args])
    assert result.exit_code == 2
    assert result.stderr == message


def test_explain_unknown_id(tmp_path):
    wire, draft = _story(tmp_path)
    _run(str(wire), str(draft))
    report = json.loads((Path(".consistency") / "last.json").read_text(encoding="utf-8"))
    only = report["discrepancies"][0]["id"]
    folder = Path(report["documents"][0]["path"]).parent  # the run it looked in: the folder of the two documents checked
    result = CliRunner().invoke(main, ["explain", "ffff"])
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: no discrepancy 'ffff' in {Path('.consistency') / 'last.json'}, the check of 2 documents in {folder} "
        f"(1 there, e.g. {only})\n"
    )
    bad = tmp_path / "bad.json"
    bad.write_text('{"rows": []}', encoding="utf-8")
    result = CliRunner().invoke(main, ["explain", "x", "--report", str(bad)])
    assert result.stderr == f'Error: {bad}: not a consistency report (no "schema": "consistency.report/1")\n'


def test_as_of_leaves_out_later_documents(tmp_path):
    early = tmp_path / "early.md"
    early.write_text(SOURCE.replace("2025-03-04", "2025-03-01"), encoding="utf-8")
    late = tmp_path / "late.md"
    late.write_text(DRAFT.replace("2025-03-04", "2025-03-05"), encoding="utf-8")
    undated = tmp_path / "undated.txt"
    undated.write_text("The earthquake in Herat province killed 261 people, officials said.\n", encoding="utf-8")
    paths = [str(early), str(late), str(undated)]
    now = json.loads(_run(*paths, "--format", "json", "--fail-on", "never").stdout)
    assert {d["id"] for d in now["documents"]} == {"early", "late", "undated"}
    assert now["discrepancies"]
    then = json.loads(_run(*paths, "--format", "json", "--as-of", "2025-03-02").stdout)
    assert {d["id"] for d in then["documents"]} == {"early", "undated"}
    assert (then["as_of"], then["left_out"], then["discrepancies"]) == ("2025-03-02", ["late"], [])
    table = _run(*paths, "--as-of", "2025-03-02").output
    assert "as of 2025-03-02: 1 document published later left out" in table
    bad = _run(*paths, "--as-of", "March")
    assert bad.exit_code == 2 and "'March' is not a date; use YYYY-MM-DD" in bad.output


def test_as_of_keeps_the_draft_and_drops_later_reference_rows(tmp_path):
    wire, draft = _story(tmp_path)
    facts = tmp_path / "facts.csv"
    facts.write_text(
        "subject,attribute,value,unit,as_of,source\nHerat,earthquake killed people,300,person,2025-03-10,UN\n",
        encoding="utf-8",
    )
    doc = json.loads(_run(str(wire), "--draft", str(draft), "--facts", str(facts), "--as-of", "2025-03-01",
                          "--format", "json", "--fail-on", "never").stdout)
    assert "draft" in {d["id"] for d in doc["documents"]} and doc["left_out"] == ["wire"]
    assert doc["coverage"]["documents"][-1] == {"doc": "facts", "claims": 0, "aligned": 0, "corroborated": 0, "contested": 0}


def test_nightly_report_as_of(tmp_path):
    (tmp_path / "corpus").mkdir()
    _story(tmp_path / "corpus")
    late = tmp_path / "corpus" / "late.md"
    late.write_text(DRAFT.replace("2025-03-04", "2025-03-09").replace("312", "400"), encoding="utf-8")
    result = CliRunner().invoke(main, ["report", str(tmp_path / "corpus"), "--out", str(tmp_path / "reports"),
                                       "--as-of", "2025-03-05", "--quiet"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"{tmp_path / 'reports' / '2025-03-05'}: 2 documents")
    data = json.loads((tmp_path / "reports" / "2025-03-05" / "discrepancies.json").read_text(encoding="utf-8"))
    assert data["left_out"] == ["late"]


def test_rules_lists_every_rule_in_full():
    out = CliRunner().invoke(main, ["rules"]).output
    for rule in RULES.values():
        assert f"{rule.kind} ({rule.severity.name})" in out
        assert f"    example: {rule.example}" in out
        for line in rule.doc.splitlines():
            assert line.strip() in out
    listed = json.loads(CliRunner().invoke(main, ["rules", "--format", "json"]).output)
    assert [r["kind"] for r in listed] == list(RULES)
    assert all(r["doc"] and r["example"] and r["severity"] in ("error", "warning", "info") for r in listed)


def test_rules_lists_the_parts_of_a_rule():
    out = CliRunner().invoke(main, ["rules"]).output
    section = out[out.index("entity-conflict (error)") : out.index("anachronism (error)")]
    parts = RULES["entity-conflict"].parts
    assert [p.name for p in parts] == [
        "company-role", "craft", "person-title", "employer", "home", "occupation", "party", "denied-calling", "finisher",
        "title-holder", "person-post", "kin", "lone-name",
        "denied", "office-holder", "nationality", "same-slot",
    ]
    for p in parts:
        assert f"    part {p.name}:\n        {p.summary}\n" in section
        assert f"        example: {p.example}\n" in section
    listed = {r["kind"]: r for r in json.loads(CliRunner().invoke(main, ["rules", "--format", "json"]).output)}
    assert [p["name"] for p in listed["entity-conflict"]["parts"]] == [p.name for p in parts]
    assert [p["name"] for p in listed["value-conflict"]["parts"]] == [
        "place-and-count", "bearing", "score", "moment", "transposed-digits", "superlative-span",
    ]
    assert listed["unit-conflict"]["parts"] == []


def test_explain_names_the_parts_of_the_rule(tmp_path):
    (tmp_path / "a.md").write_text("---\ndate: 2025-02-25\n---\nThe Biden administration met the proposal with skepticism.\n",
                                   encoding="utf-8")
    (tmp_path / "b.md").write_text("---\ndate: 2025-02-25\n---\nThe Trump administration welcomed the proposal.\n",
                                   encoding="utf-8")
    _run("a.md", "b.md", "--fail-on", "never")
    found = json.loads((tmp_path / ".consistency" / "last.json").read_text(encoding="utf-8"))["discrepancies"]
    conflict = next(d["id"] for d in found if d["kind"] == "entity-conflict")
    out = CliRunner().invoke(main, ["explain", conflict, "--width", "200"]).output
    for p in RULES["entity-conflict"].parts:
        assert f"  part {p.name}: {p.summary}\n" in out


@pytest.mark.parametrize("command", [[], ["check"], ["mentions"], ["rules"], ["explain"], ["report"]])
def test_every_help_ends_with_an_example(command):
    out = CliRunner().invoke(main, [*command, "--help"]).output
    tail = out.rstrip().splitlines()
    example = max(i for i, line in enumerate(tail) if line.strip().startswith("Example"))
    assert all(line.strip() == "" or "consistency" in line or line.strip().startswith(("(", "30 5")) for line in tail[example + 1 :])
    assert any(line.strip().startswith("consistency ") for line in tail[example + 1 :])


def test_readme_documents_every_command_and_check_option():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, command in main.commands.items():
        assert f"consistency {name}" in readme, name
        for option in command.params:
            if isinstance(option, click.Option):
                assert any(f"{flag} " in readme or f"{flag}]" in readme for flag in option.opts), f"{name} {option.opts}"


def test_readme_names_every_part_of_every_rule():
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    for kind, registered in RULES.items():
        if registered.parts:
            listed = re.search(rf"{re.escape(kind)}: ([a-z, -]+)[;)]", readme)
            assert listed, kind
            assert {p.name for p in registered.parts} == set(listed.group(1).replace(" ", "").split(",")), kind


def test_check_help_shows_each_directive_form_the_readers_accept():
    """An editor copies a directive from `check --help`: each form it shows, in Markdown and in a .txt draft, is read."""
    from consistency.readers.directives import directives_in_text

    out = CliRunner().invoke(main, ["check", "--help"]).output
    for shown in ["<!-- consistency off -->", "<!-- consistency on -->", "<!-- consistency ignore KIND[,KIND] -->",
                  "# consistency: off / on / ignore KIND"]:
        assert shown in out
    for written, fmt, words in [
        ("<!-- consistency ignore value-conflict,date-conflict -->\nThe bridge is 240 m long.", "md",
         ("ignore", "value-conflict", "date-conflict")),
        ("# consistency: ignore value-conflict\nThe bridge is 240 m long.", "txt", ("ignore", "value-conflict")),
        ("# consistency: off\nThe bridge is 240 m long.\n# consistency: on\n", "txt", ("off",)),
    ]:
        found = directives_in_text(written, fmt)
        assert found and tuple(w.lower() for w in found[0].words) == words


@pytest.mark.parametrize("columns", [60, 80])
def test_the_command_list_gives_each_command_whole(columns, monkeypatch):
    """`consistency --help` names each command with a line of its own, not a sentence cut off with '...'."""
    out = CliRunner().invoke(main, ["--help"], terminal_width=columns).output
    listed = out.split("Commands:")[1].split("\n\n")[0].splitlines()
    assert {line.split()[0] for line in listed if line.strip()} == set(main.commands)
    assert not any(line.rstrip().endswith("...") for line in listed)
