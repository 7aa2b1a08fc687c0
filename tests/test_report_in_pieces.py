"""The JSON and CSV reports are written piece by piece, and read exactly as the whole report rendered at once."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

import consistency
from consistency.cli import main
from consistency.report import json_pieces, json_text, write
from consistency.report.writers import neutralise

REPORTS = {
    "wire-0311.md": "---\ndate: 2025-03-11\n---\nSÃO PAULO, March 11 (Reuters) - A bus crash near Campinas killed 14 people "
                    "on Monday, police said.\nThe operator, Viação Cometa, said 31 passengers were on board.\n",
    "daily-0312.md": "---\ndate: 2025-03-12\n---\nThe crash near Campinas on Monday killed 19 people, according to "
                     "the fire brigade.\nViação Cometa said 31 passengers were\non board when the bus left the road.\n",
    "evening-0312.txt": "A bus crash near Campinas killed 14 people on Monday.\n\"We are devastated,\" said the mayor, "
                        "Zoë Almeida.\nThe operator said 36 passengers were on board.\n",
    "council-0401.md": "---\ndate: 2025-04-01\n---\nThe city council of Lisbon approved a budget of €412 million on Tuesday.\n"
                       "The mayor, Carlos Moedas, said the budget rose 6%.\n",
    "paper-0402.md": "---\ndate: 2025-04-02\n---\nLisbon's council approved a €421 million budget on Tuesday.\n"
                     "-5% of the budget goes to housing, Carlos Moedas said.\n",
}


def _reports(tmp_path: Path) -> list[str]:
    for name, text in REPORTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [str(tmp_path / name) for name in REPORTS]


def _written(tmp_path: Path, fmt: str, *options: str) -> str:
    out = tmp_path / f"out.{fmt}"
    result = CliRunner().invoke(main, ["check", *_reports(tmp_path), "--format", fmt, "-o", str(out),
                                       "--fail-on", "never", "--jobs", "1", *options])
    assert result.exit_code == 0, result.output
    return out.read_bytes().decode("utf-8")


def test_the_json_written_in_pieces_is_the_whole_report_dumped_at_once(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the report's paths are relative to the working directory
    written = _written(tmp_path, "json", "--show-agreements")
    report = consistency.check(_reports(tmp_path), agreements=True)
    assert len(report.discrepancies) >= 2 and report.agreements
    assert written == json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n"
    assert "€" in written  # non-ASCII as it is


def test_the_csv_written_row_by_row_is_the_report_table_rendered_whole(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    written = _written(tmp_path, "csv")
    report = consistency.check(_reports(tmp_path))
    frame = report.to_frame()
    assert len(frame) >= 4
    assert written == "\ufeff" + frame.map(neutralise).to_csv(index=False, lineterminator="\n")
    assert write(report, "csv", excel=False) == written.removeprefix("\ufeff")


def test_an_empty_report_is_written_as_the_whole_one(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "only.md").write_text("---\ndate: 2025-03-11\n---\nThe museum opened on Monday.\n", encoding="utf-8")
    report = consistency.check([str(tmp_path / "only.md")])
    assert not report.discrepancies
    assert json_text(report.fields()) == json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n"
    assert write(report, "csv", excel=False) == report.to_frame().to_csv(index=False, lineterminator="\n")


def test_iterators_are_written_as_lists_at_any_depth():
    def data():
        return {
            "empty": iter(()),
            "rows": ({"n": n, "names": iter(["Zoë", "Łódź"]), "nested": {"a": [1, {"b": None}]}} for n in range(3)),
            "plain": {"x": [1.5, "line\nbreak"], "y": {}},
            "last": iter([[], {}, iter([2])]),
        }

    listed = json.loads(json.dumps(data(), default=list))
    assert "".join(json_pieces(data())) == json.dumps(listed, indent=2, ensure_ascii=False) + "\n"
    assert "".join(json_pieces(iter([]))) == "[]\n"


def _archive(tmp_path: Path) -> Path:
    """Fourteen reports of two stories (more than a corpus checked as one story), the figures that differ on
    lines that move from report to report: what a check holds of each document while it runs is not its text."""
    folder = tmp_path / "archive"
    folder.mkdir()
    for n in range(7):
        filler = "The investigation continues.\n\n" * n
        killed = 14 if n else 19
        (folder / f"crash-{n}.md").write_text(
            f"---\ntitle: Bus crash near Campinas\ndate: 2025-03-1{n}\n---\n{filler}A bus operated by Viação Cometa "
            f"crashed near Campinas on Monday, killing {killed} people, police in Campinas said.\n", encoding="utf-8")
        budget = 412 if n != 3 else 421
        (folder / f"budget-{n}.md").write_text(
            f"---\ntitle: Lisbon council budget\ndate: 2025-06-0{n + 1}\n---\nCarlos Moedas spoke in Lisbon.\n\n{filler}"
            f"The Lisbon council approved a budget of €{budget} million, Carlos Moedas said.\n", encoding="utf-8")
    return folder


def test_a_report_quotes_each_claim_on_its_own_line_and_column_when_the_texts_are_not_held(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    folder = _archive(tmp_path)
    out = tmp_path / "out.json"
    result = CliRunner().invoke(main, ["check", str(folder), "--format", "json", "-o", str(out), "--fail-on", "never",
                                       "--jobs", "1"])
    assert result.exit_code == 0, result.output
    found = json.loads(out.read_text(encoding="utf-8"))["discrepancies"]
    quoted = [c for d in found for c in d["claims"]]
    assert {Path(c["path"]).name.split("-")[0] for c in quoted} == {"crash", "budget"}  # both stories found theirs
    for c in quoted:
        line = Path(c["path"]).read_text(encoding="utf-8").splitlines()[c["line"] - 1]
        assert line[c["column"] - 1:].startswith(c["text"]), (c, line)


def test_a_checks_documents_are_listed_with_their_texts_as_read(tmp_path):
    folder = _archive(tmp_path)
    report = consistency.check(folder)
    documents, _ = consistency.load(folder)
    assert sorted(report.documents, key=lambda d: d.id) == sorted(documents, key=lambda d: d.id)
    assert "killing 19 people" in report.document("crash-0").text


def test_a_directive_in_one_report_of_an_archive_is_obeyed_when_the_documents_are_read_back(tmp_path):
    folder = _archive(tmp_path)
    budget = folder / "budget-3.md"
    text = budget.read_text(encoding="utf-8")
    budget.write_text(text.replace("The Lisbon council approved", "<!-- consistency off -->\nThe Lisbon council approved"),
                      encoding="utf-8")
    report = consistency.check(folder)
    documents, _ = consistency.load(folder)
    assert [d.directives for d in sorted(report.documents, key=lambda d: d.id)] == \
           [d.directives for d in sorted(documents, key=lambda d: d.id)]
    assert report.document("budget-3").directives and report.document("budget-3").title == "Lisbon council budget"
    # the €421 million of budget-3 is in the passage its directive switches off
    assert not [d for d in report.discrepancies if any(c.doc == "budget-3" for c in d.claims)]
    assert [s for s in report.suppressed if any(c.doc == "budget-3" for c in s.discrepancy.claims)]
    assert [d for d in report.discrepancies if any(c.doc.startswith("crash") for c in d.claims)]
