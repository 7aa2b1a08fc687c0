"""Rules over dates: date-conflict.

Two dates conflict when they are given for the same event (the same named
subject, the same event words around the date) and their ranges do not
overlap: "on Monday" in a story dated Tuesday 25 February 2025 is
24 February and agrees with "February 24, 2025".
"""

from __future__ import annotations

from collections.abc import Iterator

from ..align import attribute_similarity, candidate_pairs
from ..model import Claim, Discrepancy, Severity
from .base import Context, rule

SAME_EVENT = 0.6


def _keys(ctx: Context):
    corpus = ctx.corpus

    def keys(c: Claim):
        for s in c.subject:
            for t in c.attribute:
                if not corpus.is_common(t):
                    yield (s, t)

    return keys


@rule(
    "date-conflict",
    Severity.error,
    example='"Putin met Trump on 12 March" (a) vs "Putin met Trump on 14 March" (b)',
)
def date_conflict(ctx: Context) -> Iterator[Discrepancy]:
    """One event dated differently by two sources.

    The two date claims must share a named subject and the event words next
    to the date, and both must be resolved (a relative date in an undated
    document stays unresolved and is never compared).
    """
    dates = [c for c in ctx.claims if c.mention.kind == "date" and c.mention.date and c.subject and c.attribute]
    for a, b in candidate_pairs(dates, _keys(ctx)):
        if not set(a.subject) & set(b.subject):
            continue
        ta, tb = a.time, b.time
        if ta is None or tb is None or (ta[0] <= tb[1] and tb[0] <= ta[1]):
            continue
        score = attribute_similarity(a, b, ctx.corpus)
        if score < SAME_EVENT:
            continue
        a, b = sorted((a, b), key=lambda c: (c.doc, c.start))
        yield Discrepancy(
            kind="date-conflict",
            severity=Severity.error,
            summary=f"{a.doc} dates it {a.mention.value_text}, {b.doc} {b.mention.value_text}",
            claims=(a, b),
            explanation=(
                f"Both date {', '.join(sorted(set(a.subject) & set(b.subject)))} "
                f"{' '.join(a.attribute[:4])} (match {score:.2f}); the dates do not overlap."
            ),
        )
