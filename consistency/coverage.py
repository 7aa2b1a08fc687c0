"""Coverage: what was checked, not only what failed.

For each document: how many claims were read, how many were *aligned* with
a claim of another document (the same quantity, event, office, remark or
named entity), how many were *corroborated* (an aligned figure, date, office
holder or quote that another source gives alike) and how many are
*contested* (part of a reported discrepancy of warning or error severity).
A contested claim is never counted as corroborated. Names are aligned when
another source names the same entity, but a name alone corroborates nothing.

Figures align as the figure rules score them (`figure_score` at least
`SAME_QUANTITY - CLOSE_SECOND`; a reference row when it shares a subject and
measures the same thing, `REFERENCE_MATCH`) and agree when their intervals
overlap (widened by the tolerance in force); dates align as the date rule scores
events and agree when their ranges overlap; office claims align on the same
office at overlapping times and agree on the same holder; quotes align on
the same speaker in the same story (as the quote rule groups them) and most
words, and agree when one contains the other.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from .align import CLOSE_SECOND, attribute_similarity, candidate_pairs, connected_groups, same_unit_family
from .intervals import figures_overlap, ranges_overlap
from .model import Claim, Discrepancy, Severity
from .rules import Context
from .rules.dates import SAME_EVENT, date_keys, event_score
from .rules.figures import REFERENCE_MATCH, SAME_QUANTITY, figure_keys, figure_score
from .rules.quotes import SAME_REMARK, normalise_quote, quotes_by_speaker

__all__ = ["Agreement", "Coverage", "DocumentCoverage", "measure", "merge_coverage"]

GROUPS = ("figure", "date", "office", "quote", "name")


@dataclass(frozen=True, slots=True)
class DocumentCoverage:
    doc: str
    claims: int = 0
    aligned: int = 0
    corroborated: int = 0
    contested: int = 0

    def to_dict(self) -> dict[str, int | str]:
        return {
            "doc": self.doc,
            "claims": self.claims,
            "aligned": self.aligned,
            "corroborated": self.corroborated,
            "contested": self.contested,
        }


@dataclass(frozen=True, slots=True)
class Agreement:
    """A corroborated claim and the claims of other documents that agree with it.

    `claim` and `others` are what a reader is shown (one claim a document);
    `group` holds every corroborated claim that agrees, the ones coverage counts.
    """

    claim: Claim
    others: tuple[Claim, ...]
    group: tuple[Claim, ...] = ()

    @property
    def docs(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys([self.claim.doc, *(o.doc for o in self.others)]))


@dataclass
class Coverage:
    documents: list[DocumentCoverage]
    by_kind: dict[str, DocumentCoverage] = field(default_factory=dict)

    def total(self) -> DocumentCoverage:
        return DocumentCoverage(
            "total",
            sum(d.claims for d in self.documents),
            sum(d.aligned for d in self.documents),
            sum(d.corroborated for d in self.documents),
            sum(d.contested for d in self.documents),
        )

    def to_dict(self) -> dict[str, object]:
        return {
            "documents": [d.to_dict() for d in self.documents],
            "total": {k: v for k, v in self.total().to_dict().items() if k != "doc"},
            "by_kind": {g: {k: v for k, v in c.to_dict().items() if k != "doc"} for g, c in self.by_kind.items()},
        }


def _group(c: Claim) -> str:
    if c.mention.is_figure:
        return "figure"
    family = c.mention.family
    return family if family in GROUPS else "name"


class _Links:
    """Which claims align with which, and which agree, by position in one claim list."""

    def __init__(self, claims: Sequence[Claim]):
        self.index = {id(c): i for i, c in enumerate(claims)}
        self.aligned: set[int] = set()
        self.agree: dict[int, set[int]] = defaultdict(set)

    def link(self, a: Claim, b: Claim, agree: bool) -> None:
        i, j = self.index[id(a)], self.index[id(b)]
        self.aligned.update((i, j))
        if agree and a.doc != b.doc:  # a document does not corroborate itself
            self.agree[i].add(j)
            self.agree[j].add(i)


def _figures(ctx: Context, links: _Links, tolerance: float) -> None:
    figures = ctx.figures
    floor = SAME_QUANTITY - CLOSE_SECOND
    for a, b in candidate_pairs(figures, figure_keys(ctx)):
        if figure_score(ctx, a, b) >= floor:
            links.link(a, b, figures_overlap(a.mention, b.mention, tolerance))
    refs: dict[str, list[Claim]] = defaultdict(list)
    for r in ctx.references:
        if r.mention.is_figure and r.mention.value is not None:
            for s in r.subject:
                refs[s].append(r)
    for c in figures:
        seen: set[int] = set()
        for r in (r for s in c.subject for r in refs.get(s, ())):
            if id(r) in seen or not same_unit_family(c, r):
                continue
            seen.add(id(r))
            if attribute_similarity(c, r, ctx.corpus) >= REFERENCE_MATCH:
                links.link(c, r, figures_overlap(c.mention, r.mention, tolerance))


def _dates(ctx: Context, claims: Sequence[Claim], links: _Links) -> None:
    dates = [
        c for c in claims
        if c.mention.kind == "date" and c.mention.date and c.time and not c.frame.statement
    ]  # as the date rule: a statement's own date ("said on Monday") dates no event
    floor = SAME_EVENT - CLOSE_SECOND
    for a, b in candidate_pairs(dates, date_keys(ctx)):
        if ctx.scored_once(event_score, a, b) >= floor:  # as the date rule scored them
            links.link(a, b, ranges_overlap(a.time, b.time))


def _offices(ctx: Context, claims: Sequence[Claim], links: _Links) -> None:
    by_office: dict[tuple[int, str], dict[tuple, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    for c in claims:
        m = c.mention
        if m.kind == "entity" and m.office and m.canonical:
            by_office[(ctx.story_of(c.doc), m.office)][(c.doc, m.canonical, ctx.time_of(c))].append(c)
    for groups in by_office.values():
        keys = list(groups)
        for x, (doc_a, holder_a, time_a) in enumerate(keys):
            for doc_b, holder_b, time_b in keys[x + 1 :]:
                if doc_a == doc_b or not ranges_overlap(time_a, time_b):
                    continue
                for a in groups[(doc_a, holder_a, time_a)]:
                    for b in groups[(doc_b, holder_b, time_b)]:
                        links.link(a, b, holder_a == holder_b)


def _quotes(ctx: Context, links: _Links) -> None:
    for group in quotes_by_speaker(ctx).values():
        quotes = [(c, normalise_quote(c.mention.text)) for c in group]
        for x, (a, na) in enumerate(quotes):
            for b, nb in quotes[x + 1 :]:
                if a.doc == b.doc or not na or not nb:
                    continue
                contained = na in nb or nb in na
                if contained or fuzz.token_set_ratio(na, nb) >= SAME_REMARK:
                    links.link(a, b, contained)


def _names(claims: Sequence[Claim], links: _Links) -> None:
    docs: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        m = c.mention
        if m.kind == "entity" and not m.office and m.canonical:
            docs[m.canonical].add(c.doc)
    for c in claims:
        m = c.mention
        if m.kind == "entity" and not m.office and m.canonical and len(docs[m.canonical]) > 1:
            links.aligned.add(links.index[id(c)])


def _contested(discrepancies: Iterable[Discrepancy]) -> set[tuple]:
    return {
        (c.doc, c.start, c.end, c.mention.kind)
        for d in discrepancies
        if d.severity >= Severity.warning
        for c in d.claims
    }


def measure(
    ctx: Context,
    discrepancies: Sequence[Discrepancy],
    tolerance: float = 0.0,
    focus: Iterable[str] = (),
) -> tuple[Coverage, list[Agreement]]:
    """Coverage per document (every document of `ctx`, in order) and the agreements found.

    `focus`, when given, keeps the agreements whose claim lies in one of those documents.
    """
    claims = [*ctx.claims, *ctx.references]
    links = _Links(claims)
    _figures(ctx, links, tolerance)
    _dates(ctx, claims, links)
    _offices(ctx, claims, links)
    _quotes(ctx, links)
    _names(claims, links)
    contested = _contested(discrepancies)

    def key(c: Claim) -> tuple:
        return (c.doc, c.start, c.end, c.mention.kind)

    counts: dict[str, list[int]] = {doc: [0, 0, 0, 0] for doc in ctx.documents}
    groups: dict[str, list[int]] = {g: [0, 0, 0, 0] for g in GROUPS}
    corroborated: list[int] = []
    for i, c in enumerate(claims):
        is_contested = key(c) in contested
        is_corroborated = not is_contested and bool(links.agree.get(i))
        if is_corroborated:
            corroborated.append(i)
        row = (1, i in links.aligned, is_corroborated, is_contested)
        for tally in (counts.setdefault(c.doc, [0, 0, 0, 0]), groups[_group(c)]):
            for n, flag in enumerate(row):
                tally[n] += int(flag)
    coverage = Coverage(
        documents=[DocumentCoverage(doc, *tally) for doc, tally in counts.items()],
        by_kind={g: DocumentCoverage(g, *tally) for g, tally in groups.items()},
    )
    return coverage, _agreements(claims, links, corroborated, set(focus))


def merge_coverage(
    documents: Sequence[str], parts: Sequence[tuple[Coverage, list[Agreement]]], focus: Iterable[str] = ()
) -> tuple[Coverage, list[Agreement]]:
    """The coverage of several stories as one, documents in the order of `documents`.

    A document in several stories (the reference facts, compared in each)
    keeps the largest count of each column; the totals by kind add up.
    """
    focus = set(focus)
    rows: dict[str, DocumentCoverage] = {}
    for coverage, _ in parts:
        for row in coverage.documents:
            old = rows.get(row.doc)
            rows[row.doc] = row if old is None else DocumentCoverage(
                row.doc, max(old.claims, row.claims), max(old.aligned, row.aligned),
                max(old.corroborated, row.corroborated), max(old.contested, row.contested),
            )
    by_kind = {}
    for g in GROUPS:
        tallies = [c.by_kind[g] for c, _ in parts if g in c.by_kind]
        by_kind[g] = DocumentCoverage(g, *(sum(getattr(t, f) for t in tallies)
                                           for f in ("claims", "aligned", "corroborated", "contested")))
    agreements = sorted((a for _, found in parts for a in found),
                        key=lambda a: (a.claim.doc not in focus, a.claim.doc, a.claim.start))
    listed = set(documents)
    ordered = [rows[d] for d in documents if d in rows] + [r for d, r in rows.items() if d not in listed]
    return Coverage(documents=ordered, by_kind=by_kind), agreements


def _agreements(claims: Sequence[Claim], links: _Links, corroborated: list[int], focus: set[str]) -> list[Agreement]:
    """One row per group of claims that agree with each other (linked by agreement), across two or more documents.

    A row shows the group's first claim (in a focus document, if any) and the
    first claim of each other document; with a `focus`, only the groups that
    reach a focus document are kept.
    """
    members = set(corroborated)
    agreeing = ((i, j) for i in members for j in links.agree.get(i, ()) if j in members)
    out = []
    for group in connected_groups(members, agreeing):
        ordered = sorted(group, key=lambda i: (claims[i].doc not in focus, claims[i].doc, claims[i].start))
        first = claims[ordered[0]]
        if focus and first.doc not in focus:
            continue
        by_doc: dict[str, Claim] = {}
        for i in ordered[1:]:
            if claims[i].doc != first.doc:
                by_doc.setdefault(claims[i].doc, claims[i])
        if by_doc:
            out.append(Agreement(first, tuple(by_doc.values()), tuple(claims[i] for i in ordered)))
    out.sort(key=lambda a: (a.claim.doc not in focus, a.claim.doc, a.claim.start))
    return out
