"""`consistency report`: dated folders, statuses since last night, the store, atomic writes, escaping."""

from __future__ import annotations

import datetime as dt
import json
import os
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from consistency import documents, nightly
from consistency.cli import main
from consistency.nightly import ConfigError, load_acknowledged, run_nightly

DAY1 = dt.date(2025, 2, 25)
DAY2 = dt.date(2025, 2, 26)


def _corpus(folder: Path, biden: bool = True, extra: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "wire.md").write_text(
        "---\ndate: 2025-02-25\ntitle: Wire\n---\nThe Trump administration welcomed Putin's proposal.\n", encoding="utf-8"
    )
    holder = "Biden" if biden else "Trump"
    (folder / "blog.md").write_text(
        f"---\ndate: 2025-02-25\ntitle: Blog\n---\nThe {holder} administration{extra} met Putin's proposal with skepticism.\n",
        encoding="utf-8",
    )
    return folder


def test_first_run_writes_every_file_and_latest(tmp_path):
    corpus = _corpus(tmp_path / "corpus")
    out = tmp_path / "reports"
    result = run_nightly([corpus], out, date=DAY1, config=None)
    folder = out / "2025-02-25"
    for name in ("index.html", "discrepancies.csv", "discrepancies.json", "summary.md"):
        assert (folder / name).is_file(), name
    assert (out / "latest").resolve() == folder.resolve()
    data = json.loads((folder / "discrepancies.json").read_text(encoding="utf-8"))
    assert data["schema"] == "consistency.report/1"
    assert data["discrepancies"] and all(d["status"] == "new" for d in data["discrepancies"])
    assert result.counts["new"] == len(data["discrepancies"])
    assert "| new |" in (folder / "summary.md").read_text(encoding="utf-8")


def test_second_run_marks_open_and_resolved_and_reuses_the_store(tmp_path):
    corpus = _corpus(tmp_path / "corpus")
    out = tmp_path / "reports"
    first = run_nightly([corpus], out, date=DAY1, config=None)
    assert first.parsed == 2 and first.reused == 0
    again = run_nightly([corpus], out, date=DAY2, config=None)
    assert again.parsed == 0 and again.reused == 2
    assert set(s for s, _ in again.statuses.values()) == {"open"}
    _corpus(corpus, biden=False)  # the blog corrected its error
    third = run_nightly([corpus], out, date=dt.date(2025, 2, 27), config=None)
    assert third.parsed == 1
    assert third.counts["resolved"] >= 1
    data = json.loads((out / "2025-02-27" / "discrepancies.json").read_text(encoding="utf-8"))
    assert {d["status"] for d in data["discrepancies"]} == {"resolved"}


def test_acknowledged_rows_leave_the_counts_and_show_their_reason(tmp_path):
    corpus = _corpus(tmp_path / "corpus")
    out = tmp_path / "reports"
    first = run_nightly([corpus], out, date=DAY1, config=None)
    some_id = next(iter(first.statuses))
    config = tmp_path / "consistency.toml"
    config.write_text(f'[acknowledged]\n"{some_id}" = "checked with the desk"\n', encoding="utf-8")
    second = run_nightly([corpus], out, date=DAY2, config=config)
    assert second.statuses[some_id] == ("acknowledged", "checked with the desk")
    assert second.counts["acknowledged"] == 1
    html = (out / "2025-02-26" / "index.html").read_text(encoding="utf-8")
    assert "checked with the desk" in html


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[acknowledged]\nabc = 3\n", "acknowledged.abc needs a reason"),
        ("[acknowledged\n", "consistency.toml"),
        ("acknowledged = 3\n", "must be a table"),
    ],
)
def test_bad_config_names_the_file_and_key(tmp_path, content, message):
    config = tmp_path / "consistency.toml"
    config.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_acknowledged(config)


