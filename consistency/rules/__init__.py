"""The discrepancy rules, registered by their stable kind names.

Importing this package registers every rule; `RULES` maps kind → Rule.
"""

from __future__ import annotations

from . import dates, entities, figures, ordinals, quotes, timeline  # noqa: F401  (registers the rules and parts)
from .base import RULES, Context, Rule, rule

__all__ = ["RULES", "Context", "Rule", "rule", "run_rules", "severity_order"]


def run_rules(ctx: Context, kinds: set[str] | None = None) -> list:
    """Every discrepancy the registered rules find, most severe first."""
    out = []
    for kind, r in RULES.items():
        if kinds is not None and kind not in kinds:
            continue
        out.extend(r.check(ctx))
    out.sort(key=severity_order)
    return out


def severity_order(d) -> tuple:
    """How discrepancies are listed: most severe first, then by kind, documents and position."""
    return (-d.severity, d.kind, d.docs, d.claims[0].start if d.claims else 0)
