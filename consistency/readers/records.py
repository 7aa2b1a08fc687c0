"""Tables of documents: JSON (.json: one record or a list of records), JSON Lines
(.jsonl: one record a line) and Parquet (.parquet: one record a row).

A record is an object (a row) with the text in ``text``, ``body`` or
``content``, and optionally ``id``, ``title`` (or ``headline``) and
``published`` (or ``date``, ``published_at``, ``datePublished``; a string, or
a Parquet date or timestamp). A record that cannot be used is left out with
a message naming it; the others are still read. A Parquet table is read one
batch of rows at a time, only its columns named here, and can be cut into
parts of whole row groups (`parquet_parts`) that workers read each on their own.
"""

from __future__ import annotations

import io
import json
import unicodedata
from dataclasses import dataclass

from ..printable import without_surrogates
from . import NotText, Source
from .datelines import parse_date

__all__ = ["TablePart", "parquet_parts", "read_json", "read_jsonl", "read_parquet"]

TEXT_FIELDS = ("text", "body", "content")
DATE_FIELDS = ("published", "date", "published_at", "datePublished")
TITLE_FIELDS = ("title", "headline")
RECORD_FIELDS = ("id", *TEXT_FIELDS, *TITLE_FIELDS, *DATE_FIELDS)
PARQUET_INSTALL = "pip install 'consistency[parquet]'"
# Rows of a Parquet table read as one piece of work (whole row groups, so about this many): a
# worker reads its piece itself, and few pieces of this size keep the messages between them cheap.
TABLE_PART_ROWS = 5_000


def read_json(text: str) -> tuple[list[Source], list[str]]:
    """The records of a JSON file; NotText when it is not valid JSON."""
    try:
        data = _loads(text)
    except _BadJSON as error:
        raise NotText(str(error)) from None
    items = data if isinstance(data, list) else [data]
    sources: list[Source] = []
    messages: list[str] = []
    for number, item in enumerate(items, start=1):
        _add(item, number, f"record {number}", sources, messages)
    if not sources and not messages:
        messages.append("no records")
    return sources, messages


def read_jsonl(text: str) -> tuple[list[Source], list[str]]:
    """The records of a JSON Lines file, one a line; a bad line is reported and skipped."""
    sources: list[Source] = []
    messages: list[str] = []
    number = 0
    for line_number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        number += 1
        try:
            item = _loads(line, line_number)
        except _BadJSON as error:
            messages.append(str(error))
            continue
        _add(item, number, f"line {line_number}", sources, messages)
    return sources, messages


class _BadJSON(ValueError):
    """JSON that cannot be read, with where and why."""


def _loads(text: str, line: int | None = None) -> object:
    """The value `text` holds; _BadJSON naming the line when it is not JSON, too deep or too big to read."""
    where = f" on line {line}" if line is not None else ""
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise _BadJSON(f"invalid JSON on line {line or error.lineno}, column {error.colno}: {error.msg}") from None
    except RecursionError:
        raise _BadJSON(f"JSON nested too deeply to read{where}") from None
    except ValueError as error:  # a number too long to convert, among others
        raise _BadJSON(f"unreadable JSON{where}: {str(error).split(';')[0]}") from None


def _text_field(value: object, name: str, where: str, messages: list[str]) -> str:
    """A record's field as text; a lone surrogate escape ("\\ud800") is replaced by U+FFFD and reported."""
    text, replaced = without_surrogates(str(value))
    if replaced:
        messages.append(f"{where}: {name} holds {replaced} lone surrogate escape(s), replaced by U+FFFD")
    return text
def read_parquet(data: bytes | str, part: TablePart | None = None) -> tuple[list[Source], list[str]]:
    """The rows of a Parquet table (its bytes or its path), or of one `part` of it.

    NotText when it is no Parquet table or holds no text column.
    """
    pyarrow, parquet = _pyarrow()
    sources: list[Source] = []
    messages: list[str] = []
    try:
        table = parquet.ParquetFile(io.BytesIO(data) if isinstance(data, bytes) else data)
        columns = _record_columns(table.schema_arrow.names)
        number = part.first_row - 1 if part is not None else 0
        groups = list(part.row_groups) if part is not None else None
        for batch in table.iter_batches(columns=columns, row_groups=groups):
            for row in batch.to_pylist():
                number += 1
                _add(row, number, f"row {number}", sources, messages)
    except (pyarrow.ArrowException, OSError) as error:
        raise NotText(f"not a Parquet table: {error}") from None
    if not sources and not messages and part is None:
        messages.append("no rows")
    return sources, messages


@dataclass(frozen=True, slots=True)
class TablePart:
    """Consecutive row groups of a Parquet table, read as one piece of work; `first_row` numbers its first row."""

    row_groups: tuple[int, ...]
    first_row: int


def parquet_parts(path: str, rows: int | None = None) -> list[TablePart] | None:
    """A Parquet table's row groups in runs of about `rows` (default `TABLE_PART_ROWS`) rows, from its footer alone.

    None when it is better read whole: not a Parquet table, no text column,
    no rows, or pyarrow missing (reading it whole then says why).
    """
    try:
        _, parquet = _pyarrow()
        meta = parquet.ParquetFile(path)
        _record_columns(meta.schema_arrow.names)
        sizes = [meta.metadata.row_group(i).num_rows for i in range(meta.metadata.num_row_groups)]
    except (NotText, OSError, ValueError):  # pyarrow's errors are among these; reading whole reports them
        return None
    if not sum(sizes):
        return None
    rows = rows or TABLE_PART_ROWS
    parts: list[TablePart] = []
    groups: list[int] = []
    first = taken = 1
    for i, size in enumerate(sizes):
        groups.append(i)
        taken += size
        if taken - first >= rows or i == len(sizes) - 1:
            parts.append(TablePart(tuple(groups), first))
            groups, first = [], taken
    return parts


def _pyarrow():
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise NotText(f"reading a Parquet table needs pyarrow: {PARQUET_INSTALL}") from None
    return pyarrow, pyarrow.parquet


def _record_columns(names: list[str]) -> list[str]:
    """The columns a record is read from; NotText when none holds the text."""
    columns = [name for name in names if name in RECORD_FIELDS]
    if not any(name in TEXT_FIELDS for name in columns):
        raise NotText(f"no text column in the table (expected one of {', '.join(TEXT_FIELDS)}; "
                      f"it has {', '.join(names) or 'none'})")
    return columns


def _add(item: object, number: int, where: str, sources: list[Source], messages: list[str]) -> None:
    if not isinstance(item, dict):
        messages.append(f"{where}: not a JSON object")
        return
    body = _first(item, TEXT_FIELDS)
    if not isinstance(body, str) or not body.strip():
        messages.append(f"{where}: no text (expected a non-empty {', '.join(TEXT_FIELDS)} field)")
        return
    title = _first(item, TITLE_FIELDS)
    record_id = item.get("id")
    body = _text_field(body, "text", where, messages)
    sources.append(
        Source(
            unicodedata.normalize("NFC", body.replace("\r\n", "\n").replace("\r", "\n")),
            title=_text_field(title, "title", where, messages) if title else None,
            published=parse_date(_first(item, DATE_FIELDS)),
            id=_text_field(record_id, "id", where, messages) if record_id not in (None, "") else None,
            number=number,
        )
    )


def _first(item: dict[str, object], names: tuple[str, ...]) -> object:
    for name in names:
        if item.get(name) not in (None, ""):
            return item[name]
    return None
