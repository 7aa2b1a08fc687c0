"""The nightly report never loses or corrupts statuses: a shrunk corpus, a damaged report, a kill, a second run."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from consistency import publishing
from consistency.nightly import run_nightly

from .harness import HANG, ROOT, invoke

DAY1, DAY2, DAY3 = "2025-02-25", "2025-02-26", "2025-02-27"
FILES = ("index.html", "discrepancies.csv", "discrepancies.json", "summary.md")


def _story(folder: Path, documents: int = 2) -> Path:
    """Reports that disagree on a death toll, one a document."""
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(documents):
        (folder / f"r{n}.txt").write_text(
            f"The earthquake in the Atlas mountains killed {2000 + 100 * n:,} people, the ministry said on Sunday.\n",
            encoding="utf-8")
    return folder


def _report(corpus: Path, out: Path, day: str, *extra: str):
    return invoke("report", str(corpus), "--out", str(out), "--date", day, "--quiet", *extra)


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def _statuses(out: Path, day: str) -> dict[str, str]:
    data = json.loads((out / day / "discrepancies.json").read_text(encoding="utf-8"))
    return {d["id"]: d["status"] for d in data["discrepancies"]}


@pytest.fixture
def out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path / "reports"


def test_an_empty_corpus_is_not_published(tmp_path, out):
    corpus = _story(tmp_path / "corpus")
    assert _report(corpus, out, DAY1).code == 0
    before = _snapshot(out / DAY1)
    empty = tmp_path / "unmounted"
    empty.mkdir()
    result = _report(empty, out, DAY2)
    assert result.code == 2
    assert "no documents were read" in result.stderr and "--allow-shrink" in result.stderr
    assert not (out / DAY2).exists()
    assert (out / "latest").resolve() == (out / DAY1).resolve()
    assert _snapshot(out / DAY1) == before


def test_a_corpus_that_shrinks_too_much_is_refused_unless_allowed(tmp_path, out):
    corpus = _story(tmp_path / "corpus", documents=5)
    assert _report(corpus, out, DAY1).code == 0
    for n in (2, 3, 4):
        (corpus / f"r{n}.txt").unlink()
    refused = _report(corpus, out, DAY2)
    assert refused.code == 2
    assert "2 documents read, 5 in the report of 2025-02-25: 60% fewer" in refused.stderr
    assert not (out / DAY2).exists()
    allowed = _report(corpus, out, DAY2, "--allow-shrink")
    assert allowed.code == 0, allowed.stderr
    assert "resolved" in _statuses(out, DAY2).values()


def test_max_shrink_is_read_from_the_config(tmp_path, out):
    corpus = _story(tmp_path / "corpus", documents=5)
    (tmp_path / "consistency.toml").write_text("max_shrink = 0.5\n", encoding="utf-8")
    assert _report(corpus, out, DAY1).code == 0
    (corpus / "r4.txt").unlink()
    (corpus / "r3.txt").unlink()
    assert _report(corpus, out, DAY2).code == 0  # 40% fewer: within the half allowed


def test_a_truncated_previous_report_falls_back_to_the_last_good_one_and_warns(tmp_path, out):
    corpus = _story(tmp_path / "corpus")
    assert _report(corpus, out, DAY1).code == 0
    assert _report(corpus, out, DAY2).code == 0
    damaged = out / DAY2 / "discrepancies.json"
    damaged.write_bytes(damaged.read_bytes()[: damaged.stat().st_size // 2])
    result = _report(corpus, out, DAY3)
    assert result.code == 0
    assert f"warning: {damaged}: cannot be read" in result.stderr
    assert set(_statuses(out, DAY3).values()) == {"open"}  # compared with the day before: nothing new


def test_a_rerun_killed_between_its_two_renames_is_restored_by_the_next_run(tmp_path, out):
    corpus = _story(tmp_path / "corpus")
    assert _report(corpus, out, DAY1).code == 0
    before = _snapshot(out / DAY1)
    killer = (
        "import os, signal, sys\n"
        "from consistency import nightly\n"
        "real, calls = os.replace, []\n"
        "def replace(a, b):\n"
        "    calls.append(a)\n"
        "    if len(calls) == 2:  # the day's report moved aside, the new one not yet in place\n"
        "        os.kill(os.getpid(), signal.SIGKILL)\n"
        "    real(a, b)\n"
        "nightly.os.replace = replace\n"
        f"nightly.run_nightly([{str(corpus)!r}], {str(out)!r}, date=__import__('datetime').date(2025, 2, 25), config=None)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", killer], cwd=tmp_path, env=env, timeout=HANG, capture_output=True)
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert not (out / DAY1).exists() and list(out.glob(".old-*"))  # the state a kill there leaves
    (out / ".latest-4242").symlink_to(DAY1)
    result = _report(corpus, out, DAY2)
    assert result.code == 0, result.stderr
    assert "restored from .old-" in result.stderr
    assert _snapshot(out / DAY1) == before
    assert not list(out.glob(".old-*")) and not list(out.glob(".tmp-*")) and not list(out.glob(".latest-*"))
    assert (out / "latest").resolve() == (out / DAY2).resolve()


def test_a_dangling_latest_is_pointed_at_the_newest_report(tmp_path, out):
    corpus = _story(tmp_path / "corpus")
    assert _report(corpus, out, DAY1).code == 0
    os.replace(out / DAY1, out / ".old-2025-02-25-77")
    warnings = publishing.repair(out)
    assert any("restored" in w for w in warnings)
    assert (out / "latest").resolve() == (out / DAY1).resolve()


def test_a_second_run_on_the_same_out_is_refused_while_the_first_holds_it(tmp_path, out):
    corpus = _story(tmp_path / "corpus")
    out.mkdir()
    with publishing.locked(out):
        result = _report(corpus, out, DAY1)
    assert result.code == 2
    assert f"another run holds {out}" in result.stderr
    assert not (out / DAY1).exists()
    assert _report(corpus, out, DAY1).code == 0  # the lock goes with the run that held it


def test_latest_as_a_real_folder_is_a_clean_error_before_the_work(tmp_path, out):
    corpus = _story(tmp_path / "corpus")
    (out / "latest").mkdir(parents=True)
    result = _report(corpus, out, DAY1)
    assert result.code == 2
    assert "latest is a folder, not the link to the newest report" in result.stderr
    assert not (out / DAY1).exists() and not (out / ".store.sqlite").exists()


def test_an_out_that_cannot_be_created_or_written_is_a_clean_error(tmp_path, out, monkeypatch):
    corpus = _story(tmp_path / "corpus")
    blocked = tmp_path / "a-file"
    blocked.write_text("", encoding="utf-8")
    result = _report(corpus, blocked / "reports", DAY1)
    assert result.code == 2 and "cannot create" in result.stderr and "Traceback" not in result.stderr

    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(publishing.tempfile, "TemporaryFile", read_only)
    result = _report(corpus, out, DAY1)
    assert result.code == 2 and "Read-only file system" in result.stderr


def test_a_full_disk_while_writing_leaves_the_previous_reports_and_no_leftovers(tmp_path, out, monkeypatch):
    corpus = _story(tmp_path / "corpus")
    assert _report(corpus, out, DAY1).code == 0
    before = _snapshot(out / DAY1)
    real = Path.write_text

    def full(self, *args, **kwargs):
        if self.name == "summary.md":
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Path, "write_text", full)
    result = _report(corpus, out, DAY1)
    assert result.code == 2 and "No space left on device" in result.stderr
    assert _snapshot(out / DAY1) == before
    assert not list(out.glob(".tmp-*")) and not list(out.glob(".old-*"))


def test_summary_md_shows_markup_from_names_as_text(tmp_path, out):
    corpus = _story(tmp_path / "corpus")
    (corpus / "<script>x<\x1b[2J.json").write_text("{broken", encoding="utf-8")
    result = _report(corpus, out, DAY1)
    assert result.code == 2
    summary = (out / DAY1 / "summary.md").read_text(encoding="utf-8")
    assert "&lt;script&gt;x&lt;\\x1b[2J.json" in summary
    assert "<script>" not in summary and "\x1b" not in summary


def test_the_library_refuses_an_empty_corpus_too(tmp_path):
    from consistency.nightly import PublishError

    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(PublishError, match="no documents were read"):
        run_nightly([empty], tmp_path / "reports", date=dt.date(2025, 2, 25), config=None)
    run_nightly([empty], tmp_path / "reports", date=dt.date(2025, 2, 25), config=None, allow_shrink=True)
