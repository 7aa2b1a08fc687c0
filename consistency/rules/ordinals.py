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
from ..align.frames import places_a_part
from ..claim_building import heads_match
from ..model import Claim, Discrepancy, Severity
from ..parse.figures.ranks import ranked_scale
from .base import Context, part

__all__ = ["ordinal_conflicts", "place_count_conflicts"]

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
        and not (places_a_part(a) or places_a_part(b))  # "the seventh game" and "the fourth game": two games
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


def _series_places(ctx: Context) -> list[Claim]:
    """Places in someone's series ("Halden's third album"): ranks before the noun they count, not on a
    superlative's scale ("the third-largest city" is no third of anything)."""
    return [
        c for c in ctx.figures
        if c.mention.unit == "rank" and c.head and not c.comparative and c.mention.hedge is None and c.subject
        and ranked_scale(c.sentence.text[c.mention.end - c.sentence.start :]) is None
    ]


def _totals(ctx: Context) -> list[Claim]:
    """Counts of things with no time words of their own ("Halden has released two albums"): how many there are in
    all; a count of a year or since a date ("two albums since 2015") is of that time alone."""
    return [
        c for c in ctx.figures
        if c.mention.kind in ("number", "quantity") and c.mention.unit != "rank" and c.head and c.time is None
        and c.mention.high is not None
    ]


def _owned_by(place: Claim, total: Claim) -> bool:
    """The count is of the place's owner: its sentence writes one of the names the place's sentence gives."""
    return any(name in total.sentence.text for name in place.subject)


def _counted_before(ctx: Context, total: Claim, place: Claim) -> bool:
    """Whether a count was given for a time before the place's: a series grows, so an earlier count below a later
    place is no contradiction (a later count below an earlier place is)."""
    counted, placed = ctx.time_of(total), ctx.time_of(place)
    return counted is not None and placed is not None and counted[1] < placed[0]


def _whole_series(place: Claim, total: Claim) -> bool:
    """The count counts no narrower kind than the place, nor only those of a place: "two albums" holds
    "the third album", "two live albums" or "two titles in Carrow" may not."""
    return set(total.head.split()) <= set(place.head.split()) and not (total.frame and total.frame.places)


@part(
    "value-conflict",
    "place-and-count",
    example='"Grey Water, released in 2012, was Halden\'s third album" (a) vs "Halden has released only two albums" (b)',
)
def place_count_conflicts(ctx: Context) -> Iterator[Discrepancy]:
    """A place in someone's series in one report beyond the count of the series another gives.

    "Halden's third album" says Halden has made at least three; "Halden has
    released only two albums" says otherwise. The count must count the noun
    the place counts and no narrower kind, nor only those of a place, write a
    name the place's sentence gives, and give no time of its own (a count of
    one year is no count of the whole series), nor be told before the place
    (a series grows: "three schools" on Monday, "the fourth school" on Friday).
    """
    totals = _totals(ctx)
    for place in _series_places(ctx):
        for total in totals:
            if total.doc == place.doc or heads_match(place.head, total.head) is not True:
                continue
            if not (_owned_by(place, total) and _whole_series(place, total)) or total.mention.high >= place.mention.value:
                continue
            if _counted_before(ctx, total, place):
                continue  # "three schools" on the 13th, "the fourth school" on the 18th: the series grew between
            noun = total.head.split()[-1]
            yield Discrepancy(
                kind="value-conflict",
                severity=Severity.error,
                summary=f"{place.doc} calls it the {place.mention.text} {noun}, {total.doc} counts {total.mention.text}",
                claims=(place, total),
                explanation=(
                    f"A {place.mention.text} {noun} makes at least {place.mention.value:g} of them; "
                    f"{total.mention.text} in {total.doc} are fewer."
                ),
            )
