"""Bearings: where an event happened, as a direction and a distance from a place (value-conflict, part "bearing").

"72 km southwest of Marrakesh" and "72 km northeast of Marrakesh", given for
the same event, cannot both be right. Bearings are compared when they are
given for one event (align.event_of: "the quake struck ...", "the epicentre
was ...") from one place, its spellings joined ("Marrakesh" / "Marrakech").
Two bearings agree when their directions are at most `OPPOSED` degrees apart
and their distances overlap as intervals ("some 72 km" [64.8, 79.2) holds
"74 km"). Where an event happened does not change with the report's date, so
bearings of a fixed event compare across dates; an event that moves (a
storm, data/moving_events.csv) compares only within one time.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from functools import cache
from importlib import resources

from ..align import consensus_conflicts, event_of, same_spelling
from ..intervals import figures_overlap
from ..model import Claim, Discrepancy, Severity
from .base import Context, as_do, part

__all__ = ["bearing_conflicts", "bearings_agree"]

# Neighbouring compass points (south and south-west) are one rough direction written two ways;
# beyond that the two bearings point to different places.
OPPOSED = 45.0


@cache
def _moving_events() -> frozenset[str]:
    with resources.files("consistency.data").joinpath("moving_events.csv").open(encoding="utf-8", newline="") as f:
        return frozenset(row["event"] for row in csv.DictReader(f))


def angle_between(a: float, b: float) -> float:
    """Degrees between two compass bearings, the short way round: 350 and 10 are 20 apart."""
    d = abs(a - b) % 360
    return min(d, 360 - d)


def bearings_agree(a: Claim, b: Claim, tolerance: float = 0.0) -> bool:
    """Directions at most `OPPOSED` apart, and distances that overlap (a bearing with no distance has any)."""
    ma, mb = a.mention, b.mention
    if angle_between(ma.bearing, mb.bearing) > OPPOSED:
        return False
    if ma.low is None or mb.low is None:
        return True
    return figures_overlap(ma, mb, tolerance)


def _located(ctx: Context) -> dict[tuple, list[Claim]]:
    """Bearings grouped by story, event and place (near spellings joined); a moving event by time as well."""
    groups: dict[tuple, list[Claim]] = {}
    places: dict[tuple, list[str]] = {}
    for c in ctx.claims:
        m = c.mention
        if m.kind != "bearing" or m.bearing is None or not m.place:
            continue
        event = event_of(c.sentence, m)
        if event is None:
            continue
        when = ctx.time_of(c) if event in _moving_events() else None
        known = places.setdefault((ctx.story_of(c.doc), event, when), [])
        place = next((p for p in known if same_spelling(p, m.place)), None)
        if place is None:
            known.append(m.place)
            place = m.place
        groups.setdefault((ctx.story_of(c.doc), event, when, place), []).append(c)
    return groups


def _where(c: Claim) -> str:
    m = c.mention
    distance = f"{m.value_text}, " if m.value is not None else ""
    return f"{m.text} ({distance}{m.bearing:g}°)"


@part(
    "value-conflict",
    "bearing",
    example='"the quake struck 72 km southwest of Marrakesh" (a) vs "the quake struck 72 km northeast of Marrakesh" (b)',
)
def bearing_conflicts(ctx: Context) -> Iterator[Discrepancy]:
    """One event placed in different directions, or at distances that do not overlap, from the same place.

    Directions more than 45 degrees apart conflict (south and south-west do
    not); distances compare as intervals. Of the sources that give the
    bearing, the one most others agree with is the reference: each source
    that disagrees with it is one row against the reference, naming the
    other agreeing sources it contradicts.
    """
    def agree(a: Claim, b: Claim) -> bool:
        return bearings_agree(a, b, ctx.tolerance)

    def comparable(a: Claim, b: Claim) -> bool:
        return True  # grouped by event and place already

    for (_, event, _, place), claims in sorted(_located(ctx).items(), key=lambda kv: kv[0][1:2] + kv[0][3:]):
        for odd, sides in consensus_conflicts(claims, comparable, agree):
            reference = sides[0]
            also = as_do(sides, reference)
            yield Discrepancy(
                kind="value-conflict",
                severity=Severity.error,
                summary=f"{odd.doc} puts the {event} {odd.mention.text}; {reference.doc} puts it {reference.mention.text}{also}",
                claims=(odd, reference),
                explanation=(
                    f"The {event} is placed from {place}: {_where(odd)} in {odd.doc} against "
                    f"{'; '.join(f'{_where(s)} in {s.doc}' for s in sides)}. Directions more than "
                    f"{OPPOSED:g}° apart, or distances that do not overlap, cannot both be right."
                ),
            )
