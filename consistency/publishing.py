"""The reports folder of the nightly job: one run at a time, checked before the work, repaired after a kill.

A run holds ``OUT/.lock`` (an advisory lock the system drops when the process
dies, even by kill -9, so a killed run never leaves it held). Before any work
the folder is checked: it can be created and written, and ``OUT/latest`` is a
link, not a real folder. Then what a killed run left is repaired: a same-day
rerun swaps two folders by two renames, and a kill between them leaves the
day's report only under ``.old-DATE-PID``; it is put back. Leftover
``.tmp-*`` folders and ``.latest-*`` links are removed, and a ``latest`` that
points nowhere is pointed at the newest report.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

__all__ = ["DATED", "PublishError", "check_folder", "locked", "repair", "swap_latest"]

DATED = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_OLD = re.compile(r"^\.old-(?P<day>\d{4}-\d{2}-\d{2})-\d+$")
LOCK_NAME = ".lock"
LATEST = "latest"


class PublishError(Exception):
    """The reports folder cannot take a report now; the message says why and what to do."""


@contextlib.contextmanager
def locked(out: Path) -> Iterator[None]:
    """Hold OUT's lock for the block; PublishError at once when another run holds it."""
    try:
        import fcntl
    except ImportError:  # no advisory locks on this system: runs are not kept apart
        yield
        return
    path = out / LOCK_NAME
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as e:
        raise PublishError(f"cannot write to {out}: {e.strerror or e}") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise PublishError(f"another run holds {out} (its lock is {path}); try again when it has finished") from None
        yield
    finally:
        os.close(fd)  # closing drops the lock


def check_folder(out: Path) -> None:
    """Create OUT if need be; PublishError when no report could be published there."""
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise PublishError(f"cannot create {out}: {e.strerror or e}") from None
    _check_writable(out)
    latest = out / LATEST
    if latest.is_dir() and not latest.is_symlink():
        raise PublishError(f"{latest} is a folder, not the link to the newest report; move it out of {out}")


def repair(out: Path) -> list[str]:
    """Put right what a killed run left in OUT (call it holding the lock); the repairs made, as warnings."""
    return _restore_swaps(out) + _remove_leftovers(out) + _repair_latest(out)


def _check_writable(out: Path) -> None:
    """PublishError when nothing can be written in OUT (read-only, no permission, full disk)."""
    try:
        with tempfile.TemporaryFile(dir=out):
            pass
    except OSError as e:
        raise PublishError(f"cannot write to {out}: {e.strerror or e}") from None


def _restore_swaps(out: Path) -> list[str]:
    """Put back a day's report a killed same-day rerun left as .old-DATE-PID; drop it when the day is whole."""
    warnings = []
    for old in sorted(out.iterdir()):
        m = _OLD.match(old.name)
        if m is None or not old.is_dir():
            continue
        day = out / m.group("day")
        if day.exists():
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(old, day)
            warnings.append(f"{day}: restored from {old.name}, left by an interrupted run")
    return warnings


def _remove_leftovers(out: Path) -> list[str]:
    removed = []
    for path in sorted(out.iterdir()):
        if path.name.startswith(".tmp-") and path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path.name)
        elif path.name.startswith(".latest-") and (path.is_symlink() or path.is_file()):
            path.unlink()
            removed.append(path.name)
    return [f"{out}: removed {', '.join(removed)}, left by an interrupted run"] if removed else []


def _repair_latest(out: Path) -> list[str]:
    """Point a `latest` that points nowhere at the newest report."""
    latest = out / LATEST
    if not latest.is_symlink() or latest.exists():
        return []
    reports = sorted(p for p in out.iterdir() if DATED.match(p.name) and p.is_dir())
    if not reports:
        latest.unlink()
        return [f"{latest}: removed, it pointed at no report"]
    swap_latest(out, reports[-1])
    return [f"{latest}: pointed at {reports[-1].name}, it pointed at no report"]


def swap_latest(out: Path, folder: Path) -> None:
    """Point OUT/latest at `folder` in one rename: a reader sees the old link or the new, never none."""
    tmp = out / f".latest-{os.getpid()}"
    if tmp.is_symlink() or tmp.exists():
        tmp.unlink()
    tmp.symlink_to(folder.name)
    os.replace(tmp, out / LATEST)
