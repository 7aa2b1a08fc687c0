"""`consistency mentions` through CliRunner: every format, the seeds, a bad input."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from click.testing import CliRunner

from consistency.cli import main

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_jsonl_lists_the_seed_figures():
    result = CliRunner().invoke(main, ["mentions", str(SEEDS / "004_c4d4865e8820f962.txt"), "--format", "jsonl"])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    by_text = {r["text"]: r for r in rows if r["kind"] == "percent"}
    assert by_text["60%"]["low"] == 54 and by_text["60%"]["high"] == 60 and by_text["60%"]["hedge"] == "nearly"
    assert by_text["85%"]["low"] == 84.5
    assert all(r["doc"] == "004_c4d4865e8820f962" and r["line"] >= 1 for r in rows)


def test_csv_and_json_agree(tmp_path):
    doc = tmp_path / "note.md"
    doc.write_text("---\ndate: 2025-02-25\n---\nOn Monday Putin offered $15bn.\n", encoding="utf-8")
    as_csv = CliRunner().invoke(main, ["mentions", str(doc), "--format", "csv"]).stdout
    as_json = json.loads(CliRunner().invoke(main, ["mentions", str(doc), "--format", "json"]).stdout)
    rows = list(csv.DictReader(io.StringIO(as_csv)))
    assert [r["text"] for r in rows] == [r["text"] for r in as_json]
    monday = next(r for r in as_json if r["kind"] == "date")
    assert monday["date"] == "2025-02-24"  # the Monday before a Tuesday publication
    money = next(r for r in as_json if r["kind"] == "money")
    assert (money["value"], money["unit"]) == (15e9, "USD")


def test_published_overrides_and_missing_file_exits_2(tmp_path):
    doc = tmp_path / "undated.txt"
    doc.write_text("The talks ended last week.\n", encoding="utf-8")
    undated = json.loads(CliRunner().invoke(main, ["mentions", str(doc), "--format", "json"]).stdout)
    assert [r["date"] for r in undated if r["kind"] == "date"] == [None]  # never guessed
    dated = json.loads(
        CliRunner().invoke(main, ["mentions", str(doc), "--format", "json", "--published", "2025-03-05"]).stdout
    )
    assert [r["date"] for r in dated if r["kind"] == "date"] == ["2025-02-24"]
    result = CliRunner().invoke(main, ["mentions", str(tmp_path / "missing.txt")])
    assert result.exit_code == 2
    assert "missing.txt" in result.stderr
