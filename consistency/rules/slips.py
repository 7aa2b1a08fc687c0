"""A figure one report gives with the digits another figure of the story is given with, in another order
(value-conflict, part "transposed-digits").

"The marathon relied on 3,180 volunteers" in two reports and "thanked the 3,810
volunteers" in a third: the same digits, two of them swapped, in the same unit and the same
order of size, for a thing of the same noun ("cut 1,850 jobs" and "1,850 redundancies" are one count,
whether or not its noun was read as a unit). A figure of three or more
significant digits written so is no coincidence, however differently the
sentences around it are worded: it is the usual figure with a slip of the
keys, as a one-off spelling of a name is (name-variant). A figure of two
significant digits ("46", "460m", "84,000") is taken for a slip only when
reports dated before and after it give the usual figure, or when it runs
against growth (larger and told before every report of the usual figure, or
smaller and told after): a count told last may have grown since ("1,200 homes",
then "2,100"; "14 injured", then "41"), but not shrunk. The usual figure
must be given in at least `USUAL_REPORTS` reports and the slip in one only,
which does not give the usual figure as well; their frames must not tell
them apart (another measure, another named source) nor their nouns differ.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Iterator

from ..align import AGE, attribute_similarity, frames_compatible
from ..claim_building import heads_match
from ..intervals import figures_overlap
from ..model import Claim, Discrepancy, Severity
from .base import Context, part

__all__ = ["DISTINCTIVE_DIGITS", "significant_digits", "transposed_figures"]

# a figure written with this many significant digits ("138,078", "2,946"; not "2,000" nor "26") is no
# coincidence: two sentences that give it (with their dates) give the same count, and its digits shuffled are a slip
DISTINCTIVE_DIGITS = 3

USUAL_REPORTS = 2  # reports that give a figure alike before a shuffle of its digits in one other is taken for a slip


def significant_digits(value: float) -> str:
    """The significant digits of a value: 2650 → "265", 14.6 → "146", 486000 → "486"."""
    return f"{abs(value):.15g}".replace(".", "").strip("0")


def _digits(c: Claim) -> str:
    """All the digits of a figure's value, zeros kept: 1,508 → "1508" and 1,580 → "1580" are one shuffle."""
    return "".join(ch for ch in f"{abs(c.mention.value):.15g}" if ch.isdigit())


def _size(c: Claim) -> int:
    """The figure's order of size: the digits before its point ("2,650" → 4, "14.6" → 2)."""
    return int(math.floor(math.log10(abs(c.mention.value)))) if c.mention.value else 0


def _shuffle_tells(c: Claim) -> bool:
    """Whether a figure has digits to shuffle: two significant digits or more ("46", "460m", "3,180"; not "7" nor
    "500")."""
    return len(significant_digits(c.mention.value)) >= 2


def _told_on_both_sides(ctx: Context, odd: Claim, usual: list[Claim]) -> bool:
    """Whether reports dated before and after the odd figure's report give the usual one: the odd one is no
    update of the count ("84,000" on the 14th and the 23rd, "48,000" on the 18th)."""
    day = ctx.date_of(odd)
    days = [d for c in usual if (d := ctx.date_of(c)) is not None]
    return day is not None and any(d < day for d in days) and any(d > day for d in days)


_COUNTS = ("number", "quantity")  # a count with its noun read as a unit ("1,850 jobs") or without ("1,850 redundancies")


def _against_growth(ctx: Context, odd: Claim, usual: list[Claim]) -> bool:
    """Whether the odd figure is larger than the usual one and told before every report of it, or smaller and
    told after: "54,000" on the 4th, then "45,000" on the 5th and the 7th, is no count that grew."""
    day = ctx.date_of(odd)
    days = [d for c in usual if (d := ctx.date_of(c)) is not None]
    if day is None or not days:
        return False
    larger = odd.mention.value > usual[0].mention.value
    return (larger and all(d > day for d in days)) or (not larger and all(d < day for d in days))


def _of_an_earlier_year(ctx: Context, a: Claim, b: Claim) -> bool:
    """Whether one figure's own time words give it a whole year ("last year", "in 2025") that ends before the
    other's time begins: "Last year Storm Gideon left 140,000 homes without power" is the figure of this storm
    only where the story gives it of no other time. A stretch of years ("between 2017 and 2024") or a day told
    ("said yesterday") may be the very fact's."""
    for x, y in ((a, b), (b, a)):
        ty = ctx.time_of(y)
        if x.time is not None and ty is not None and _whole_year(x.time) and x.time[1] < ty[0]:
            return True
    return False


def _whole_year(time: tuple[dt.date, dt.date]) -> bool:
    start, end = time
    return start.year == end.year and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)


