"""One bad document never stops a run: it is named on stderr, the rest is checked, the report written, exit 2."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from .harness import invoke, problem_lines, still_checked

DEEP = 1000


def _write(folder: Path, name: str | bytes, content: str | bytes) -> Path:
    path = Path(os.fsdecode(os.path.join(os.fsencode(folder), name if isinstance(name, bytes) else name.encode())))
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


BAD_DOCUMENTS = [
    # (file name, content, what stderr must say)
    ("deep.json", "[" * DEEP + "]" * DEEP, "nested too deeply"),
    ("huge.json", '{"text": "5 people died", "n": ' + "9" * 10_000 + "}", "unreadable JSON"),
    ("zero.md", "---\ndate: 0000-01-01\n---\nThe quake killed 5 people.\n", "year 0 is out of range"),
    ("binary.txt", bytes(range(256)) * 8, "not a text file"),
    ("broken.docx", b"PK\x03\x04 not really a zip", "not a Word document"),
    ("list.json", '[1, "two", null]', "not a JSON object"),
]


@pytest.mark.parametrize(("name", "content", "said"), BAD_DOCUMENTS, ids=[b[0] for b in BAD_DOCUMENTS])
def test_a_bad_document_is_named_and_the_rest_checked(corpus, name, content, said):
    _write(corpus, name, content)
    result = invoke("check", str(corpus), "--format", "json", "--fail-on", "never")
    assert result.code == 2
    lines = problem_lines(result)
    assert lines and all(name in line for line in lines)
    assert said in lines[0]
    still_checked(result)


def test_a_bad_jsonl_line_is_named_by_line_and_the_rest_of_the_file_read(corpus):
    lines = ['{"id": "c", "text": "The quake killed 7 people."}', "[" * DEEP + "]" * DEEP,
             '{"id": "d", "text": "The quake killed 9 people, rescuers said."}']
    _write(corpus, "feed.jsonl", "\n".join(lines) + "\n")
    result = invoke("check", str(corpus), "--format", "json", "--fail-on", "never")
    assert result.code == 2
    [line] = problem_lines(result)
    assert "feed.jsonl" in line and "line 2" in line and "nested too deeply" in line
    assert {"c", "d"} <= {d["id"] for d in result.report["documents"]}
    still_checked(result)


def test_a_lone_surrogate_escape_is_replaced_and_the_output_file_written(corpus, tmp_path):
    _write(corpus, "odd.json", '{"title": "Quake \\ud800", "text": "The quake \\udfff killed 7 people."}')
    out = tmp_path / "out.json"
    result = invoke("check", str(corpus), "--format", "json", "--fail-on", "never", "-o", str(out))
    assert result.code == 2
    assert "odd.json" in result.stderr and "lone surrogate" in result.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    odd = next(d for d in report["documents"] if d["id"] == "odd#1")
    assert odd["title"] == "Quake \ufffd"
    assert "value-conflict" in {d["kind"] for d in report["discrepancies"]}


def test_a_symlink_to_itself_is_named(corpus):
    (corpus / "loop.txt").symlink_to("loop.txt")
    result = invoke("check", str(corpus), "--format", "json", "--fail-on", "never")
    assert result.code == 2
    [line] = problem_lines(result)
    assert "loop.txt" in line and "symbolic links" in line
    still_checked(result)


def test_an_undecodable_file_name_is_read_and_shown_escaped(corpus, tmp_path):
    _write(corpus, b"r\xe9sum\xff.txt", "The earthquake in the Atlas mountains killed 3,000 people.\n")
    out = tmp_path / "out.json"
    result = invoke("check", str(corpus), "--format", "json", "--fail-on", "never", "-o", str(out))
    assert result.code == 0, result.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    assert "r\\xe9sum\\xff" in {d["id"] for d in report["documents"]}
    [line] = problem_lines(result)
    assert "r\\xe9sum\\xff.txt: warning: the file name is not UTF-8" in line


def test_a_deeply_nested_config_is_a_clean_error(corpus, tmp_path):
    config = tmp_path / "deep.toml"
    config.write_text("a = " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    result = invoke("check", str(corpus), "--config", str(config))
    assert result.code == 2
    assert "deep.toml" in result.stderr and "nested too deeply" in result.stderr
    assert "Traceback" not in result.stderr


FACT_VALUES = [
    ("nan", "not a number"),
    ("inf", "not a number"),
    ("1e400", "too large"),
    ('"1,2,3"', "not a number"),
    ("ninety", "not a number"),
]


@pytest.mark.parametrize(("value", "said"), FACT_VALUES)
def test_a_bad_facts_row_is_left_out_and_the_others_used(corpus, tmp_path, value, said):
    facts = tmp_path / "facts.csv"
    facts.write_text(f"subject,attribute,value,unit\nChina,share,{value},%\nChina,refining share,92,%\n",
                     encoding="utf-8")
    result = invoke("check", str(corpus), "--facts", str(facts), "--format", "json", "--fail-on", "never")
    assert result.code == 2
    [line] = problem_lines(result)
    assert "facts.csv" in line and "line 2" in line and said in line
    still_checked(result)


def test_facts_with_low_above_high_or_a_huge_field_are_named(corpus, tmp_path):
    facts = tmp_path / "facts.csv"
    facts.write_text("subject,attribute,value,unit,low,high\nChina,share,5,%,9,3\n"
                     f'China,note,"{"x" * 140_000}",,,\nChina,refining share,92,%,,\n', encoding="utf-8")
    result = invoke("check", str(corpus), "--facts", str(facts), "--format", "json", "--fail-on", "never")
    assert result.code == 2
    lines = problem_lines(result)
    assert any("line 2" in x and "low 9 is above high 3" in x for x in lines)
    assert any("line 3" in x and "field larger" in x for x in lines)
    still_checked(result)


def test_thousands_separators_in_facts_still_read(tmp_path):
    from consistency.knowledge.facts import load_facts

    facts = tmp_path / "facts.csv"
    facts.write_text('subject,attribute,value,unit\nChina,mine production,"270,000",tonnes\n', encoding="utf-8")
    _, [claim] = load_facts(facts)
    assert claim.mention.value == 270_000


@pytest.mark.parametrize(
    "report",
    [
        {"schema": "consistency.report/1", "discrepancies": [{"id": "abc", "claims": "x"}]},
        {"schema": "consistency.report/1", "discrepancies": "abc"},
        {"schema": "consistency.report/1", "discrepancies": [{"id": 5, "claims": []}]},
        {"schema": "consistency.report/1", "documents": [{"id": ["x"]}],
         "discrepancies": [{"id": "abc", "claims": [{"doc": ["x"], "text": "a", "sentence": "a"}]}]},
    ],
)
def test_explain_on_a_report_of_the_wrong_shape_is_a_clean_error(corpus, tmp_path, report):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(report), encoding="utf-8")
    result = invoke("explain", "abc", "--report", str(path))
    assert result.code == 2
    assert "bad.json" in result.stderr and "not a readable consistency report" in result.stderr


def test_mentions_table_shows_square_brackets_as_written(corpus):
    text = 'He said "the toll [sic] rose to [/b] 5" and left.\n'
    path = _write(corpus, "quoted.txt", text)
    result = invoke("mentions", str(path))
    assert result.code == 0, result.stderr
    assert "[sic]" in result.stdout and "[/b]" in result.stdout


def test_a_failed_run_leaves_the_previous_output_intact(corpus, tmp_path):
    out = tmp_path / "out.json"
    out.write_text("previous", encoding="utf-8")
    result = invoke("check", str(corpus), "--format", "json", "-o", str(out), "--enable", "no-such-kind")
    assert result.code == 2
    assert out.read_text(encoding="utf-8") == "previous"


def test_output_into_a_missing_folder_is_a_clean_error(corpus, tmp_path):
    result = invoke("check", str(corpus), "-o", str(tmp_path / "nowhere" / "out.json"))
    assert result.code == 2
    assert "cannot write" in result.stderr and "Traceback" not in result.stderr


def _fails_on(marker: str, real):
    """`real`, except that it raises as an unforeseen bug would on a text holding `marker`."""

    def failing(text, *args, **kwargs):
        if marker in text:
            raise IndexError("an unforeseen bug")
        return real(text, *args, **kwargs)

    return failing


def test_an_unforeseen_error_reading_one_file_is_caught_at_its_boundary(corpus, monkeypatch):
    import consistency.documents as documents

    monkeypatch.setattr(documents, "read_text", _fails_on("TRIGGER", documents.read_text))
    _write(corpus, "trigger.txt", "TRIGGER: the quake killed 7 people.\n")
    result = invoke("check", str(corpus), "--format", "json", "--fail-on", "never")
    assert result.code == 2
    [line] = problem_lines(result)
    assert "trigger.txt" in line and "IndexError: an unforeseen bug" in line
    still_checked(result)


@pytest.mark.parametrize("command", ["check", "mentions"])
def test_an_unforeseen_error_analysing_one_document_is_caught_at_its_boundary(corpus, monkeypatch, command):
    import consistency.engine as engine
    import consistency.mentions_table as mentions_table

    monkeypatch.setattr(engine, "mentions", _fails_on("TRIGGER", engine.mentions))
    monkeypatch.setattr(mentions_table, "mentions", _fails_on("TRIGGER", mentions_table.mentions))
    _write(corpus, "trigger.txt", "TRIGGER: the quake killed 7 people.\n")
    result = invoke(command, str(corpus), "--format", "json", *(["--fail-on", "never"] if command == "check" else []))
    assert result.code == 2
    [line] = problem_lines(result)
    assert "trigger.txt" in line and "IndexError: an unforeseen bug" in line
    if command == "check":
        still_checked(result)
    else:
        assert {"a", "b"} == {row["doc"] for row in result.report}


def test_explain_on_a_device_or_a_deeply_nested_report_is_a_clean_error(corpus, tmp_path):
    result = invoke("explain", "abc", "--report", "/dev/zero")
    assert result.code == 2 and "/dev/zero: not a regular file" in result.stderr
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    result = invoke("explain", "abc", "--report", str(deep))
    assert result.code == 2 and "deep.json: not a JSON report" in result.stderr
