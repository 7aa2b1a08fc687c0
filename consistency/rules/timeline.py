"""Rules over time: update, superseded, internal-conflict.

A developing story's figures change: a death toll rises, a count is
corrected. Figures that speak for different times (their documents' dates,
narrowed by their own time words) are not a value-conflict; their sequence
is the story's timeline for that quantity (`update`), and a document that
still prints a figure after a later report replaced it is `superseded`. A
document that gives two incompatible values for one quantity, or parts that
do not add up to the total it states, contradicts itself (`internal-conflict`).
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence

from ..align import (
    AGE,
    CLOSE_SECOND,
    attribute_similarity,
    candidate_pairs,
    context_similarity,
    same_measure,
    same_source,
    same_unit_family,
    subjects_compatible,
)
from ..align.frames import as_written, name_tokens, outcome_measure, owners_differ, places_a_part, tally_count
from ..claim_building import heads_match
from ..intervals import date_range_text, overlap
from ..model import Claim, Discrepancy, Severity
from .base import Context, part, rule, run_parts, told_as_changed, told_as_it_stood, told_in_past_perfect
from .figures import SAME_QUANTITY, SCALE_SLIP, figure_keys, figure_score, figures_agree
from .superlatives import in_superlative_span

SAME_IN_DOCUMENT = 0.6  # a document's own two figures must match more surely than two sources'
# A value dated long before the story's first report is another occurrence told in passing ("at a stranding of
# 38 whales two years ago"), no earlier value of the story's own figure: a value in force or replaced is dated at
# most this many days before the first report.
STORY_LEAD_DAYS = 31


def _scored_links(ctx: Context, figures: Sequence[Claim]) -> list[tuple[float, Claim, Claim]]:
    """Pairs of figures from different documents that measure one quantity, whatever their times."""
    links = []
    for a, b in candidate_pairs(figures, figure_keys(ctx)):
        s = figure_score(ctx, a, b, timed=False)
        if s >= SAME_QUANTITY:
            links.append((s, a, b))
    links.sort(key=lambda t: (-t[0], t[1].doc, t[1].start, t[2].doc, t[2].start))
    return links


def figure_timelines(ctx: Context) -> list[list[Claim]]:
    """Groups of figures about one quantity, from several dated documents, oldest first.

    Groups grow from the surest pairs down, and two groups join only when
    their figures, pair by pair across documents, measure the same quantity
    on average: "241 passengers" does not join a death toll through a chain
    of near matches. Parts of a listed total stay out, and so do the counts
    of a vote's tally: a vote is counted once, and two days' tallies are two
    votes ("backed 7-2 on Tuesday", "approved 30-12 on Thursday"), never a
    count that rose. Nor does a superlative's span ("in more than a century"):
    it says since when, and part superlative-span compares it.
    """
    figures = [
        c for c in ctx.figures
        if ctx.time_of(c) is not None and c.parts_total is None and tally_count(c.mention) is None
        and not in_superlative_span(c)
    ]
    links = _scored_links(ctx, figures)
    score = {frozenset((id(a), id(b))): s for s, a, b in links}

    def similarity(x: Claim, y: Claim) -> float:
        key = frozenset((id(x), id(y)))
        if key not in score:
            score[key] = figure_score(ctx, x, y, timed=False)
        return score[key]

    def joinable(ga: list[Claim], gb: list[Claim]) -> bool:
        cross = [similarity(x, y) for x in ga for y in gb if x.doc != y.doc]
        return bool(cross) and sum(cross) / len(cross) >= SAME_QUANTITY - CLOSE_SECOND

    group_of: dict[int, list[Claim]] = {id(c): [c] for c in figures}
    for _, a, b in links:
        ga, gb = group_of[id(a)], group_of[id(b)]
        if ga is gb:
            continue
        if not joinable(ga, gb):
            continue
        ga.extend(gb)
        for c in gb:
            group_of[id(c)] = ga
    out, seen = [], set()
    for members in group_of.values():
        if id(members) in seen:
            continue
        seen.add(id(members))
        if len({c.doc for c in members}) < 2:
            continue
        series = ctx.in_series(members[0], members[-1])
        # a rising series' counts of one day come in the order they rose
        members.sort(key=lambda c: (ctx.time_of(c)[0], ctx.time_of(c)[1], c.mention.value if series else 0, c.doc, c.start))
        out.append(members)
    return out


def odd_restated_figures(ctx: Context) -> dict[int, frozenset[int]]:
    """id of each figure that reports before and after it contradict with one value → ids of the figures giving
    that value: an odd figure, not two changes.

    "84,000 patients" in a report of Tuesday, "48,000" in one of Saturday and "84,000" again the next week is no
    count that fell and rose again: the report of Saturday is the odd one, and value-conflict sets it against the
    others. So is a figure after two reports of different days that gave one value ("convicted of four counts" on
    Thursday and on Friday, "of five counts" a week later), unless it counts what befell people or is told as a
    count as it stood (see `_confirms`). Only for figures each dated by its report alone (no time words of their
    own), the quantity no rising series, and neither the odd figure nor the one after it told as a change ("rose
    to", "revised", "now"; see `told_as_changed`): "260 dead", "265 dead" told as a rise, then "260" again, is the
    old figure carried on (`superseded`). A report that gives the others' value as well ("530,000 vehicles,
    including 98,000 in Canada") has no odd value of it.
    """
    out: dict[int, frozenset[int]] = {}
    for line in ctx.timelines:
        restated = [c for c in line if c.time is None and not c.time_unresolved and ctx.date_of(c) is not None]
        for x in restated:
            if told_as_changed(x):
                continue
            agreeing: set[int] = set()
            for before in restated:
                if ctx.date_of(before) >= ctx.date_of(x) or not _odd_against(ctx, x, before):
                    continue
                for after in restated:
                    if (
                        _confirms(ctx, x, before, after) and not told_as_changed(after)
                        and figures_agree(before, after, ctx.tolerance) and _odd_against(ctx, x, after)
                        and not ctx.in_series(before, after) and not _also_gives(ctx, x.doc, before, line)
                    ):
                        agreeing.update(
                            id(c) for c in restated if c.doc != x.doc and _odd_against(ctx, x, c)
                            and figures_agree(c, before, ctx.tolerance)
                        )
            if agreeing:
                out[id(x)] = frozenset(agreeing)
    return out


def _confirms(ctx: Context, x: Claim, before: Claim, other: Claim) -> bool:
    """Whether another report's figure, with one before x, makes x the odd one: it is later than x; or it is
    earlier too, of another day than `before` (the value held from one day to another), and x is told as neither a
    count of what befell people (a toll may rise without a word) nor a count as it stood ("860 objections had been
    received": a tally that may have grown)."""
    if ctx.date_of(other) > ctx.date_of(x):
        return True
    return (
        ctx.date_of(other) < ctx.date_of(x) and ctx.date_of(other) != ctx.date_of(before)
        and not outcome_measure(x.frame.measure) and not told_as_it_stood(x)
    )


def _also_gives(ctx: Context, doc: str, value: Claim, line: Sequence[Claim]) -> bool:
    """Whether a document gives a value of the quantity itself ("530,000 vehicles, including 98,000 in Canada"):
    its other figure is then a part or another measure, not its odd value of the whole."""
    return any(c.doc == doc and figures_agree(c, value, ctx.tolerance) for c in line)


def _odd_against(ctx: Context, x: Claim, other: Claim) -> bool:
    """Whether another report's figure measures x's quantity, surely, and disagrees with it."""
    return (
        other.doc != x.doc and not figures_agree(other, x, ctx.tolerance)
        and not _beyond_bound(other, x) and not _beyond_bound(x, other)
        and figure_score(ctx, x, other, timed=False) >= SAME_QUANTITY
    )


def _changes(ctx: Context, line: Sequence[Claim]) -> list[Claim]:
    """The claims at which the value changed, the first claim included.

    A value changes when it disagrees with the last one at a later time (for
    a rising series, on the same day too), or when it exceeds a lower bound:
    "at least 40" and then "63" is a rise. Two figures that speak for one time
    whatever days their reports were written (a satellite's mass, a fee as
    agreed: see Context.times_overlap) are no change: value-conflict sets them
    against each other; nor is a figure the reports before and after it
    contradict with one value (`odd_restated_figures`).
    """
    series = ctx.in_series(line[0], line[-1])
    kept = [line[0]]
    for c in line[1:]:
        if ctx.odd_restated(c):
            continue  # "11" on Tuesday, "14" on Friday, "11" again: the odd figure value-conflict shows, no change
        last = kept[-1]
        later = ctx.time_of(c)[0] > ctx.time_of(last)[1] or (series and ctx.time_of(c)[0] >= ctx.time_of(last)[0])
        if later and not (ctx.times_overlap(last, c) and not series) and (not figures_agree(last, c, ctx.tolerance) or _beyond_bound(last, c)):
            kept.append(c)
    return kept


def _beyond_bound(bound: Claim, c: Claim) -> bool:
    """Whether `c` exceeds what `bound` gave as a lower bound ("at least 40", then 63)."""
    b, m = bound.mention, c.mention
    return b.high == math.inf and b.value is not None and m.value is not None and m.value > b.value


def _quantity_name(line: Sequence[Claim]) -> str:
    """The words most of the figures' attributes share, as the first figure's sentence writes them: what the
    timeline measures."""
    counts = Counter(t for c in line for t in c.attribute)
    words = [t for t, n in counts.most_common(2) if n > 1]
    return as_written(line[0], words) or "figure"


def _when(ctx: Context, c: Claim) -> str:
    return date_range_text(*ctx.time_of(c))


@rule(
    "update",
    Severity.info,
    example='"260 dead" (12 June, a) then "265 dead" (13 June, b): the toll rose, no contradiction',
)
def update(ctx: Context) -> Iterator[Discrepancy]:
    """The values a quantity took across dated sources, oldest first: the story's timeline for that figure.

    Figures that measure one quantity but speak for different times are not
    compared as a conflict; when their values change, the sequence is shown.
    """
    for line in ctx.timelines:
        changes = _changes(ctx, line)
        if len(changes) < 2:
            continue
        steps = " → ".join(f"{c.mention.text} ({_when(ctx, c)}, {c.doc})" for c in changes)
        yield Discrepancy(
            kind="update",
            severity=Severity.info,
            summary=f"{_quantity_name(line)}: {steps}",
            claims=tuple(line),
            explanation=(
                f"{len(line)} reports of one quantity from {len({c.doc for c in line})} documents; "
                f"the value changed {len(changes) - 1} time(s)."
            ),
        )


@rule(
    "superseded",
    Severity.warning,
    example='"260 dead" (12 June), corrected to "265" (13 June), then "260" again in a report of 14 June',
)
def superseded(ctx: Context) -> Iterator[Discrepancy]:
    """A document published after a later figure replaced an earlier one still carries the earlier figure.

    The latest value before the document's date is the one in force; a
    figure that disagrees with it but matches a value it replaced is out of
    date. An open bound ("more than 600") replaced by a count is no value to
    match; in a rising series only a figure lower than the one in force is
    out of date (a higher one is the next rise). Values dated more than
    `STORY_LEAD_DAYS` before the first report are other occurrences told in
    passing, neither in force nor replaced.
    """
    published = [d.published for d in ctx.documents.values() if d.published]
    start = min(published) - dt.timedelta(days=STORY_LEAD_DAYS) if published else dt.date.min
    for line in ctx.timelines:
        changes = _changes(ctx, line)
        if len(changes) < 2:
            continue
        series = ctx.in_series(line[0], line[-1])
        for c in line:
            when = ctx.time_of(c)[0]
            earlier = [x for x in changes if start <= ctx.time_of(x)[1] < when]
            if len(earlier) < 2:
                continue
            current = earlier[-1]
            if figures_agree(current, c, ctx.tolerance) or (series and c.mention.value > current.mention.value):
                continue
            old = next(
                (x for x in earlier[:-1] if x.mention.high != math.inf and figures_agree(x, c, ctx.tolerance)), None
            )
            if old is None or _disputed(ctx, current, old):
                continue
            yield Discrepancy(
                kind="superseded",
                severity=Severity.warning,
                summary=(
                    f"{c.doc} ({_when(ctx, c)}) still says {c.mention.text}; "
                    f"{current.doc} ({_when(ctx, current)}) had {current.mention.text}"
                ),
                claims=(c, current, old),
                explanation=(
                    f"{old.doc} gave {old.mention.text} on {_when(ctx, old)}, {current.doc} replaced it with "
                    f"{current.mention.text} on {_when(ctx, current)}; {c.doc} is later and carries the old figure."
                ),
            )


def _disputed(ctx: Context, current: Claim, old: Claim) -> bool:
    """Whether another report of the same day as the value in force still gives the value it would have replaced:
    "3.1 million subscribers" on Monday, then "1.3 million" and "3.1 million" in two reports of Tuesday is no
    change, and a later "3.1 million" is not out of date (value-conflict sets the two of Tuesday against each other)."""
    when = ctx.time_of(current)
    return any(
        x.doc != current.doc and ctx.time_of(x) == when
        and figures_agree(x, old, ctx.tolerance) and not figures_agree(x, current, ctx.tolerance)
        and figure_score(ctx, x, current) >= SAME_QUANTITY
        for x in ctx.figures
    )


def _internal_pairs(ctx: Context, figures: Sequence[Claim]) -> Iterator[tuple[Claim, Claim, float]]:
    by_doc: dict[str, list[Claim]] = defaultdict(list)
    for c in figures:
        by_doc[c.doc].append(c)
    for claims in by_doc.values():
        best: dict[int, tuple[float, Claim]] = {}
        for i, a in enumerate(claims):
            for b in claims[i + 1 :]:
                if a.sentence.start == b.sentence.start or a.parts_total or b.parts_total:
                    continue  # figures of one sentence measure different things; listed parts add up elsewhere
                if places_a_part(a) or places_a_part(b):
                    continue  # "the seventh game" and, later, "the fourth game": two games of one match
                if a.subject and b.subject and not subjects_compatible(a, b):
                    continue  # "the Alliance won 89 seats", "the Greens won 21": the report names both, each its own
                if _owners_differ(a, b):
                    continue  # "pre-tax profit came in at £412m" of the report's firm, "Teloria reported profit of £290m"
                if not _one_owners_measure(ctx, a, b):
                    continue  # "Okoro won the men's race in 2:08:10" and "Abera won the women's in 2:25:01"
                if a.frame.holding != b.frame.holding:
                    continue  # "Northlink, which has about 5.1 million customers," and "cut off 2 million customers"
                if told_in_past_perfect(a) != told_in_past_perfect(b):
                    continue  # "by five judges of the High Court" and "a panel of three judges had sentenced him"
                s = figure_score(ctx, a, b)
                if s < SAME_IN_DOCUMENT:
                    continue
                for x, y in ((a, b), (b, a)):
                    if id(x) not in best or s > best[id(x)][0]:
                        best[id(x)] = (s, y)
        for key, (s, other) in best.items():
            back = best.get(id(other))
            if back is None or id(back[1]) != key or key > id(other):
                continue
            a, b = sorted((back[1], other), key=lambda c: c.start)
            if figures_agree(a, b, ctx.tolerance) or _tells_the_rise(ctx, a, b) or _two_sources(ctx, a, b, claims):
                continue
            yield a, b, s


def _owners_differ(a: Claim, b: Claim) -> bool:
    """Whether one figure is of a firm its sentence names and the other of one its report named before (its frame's
    owner, its sentence naming none), and the two are not one."""
    if bool(a.subject) == bool(b.subject):
        return False
    named, unnamed = (a, b) if a.subject else (b, a)
    return bool(unnamed.frame.owner) and all(owners_differ(s, o) for s in named.subject for o in unnamed.frame.owner)


def _one_owners_measure(ctx: Context, a: Claim, b: Claim) -> bool:
    """Whether two figures of one report may be one owner's one measure, as a conflict within it must be.

    Not when one names what it measures and the other another measure or none ("Four people remain missing",
    "3,400 people remain in shelters"); nor when each sentence names its own subjects beyond the places they
    share ("Kenya's Ana Kirui won in 2:19:48" and "Kenya's Tom Rotich won the men's race in 2:06:10")."""
    ma, mb = (c.frame.measure if c.frame else None for c in (a, b))
    if (ma or mb) and ma != mb:
        return False
    if not ma and not heads_match(a.head, b.head) and not (a.head is None and b.head is None and _one_named(ctx, a, b)):
        return False  # "9,415 had been waiting" after "a record 118,640": a writer's two unframed figures are two
        # things, unless both are said of one name ("Rotich won the marathon in 2:06:10", "Rotich ... in 2:08:10")
    na, nb = (tuple(s for s in c.subject if not ctx.is_place(s) and s != (c.frame and c.frame.attribution)) for c in (a, b))
    if ma == AGE and not (na and nb):
        return False  # "The 24-year-old rider crossed the line" and "Vandermaele, 29,": whose age the first is, is unsaid
    return not (na and nb and not (set(na) & set(nb) or name_tokens(na) & name_tokens(nb)))


def _one_named(ctx: Context, a: Claim, b: Claim) -> bool:
    """Whether both figures' sentences are said of one name that is no place."""
    return any(not ctx.is_place(s) for s in set(a.subject) & set(b.subject))


def _two_sources(ctx: Context, a: Claim, b: Claim, claims: Sequence[Claim]) -> bool:
    """Each figure is a different named source's own ("the USGS put it at 6.8; the national institute said 7.2").

    A figure the document gives unattributed takes the source it names for the same value elsewhere:
    "a 6.8-magnitude earthquake" is the USGS's 6.8.
    """
    sa, sb = _source(ctx, a, claims), _source(ctx, b, claims)
    return bool(sa and sb and not same_source(sa, sb))


def _source(ctx: Context, c: Claim, claims: Sequence[Claim]) -> str | None:
    if c.frame is None or c.frame.attribution:
        return c.frame.attribution if c.frame else None
    return next(
        (
            x.frame.attribution for x in claims
            if x.frame and x.frame.attribution and same_measure(x.frame, c.frame) and figures_agree(x, c, ctx.tolerance)
        ),
        None,
    )


def _tells_the_rise(ctx: Context, a: Claim, b: Claim) -> bool:
    """A report of a rising series that gives the count it rose to and a lower one before it:
    "the toll rises to 2,960" and "authorities had previously announced 2,946"."""
    if not ctx.in_series(a, b):
        return False
    higher, lower = (a, b) if a.mention.value > b.mention.value else (b, a)
    return higher.rising and not lower.rising


def _sum_mismatches(ctx: Context, figures: Sequence[Claim]) -> Iterator[tuple[Claim, Claim]]:
    """A total that its own listed parts, elsewhere in the document, do not add up to."""
    parts = [c for c in figures if c.parts_total is not None]
    by_sentence: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for c in parts:
        by_sentence[(c.doc, c.sentence.start)].append(c)
    for (doc, start), group in by_sentence.items():
        low, high = group[0].parts_total
        heads = {c.head for c in group if c.head}
        biggest = max(c.mention.value for c in group)
        measures = {c.frame.measure if c.frame else None for c in group}
        for t in figures:
            if t.doc != doc or t.sentence.start == start or t.parts_total is not None:
                continue
            if (t.frame.measure if t.frame else None) not in measures:
                continue  # "killed 241 passengers and crew plus 19 on the ground" sum to "killed 261": a measure of theirs
            if t.mention.value <= biggest or t.head in heads or not all(same_unit_family(t, c) for c in group):
                continue
            if t.head and all(c.head for c in group):
                continue  # "five wins and three draws" are no parts of "63 moves": each counts a noun of its own
            if t.mention.value > high * SCALE_SLIP:
                continue  # "27 reports of burns and six fires" are no parts of "half a million fryers"
            if not ctx.times_overlap(t, group[0]):
                continue
            related = max(
                max(attribute_similarity(t, c, ctx.corpus) for c in group),
                context_similarity(t, group[0], ctx.corpus),
            )
            if related < SAME_IN_DOCUMENT:
                continue
            m = t.mention
            if m.low is not None and overlap(m.low, m.high, low, high):
                continue
            yield group[0], t


@rule(
    "internal-conflict",
    Severity.error,
    example='"260 dead" in the lede, "265 people were killed" in paragraph six of the same report',
)
def internal_conflict(ctx: Context) -> Iterator[Discrepancy]:
    """One document contradicts itself: two values for one quantity, parts that do not add up, two dates for one event.

    Its parts: same-quantity and parts-total (here), event-dates (rules/dates.py), ordinal (rules/ordinals.py).
    A pair two parts both find (two ranks that are also two figures) is one row.
    """
    seen: set[frozenset[int]] = set()
    for d in run_parts(ctx, "internal-conflict"):
        key = frozenset(map(id, d.claims))
        if key not in seen:
            seen.add(key)
            yield d


@part(
    "internal-conflict",
    "same-quantity",
    example='"260 dead" in the lede, "265 people were killed" in paragraph six of the same report',
)
def two_values(ctx: Context) -> Iterator[Discrepancy]:
    """Two figures of one document that most surely measure one quantity for the same time do not agree."""
    for a, b, s in _internal_pairs(ctx, ctx.figures):
        yield Discrepancy(
            kind="internal-conflict",
            severity=Severity.error,
            summary=f"{a.doc} says {a.mention.text} and, later, {b.mention.text}",
            claims=(a, b),
            explanation=f"Both figures measure {' '.join(a.attribute[:4]) or 'the same quantity'} (match {s:.2f}) and do not overlap.",
        )


@part(
    "internal-conflict",
    "parts-total",
    example='"The crash killed 241 passengers and crew plus 19 on the ground" and "The crash killed 261 people in all"',
)
def parts_total(ctx: Context) -> Iterator[Discrepancy]:
    """Figures listed as parts ("241 passengers and crew plus 19 on the ground") do not add up to the total
    the document states elsewhere ("killed 261")."""
    for first_part, total in _sum_mismatches(ctx, ctx.figures):
        lo, hi = first_part.parts_total
        summed = (lo + hi) / 2
        yield Discrepancy(
            kind="internal-conflict",
            severity=Severity.error,
            summary=f"{total.doc}: the parts add up to {summed:,.6g}, the total says {total.mention.text}",
            claims=(first_part, total),
            explanation=f"The figures listed in \"{first_part.sentence.text[:120]}\" add up to {summed:,.6g}; "
            f"{total.mention.text} does not.",
        )
