"""Rules over dates: date-conflict.

Two dates conflict when they are given for the same event (the same named
subject, the same event words around the date) and their ranges do not
overlap: "on Monday" in a story dated Tuesday 25 February 2025 is
24 February and agrees with "February 24, 2025".
"""

from __future__ import annotations

from collections.abc import Iterator

from ..align import (
    CLOSE_SECOND,
    DIFFERENT_MEASURES,
    attribute_similarity,
    lifted_by_context,
    mutual_conflicts,
)
from ..intervals import ranges_overlap
from ..model import Claim, Discrepancy, Severity
from .base import Context, rule
from .times import time_conflicts

SAME_EVENT = 0.5
UNNAMED = 0.85


def date_keys(ctx: Context):
    """Blocking keys of a date claim: its story with the distinctive words of its sentence and its subjects."""
    return lambda c: ctx.claim_keys(c, c.context)


def _agree(a: Claim, b: Claim) -> bool:
    return ranges_overlap(a.time, b.time)


def event_score(ctx: Context, a: Claim, b: Claim) -> float:
    """How surely two dates are given for one event: shared named subject and event words."""
    if not ctx.subjects_related(a, b):
        return 0.0
    attr = attribute_similarity(a, b, ctx.corpus)
    if attr < DIFFERENT_MEASURES:
        return attr
    score = lifted_by_context(a, b, attr, ctx.corpus)
    if not a.subject or not b.subject:
        score *= UNNAMED  # an event with no named subject on one side needs more shared words
    return score


@rule(
    "date-conflict",
    Severity.error,
    example='"Putin met Trump on 12 March" (a) vs "Putin met Trump on 14 March" (b)',
)
def date_conflict(ctx: Context) -> Iterator[Discrepancy]:
    """One event dated differently by two sources.

    The two date claims must share their named subjects and most of the event
    words of their sentences; both must be resolved (a relative date in an
    undated document stays unresolved and is never compared); and no other
    date that the other source gives for the event agrees. Times of day of
    one event are compared as well (part time-of-day).
    """
    dates = [
        c for c in ctx.claims
        if c.mention.kind == "date" and c.mention.date and c.time and c.attribute[:1] != ("<said",)
    ]
    pairs = mutual_conflicts(
        dates,
        date_keys(ctx),
        score=lambda a, b: event_score(ctx, a, b),
        agree=_agree,
        threshold=SAME_EVENT,
        close=CLOSE_SECOND,
    )
    for a, b, score in pairs:
        yield Discrepancy(
            kind="date-conflict",
            severity=Severity.error,
            summary=f"{a.doc} dates it {a.mention.value_text}, {b.doc} {b.mention.value_text}",
            claims=(a, b),
            explanation=(
                f"Both sentences speak of {', '.join(a.subject[:3])} and share their event words "
                f"(match {score:.2f}); the dates do not overlap."
            ),
        )
    yield from time_conflicts(ctx)
