"""The nightly store: plain data only, damaged stores moved aside and rebuilt, story results reused."""

from __future__ import annotations

import datetime as dt
import pickle
import sqlite3
from pathlib import Path

import pytest

from consistency.engine import check
from consistency.model import Severity
from consistency.store import ClaimStore, StoreWarning, from_plain, to_plain


class _Touch:
    """What a pickle payload could do when loaded: here, create a file."""

    def __init__(self, path: str):
        self.path = path

    def __reduce__(self):
        return (open, (self.path, "w"))


def test_a_pickle_payload_in_the_store_is_never_run(tmp_path):
    path = tmp_path / "store.sqlite"
    target = tmp_path / "created-by-payload"
    with ClaimStore(path) as store:
        store.put("k", ["claims"])
    db = sqlite3.connect(path)
    db.execute("UPDATE entries SET data = ?", (pickle.dumps(_Touch(str(target))),))
    db.commit()
    db.close()
    with ClaimStore(path) as store:
        assert store.get("k") is None
    assert not target.exists()


def test_plain_data_refuses_a_class_outside_the_allow_list():
    with pytest.raises(ValueError, match="not a stored type"):
        from_plain({"@": "Popen", "args": ["touch", "x"]})
    with pytest.raises(TypeError):
        to_plain(Path("x"))


def test_claims_and_discrepancies_come_back_equal(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.md").write_text("---\ndate: 2024-05-02\n---\nThe flood killed 31 people in Varna on May 1, 2024.\n")
    (docs / "b.md").write_text("---\ndate: 2024-05-02\n---\nThe flood killed 57 people in Varna on May 1, 2024.\n")
    report = check(docs)
    assert report.discrepancies
    for value in (list(report.claims), list(report.discrepancies), (Severity.error, dt.date(2024, 5, 1), frozenset({"x"}))):
        assert from_plain(to_plain(value)) == value


def _store_with_a_row(path: Path) -> None:
    with ClaimStore(path) as store:
        store.put("k", ["claims"])


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:1000])


def _random_bytes(path: Path) -> None:
    path.write_bytes(bytes(range(256)) * 40)


