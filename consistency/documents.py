"""Files, folders and standard input → Documents, with title and publication date.

Formats: plain text (.txt), Markdown with YAML front matter (.md), HTML news
pages (.html, .htm: main text, title and date through trafilatura), Word
(.docx: paragraphs and table rows, one a line), JSON (.json: one record or a
list of records), JSON Lines (.jsonl: one record a line) and Parquet tables
(.parquet: one record a row, read with pyarrow, the optional extra
``consistency[parquet]``). A record has ``text`` (or ``body``, ``content``)
and optionally ``id``, ``title`` and ``published`` (or ``date``). ``-``
reads standard input as text.

Folders are walked recursively in sorted order, reading only those formats;
other files are skipped (``collect(...).skipped`` lists them); hidden files
and folders are ignored. A file named explicitly is read whatever its
extension (as text unless the extension says otherwise).

Bad input never raises: each file that cannot be read becomes a Problem naming
the file and what went wrong, and the other files are still read. Whatever a
reader raises is caught at the file's boundary. Only regular files are read
(a FIFO would block for ever, /dev/zero never ends), up to a size limit.

Encoding: UTF-8 (with or without a BOM), UTF-16 and UTF-32 with a BOM. A file
that is not UTF-8 but reads as Windows-1252 text (a legacy "ANSI" or
Latin-1 file) is read as Windows-1252; a UTF-8 file with a few stray
Windows-1252 bytes keeps its UTF-8, with a warning (a Problem that is read
all the same); anything else with bytes that decode to neither, or with NUL
or control bytes, is reported as not text. A file name that is not UTF-8 is
shown with its other bytes escaped ("\\xff").

Inline directives (``<!-- consistency off -->``, see `readers.directives`) are
read with the text and kept on the Document.

Text is changed as little as possible so that offsets map back to the file:
line breaks become "\\n" (one character each) and a BOM is dropped. Markdown
front matter is replaced by as many empty lines as it had, so line numbers
still match the file.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import sys
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from .files import MAX_FILE_BYTES, NotReadable, bounded, read_regular_file
from .model import Document, Problem
from .printable import shown_name
from .readers import NotText, Source, decode_noting
from .readers.datelines import dateline, header_date
from .readers.directives import directives_in_page, directives_in_text
from .readers.plaintext import read_markdown, read_text, text_title
from .readers.records import TablePart, parquet_parts, read_json, read_jsonl, read_parquet
from .readers.webpage import read_html
from .readers.word import read_docx

if TYPE_CHECKING:
    from .store import ClaimStore
    from .workers import Workers

__all__ = ["EXTENSIONS", "MAX_FILE_BYTES", "Inputs", "Shelf", "collect", "load", "read_file"]

# File extension → the reader that handles it.
EXTENSIONS = {
    ".txt": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".docx": "docx",
    ".json": "json",
    ".jsonl": "jsonl",
    ".parquet": "parquet",
}
TABLES = ("json", "jsonl", "parquet")  # formats of records that carry their own id, title and date
STDIN = "-"


@dataclass(frozen=True)
class Inputs:
    """What a list of paths names: files to read, files skipped, paths that failed."""

    files: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


@dataclass(frozen=True)
class _Read:
    """A document as read, before ids are made unique across all inputs.

    `by_name` says the id comes from the file's name, followed by `suffix`
    ("#3" for the third record of a JSON file without ids).
    """

    document: Document
    by_name: bool
    suffix: str = ""


def load(
    paths: Iterable[str | Path],
    published: dt.date | None = None,
    *,
    max_bytes: int = MAX_FILE_BYTES,
    run: Workers | None = None,
    store: ClaimStore | None = None,
    shelf: Shelf | None = None,
) -> tuple[list[Document], list[Problem]]:
    """Read every document under `paths`; problems are collected, never raised.

    `published`, when given, is every document's publication date, whatever
    the documents say. Otherwise each document's date comes from its metadata,
    else from a dateline or header near the top of its text, else is None.
    A file larger than `max_bytes` is reported and left out. `run` reads
    the files on workers (see `consistency.workers`); standard input is
    always read here. With a `store`, a file read without a problem is
    remembered there with its size, times and inode, and is not read again
    while they stay the same (see `_file_state`).

    With a `shelf`, each document's text is put on it as soon as its file is
    read, and the documents come back without it (an empty `text`): a
    check's texts are not all in memory at once. Until every file is read a
    text is shelved under a number, then under its document's id (see `Shelf`).
    """
    inputs = collect(paths)
    problems = list(inputs.problems)
    states = {path: _file_state(path, max_bytes) for path in inputs.files} if store is not None else {}
    remembered = _remembered(store, states) if store is not None else {}
    pieces = {path: _pieces(path, max_bytes) for path in inputs.files if path != STDIN and path not in remembered}
    every_piece = [piece for path_pieces in pieces.values() for piece in path_pieces]
    read = run.map(_read_piece, every_piece) if run is not None else (_read_piece(piece) for piece in every_piece)
    reads: list[_Read] = []
    for path in inputs.files:
        if path in remembered:
            reads.extend(_shelved(remembered[path], shelf, len(reads)))
            continue
        if path in pieces:  # its pieces' results come next, in order
            found, trouble = [], []
            for piece_found, piece_trouble in itertools.islice(read, len(pieces[path])):
                found.extend(piece_found)
                trouble.extend(piece_trouble)
        else:
            found, trouble = _read_file(path, max_bytes)
        problems.extend(trouble)
        if store is not None and states.get(path) is not None and not trouble:
            store.put(_READ + os.path.abspath(path), (states[path], [(r.document, r.by_name, r.suffix) for r in found]))
        reads.extend(_shelved(found, shelf, len(reads)))
    documents = _unique_ids(reads)
    if shelf is not None:
        for number, document in enumerate(documents):
            shelf.rename(number, document.id)
    if published is not None:
        documents = [replace(d, published=published) for d in documents]
    return documents, problems


class Shelf(Protocol):
    """Where `load` puts the texts of the documents it reads (a check's temporary file)."""

    def hold(self, document: Document, key: object = None) -> Document:
        """`document` without its text, which is kept under `key` (default: the document's id)."""
        ...

    def rename(self, key: object, doc_id: str) -> None:
        """The text kept under `key` is the text of the document `doc_id` from now on."""
        ...


def _shelved(reads: list[_Read], shelf: Shelf | None, before: int) -> list[_Read]:
    """`reads` with their texts put on the `shelf`, each under its number among all reads (`before` came first)."""
    if shelf is None:
        return reads
    return [replace(r, document=shelf.hold(r.document, before + n)) for n, r in enumerate(reads)]


_READ = "read:"  # store key prefix: a file's absolute path → (its state when read, its documents as read)
# A file whose content changed within the resolution of its modification time keeps its state: one
# modified less than this many seconds before it is read is read again on the next run (file systems
# keep times to the nanosecond, some network and FAT ones to one or two seconds).
_SETTLED_SECONDS = 2.0

FileState = tuple[int, int, int, int, int]


def _file_state(path: str, max_bytes: int) -> FileState | None:
    """What says a file is unchanged since it was read: size, modification and change times, inode, and the
    size limit it was read under; None for standard input, a file that cannot be looked at or one too
    recently modified (`_SETTLED_SECONDS`). The change time moves with any edit, even one that sets the
    modification time back."""
    if path == STDIN:
        return None
    try:
        st = os.stat(path)
    except OSError:
        return None
    if time.time() - st.st_mtime < _SETTLED_SECONDS:
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, max_bytes)


