"""An embedded SQLite store of parsed documents, keyed by content hash.

A nightly run over an archive re-reads mostly unchanged documents; their
claims come from here instead of being parsed again. The key covers the
text, the date the text was read against and the document id, so a changed
file or a changed publication date is parsed anew. A store written by
another schema or parser version is rebuilt, never misread.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import pickle
import sqlite3
from pathlib import Path
from typing import Any

__all__ = ["ClaimStore", "STORE_SCHEMA"]

# Bump when Claim/Mention change shape or the parsers change what they read.
STORE_SCHEMA = "claims/1"


def _version() -> str:
    """The schema, the package version and the shape of the stored data: any change rebuilds the store."""
    from dataclasses import fields

    from . import __version__
    from .model import Claim, Discrepancy, Mention, Sentence

    shape = ",".join(f.name for cls in (Claim, Mention, Sentence, Discrepancy) for f in fields(cls))
    return f"{STORE_SCHEMA};consistency {__version__};{hashlib.sha1(shape.encode()).hexdigest()[:12]}"


class ClaimStore:
    """get/put of a document's analysis, by (id, text, date) hash."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.hits = 0
        self.misses = 0
        self._db = self._open()

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path)
        db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
        row = db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
        if row is None or row[0] != _version():
            db.execute("DROP TABLE IF EXISTS analyses")
            db.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)", (_version(),))
        db.execute("CREATE TABLE IF NOT EXISTS analyses (key TEXT PRIMARY KEY, data BLOB NOT NULL)")
        db.commit()
        return db

    @staticmethod
    def key(doc_id: str, text: str, when: dt.date | None) -> str:
        h = hashlib.sha256()
        for part in (doc_id, when.isoformat() if when else "", text):
            h.update(part.encode("utf-8", "surrogatepass"))
            h.update(b"\0")
        return h.hexdigest()

    def get(self, key: str) -> Any | None:
        row = self._db.execute("SELECT data FROM analyses WHERE key = ?", (key,)).fetchone()
        if row is None:
            self.misses += 1
            return None
        try:
            value = pickle.loads(row[0])
        except Exception:  # a damaged row is parsed again, never misread
            self.misses += 1
            return None
        self.hits += 1
        return value

    def get_result(self, key: str) -> Any | None:
        """Like `get`, for a whole-corpus result: not counted as a document parsed or reused."""
        hits, misses = self.hits, self.misses
        found = self.get(key)
        self.hits, self.misses = hits, misses
        return found

    def put(self, key: str, value: Any) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO analyses VALUES (?, ?)", (key, pickle.dumps(value, pickle.HIGHEST_PROTOCOL))
        )

    def commit(self) -> None:
        self._db.commit()

    def close(self) -> None:
        self._db.commit()
        self._db.close()

    def __enter__(self) -> ClaimStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
