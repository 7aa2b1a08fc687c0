"""Tables of documents: JSON (.json: one record or a list of records), JSON Lines
(.jsonl: one record a line) and Parquet (.parquet: one record a row).

A record is an object (a row) with the text in ``text``, ``body`` or
``content``, and optionally ``id``, ``title`` (or ``headline``) and
``published`` (or ``date``, ``published_at``, ``datePublished``; a string, or
a Parquet date or timestamp). A record that cannot be used is left out with
a message naming it; the others are still read. A Parquet table is read one
batch of rows at a time, only its columns named here.
"""

from __future__ import annotations

import io
import json
import unicodedata

from . import NotText, Source
from .datelines import parse_date

__all__ = ["read_json", "read_jsonl", "read_parquet"]

TEXT_FIELDS = ("text", "body", "content")
DATE_FIELDS = ("published", "date", "published_at", "datePublished")
TITLE_FIELDS = ("title", "headline")
RECORD_FIELDS = ("id", *TEXT_FIELDS, *TITLE_FIELDS, *DATE_FIELDS)
PARQUET_INSTALL = "pip install 'consistency[parquet]'"


def read_json(text: str) -> tuple[list[Source], list[str]]:
    """The records of a JSON file; NotText when it is not valid JSON."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise NotText(f"invalid JSON on line {error.lineno}, column {error.colno}: {error.msg}") from None
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
            item = json.loads(line)
        except json.JSONDecodeError as error:
            messages.append(f"invalid JSON on line {line_number}, column {error.colno}: {error.msg}")
            continue
        _add(item, number, f"line {line_number}", sources, messages)
    return sources, messages


def read_parquet(data: bytes) -> tuple[list[Source], list[str]]:
    """The rows of a Parquet table; NotText when it is no Parquet table or holds no text column."""
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise NotText(f"reading a Parquet table needs pyarrow: {PARQUET_INSTALL}") from None
    sources: list[Source] = []
    messages: list[str] = []
    try:
        table = pyarrow.parquet.ParquetFile(io.BytesIO(data))
        columns = [name for name in table.schema_arrow.names if name in RECORD_FIELDS]
        if not any(name in TEXT_FIELDS for name in columns):
            raise NotText(f"no text column in the table (expected one of {', '.join(TEXT_FIELDS)}; "
                          f"it has {', '.join(table.schema_arrow.names) or 'none'})")
        number = 0
        for batch in table.iter_batches(columns=columns):
            for row in batch.to_pylist():
                number += 1
                _add(row, number, f"row {number}", sources, messages)
    except (pyarrow.ArrowException, OSError) as error:
        raise NotText(f"not a Parquet table: {error}") from None
    if not sources and not messages:
        messages.append("no rows")
    return sources, messages


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
    sources.append(
        Source(
            unicodedata.normalize("NFC", body.replace("\r\n", "\n").replace("\r", "\n")),
            title=str(title) if title else None,
            published=parse_date(_first(item, DATE_FIELDS)),
            id=str(record_id) if record_id not in (None, "") else None,
            number=number,
        )
    )


def _first(item: dict[str, object], names: tuple[str, ...]) -> object:
    for name in names:
        if item.get(name) not in (None, ""):
            return item[name]
    return None
