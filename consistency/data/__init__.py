"""Word lists and other data files of the parsers."""

from __future__ import annotations

import csv
import functools
from importlib import resources

__all__ = ["rows"]


@functools.cache
def rows(name: str) -> tuple[dict[str, str], ...]:
    """The rows of one of these data files (`name` as "slot_arity.csv"), cells stripped, a missing cell empty."""
    with (resources.files(__name__) / name).open(encoding="utf-8", newline="") as f:
        return tuple({k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(f))
