"""consistency: find where news sources disagree on figures, dates and names.

    >>> import consistency
    >>> [(m.kind, m.text) for m in consistency.mentions("China refines 85% of rare earths.") if m.kind == "percent"]
    [('percent', '85%')]
"""

from __future__ import annotations

from .model import Claim, Discrepancy, Document, Mention, Severity
from .parse import mentions

__all__ = ["Claim", "Discrepancy", "Document", "Mention", "Report", "Severity", "check", "load", "mentions", "claims"]
__version__ = "0.1.0"


def __getattr__(name: str):
    # The engine pulls in the readers and the rules: load it when first asked for.
    if name in ("check", "claims"):
        from . import engine

        return {"check": engine.check, "claims": engine.claims}[name]
    if name == "load":
        from .documents import load

        return load
    if name == "Report":
        from .report import Report

        return Report
    raise AttributeError(f"module 'consistency' has no attribute {name!r}")
