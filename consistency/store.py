"""The nightly store: each file as read, each document's analysis and each story's result, as plain, versioned data.

A nightly run over an archive re-reads mostly unchanged documents; their
claims come from here instead of being parsed again, and a story whose
documents have not changed takes its discrepancies and coverage from here
instead of running the rules again. The key covers what the value depends
on (a document's id, text and date; a story's documents, settings and
knowledge), so anything changed is computed anew.

Values are written as MessagePack of plain data: numbers, strings, lists and
maps, with tagged maps for dates, tuples, sets and the project's own data
classes, which are rebuilt only from the allow-list `PLAIN_TYPES`. Nothing
read from disk is ever executed (no pickle). A store of another version, or
one that cannot be read (truncated, overwritten, a directory in its place, a
table or column missing), is moved aside with a warning and rebuilt; a row
written by another version, or that does not decode, is computed again.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import hashlib
import sqlite3
import warnings
from functools import cache
from pathlib import Path
from typing import Any

import msgpack

__all__ = ["ClaimStore", "STORE_SCHEMA", "StoreWarning", "to_plain", "from_plain"]

# Bump when the stored shapes change, the parsers change what they read or the readers what they make of a
# file (a file unchanged on disk is taken from the store as it was read: see documents.load).
STORE_SCHEMA = "consistency.store/3"


class StoreWarning(UserWarning):
    """A store that could not be used as it was: moved aside and rebuilt."""


@cache
def _plain_types() -> dict[str, type]:
    from .coverage import Agreement, Coverage, DocumentCoverage
    from .model import Claim, Directive, Discrepancy, Document, Frame, Mention, Sentence, Severity

    types = (Claim, Directive, Discrepancy, Document, Frame, Mention, Sentence, Severity,
             Agreement, Coverage, DocumentCoverage)
    return {t.__name__: t for t in types}


def _version() -> str:
    """The schema, the package version and the shape of the stored classes: any change rebuilds the store."""
    from . import __version__

    shape = ",".join(
        f"{name}:{'|'.join(f.name for f in dataclasses.fields(cls))}"
        for name, cls in sorted(_plain_types().items())
        if dataclasses.is_dataclass(cls)
    )
    return f"{STORE_SCHEMA};consistency {__version__};{hashlib.sha1(shape.encode()).hexdigest()[:12]}"


def to_plain(value: Any) -> Any:
    """`value` as plain data: the project's data classes, dates, tuples and sets become tagged maps."""
    if value is None or isinstance(value, (bool, str, bytes)):
        return value
    if isinstance(value, enum.Enum):
        return {"@enum": type(value).__name__, "v": value.value}
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, dt.date):
        return {"@date": value.isoformat()}
    if isinstance(value, tuple):
        return {"@tuple": [to_plain(v) for v in value]}
    if isinstance(value, (set, frozenset)):
        return {"@set": sorted((to_plain(v) for v in value), key=repr)}
    if isinstance(value, list):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {"@map": [[to_plain(k), to_plain(v)] for k, v in value.items()]}
    if dataclasses.is_dataclass(value) and type(value).__name__ in _plain_types():
        fields = {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value) if f.init}
        return {"@": type(value).__name__, **fields}
    raise TypeError(f"the store keeps plain data only, not {type(value).__name__}")


def from_plain(data: Any) -> Any:
    """The value `to_plain` wrote; a tag or class outside the allow-list is a ValueError."""
    return _decode(msgpack.packb(data, use_bin_type=True))


def _revive(tagged: dict) -> Any:
    """One tagged map of stored data as its value (msgpack calls this for every map, innermost first)."""
    name = tagged.pop("@", None)
    if name is not None:
        cls = _plain_types().get(name)
        if cls is None or not dataclasses.is_dataclass(cls):
            raise ValueError(f"not a stored type: {name!r}")
        return cls(**tagged)
    if "@enum" in tagged:
        cls = _plain_types().get(tagged["@enum"])
        if cls is None or not issubclass(cls, enum.Enum):
            raise ValueError(f"not a stored enum: {tagged['@enum']!r}")
        return cls(tagged["v"])
    if "@date" in tagged:
        return dt.date.fromisoformat(tagged["@date"])
    if "@tuple" in tagged:
        return tuple(tagged["@tuple"])
    if "@set" in tagged:
        return frozenset(tagged["@set"])
    if "@map" in tagged:
        return {_hashable(k): v for k, v in tagged["@map"]}
    raise ValueError(f"unknown tag in stored data: {sorted(tagged)[:3]}")