def _smash_header(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[:16] = b"not a header!!!!"
    path.write_bytes(bytes(data))


def _text_file(path: Path) -> None:
    path.write_text("date,claims\n2024-01-01,none\n", encoding="utf-8")


def _directory(path: Path) -> None:
    path.unlink()
    path.mkdir()
    (path / "inside.txt").write_text("x", encoding="utf-8")


def _sql(statement: str):
    def damage(path: Path) -> None:
        db = sqlite3.connect(path)
        db.execute(statement)
        db.commit()
        db.close()

    return damage


@pytest.mark.parametrize(
    "damage",
    [
        _truncate,
        _random_bytes,
        _smash_header,
        _text_file,
        _directory,
        _sql("DROP TABLE entries"),
        _sql("ALTER TABLE entries RENAME COLUMN data TO payload"),
        _sql("UPDATE meta SET value = 'consistency.store/1' WHERE key = 'version'"),
    ],
    ids=["truncated", "random bytes", "smashed header", "text file", "directory", "dropped table",
         "renamed column", "another version"],
)
def test_an_unusable_store_is_moved_aside_with_a_warning_and_rebuilt(tmp_path, damage):
    path = tmp_path / "store.sqlite"
    _store_with_a_row(path)
    damage(path)
    with pytest.warns(StoreWarning, match="moved to store.sqlite.unusable-0"):
        store = ClaimStore(path)
    with store:
        assert store.get("k") is None
        store.put("k", ["again"])
    with ClaimStore(path) as store:
        assert store.get("k") == ["again"]
    assert (tmp_path / "store.sqlite.unusable-0").exists()


def test_a_row_of_another_version_is_computed_again(tmp_path):
    path = tmp_path / "store.sqlite"
    _store_with_a_row(path)
    db = sqlite3.connect(path)
    db.execute("UPDATE entries SET version = 'consistency.store/1'")
    db.commit()
    db.close()
    with ClaimStore(path) as store:
        assert store.get("k") is None


def test_a_row_that_does_not_decode_is_computed_again(tmp_path):
    path = tmp_path / "store.sqlite"
    _store_with_a_row(path)
    db = sqlite3.connect(path)
    db.execute("UPDATE entries SET data = ?", (b"\xc1\xff\x00garbage",))
    db.commit()
    db.close()
    with ClaimStore(path) as store:
        assert store.get("k") is None


# Seven floods, months apart in seven towns, two reports each: past the size where a corpus is one story.
_TOWNS = [("Varna", "Ivan Petrov"), ("Tromso", "Sigrid Holm"), ("Ravenna", "Marco Bellini"),
          ("Kaunas", "Ona Jankus"), ("Girona", "Pau Ferrer"), ("Tartu", "Mari Kask"), ("Split", "Ante Babic")]


def _floods(folder: Path) -> Path:
    folder.mkdir()
    for month, (town, mayor) in enumerate(_TOWNS, start=2):
        day = f"2024-{month:02d}-11"
        dead = 20 + 3 * month
        (folder / f"{town.lower()}-a.md").write_text(
            f"---\ndate: {day}\n---\nThe flood killed {dead} people in {town} on {day}. "
            f"Mayor {mayor} said {100 * month} homes in {town} were damaged.\n", encoding="utf-8")
        (folder / f"{town.lower()}-b.md").write_text(
            f"---\ndate: {day}\n---\nThe flood in {town} killed {dead + 11} people on {day}. "
            f"About {100 * month} homes in {town} were damaged, Mayor {mayor} said.\n", encoding="utf-8")
    return folder


def _stories(docs: Path) -> int:
    from consistency.documents import load
    from consistency.engine import context

    return len(set(context(load([docs])[0]).stories.values()))


def _analysis_rows(path: Path) -> list[str]:
    """The keys of the documents' analyses (story results, groupings and signatures carry a prefix)."""
    db = sqlite3.connect(path)
    keys = [k for (k,) in db.execute("SELECT key FROM entries") if ":" not in k]
    db.close()
    return keys


def _damage(path: Path, keys: list[str]) -> None:
    db = sqlite3.connect(path)
    db.executemany("UPDATE entries SET data = ? WHERE key = ?", [(b"\xc1\xff\x00garbage", k) for k in keys])
    db.commit()
    db.close()


@pytest.mark.parametrize("agreements", [False, True])
def test_a_night_with_nothing_changed_reports_what_a_full_run_does(tmp_path, agreements):
    docs = _floods(tmp_path / "docs")
    full = check(docs, agreements=agreements)
    assert len(full.coverage.documents) == 14 and _stories(docs) == 7
    with ClaimStore(tmp_path / "store.sqlite") as store:
        check(docs, agreements=agreements, store=store)
    with ClaimStore(tmp_path / "store.sqlite") as store:
        again = check(docs, agreements=agreements, store=store)
        assert (store.hits, store.misses, store.results_computed) == (14, 0, 0)
    assert full.discrepancies
    assert again.to_dict() == full.to_dict()
    assert again.coverage == full.coverage
    assert again.agreements == full.agreements
    assert list(again.claims) == list(full.claims)
    assert len(again.claims) == len(full.claims) > 0


def test_an_unchanged_story_takes_its_result_without_decoding_its_documents(tmp_path):
    docs = _floods(tmp_path / "docs")
    path = tmp_path / "store.sqlite"
    with ClaimStore(path) as store:
        full = check(docs, store=store)
    _damage(path, _analysis_rows(path))  # had a story decoded them, its documents would be parsed again
    with ClaimStore(path) as store:
        again = check(docs, store=store)
        assert (store.hits, store.misses) == (14, 0)
    assert again.to_dict() == full.to_dict()
    assert list(again.claims) == list(full.claims)  # read when asked for: damaged rows are analysed again


def test_a_changed_document_decodes_the_stored_analyses_of_its_own_story_only(tmp_path):
    docs = _floods(tmp_path / "docs")
    path = tmp_path / "store.sqlite"
    with ClaimStore(path) as store:
        check(docs, store=store)
    _damage(path, _analysis_rows(path))
    text = (docs / "varna-b.md").read_text(encoding="utf-8")
    (docs / "varna-b.md").write_text(text.replace("people", "residents"), encoding="utf-8")
    with ClaimStore(path) as store:
        night = check(docs, store=store)
        # varna-b parsed as changed, varna-a because its damaged row was decoded; the other stories untouched
        assert (store.hits, store.misses) == (12, 2)
    assert night.to_dict() == check(docs).to_dict()