def _remembered(store: ClaimStore, states: dict[str, FileState | None]) -> dict[str, list[_Read]]:
    """The reads of the files whose state matches the one the store remembers them by."""
    found: dict[str, list[_Read]] = {}
    for path, state in states.items():
        record = store.lookup(_READ + os.path.abspath(path)) if state is not None else None
        if record is not None and list(record[0]) == list(state):
            # the path as named this time (the record's may have been named otherwise: relative, absolute)
            found[path] = [_Read(replace(document, path=path), by_name, suffix) for document, by_name, suffix in record[1]]
    return found


def collect(paths: Iterable[str | Path]) -> Inputs:
    """The files `paths` name, folders walked; what was skipped; paths that do not exist."""
    if isinstance(paths, str | Path):
        paths = [paths]  # one path, not the characters of one
    inputs = Inputs()
    seen: set[str] = set()
    for raw in paths:
        name = str(raw)
        if name == STDIN:
            found = [STDIN]
        elif os.path.isdir(name):
            found = _walk(name, inputs)
        else:
            found = [name]  # a missing or unreadable file is reported when read
        for path in found:
            key = path if path == STDIN else os.path.abspath(path)
            if key not in seen:
                seen.add(key)
                inputs.files.append(path)
    return inputs


def _walk(folder: str, inputs: Inputs) -> list[str]:
    """Files under `folder` in the formats read, sorted; others go to `inputs.skipped`."""
    found: list[str] = []
    failures = len(inputs.problems)
    for root, dirs, files in os.walk(folder, onerror=lambda e: inputs.problems.append(_problem(e.filename, e))):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = os.path.join(root, name)
            if Path(name).suffix.lower() in EXTENSIONS:
                found.append(path)
            else:
                inputs.skipped.append(path)
    if not found and len(inputs.problems) == failures:
        kinds = ", ".join(sorted(set(EXTENSIONS)))
        inputs.problems.append(Problem(folder, f"no documents to read in this folder (looked for {kinds})"))
    return found


