"""consistency: find where news sources disagree on figures, dates and names.

The library is the command line's engine:

- `check(paths, facts=None, ...)` reads the documents under `paths`, checks
  them against each other (and the reference `facts`) and returns a `Report`;
- `Report` holds the discrepancies, the documents, the coverage and any
  problems: `to_dict()` is the JSON report, `to_frame()` the CSV's table;
- `load(paths)` reads files, folders or standard input into `Document`s and
  the problems met;
- `claims(paths)` lists the `Claim`s the check compares: a mention with what
  it measures, of whom and when;
- `mentions(text, published=None)` reads the figures, dates, names and
  quotes of one text as `Mention`s.

    >>> import consistency
    >>> [(m.kind, m.text) for m in consistency.mentions("China refines 85% of rare earths.") if m.kind == "percent"]
    [('percent', '85%')]
"""

from __future__ import annotations

from .documents import load
from .engine import check, claims
from .model import Claim, Discrepancy, Document, Mention, Severity
from .parse import mentions
from .report import Report

__all__ = ["Claim", "Discrepancy", "Document", "Mention", "Report", "Severity", "check", "claims", "load", "mentions"]
__version__ = "0.1.0"
