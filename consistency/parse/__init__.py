"""Text → mentions. One module per mention type; this module merges them.

Each module exposes ``find(text, published) -> list[Mention]``; the readers
of names (entities, nationalities, quotes) also take the knowledge base to
read them by. Figures and
dates compete for the same characters ("in 2017" is a date, not a count), so
overlaps between them are settled by a fixed priority; entities and quotes
may overlap anything (a quote contains figures; an office names a person).
Times of day, bearings and match scores take their characters first: no figure is read
inside a time ("11:11 pm", "2211 GMT") or a bearing (its distance is the
bearing's), and no date inside a bearing; a time may hold a date (the day of
"Friday night"), which stays a date mention of its own.
"""

from __future__ import annotations

import bisect
import datetime as dt
import operator

from ..knowledge import KnowledgeBase, builtin
from ..model import DATE_ORDERS, DEFAULT_DATE_ORDER, Mention
from ..readers.datelines import header_spans
from . import bearings, dates, designations, quotes, scores, times
from .figures import numbers, ranks
from .names import entities, nationalities

__all__ = ["mentions"]

# Lower wins when two mentions claim the same characters.
_PRIORITY = {"money": 0, "percent": 0, "date": 1, "quantity": 2, "number": 3, "rank": 4}


_READING_ORDER = operator.attrgetter("start", "end", "kind")


def _priority(m: Mention) -> int:
    return _PRIORITY["rank"] if m.unit == "rank" else _PRIORITY[m.kind]


def mentions(
    text: str,
    published: dt.date | None = None,
    *,
    knowledge: KnowledgeBase | None = None,
    date_order: str = DEFAULT_DATE_ORDER,
    story_date: dt.date | None = None,
) -> list[Mention]:
    """Every mention in `text`, in reading order.

    `published` is the document's publication date: relative dates ("on
    Monday", "last week") resolve against it, and stay unresolved without it.
    For an undated text, `story_date` is the date its story speaks from: a
    calendar date written without its year ("on 12 June") takes the year
    from it, while a relative date stays unresolved (an undated report is
    not lent a day).
    Names are read by `knowledge` (default: the built-in knowledge base).
    `date_order` says how the text writes all-number dates: "MDY" (04/03/2025
    is April 3), "DMY" (March 4) or "YMD" (25/04/03 is 3 April 2025); a
    number above 12 is the day under every order.
    """
    if not text:
        return []
    if date_order not in DATE_ORDERS:
        raise ValueError(f"date_order {date_order!r} is not allowed; use one of {', '.join(DATE_ORDERS)}")
    days = dates.find(text, published, date_order)
    if published is None and story_date is not None:
        days = dates.with_story_years(days, dates.find(text, story_date, date_order))
    figures, days = numbers.find(text, published), _off(days, header_spans(text))
    placed = bearings.find(text, published, figures)
    placed = sorted(placed + _outside(scores.find(text, published), placed), key=_READING_ORDER)
    placed = sorted(placed + _outside(times.find(text, published, days), placed), key=_READING_ORDER)
    competing = _outside(figures + ranks.find(text, published), placed) + _outside(days, placed, kind="bearing")
    competing.sort(key=lambda m: (_priority(m), -(m.end - m.start), m.start))
    kept: list[Mention] = []
    starts: list[int] = []  # the kept spans, sorted and disjoint: a new span can only touch its neighbours
    ends: list[int] = []
    for m in competing:
        i = bisect.bisect_left(starts, m.start)
        if (i > 0 and ends[i - 1] > m.start) or (i < len(starts) and starts[i] < m.end):
            continue
        starts.insert(i, m.start)
        ends.insert(i, m.end)
        kept.append(m)
    kb = knowledge if knowledge is not None else builtin()
    # a name inside a quantity's span is its unit's: "46.2 degrees Celsius" names no one
    units = sorted((m.start, m.end) for m in kept if m.kind == "quantity")
    others = _off(entities.find(text, published, kb), units) + nationalities.find(text, published, kb)
    others += quotes.find(text, published, kb)
    others += designations.find(text, published)  # a flight's code, a craft's make and model
    return sorted(kept + placed + others, key=_READING_ORDER)


def _header(text: str) -> list[Mention]:
    """The header's own dates (a dateline's, a "Published ..." line's), as spans: they date the report."""
    return [Mention(kind="header", text="", start=a, end=b) for a, b in header_spans(text)]


def _outside(found: list[Mention], placed: list[Mention], kind: str | None = None) -> list[Mention]:
    """The mentions of `found` that overlap none of `placed` (those of `kind` only, when given)."""
    return _off(found, [(m.start, m.end) for m in placed if kind is None or m.kind == kind])


def _off(found: list[Mention], spans: list[tuple[int, int]]) -> list[Mention]:
    """The mentions of `found` that overlap none of `spans` (sorted and disjoint)."""
    if not spans:
        return found
    starts = [start for start, _ in spans]
    kept = []
    for m in found:
        i = bisect.bisect_left(starts, m.end)  # spans[i - 1] is the last span that starts before m ends
        if i > 0 and spans[i - 1][1] > m.start:  # (the spans are disjoint: the last one ends last)
            continue
        kept.append(m)
    return kept
