"""Helpers for the hostile-input suite: a small story that must still be checked, and runs of the CLI.

Every bad input is built on the fly beside two good reports that disagree
on a death toll; whatever the bad input does, that disagreement must still
be found, the report written, and the bad file named on standard error.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from consistency.cli import main

ROOT = Path(__file__).resolve().parents[2]
# A run that takes longer than this has hung (the slowest hostile input finishes in a few seconds):
# the test fails instead of waiting for ever.
HANG = 60

GOOD = {
    "a.txt": "The earthquake in the Atlas mountains killed 2,946 people, the interior ministry said on Sunday.\n",
    "b.txt": "The earthquake in the Atlas mountains killed 2,100 people, the interior ministry said on Sunday.\n",
}


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str

    @property
    def report(self) -> dict:
        return json.loads(self.stdout)

    def kinds(self) -> list[str]:
        return [d["kind"] for d in self.report["discrepancies"]]


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with the two good reports; the tests run from `tmp_path` (check saves .consistency/ there)."""
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in GOOD.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def invoke(*args: str, stdin: bytes | None = None) -> Run:
    """The CLI in this process (for inputs that cannot hang)."""
    result = CliRunner().invoke(main, list(args), input=stdin, catch_exceptions=False)
    return Run(result.exit_code, result.stdout, result.stderr)


def run(*args: str, cwd: Path, stdin: bytes | None = None, module: bool = True) -> Run:
    """The CLI (or, with `module` False, python with `args`) in a child process, killed if it hangs (a failure)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    command = [sys.executable, *(["-m", "consistency"] if module else []), *args]
    try:
        done = subprocess.run(command, cwd=cwd, input=stdin, capture_output=True, timeout=HANG, env=env)
    except subprocess.TimeoutExpired:
        pytest.fail(f"consistency {' '.join(args)} did not finish in {HANG} s")
    return Run(done.returncode, done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace"))


def still_checked(result: Run) -> None:
    """The good reports were read and their disagreement found."""
    assert "value-conflict" in result.kinds(), result.stderr
    assert {d["id"] for d in result.report["documents"]} >= {"a", "b"}


def problem_lines(result: Run) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("consistency: ")]
