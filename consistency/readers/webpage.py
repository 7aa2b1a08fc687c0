"""HTML news pages: the article's main text, title and publication date.

trafilatura finds the main text and reads the metadata (htmldate for the
date, from the page's markup only: no search of the body text, no network).
Where trafilatura cannot be imported or finds no article, a plain reading of
the page's text blocks stands in, with the title and date from its <title>,
<meta> and <time> tags.
"""

from __future__ import annotations

import logging
import re
from html.parser import HTMLParser

from . import Source
from .datelines import parse_date

__all__ = ["read_html"]

# htmldate: markup only. Its default search of the body text would take a
# date the article mentions for the date it was published.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}

_DATE_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
    "time",
)
_TITLE_META = ("og:title", "twitter:title")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")

for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).addHandler(logging.NullHandler())


def read_html(html: str) -> Source:
    """The article in an HTML page; text empty when the page holds none."""
    found = _with_trafilatura(html)
    if found is not None and found.text.strip():
        return found
    return _with_parser(html)


def _with_trafilatura(html: str) -> Source | None:
    try:
        import trafilatura
    except ImportError:  # e.g. lxml without lxml_html_clean
        return None
    try:
        result = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            date_extraction_params=dict(_DATE_PARAMS),
        )
    except Exception:  # a page trafilatura chokes on still gets the plain reading
        return None
    if result is None:
        return None
    text = (getattr(result, "text", None) or "").strip()
    return Source(text, title=getattr(result, "title", None) or None, published=parse_date(getattr(result, "date", None)))


class _PageText(HTMLParser):
    """Text blocks, <title>, <meta> and <time> of a page, without scripts and navigation."""

    _SKIP = frozenset({"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg", "template", "head"})
    _BLOCK = frozenset(
        {"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
         "article", "section", "figcaption", "dd", "dt", "hr"}
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skipping = 0
        self.in_title = False
        self.title = ""
        self.meta: dict[str, str] = {}
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "meta":
            key = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
            if key and values.get("content"):
                self.meta.setdefault(key, values["content"])
        elif tag == "time" and values.get("datetime"):
            self.meta.setdefault("time", values["datetime"])
        elif tag == "title":
            self.in_title = True
        if tag in self._SKIP:
            self.skipping += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in self._SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
        elif not self.skipping:
            self.parts.append(data)


def _with_parser(html: str) -> Source:
    page = _PageText()
    try:
        page.feed(html)
        page.close()
    except Exception:  # html.parser is lenient; keep whatever was read before a failure
        pass
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(page.parts).split("\n"))
    text = "\n".join(line for line in lines if line)
    title = next((page.meta[k] for k in _TITLE_META if page.meta.get(k)), None) or _SPACES.sub(" ", page.title).strip()
    published = next((d for d in (parse_date(page.meta.get(k)) for k in _DATE_META) if d is not None), None)
    return Source(text, title=title or None, published=published)
