"""Files read and written safely: only regular files of a bounded size are read, and a file is
written whole or not at all (a temporary file, renamed over the old)."""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterable
from pathlib import Path

__all__ = ["MAX_FILE_BYTES", "NotReadable", "read_regular_file", "write_atomically"]

# A news document, a desk's facts sheet, a config: all far smaller. A larger file is a mistake
# (a database dump, a disk image) or an attack, and reading it whole would exhaust memory.
MAX_FILE_BYTES = 20 * 2**20


class NotReadable(ValueError):
    """A path that is not a regular file of a readable size; the message says why."""


def read_regular_file(path: str | Path, max_bytes: int = MAX_FILE_BYTES) -> bytes:
    """The content of the regular file at `path`; NotReadable for a FIFO, a device or a file over `max_bytes`.

    The file is opened without blocking and checked before a byte is read: a
    FIFO would wait for a writer for ever, /dev/zero never ends. OSError when
    it cannot be opened at all.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as f:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotReadable(f"not a regular file ({_file_type(mode)}); only files are read")
        return bounded(f.read(max_bytes + 1), max_bytes)


def bounded(data: bytes, max_bytes: int) -> bytes:
    """`data`, or NotReadable when it is longer than `max_bytes` (read one byte more to know)."""
    if len(data) > max_bytes:
        raise NotReadable(f"larger than the limit of {_size(max_bytes)} (max_file_mb in consistency.toml); left out")
    return data


def _size(n: int) -> str:
    return f"{n / 2**20:g} MB" if n >= 2**20 else f"{n:,} bytes"


def _file_type(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a folder")):
        if test(mode):
            return name
    return "not a plain file"


def write_atomically(path: Path, data: bytes | Iterable[bytes]) -> None:
    """Write `data` (bytes, or pieces of them) to `path` whole, or leave `path` as it was (OSError says why).

    The bytes go to a temporary file beside `path`, flushed to disk, then
    renamed over it: a reader sees the old content or the new, never a
    truncated file, and a full disk or a kill leaves the old content.
    """
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        with open(tmp, "wb") as f:
            f.writelines([data] if isinstance(data, bytes) else data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