def _hashable(key: Any) -> Any:
    return tuple(key) if isinstance(key, list) else key


def _encode(value: Any) -> bytes:
    return msgpack.packb(to_plain(value), use_bin_type=True)


def _decode(blob: bytes) -> Any:
    return msgpack.unpackb(blob, raw=False, strict_map_key=False, object_hook=_revive)


class ClaimStore:
    """get/put of plain values by key: documents' analyses (counted as parsed or reused) and stories' results."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.hits = 0
        self.misses = 0
        self.results_reused = 0
        self.results_computed = 0
        self._version = _version()
        try:
            self._db = self._open()
        except (sqlite3.DatabaseError, OSError, ValueError) as exc:
            self._move_aside(str(exc))
            self._db = self._open()

    def _open(self) -> sqlite3.Connection:
        if self.path.exists() and not self.path.is_file():
            raise ValueError("not a file")
        db = sqlite3.connect(self.path)
        try:
            tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not tables:
                db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
                db.execute("CREATE TABLE entries (key TEXT PRIMARY KEY, version TEXT NOT NULL, data BLOB NOT NULL)")
                db.execute("INSERT INTO meta VALUES ('version', ?)", (self._version,))
                db.commit()
                return db
            row = db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
            if row is None or row[0] != self._version:
                raise ValueError(f"written by another version ({row[0] if row else 'none'})")
            db.execute("SELECT key, version, data FROM entries LIMIT 1").fetchall()
            if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise ValueError("damaged")
            return db
        except Exception:
            db.close()
            raise

    def _move_aside(self, why: str) -> None:
        n = 0
        while (aside := self.path.with_name(f"{self.path.name}.unusable-{n}")).exists():
            n += 1
        self.path.rename(aside)
        warnings.warn(f"{self.path}: store not usable ({why}); moved to {aside.name} and rebuilt", StoreWarning,
                      stacklevel=3)

    @staticmethod
    def key(doc_id: str, text: str, when: dt.date | None) -> str:
        h = hashlib.sha256()
        for part in (doc_id, when.isoformat() if when else "", text):
            h.update(part.encode("utf-8", "surrogatepass"))
            h.update(b"\0")
        return h.hexdigest()

    def lookup(self, key: str) -> Any | None:
        """The value stored under `key`, or None; not counted (what the counts count is `get`'s and `get_result`'s)."""
        blob = self._encoded(key)
        return None if blob is None else self.decode(blob)

    def _encoded(self, key: str) -> bytes | None:
        row = self._db.execute("SELECT version, data FROM entries WHERE key = ?", (key,)).fetchone()
        if row is None or row[0] != self._version:
            return None
        return row[1]

    @staticmethod
    def decode(blob: bytes) -> Any | None:
        """The value of one stored row (as `get_encoded` gave it), or None when it does not decode."""
        try:
            return _decode(blob)
        except Exception:  # a damaged row is computed again, never misread
            return None

    def get(self, key: str) -> Any | None:
        """A document's stored analysis, counted as reused (or, when missing, as parsed)."""
        blob = self._encoded(key)
        value = None if blob is None else self.decode(blob)
        if value is None:
            self.misses += 1
        else:
            self.hits += 1
        return value

    def get_encoded(self, key: str) -> bytes | None:
        """A document's stored analysis still encoded (`decode` reads it), counted as `get` counts.

        Decoding is most of what reusing an analysis costs: a caller that may not need the
        value (a document of a story whose result is stored too) decodes it only when it does.
        """
        blob = self._encoded(key)
        if blob is None:
            self.misses += 1
        else:
            self.hits += 1
        return blob

    def undecodable(self) -> None:
        """A row `get_encoded` counted as reused did not decode: its document is parsed again, and counted so."""
        self.hits -= 1
        self.misses += 1

    def get_result(self, key: str) -> Any | None:
        """A story's stored result, counted apart from the documents parsed or reused."""
        value = self.lookup(key)
        if value is None:
            self.results_computed += 1
        else:
            self.results_reused += 1
        return value

    def put(self, key: str, value: Any) -> None:
        self._db.execute("INSERT OR REPLACE INTO entries VALUES (?, ?, ?)", (key, self._version, _encode(value)))

    def commit(self) -> None:
        self._db.commit()

    def close(self) -> None:
        self._db.commit()
        self._db.close()

    def __enter__(self) -> ClaimStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
