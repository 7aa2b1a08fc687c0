"""What comes out is safe to open: CSV rows stay rows, Markdown and stderr run nothing, ids do not move."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import consistency

from .harness import GOOD, invoke, problem_lines, still_checked

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
ESCAPE = "\x1b]0;owned\x07\x1b[31m"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _records(folder: Path, record_id: str) -> None:
    """The good story again as JSON records, one of them with `record_id` for an id."""
    records = [{"id": record_id, "text": GOOD["a.txt"]}, {"id": "plain", "text": GOOD["b.txt"]}]
    (folder / "records.json").write_text(json.dumps(records), encoding="utf-8")


def test_csv_line_breaks_in_a_cell_are_quoted_and_no_line_opens_a_formula(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _records(tmp_path, "x\r=1+1\n@SUM(A1)\r\n-2")
    result = invoke("check", str(tmp_path / "records.json"), "--format", "csv", "--fail-on", "never")
    assert result.code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and {r["kind"] for r in rows} == {"value-conflict"}
    assert len(rows) == 2  # one discrepancy, two sides: no row was split by a line break
    for row in rows:
        for cell in row.values():
            for line in cell.splitlines():
                assert not line.startswith(FORMULA_START), cell
    for raw_line in result.stdout.split("\n"):
        assert not raw_line.startswith(FORMULA_START)
    assert "\r" not in result.stdout


def test_markdown_shows_markup_and_escape_sequences_from_names_as_text(corpus):
    (corpus / f"<script>alert(1)<{ESCAPE}.txt").write_text(
        "The earthquake in the Atlas mountains killed 3,000 people, the interior ministry said on Sunday.\n",
        encoding="utf-8")
    result = invoke("check", str(corpus), "--format", "md", "--fail-on", "never")
    assert result.code == 0, result.stderr
    assert "&lt;script&gt;" in result.stdout
    assert "<script>" not in result.stdout and "\x1b" not in result.stdout and "\x07" not in result.stdout


def test_stderr_shows_escape_sequences_from_a_bad_file_name_escaped(corpus):
    (corpus / f"bad{ESCAPE}.json").write_text("{not json", encoding="utf-8")
    result = invoke("check", str(corpus), "--format", "json", "--fail-on", "never")
    assert result.code == 2
    [line] = problem_lines(result)
    assert "\x1b" not in line and "\x07" not in line
    assert "bad\\x1b]0;owned\\x07\\x1b[31m.json" in line
    still_checked(result)


def test_discrepancy_ids_do_not_depend_on_the_order_of_the_files():
    files = sorted(str(p) for p in SEEDS.glob("*.txt"))
    forward = consistency.check(files, facts=SEEDS / "reference_facts.csv")
    backward = consistency.check(files[::-1], facts=SEEDS / "reference_facts.csv")
    assert forward.discrepancies
    assert [d.id for d in forward.discrepancies] == [d.id for d in backward.discrepancies]


def test_a_stray_windows_1252_byte_in_utf8_keeps_the_utf8_and_warns(corpus):
    text = "The fund pledged €120 million \x96 about £103 million \x96 to the rebuilding.\n"
    data = text.encode("utf-8").replace("\x96".encode(), b"\x96")  # the dashes as a legacy file has them
    (corpus / "mixed.txt").write_bytes(data)
    result = invoke("check", str(corpus), "--format", "json", "--fail-on", "never")
    assert result.code == 0, result.stderr  # read, with a warning: not an input error
    [line] = problem_lines(result)
    assert "mixed.txt" in line and "warning" in line and "line 1" in line
    still_checked(result)
    mentions = invoke("mentions", str(corpus / "mixed.txt"), "--format", "json")
    texts = {m["text"] for m in mentions.report}
    assert "€120 million" in texts and "£103 million" in texts


def test_a_wholly_legacy_file_is_still_read_as_windows_1252_without_a_warning(corpus):
    (corpus / "legacy.txt").write_bytes("The fund pledged €120 million – said the mayor of Marrakech.\n".encode("cp1252"))
    result = invoke("mentions", str(corpus / "legacy.txt"), "--format", "json")
    assert result.code == 0 and not result.stderr
    assert "€120 million" in {m["text"] for m in result.report}