def read_file(path: str, max_bytes: int = MAX_FILE_BYTES) -> tuple[list[Document], list[Problem]]:
    """The documents in one file ("-" for standard input), and what went wrong.

    Ids here are the file's own (name without extension, or a record's id);
    `load` makes them unique across files.
    """
    reads, problems = _read_file(path, max_bytes)
    return [r.document for r in reads], problems


# A piece of reading work: a file, or one part of a Parquet table (None: the whole file), and the size limit.
Piece = tuple[str, TablePart | None, int]


def _pieces(path: str, max_bytes: int) -> list[Piece]:
    """A file as pieces of reading work: a Parquet table in parts of whole row groups, any other file whole."""
    parts = parquet_parts(path) if EXTENSIONS.get(Path(path).suffix.lower()) == "parquet" else None
    return [(path, part, max_bytes) for part in parts] if parts else [(path, None, max_bytes)]


def _read_piece(piece: Piece, _knowledge: object = None) -> tuple[list[_Read], list[Problem]]:
    """What `load` makes of one piece, as work for `consistency.workers` (reading needs no knowledge)."""
    path, part, max_bytes = piece
    if part is None:
        return _read_file(path, max_bytes)
    try:
        sources, messages = read_parquet(path, part)
    except NotText as error:
        return [], [Problem(path, str(error))]
    return [_document(path, source, "json") for source in sources], [Problem(path, m) for m in messages]


def _read_file(path: str, max_bytes: int) -> tuple[list[_Read], list[Problem]]:
    try:
        data = _read_stdin(max_bytes) if path == STDIN else read_regular_file(path, max_bytes)
    except OSError as error:
        return [], [_problem(path, error)]
    except NotReadable as error:
        return [], [Problem(path, str(error))]
    if not data.strip():
        what = "empty input" if path == STDIN else "empty file"
        return [], [Problem(path, what if not data else f"{what} (only white space)")]
    try:
        reads, problems = _parse_file(path, data)
    except Exception as error:  # the document boundary: whatever one file does, the others are still read
        return [], [Problem(path, f"cannot read ({type(error).__name__}: {_first_line(error)})")]
    if shown_name(path) != path:
        problems.append(Problem(path, "the file name is not UTF-8: its other bytes are shown as \\xNN", warning=True))
    return reads, problems


def _parse_file(path: str, data: bytes) -> tuple[list[_Read], list[Problem]]:
    """The documents in a file's bytes, by the reader its extension names."""
    kind = "txt" if path == STDIN else EXTENSIONS.get(Path(path).suffix.lower(), "txt")
    try:
        sources, messages, warnings = _read_as(kind, data)
    except NotText as error:
        return [], [Problem(path, str(error))]
    reads = [_document(path, source, "json" if kind in TABLES else kind) for source in sources]
    problems = [Problem(path, message) for message in messages]
    return reads, problems + [Problem(path, message, warning=True) for message in warnings]


def _first_line(error: BaseException) -> str:
    return (str(error).strip().split("\n") or [""])[0][:200] or "no message"


