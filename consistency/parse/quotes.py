"""Placeholder: replaced by the real quotes parser."""

from __future__ import annotations

import datetime as dt

from ..model import Mention


def find(text: str, published: dt.date | None = None) -> list[Mention]:
    return []
