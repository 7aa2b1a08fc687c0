"""Writing files so that a failure never leaves half of one: a temporary file, renamed over the old."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

__all__ = ["write_atomically"]


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` whole, or leave `path` as it was (OSError says why).

    The bytes go to a temporary file beside `path`, flushed to disk, then
    renamed over it: a reader sees the old content or the new, never a
    truncated file, and a full disk or a kill leaves the old content.
    """
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
