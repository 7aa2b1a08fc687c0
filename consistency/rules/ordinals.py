"""Places in a series that one document gives two ways (internal-conflict, part "ordinal").

"Acme issued its second recall of the Velo on Monday" and, further down,
"it is the company's first recall" count one series two ways. Ordinals are
ranks (unit "rank", read by the figures parser) and compare like counts:
two places of one series in one document conflict when their values differ.
They are one series when they count the same noun ("recall"), their named
subjects agree, and they speak of one event: their own dates (else the
document's) are at most `SAME_EVENT_DAYS` apart, so "its first recall, in
2019" and "its second recall" this week are two events of the series.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from ..align import name_tokens
from ..model import Claim, Discrepancy, Severity
from .base import Context, part

__all__ = ["ordinal_conflicts"]

# Dates this close speak of one piece of news: "on Monday" in a report of Wednesday is still this week's recall.
SAME_EVENT_DAYS = 7


def _ranks(ctx: Context) -> dict[str, list[Claim]]:
    by_doc: dict[str, list[Claim]] = defaultdict(list)
    for c in ctx.figures:
        if c.mention.unit == "rank" and c.head and not c.comparative:
            by_doc[c.doc].append(c)
    return by_doc


def _same_noun(a: str, b: str) -> bool:
    """The ordinals count one noun: their heads share a word ("recall", "recall sinc")."""
    return bool(set(a.split()) & set(b.split()))


def _one_event(ctx: Context, a: Claim, b: Claim) -> bool:
    ta, tb = ctx.time_of(a), ctx.time_of(b)
    if ta is None or tb is None:
        return True
    gap = max((tb[0] - ta[1]).days, (ta[0] - tb[1]).days, 0)
    return gap <= SAME_EVENT_DAYS


def _same_owner(a: Claim, b: Claim) -> bool:
    """The two places count one owner's series: their sentences name the same one, or either names none.

    The names are the sentences' own, a source among them: "Borla announced its first recall" is Borla's.
    """
    if not a.subject or not b.subject:
        return True
    return bool(set(a.subject) & set(b.subject) or name_tokens(a.subject) & name_tokens(b.subject))


def _one_series(ctx: Context, a: Claim, b: Claim) -> bool:
    return (
        a.sentence.start != b.sentence.start
        and _same_noun(a.head, b.head)
        and _same_owner(a, b)  # not subjects_related: one document names both "Acme" and "Borla"
        and _one_event(ctx, a, b)
    )


@part(
    "internal-conflict",
    "ordinal",
    example='"Acme Motors issued its second recall of the Velo on Monday" then "It is the company\'s first recall"',
)
def ordinal_conflicts(ctx: Context) -> Iterator[Discrepancy]:
    """One document gives the same event two places in a series: "its second recall", later "its first recall".

    Ordinals of one document that count the same noun, of the same named
    subject, for dates at most a week apart, must agree.
    """
    for claims in _ranks(ctx).values():
        claims.sort(key=lambda c: c.start)
        for i, a in enumerate(claims):
            b = next((b for b in claims[i + 1 :] if _one_series(ctx, a, b)), None)
            if b is None or a.mention.overlaps(b.mention):
                continue
            noun = sorted(set(a.head.split()) & set(b.head.split()))[0]
            yield Discrepancy(
                kind="internal-conflict",
                severity=Severity.error,
                summary=f"{a.doc} calls it the {a.mention.text} {noun} and, later, the {b.mention.text}",
                claims=(a, b),
                explanation=(
                    f"Both count one series of {noun} for one event: "
                    f"{a.mention.text} ({a.mention.value:g}) and {b.mention.text} ({b.mention.value:g}) differ."
                ),
            )
