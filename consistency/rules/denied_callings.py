"""One source calls someone a thing, another says they are not (entity-conflict, part "denied-calling").

"Nadia Ferris is a lawyer and novelist" and "Nadia Ferris is not a lawyer"
cannot both be right. The denial is read after a copula, outright and with
nothing but callings of data/occupations.csv after it ("is not a
surgeon", "was never a soldier", "is not an actor or a singer"); one with
words of its own ("is not a licensed surgeon", "not an American actor")
or not outright ("is not only a singer", "is not yet a doctor") is left
alone (rules/descriptions.py, `denied_callings_of`). It conflicts with a
source whose callings of the same person (`occupations_of`, pooled per
source) name the very calling denied, in the same tense, in reports within
a year: "is not a singer" says nothing against "is an actress", nor "was
not a nurse" against "is a nurse".
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Discrepancy, Severity
from .base import Context, first_said_of, part
from .descriptions import denied_callings_of, described_people, near_in_time, occupations_of, one_person

__all__ = ["denied_calling_conflicts"]


@part(
    "entity-conflict",
    "denied-calling",
    example='"Nadia Ferris is a lawyer and novelist" (a) vs "Nadia Ferris is not a lawyer" (b)',
)
def denied_calling_conflicts(ctx: Context) -> Iterator[Discrepancy]:
    """One source gives someone a calling that another denies them outright: "a lawyer" / "is not a lawyer".

    One row per pair of sources and person.
    """
    denials = described_people(ctx, denied_callings_of, str.lower)
    if not denials:
        return
    callings = described_people(ctx, occupations_of, str.lower)
    seen: set[tuple[str, ...]] = set()
    for denial in denials:
        for given in callings:
            a, b = given.claim, denial.claim
            if a.doc == b.doc or given.past != denial.past or ctx.story_of(a.doc) != ctx.story_of(b.doc):
                continue
            both = sorted(denial.values & given.values)
            if not both or not one_person(a, b) or not near_in_time(a, b):
                continue
            who = first_said_of(seen, a, b)
            if who is None:
                continue
            yield Discrepancy(
                kind="entity-conflict",
                severity=Severity.error,
                summary=f"{who}: {' and '.join(both)} in {a.doc}, not {' or '.join(both)} in {b.doc}",
                claims=(a, b),
                explanation=f"{a.doc} calls {who} {' and '.join(both)}; {b.doc} says {who} is not.",
            )
