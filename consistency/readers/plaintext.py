"""Plain text and Markdown: the text itself; Markdown's YAML front matter gives title and date."""

from __future__ import annotations

import re

import yaml

from ..model import DATE_ORDERS
from . import Source
from .datelines import parse_date

__all__ = ["read_text", "read_markdown", "text_title"]

# libyaml's loader when PyYAML was built with it: the same safe subset, many times faster
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_HEAD = 600
_SCALARS = (str, int, float)
# Front matter holds a title, a date, a few tags: a block larger than this, or one that repeats
# anchors more often than this, is not metadata (nested aliases grow exponentially when expanded).
FRONT_MATTER_MAX = 64 * 1024
FRONT_MATTER_ALIASES = 50
_TITLE_MAX = 150
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)^(?:---|\.\.\.)[ \t]*$\n?", re.DOTALL | re.MULTILINE)
_TITLE_HEADER = re.compile(r"^[ \t]*(?:title|headline)[ \t]*:[ \t]*(\S[^\n]*?)[ \t]*$", re.IGNORECASE | re.MULTILINE)
_MD_HEADING = re.compile(r"^#{1,2}[ \t]+(\S[^\n]*?)[ \t#]*$", re.MULTILINE)


def read_text(text: str) -> Source:
    return Source(text)


def read_markdown(text: str) -> tuple[Source, list[str]]:
    """Markdown, its front matter replaced by as many empty lines (line numbers still match).

    Title and date come from the front matter (``title``; ``published`` or
    ``date``), else the title from the first ``#`` heading; ``date_order``
    (MDY, DMY, YMD) says how the document writes all-number dates. Front matter that
    is not valid YAML is blanked all the same and reported.
    """
    match = _FRONT_MATTER.match(text)
    messages: list[str] = []
    meta: object = {}
    if match is not None and _front_matter_refused(match.group(1), messages):
        text = "\n" * match.group().count("\n") + text[match.end() :]
        match = None
    if match is not None:
        try:
            meta = yaml.load(match.group(1), Loader=_SAFE_LOADER)
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            where = f" on line {mark.line + 2}" if mark is not None else ""
            messages.append(f"invalid YAML front matter{where}: {getattr(error, 'problem', None) or error}")
        except (ValueError, RecursionError) as error:  # a date such as 0000-01-01, nesting too deep
            messages.append(f"unreadable YAML front matter: {error or type(error).__name__}")
        text = "\n" * match.group().count("\n") + text[match.end() :]
    if not isinstance(meta, dict):
        meta = {}
    title = meta.get("title")
    if not isinstance(title, _SCALARS):
        title = None  # a list or mapping is no title (and may be an alias bomb: never written out)
    if not title:
        heading = _MD_HEADING.search(text[:_HEAD])
        title = heading.group(1) if heading else None
    published = parse_date(meta.get("published", meta.get("date")))
    date_order = meta.get("date_order")
    if date_order is not None and date_order not in DATE_ORDERS:
        messages.append(f"front matter date_order: {date_order!r} is not allowed; use one of {', '.join(DATE_ORDERS)}")
        date_order = None
    source = Source(text, title=str(title) if title else None, published=published, date_order=date_order)
    return source, messages


def _front_matter_refused(raw: str, messages: list[str]) -> bool:
    """Whether front matter is too large or holds too many aliases to read (a "billion laughs" bomb)."""
    if len(raw) > FRONT_MATTER_MAX:
        messages.append(f"front matter of {len(raw):,} characters not read (the limit is {FRONT_MATTER_MAX:,})")
        return True
    if "*" not in raw:  # every alias starts with one: most front matter has none, and is not scanned
        return False
    try:
        aliases = sum(isinstance(t, yaml.AliasToken) for t in yaml.scan(raw, Loader=_SAFE_LOADER))
    except yaml.YAMLError:
        return False  # reported as invalid YAML when loaded
    if aliases > FRONT_MATTER_ALIASES:
        messages.append(f"front matter with {aliases} YAML aliases not read (the limit is {FRONT_MATTER_ALIASES})")
        return True
    return False


def text_title(text: str) -> str | None:
    """A "Title:" header near the top, else a short first line, else None."""
    head = text[:_HEAD]
    header = _TITLE_HEADER.search(head)
    if header:
        return header.group(1)
    for line in head.split("\n"):
        line = line.strip()
        if line:
            return line if len(line) <= _TITLE_MAX else None
    return None
