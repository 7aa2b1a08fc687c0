"""One reader per file format; `consistency.documents` picks the reader and makes Documents.

A reader turns a file's content into `Source`s: the text as the parsers will
see it, with the title and publication date the file's own metadata gives.
A reader raises `NotText` when the content cannot be read at all, and returns
messages for parts it had to leave out (one bad line of a JSON Lines file).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..model import Directive
from .decoding import NotText, decode, decode_noting

__all__ = ["Source", "NotText", "decode", "decode_noting"]


@dataclass(frozen=True, slots=True)
class Source:
    """One document's text and metadata as a reader found them, before it has an id.

    `id` is a record's own id (JSON); None means the file name gives it.
    `number` is the record's position in a file that holds several.
    `directives` are those of a page whose text is not the file's (HTML).
    `date_order` is the document's own order of all-number dates (front matter).
    """

    text: str
    title: str | None = None
    published: dt.date | None = None
    id: str | None = None
    number: int | None = None
    directives: tuple[Directive, ...] = ()
    date_order: str | None = None
