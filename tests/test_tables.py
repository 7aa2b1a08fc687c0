"""A corpus held as a table (Parquet, JSON Lines): one document a row, read without writing files."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

import consistency
from consistency.cli import main
from consistency.documents import load, read_file
from consistency.knowledge import builtin
from consistency.readers import records
from consistency.readers.records import TablePart, parquet_parts
from consistency.workers import workers

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

ROWS = [
    {"id": 101, "title": "Quake toll rises", "published": dt.date(2023, 9, 9),
     "text": "The earthquake killed 2,012 people, the interior ministry said on Saturday."},
    {"id": 102, "title": None, "published": None, "text": "   "},
    {"id": 103, "title": "Quake toll", "published": dt.date(2023, 9, 10),
     "text": "The earthquake killed 2,497 people, the interior ministry said on Sunday."},
]


def _parquet(path: Path, rows: list[dict], schema: pa.Schema | None = None, row_group_size: int = 2) -> Path:
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), path, row_group_size=row_group_size)
    return path


def test_each_row_of_a_parquet_table_is_a_document(tmp_path):
    documents, problems = load([_parquet(tmp_path / "archive.parquet", ROWS)])
    assert [(d.id, d.title, d.published, d.kind) for d in documents] == [
        ("101", "Quake toll rises", dt.date(2023, 9, 9), "json"),
        ("103", "Quake toll", dt.date(2023, 9, 10), "json"),
    ]
    assert documents[1].text == ROWS[2]["text"]
    assert [p.message for p in problems] == ["row 2: no text (expected a non-empty text, body, content field)"]


def test_timestamps_and_other_column_names_are_read(tmp_path):
    rows = [{"headline": "Vote count", "date": dt.datetime(2024, 5, 2, 23, 15, tzinfo=dt.UTC),
             "body": "Turnout was 61%.", "section": "politics"}]
    documents, problems = load([_parquet(tmp_path / "t.parquet", rows)])
    assert problems == []
    assert [(d.id, d.title, d.published, d.text) for d in documents] == [
        ("t#1", "Vote count", dt.date(2024, 5, 2), "Turnout was 61%.")
    ]


def test_a_table_without_a_text_column_is_a_problem_naming_its_columns(tmp_path):
    documents, problems = read_file(str(_parquet(tmp_path / "t.parquet", [{"id": 1, "summary": "No body."}])))
    assert documents == []
    assert [p.message for p in problems] == [
        "no text column in the table (expected one of text, body, content; it has id, summary)"
    ]


def test_a_file_that_is_not_parquet_is_a_problem(tmp_path):
    path = tmp_path / "broken.parquet"
    path.write_bytes(b"PAR1 this is not a table")
    documents, problems = read_file(str(path))
    assert documents == []
    assert len(problems) == 1 and problems[0].message.startswith("not a Parquet table: ")


def test_without_pyarrow_a_parquet_table_says_what_to_install(tmp_path, monkeypatch):
    path = _parquet(tmp_path / "t.parquet", ROWS)
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    _, problems = read_file(str(path))
    assert [p.message for p in problems] == [
        "reading a Parquet table needs pyarrow: pip install 'consistency[parquet]'"
    ]


def test_a_folder_reads_parquet_tables_among_other_files(tmp_path):
    _parquet(tmp_path / "archive.parquet", ROWS)
    (tmp_path / "draft.txt").write_text("The earthquake killed 2,012 people.\n", encoding="utf-8")
    documents, _ = load([tmp_path])
    assert [d.id for d in documents] == ["101", "103", "draft"]


def _seed_rows() -> list[dict]:
    """The seed articles as rows, with the id, title and date their files give."""
    rows = []
    for path in sorted(SEEDS.glob("*.txt")):
        (doc,), _ = read_file(str(path))
        rows.append({"id": doc.id, "title": doc.title, "published": doc.published, "text": doc.text})
    return rows


def _discrepancies(paths: list[Path]) -> tuple[list, list]:
    data = consistency.check([str(p) for p in paths]).to_dict()
    documents = [{k: v for k, v in d.items() if k != "path"} for d in data["documents"]]
    # where a claim stands in its file (a table row has no path, line and column of its own) aside
    where = {"path", "line", "column"}
    discrepancies = [{**d, "claims": [{k: v for k, v in c.items() if k not in where} for c in d["claims"]]}
                     for d in data["discrepancies"]]
    return documents, discrepancies


def test_the_seeds_as_a_parquet_table_give_the_report_their_files_give(tmp_path):
    table = _parquet(tmp_path / "seeds.parquet", _seed_rows())
    from_table = _discrepancies([table])
    assert from_table == _discrepancies([SEEDS])
    assert from_table[1]  # the seeds disagree: the comparison is not between two empty reports


def test_a_parquet_table_and_the_same_rows_as_json_lines_give_one_report(tmp_path):
    rows = _seed_rows()
    table = _parquet(tmp_path / "seeds.parquet", rows)
    lines = tmp_path / "seeds.jsonl"
    lines.write_text("".join(json.dumps({**r, "published": r["published"].isoformat() if r["published"] else None})
                             + "\n" for r in rows), encoding="utf-8")
    assert _discrepancies([table]) == _discrepancies([lines])


def test_check_reads_a_table_from_the_command_line(tmp_path):
    table = _parquet(tmp_path / "archive.parquet", ROWS)
    out = tmp_path / "out.json"
    result = CliRunner().invoke(main, ["check", str(table), "--format", "json", "-o", str(out)])
    assert result.exit_code == 2  # row 2 has no text: an input problem, the rest still checked
    assert "archive.parquet: row 2: no text" in result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [d["id"] for d in data["documents"]] == ["101", "103"]
    assert [(d["kind"], sorted(c["text"] for c in d["claims"])) for d in data["discrepancies"]] == [
        ("update", ["2,012 people", "2,497 people"])  # a toll that grew from one day to the next
    ]


@pytest.mark.parametrize("size", [1, 1000])
def test_row_groups_do_not_change_what_is_read(tmp_path, size):
    documents, _ = load([_parquet(tmp_path / "t.parquet", ROWS, row_group_size=size)])
    assert [d.id for d in documents] == ["101", "103"]


def test_a_table_is_cut_into_parts_of_whole_row_groups(tmp_path):
    rows = [{"id": i, "text": f"Report {i} counts {i * 10} votes."} for i in range(1, 8)]
    path = _parquet(tmp_path / "t.parquet", rows, row_group_size=2)  # groups of 2, 2, 2, 1 rows
    assert parquet_parts(str(path), rows=3) == [TablePart((0, 1), 1), TablePart((2, 3), 5)]
    assert parquet_parts(str(path), rows=1) == [TablePart((i,), 2 * i + 1) for i in range(4)]
    assert parquet_parts(str(path), rows=100) == [TablePart((0, 1, 2, 3), 1)]


def test_tables_that_are_read_whole_have_no_parts(tmp_path):
    empty = tmp_path / "empty.parquet"
    pq.write_table(pa.table({"text": pa.array([], pa.string())}), empty)
    no_text = _parquet(tmp_path / "no-text.parquet", [{"id": 1, "summary": "No body."}])
    broken = tmp_path / "broken.parquet"
    broken.write_bytes(b"PAR1 this is not a table")
    assert [parquet_parts(str(p)) for p in (empty, no_text, broken)] == [None, None, None]
    assert [p.message for p in read_file(str(empty))[1]] == ["no rows"]


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_table_read_in_parts_is_the_table_read_whole(tmp_path, monkeypatch, jobs):
    rows = [*ROWS, *({"id": 200 + i, "text": f"Turnout in ward {i} was {40 + i}%."} for i in range(6))]
    path = _parquet(tmp_path / "t.parquet", rows, row_group_size=2)
    whole = read_file(str(path))
    monkeypatch.setattr(records, "TABLE_PART_ROWS", 3)
    assert len(parquet_parts(str(path))) == 3
    with workers(jobs, None, builtin()) as run:
        documents, problems = load([path], run=run)
    assert (documents, problems) == whole
    assert [p.message for p in problems] == ["row 2: no text (expected a non-empty text, body, content field)"]