def _a_shuffle_of(ctx: Context, odd: Claim, other: Claim, usual: list[Claim]) -> bool:
    """Whether the odd figure is taken for a shuffle of the other's digits: told alike, and either of three
    significant digits or more in one unit, or of two in the same unit where the order of the reports rules out
    growth (`_told_on_both_sides`, `_against_growth`)."""
    if not _told_alike(odd, other) or figures_overlap(odd.mention, other.mention):
        return False
    if min(len(significant_digits(c.mention.value)) for c in (odd, other)) >= DISTINCTIVE_DIGITS:
        return _units_agree(odd, other)
    return odd.mention.unit == other.mention.unit and (
        _told_on_both_sides(ctx, odd, usual) or _against_growth(ctx, odd, usual)
    )


def _key(c: Claim) -> tuple:
    """What a figure and its slip share: kind (a count with or without a unit is a count), order of size and the
    digits, sorted."""
    kind = "count" if c.mention.kind in _COUNTS else c.mention.kind
    return (kind, _size(c), "".join(sorted(_digits(c))))


def _units_agree(a: Claim, b: Claim) -> bool:
    """Whether two figures are in one unit, or one is a count whose noun was read as no unit: "cut 1,850 jobs" and
    "1,850 redundancies" may be one count; "1,850 km" and "1,580 jobs" are not, nor "€640m" and "£460m"."""
    if a.mention.unit == b.mention.unit:
        return True
    return a.mention.kind in _COUNTS and b.mention.kind in _COUNTS and None in (a.mention.unit, b.mention.unit)


def _same_noun(a: Claim, b: Claim) -> bool:
    """Whether the figures count the same noun where both name one: "candidates attaining" and "candidates
    nationally" count candidates."""
    return heads_match(a.head, b.head) is not False or bool(set(a.head.split()) & set(b.head.split()))


def _told_alike(a: Claim, b: Claim) -> bool:
    """Whether nothing of the two figures tells them apart: the same noun where both name one, frames that agree,
    and no age against a count of a noun ("Derek Holm, 71," is no count of the "17 batches" recalled; "the man,
    who was 17," may be his age)."""
    return _same_noun(a, b) and frames_compatible(a.frame, b.frame) and not (_an_age_and_a_count(a, b) or _an_age_and_a_count(b, a))


def _an_age_and_a_count(age: Claim, other: Claim) -> bool:
    return age.frame is not None and age.frame.measure == AGE and other.head is not None and (
        other.frame is None or other.frame.measure != AGE
    )


@part(
    "value-conflict",
    "transposed-digits",
    example='"3,180 volunteers" (a, b) vs "the 3,810 volunteers" (c)',
)
def transposed_figures(ctx: Context) -> Iterator[Discrepancy]:
    """A figure in one report whose digits are another's, shuffled, where two or more reports give that other.

    Both must be figures of the same kind and unit and the same order of size,
    whose nouns and frames do not tell them apart and whose intervals do not
    overlap, written with `DISTINCTIVE_DIGITS` or more significant digits
    ("486,000" and "846,000"), or with two told in an order no growth explains
    ("41" and "14" told in that order are as often a count that grew).
    """
    groups: dict[tuple, list[Claim]] = defaultdict(list)
    for c in ctx.figures:
        if c.mention.value and math.isfinite(c.mention.value) and _shuffle_tells(c):
            groups[(ctx.story_of(c.doc), *_key(c))].append(c)
    for claims in groups.values():
        by_digits: dict[str, list[Claim]] = defaultdict(list)
        for c in claims:
            by_digits[_digits(c)].append(c)
        if len(by_digits) < 2:
            continue
        reports = {digits: {c.doc for c in cs} for digits, cs in by_digits.items()}
        for odd_digits, odd_claims in sorted(by_digits.items()):
            if len(reports[odd_digits]) != 1:
                continue
            (odd_doc,) = reports[odd_digits]
            usual = [
                d for d, docs in reports.items()
                if d != odd_digits and len(docs) >= USUAL_REPORTS and odd_doc not in docs
            ]
            for usual_digits in sorted(usual, key=lambda d: -len(reports[d])):
                usual_claims = by_digits[usual_digits]
                pairs = [(odd, other) for odd in odd_claims for other in usual_claims
                         if _a_shuffle_of(ctx, odd, other, usual_claims)]
                # the other figure told most alike, of the same year where one is ("at its peak the storm left
                # 104,000 homes without power" is the peak's 140,000, not last year's storm's)
                pair = max(
                    pairs,
                    key=lambda p: (not _of_an_earlier_year(ctx, *p), attribute_similarity(*p, ctx.corpus)),
                    default=None,
                )
                if pair is None:
                    continue
                odd, other = pair
                n = len(reports[usual_digits])
                yield Discrepancy(
                    kind="value-conflict",
                    severity=Severity.error,
                    summary=f"{odd.doc} says {odd.mention.text}, {other.doc} says {other.mention.text}",
                    claims=(odd, other),
                    explanation=(
                        f"{n} reports give {other.mention.text} and {odd.doc} alone gives {odd.mention.text}: "
                        "the same digits in another order, likely a slip of the keys."
                    ),
                )
                break
