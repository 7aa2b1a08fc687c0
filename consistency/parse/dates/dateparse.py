"""The project's one door to dateparser.

The fast readers in `parse.dates` handle the forms news text uses; a span
they find but cannot read ("2019/aug/01", "September-2020-23") comes here.
dateparser costs milliseconds a call, so it sees only such spans, never whole
texts, and every answer is cached by (span, publication date).
"""

from __future__ import annotations

import datetime as dt
import functools

from dateparser.date import DateDataParser

from ...caches import bounded
from ...model import DEFAULT_DATE_ORDER

__all__ = ["read_date"]

# Two unrelated anchors: an undated document keeps a reading only if both give it.
_UNDATED_ANCHORS = (dt.datetime(2001, 3, 14), dt.datetime(2013, 10, 2))
_GRAINS = {"day": "day", "time": "day", "week": "week", "month": "month", "year": "year"}


@functools.lru_cache(maxsize=64)
def _parser(base: dt.datetime, date_order: str) -> DateDataParser:
    settings = {
        "RELATIVE_BASE": base,
        "PREFER_DATES_FROM": "past",
        "PREFER_DAY_OF_MONTH": "first",
        "DATE_ORDER": date_order,
        "REQUIRE_PARTS": ["month"],
        "RETURN_AS_TIMEZONE_AWARE": False,
        "PARSERS": ["custom-formats", "absolute-time"],
    }
    return DateDataParser(languages=["en"], settings=settings)


def _read(span: str, base: dt.datetime, date_order: str) -> tuple[dt.date, str] | None:
    try:
        data = _parser(base, date_order).get_date_data(span)
    except (ValueError, TypeError, OverflowError):
        return None
    if data is None or data.date_obj is None:
        return None
    day, grain = data.date_obj.date(), _GRAINS.get(data.period or "day", "day")
    if grain == "month":
        day = day.replace(day=1)
    elif grain == "year":
        day = day.replace(month=1, day=1)
    elif grain == "week":
        day -= dt.timedelta(days=day.weekday())
    return day, grain


@bounded(maxsize=4096)
def read_date(span: str, published: dt.date | None, date_order: str = DEFAULT_DATE_ORDER) -> tuple[dt.date, str] | None:
    """The start and grain ("day", "week", "month", "year") of a date expression, or None.

    Relative parts resolve against `published`; without it, a reading that
    would depend on the anchor is refused rather than taken from today.
    `date_order` (MDY, DMY, YMD) orders the numbers of the span.
    """
    if published is not None:
        return _read(span, dt.datetime(published.year, published.month, published.day), date_order)
    readings = {_read(span, base, date_order) for base in _UNDATED_ANCHORS}
    return readings.pop() if len(readings) == 1 else None
