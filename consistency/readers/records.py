"""JSON (.json: one record or a list of records) and JSON Lines (.jsonl: one record a line).

A record is an object with the text in ``text``, ``body`` or ``content``, and
optionally ``id``, ``title`` (or ``headline``) and ``published`` (or ``date``,
``published_at``, ``datePublished``). A record that cannot be used is left
out with a message naming it; the others are still read.
"""

from __future__ import annotations

import json
import unicodedata

from ..printable import without_surrogates
from . import NotText, Source
from .datelines import parse_date

__all__ = ["read_json", "read_jsonl"]

TEXT_FIELDS = ("text", "body", "content")
DATE_FIELDS = ("published", "date", "published_at", "datePublished")
TITLE_FIELDS = ("title", "headline")


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