def test_interrupted_run_leaves_previous_reports_intact(tmp_path, monkeypatch):
    corpus = _corpus(tmp_path / "corpus")
    out = tmp_path / "reports"
    run_nightly([corpus], out, date=DAY1, config=None)
    before = {p.name: p.read_bytes() for p in (out / "2025-02-25").iterdir()}

    def killed(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(nightly, "_summary_md", killed)
    with pytest.raises(KeyboardInterrupt):
        run_nightly([corpus], out, date=DAY1, config=None)  # rewriting the same day
    with pytest.raises(KeyboardInterrupt):
        run_nightly([corpus], out, date=DAY2, config=None)
    assert {p.name: p.read_bytes() for p in (out / "2025-02-25").iterdir()} == before
    assert not (out / "2025-02-26").exists()
    assert (out / "latest").resolve() == (out / "2025-02-25").resolve()


def test_hostile_document_is_escaped_in_html_and_neutralised_in_csv(tmp_path):
    corpus = _corpus(tmp_path / "corpus", extra=' <script>alert(1)</script> (<img src=x onerror="alert(2)">)')
    (corpus / "evil.md").write_text(
        "---\ndate: 2025-02-25\n---\n=HYPERLINK(\"http://x\") The Obama administration met Putin's proposal.\n",
        encoding="utf-8",
    )
    out = tmp_path / "reports"
    result = CliRunner().invoke(main, ["report", str(corpus), "--out", str(out), "--date", "2025-02-25", "--quiet", "--excel"])
    assert result.exit_code == 0, result.output
    assert len(result.output.strip().splitlines()) == 1
    html = (out / "2025-02-25" / "index.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)" in html
    assert "<img src=x" not in html
    raw = (out / "2025-02-25" / "discrepancies.csv").read_bytes()
    assert raw.startswith("\ufeff".encode())
    assert b"\n=HYPERLINK" not in raw and b",=HYPERLINK" not in raw


def test_report_help_has_a_cron_example():
    result = CliRunner().invoke(main, ["report", "--help"])
    assert result.exit_code == 0
    assert "crontab" in result.output


def test_store_from_another_version_is_rebuilt_not_misread(tmp_path):
    import sqlite3

    from consistency.store import ClaimStore

    path = tmp_path / "store.sqlite"
    with ClaimStore(path) as store:
        store.put("k", ["claims"])
    db = sqlite3.connect(path)
    db.execute("UPDATE meta SET value = 'claims/0;consistency 0.0.1' WHERE key = 'version'")
    db.commit()
    db.close()
    with ClaimStore(path) as store:
        assert store.get("k") is None


def test_killed_run_leaves_either_the_old_report_or_a_whole_new_one(tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time

    corpus = tmp_path / "corpus"
    crash = Path(__file__).parent / "data" / "crash"
    for copy in range(12):  # enough documents that the run takes a moment
        for path in crash.glob("*.md"):
            (corpus / f"c{copy}").mkdir(parents=True, exist_ok=True)
            (corpus / f"c{copy}" / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "reports"
    run_nightly([_corpus(tmp_path / "first")], out, date=DAY1, config=None)
    before = {p.name: p.read_bytes() for p in (out / "2025-02-25").iterdir()}
    proc = subprocess.Popen(
        [sys.executable, "-m", "consistency", "report", str(corpus), "--out", str(out), "--date", "2025-02-26", "--quiet"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    time.sleep(0.8)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert {p.name: p.read_bytes() for p in (out / "2025-02-25").iterdir()} == before
    new = out / "2025-02-26"
    latest = (out / "latest").resolve()
    if new.exists():  # the run got as far as the rename: then it is whole
        assert {p.name for p in new.iterdir()} == {"index.html", "discrepancies.csv", "discrepancies.json", "summary.md"}
        assert latest in (new.resolve(), (out / "2025-02-25").resolve())
    else:
        assert latest == (out / "2025-02-25").resolve()


def _aged(folder: Path) -> None:
    """The folder's files as an archive holds them: last modified an hour ago (one modified within the last
    seconds is read again on every run, its time being too close to tell an edit by)."""
    past = time.time() - 3600
    for path in folder.iterdir():
        os.utime(path, (past, past))


def test_a_file_unchanged_since_the_last_run_is_taken_from_the_store_not_read(tmp_path, monkeypatch):
    corpus = _corpus(tmp_path / "corpus")
    _aged(corpus)
    out = tmp_path / "reports"
    first = run_nightly([corpus], out, date=DAY1, config=None)
    opened: list[str] = []
    read = documents.read_regular_file
    monkeypatch.setattr(documents, "read_regular_file", lambda path, *rest: opened.append(path) or read(path, *rest))
    again = run_nightly([corpus], out, date=DAY2, config=None)
    assert opened == []
    assert again.report.documents == first.report.documents  # text, title, date and path as read the first time
    assert {s for s, _ in again.statuses.values()} == {"open"}


@pytest.mark.parametrize("time_set_back", [False, True], ids=["edited", "edited-time-set-back"])
def test_a_file_edited_in_place_keeping_its_size_is_read_again(tmp_path, time_set_back):
    corpus = _corpus(tmp_path / "corpus")
    _aged(corpus)
    out = tmp_path / "reports"
    first = run_nightly([corpus], out, date=DAY1, config=None)
    assert any("Biden" in d.summary for d in first.report.discrepancies)
    blog = corpus / "blog.md"
    before = blog.stat()
    blog.write_text(blog.read_text(encoding="utf-8").replace("Biden", "Obama"), encoding="utf-8")
    if time_set_back:
        os.utime(blog, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert blog.stat().st_size == before.st_size
    again = run_nightly([corpus], out, date=DAY2, config=None)
    assert again.parsed == 1
    assert "Obama" in next(d.text for d in again.report.documents if d.id == "blog")
    assert not any("Biden" in d.summary for d in again.report.discrepancies)


def test_a_file_taken_from_the_store_keeps_the_path_it_is_named_by_this_time(tmp_path, monkeypatch):
    corpus = _corpus(tmp_path / "corpus")
    _aged(corpus)
    out = tmp_path / "reports"
    run_nightly([corpus.resolve()], out, date=DAY1, config=None)
    monkeypatch.chdir(tmp_path)
    again = run_nightly(["corpus"], out, date=DAY2, config=None)
    assert again.reused == 2
    assert sorted(d.path for d in again.report.documents) == [str(Path("corpus", "blog.md")), str(Path("corpus", "wire.md"))]
