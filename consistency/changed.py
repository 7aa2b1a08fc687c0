"""Documents changed in git since a revision: what a CI job or a pre-commit hook checks.

`changed_since(ref)` asks git for the files that differ from `ref` in the
working tree (added, copied, modified, renamed; deleted files are gone and
left out) plus the untracked files git does not ignore. `changed_documents`
keeps those among the documents the given paths name.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterable
from pathlib import Path

from .documents import collect

__all__ = ["GitError", "changed_since", "changed_documents"]


class GitError(RuntimeError):
    """git could not answer: not a repository, an unknown revision, or no git at all."""


def _git(args: list[str], cwd: Path) -> str:
    try:
        run = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise GitError("git is not installed (or not on PATH)") from None
    if run.returncode != 0:
        message = run.stderr.strip().splitlines()
        raise GitError(message[0] if message else f"git {' '.join(args)} failed")
    return run.stdout


def changed_since(ref: str, cwd: str | Path | None = None) -> list[Path]:
    """Absolute paths of the files changed since `ref`, and of untracked files, that exist now."""
    here = Path(cwd or Path.cwd())
    try:
        top = Path(_git(["rev-parse", "--show-toplevel"], here).strip())
    except GitError as e:
        raise GitError(f"--changed-since {ref}: {e}") from None
    try:
        _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], top)
    except GitError:
        raise GitError(f"--changed-since {ref}: git knows no such revision in {top}") from None
    diff = _git(["diff", "--name-only", "-z", "--diff-filter=ACMRT", ref, "--"], top)
    untracked = _git(["ls-files", "--others", "--exclude-standard", "--full-name", "-z"], top)
    names = [n for n in (diff + untracked).split("\0") if n]
    found = {(top / n).resolve() for n in names}
    return sorted(p for p in found if p.is_file())


def changed_documents(paths: Iterable[str | Path], ref: str, cwd: str | Path | None = None) -> list[str]:
    """The documents under `paths` (files and folders, as `check` reads them) changed since `ref`."""
    changed = set(changed_since(ref, cwd))
    return [f for f in collect(list(paths)).files if f != "-" and Path(os.path.abspath(f)).resolve() in changed]