def _read_as(kind: str, data: bytes) -> tuple[list[Source], list[str], list[str]]:
    """The reader for `kind` applied to a file's bytes: the sources, the problems and the warnings."""
    if kind == "docx":
        return [read_docx(data)], [], []
    if kind == "parquet":
        return (*read_parquet(data), [])
    text, warnings = decode_noting(data)
    if not text.strip():
        raise NotText("empty file (only white space)")
    if kind == "json":
        return (*read_json(text), warnings)
    if kind == "jsonl":
        return (*read_jsonl(text), warnings)
    if kind == "md":
        source, messages = read_markdown(text)
        return [source], messages, warnings
    if kind == "html":
        source = read_html(text)
        if not source.text.strip():
            raise NotText("no article text found in the page")
        return [replace(source, directives=directives_in_page(text, source.text))], [], warnings
    return [read_text(text)], [], warnings


def _document(path: str, source: Source, kind: str) -> _Read:
    """A Document from a reader's Source: title and date default to what the text's header says."""
    suffix = f"#{source.number}" if source.number is not None and source.id is None else ""
    line = dateline(source.text)
    document = Document(
        id=source.id if source.id is not None else shown_name(_stem(path)) + suffix,
        path=shown_name(path),
        text=source.text,
        title=source.title or (None if kind == "json" else text_title(source.text)),
        published=source.published or header_date(source.text),
        place=line.place if line is not None else None,
        kind=kind,
        directives=source.directives if kind == "html" else directives_in_text(source.text, kind),
        date_order=source.date_order,
    )
    return _Read(document, by_name=source.id is None and path != STDIN, suffix=suffix)


def _stem(path: str) -> str:
    return "stdin" if path == STDIN else Path(path).stem


def _read_stdin(max_bytes: int) -> bytes:
    stream = sys.stdin
    if stream is None:
        return b""
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        return bounded(buffer.read(max_bytes + 1), max_bytes)
    return bounded(stream.read(max_bytes + 1).encode("utf-8"), max_bytes)


def _problem(path: str | None, error: OSError) -> Problem:
    """A Problem for an OS error, in words a reader understands."""
    if isinstance(error, FileNotFoundError):
        message = "no such file or folder"
    elif isinstance(error, PermissionError):
        message = "permission denied"
    elif isinstance(error, IsADirectoryError):
        message = "is a folder, not a file"
    else:
        message = (error.strerror or str(error)).lower()
    return Problem(str(path), message)


def _unique_ids(reads: list[_Read]) -> list[Document]:
    """Documents with ids unique across all inputs.

    Files that share a name are told apart by their paths relative to their
    common folder, without extension ("a/report", "b/report"); if that still
    clashes, with it ("report.txt", "report.md"). Any other clash (two
    records with one id) is numbered: "id", "id-2", "id-3".
    """
    ids = [r.document.id for r in reads]
    clashing = Counter(ids)
    groups: dict[str, list[int]] = {}
    for i, r in enumerate(reads):
        if r.by_name and clashing[ids[i]] > 1:
            groups.setdefault(ids[i], []).append(i)
    for members in groups.values():
        paths = {i: os.path.abspath(reads[i].document.path) for i in members}
        if len(set(paths.values())) < 2:
            continue
        root = os.path.commonpath([os.path.dirname(p) for p in paths.values()])
        relative = {i: Path(os.path.relpath(p, root)) for i, p in paths.items()}
        bare = Counter(rel.with_suffix("").as_posix() for rel in relative.values())
        for i, rel in relative.items():
            base = rel.with_suffix("").as_posix()
            ids[i] = (base if bare[base] == 1 else rel.as_posix()) + reads[i].suffix
    return [replace(r.document, id=new) for r, new in zip(reads, _numbered(ids), strict=True)]


def _numbered(ids: list[str]) -> list[str]:
    """`ids` with repeats numbered: "x", "x-2", "x-3" (skipping numbers already taken)."""
    taken: set[str] = set()
    out: list[str] = []
    for doc_id in ids:
        new, n = doc_id, 1
        while new in taken:
            n += 1
            new = f"{doc_id}-{n}"
        taken.add(new)
        out.append(new)
    return out
