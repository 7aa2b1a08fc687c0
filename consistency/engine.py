"""The check, end to end: files → documents → mentions → claims → rules → Report."""

from __future__ import annotations

import dataclasses
import datetime as dt
import statistics
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from .claims import claims_of
from .config import Config
from .coverage import measure
from .documents import load
from .knowledge import KnowledgeBase, builtin, load_knowledge
from .knowledge.facts import load_facts
from .model import Claim, Document, Problem
from .parse import mentions
from .report import Report
from .rules import RULES, Context, run_rules
from .store import ClaimStore
from .suppress import Span, inline_spans, suppress
from .terms import content_terms
from .text import sentences
from .workers import InProcess, Workers, workers

__all__ = ["check", "claims", "analyse", "analyse_item", "context", "story_date"]

# One document's claims, and the content terms of each of its sentences (by start offset).
Analysis = tuple[list[Claim], list[tuple[int, frozenset[str]]]]


def story_date(documents: Iterable[Document]) -> dt.date | None:
    """The date the story speaks from: the median publication date of the dated documents."""
    dated = sorted(d.published for d in documents if d.published is not None and d.kind != "facts")
    return statistics.median_low(dated) if dated else None


def analyse(
    doc: Document, fallback_date: dt.date | None = None, knowledge: KnowledgeBase | None = None
) -> Analysis:
    """One document's claims, and the content terms of each of its sentences (by start offset).

    Names are read by `knowledge` (default: the built-in knowledge base).
    """
    when = doc.published or fallback_date
    sents = sentences(doc.text)
    found = mentions(doc.text, published=when, knowledge=knowledge)
    claims = claims_of(doc, sents, found)
    terms = [(s.start, frozenset(content_terms(s.text))) for s in sents]
    return claims, terms


def check(
    paths: Sequence[str | Path] | str | Path,
    facts: str | Path | None = None,
    *,
    settings: Config | None = None,
    knowledge: KnowledgeBase | None = None,
    draft: str | Path | None = None,
    focus: Sequence[str | Path] | None = None,
    progress: Callable[[Document], None] | None = None,
    store: ClaimStore | None = None,
    **options: Any,
) -> Report:
    """Check the documents under `paths` against each other (and the reference `facts`).

    `draft`, a file among or besides `paths`, keeps only the discrepancies
    that involve it; `focus` does the same for several files (the documents
    changed since a git revision).

    `settings` (a `Config`; default: the defaults) say how: its `as_of`
    checks the corpus as it stood on that date (documents published after
    it, and reference rows dated after it, are left out; undated documents
    stay, and so do `draft` and the `focus` files); `tolerance` widens every
    figure interval by that fraction before figures are compared (the rules
    read it as `Context.tolerance`); `enable`/`disable` pick the rules.
    Discrepancies in passages the documents switch off (`inline`
    directives), that an `ignore` rule matches, or whose id is
    `acknowledged` (id → reason) are moved to `Report.suppressed`. With
    `agreements`, `Report.agreements` lists the corroborated claims. Any
    field of `Config` may also be given as a keyword (`tolerance=0.02`),
    over `settings`. `facts` defaults to `settings.facts`. Names are read by
    `knowledge` (default: the built-in knowledge base with `settings.knowledge`'s
    folder added; see `knowledge.load_knowledge`).

    Files that cannot be read are reported in `Report.problems`; the rest
    is still checked. With a `store`, documents whose content has not
    changed are not parsed again. Documents are read and analysed on
    `settings.scheduler`'s Dask cluster when one is named, else by
    `settings.jobs` worker processes (None: every core, for corpora large
    enough to gain from them); the report is the same wherever they ran.
    """
    settings = _settings(settings, options)
    wanted = _wanted_kinds(settings.kinds())
    if facts is None:
        facts = settings.facts
    kb = knowledge if knowledge is not None else load_knowledge(*filter(None, [settings.knowledge]))
    as_of = settings.as_of
    if isinstance(paths, (str, Path)):
        paths = [paths]
    paths = list(paths)
    targets = ([draft] if draft is not None else []) + list(focus or [])
    paths.extend(t for t in targets if not any(Path(p) == Path(t) for p in paths))
    references: list[Claim] = []
    fact_doc = None
    if facts is not None:
        fact_doc, references = load_facts(facts, kb)
        if as_of is not None:
            references = [r for r in references if r.time is None or r.time[0] <= as_of]
    target_paths = [Path(t) for t in targets]
    with workers(settings.jobs, settings.scheduler, kb) as run:
        documents, problems = load(paths, published=settings.published, run=run)
        documents, left_out = _as_of(documents, as_of, keep={t.resolve() for t in target_paths})
        focus_ids = _focus_ids(documents, target_paths, problems)
        ctx = context(documents, references, fact_doc, tolerance=settings.tolerance, store=store, progress=progress,
                      knowledge=kb, run=run)
    when, claims = ctx.story_date, ctx.claims
    corpus_key = _corpus_key(documents, when, references, settings.tolerance, wanted, kb) if store is not None else None
    found = _memo(store, corpus_key, "rules", lambda: run_rules(ctx, wanted))
    if targets:
        found = [d for d in found if focus_ids & set(d.docs)]
    spans: list[Span] = []
    if settings.inline:
        for doc in documents:
            doc_spans, doc_problems = inline_spans(doc, RULES)
            spans.extend(doc_spans)
            problems.extend(doc_problems)
    found, suppressed = suppress(found, spans, settings.ignore, settings.name, settings.acknowledged)
    coverage_key = None if corpus_key is None else "|".join([corpus_key, *sorted(d.id for d in found), *sorted(focus_ids)])
    coverage, agreeing = _memo(store, coverage_key, "coverage", lambda: measure(ctx, found, settings.tolerance, focus_ids))
    return Report(
        documents=list(ctx.documents.values()),
        discrepancies=found,
        problems=problems,
        claims=claims,
        story_date=when,
        coverage=coverage,
        agreements=agreeing if settings.agreements else None,
        suppressed=suppressed,
        focus=tuple(d.id for d in documents if d.id in focus_ids),
        as_of=as_of,
        left_out=left_out,
    )


def context(
    documents: Sequence[Document],
    references: Sequence[Claim] = (),
    facts_document: Document | None = None,
    *,
    tolerance: float = 0.0,
    store: ClaimStore | None = None,
    progress: Callable[[Document], None] | None = None,
    knowledge: KnowledgeBase | None = None,
    run: Workers | None = None,
) -> Context:
    """The corpus as the rules see it: each document's claims and sentence terms, the story's date.

    `references` are the reference facts' claims and `facts_document` the
    document they were read from; `tolerance` widens every figure interval
    by that fraction before figures are compared; `knowledge` is the base the
    documents are read by (the built-in one when None); `run` analyses the
    documents on workers (default: in this process).
    """
    kb = knowledge if knowledge is not None else builtin()
    when = story_date(documents)
    claims: list[Claim] = []
    sentence_terms: dict[str, list[tuple[int, frozenset[str]]]] = {}
    for doc, (doc_claims, terms) in _analyses(documents, when, store, kb, run or InProcess(kb)):
        claims.extend(doc_claims)
        sentence_terms[doc.id] = terms
        if progress is not None:
            progress(doc)
    return Context(
        documents={d.id: d for d in [*documents, *([facts_document] if facts_document else [])]},
        claims=claims,
        references=references,
        story_date=when,
        sentence_terms=sentence_terms,
        tolerance=tolerance,
        knowledge=kb,
    )


def _settings(settings: Config | None, options: Mapping[str, Any]) -> Config:
    """`settings` with the keyword options over them; an option that is no setting is a TypeError naming it."""
    settings = settings if settings is not None else Config()
    known = {f.name for f in dataclasses.fields(Config) if f.init}
    unknown = sorted(set(options) - known)
    if unknown:
        raise TypeError(f"check() got unknown setting(s) {', '.join(unknown)}; settings are: {', '.join(sorted(known))}")
    return settings.override(**options) if options else settings


def _wanted_kinds(kinds: Iterable[str] | None) -> set[str] | None:
    if kinds is None:
        return None
    wanted = set(kinds)
    unknown = wanted - set(RULES)
    if unknown:
        raise ValueError(f"unknown discrepancy kind(s): {', '.join(sorted(unknown))}; known: {', '.join(RULES)}")
    return wanted


def _as_of(documents: list[Document], as_of: dt.date | None, keep: set[Path]) -> tuple[list[Document], list[str]]:
    """The documents published on or before `as_of`, and the ids of those left out.

    Undated documents stay, and so do the drafts under check (files in `keep`).
    """
    if as_of is None:
        return documents, []
    kept, left_out = [], []
    for d in documents:
        later = d.published is not None and d.published > as_of
        if later and not (d.path and d.path != "-" and Path(d.path).resolve() in keep):
            left_out.append(d.id)
        else:
            kept.append(d)
    return kept, left_out


def _corpus_key(documents, when, references, tolerance, wanted, kb: KnowledgeBase) -> str:
    """What the rules' result depends on: every document as read, the reference rows, the settings, the knowledge."""
    parts = [ClaimStore.key(d.id, d.text, d.published or when) for d in documents]
    parts += [repr((r.subject, r.attribute, r.mention, r.time)) for r in references]
    parts += [repr(tolerance), repr(sorted(wanted or ())), kb.fingerprint, repr(when)]
    return ClaimStore.key("corpus", "\n".join(parts), None)


def _memo(store: ClaimStore | None, key: str | None, what: str, compute):
    """A whole-corpus result from the store when nothing it depends on has changed."""
    if store is None or key is None:
        return compute()
    found = store.get_result(f"{what}:{key}")
    if found is None:
        found = compute()
        store.put(f"{what}:{key}", found)
    return found


def analyse_item(item: tuple[Document, dt.date | None], knowledge: KnowledgeBase) -> Analysis:
    """`analyse` of one (document, fallback date) pair: the per-document work `consistency.workers` runs."""
    doc, fallback_date = item
    return analyse(doc, fallback_date, knowledge)


def _analyses(
    documents: Sequence[Document], when: dt.date | None, store: ClaimStore | None, kb: KnowledgeBase, run: Workers
) -> Iterator[tuple[Document, Analysis]]:
    """Each document with its analysis, in order: from the store when it holds it, else from `run`'s workers."""
    keys = [_store_key(doc, when, store, kb) for doc in documents] if store is not None else []
    stored = [store.get(key) for key in keys] if store is not None else [None] * len(documents)
    fresh = run.map(analyse_item, [(doc, when) for doc, found in zip(documents, stored, strict=True) if found is None])
    for i, doc in enumerate(documents):
        found = stored[i]
        if found is None:
            found = next(fresh)
            if store is not None:
                store.put(keys[i], found)
        yield doc, found


def _store_key(doc: Document, when: dt.date | None, store: ClaimStore, kb: KnowledgeBase) -> str:
    key = store.key(doc.id, doc.text, doc.published or when)
    if kb != builtin():  # a document read by other knowledge is another analysis
        key = store.key(key, kb.fingerprint, None)
    return key


def _focus_ids(documents: Sequence[Document], targets: Sequence[Path], problems: list[Problem]) -> set[str]:
    """The ids of the documents read from the `targets` files (a JSON file may hold several)."""
    wanted = {t.resolve() for t in targets}
    ids = {d.id for d in documents if d.path and d.path != "-" and Path(d.path).resolve() in wanted}
    found = {Path(d.path).resolve() for d in documents if d.id in ids}
    failed = {Path(p.path).resolve() for p in problems}
    for t in targets:
        if t.resolve() not in found | failed:
            problems.append(Problem(str(t), "the draft is not among the documents read"))
    return ids


def claims(
    paths: Sequence[str | Path] | str | Path,
    *,
    published: dt.date | None = None,
    knowledge: KnowledgeBase | None = None,
) -> list[Claim]:
    """The claims of the documents under `paths`, as `check` builds them."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    documents, _ = load(list(paths), published=published)
    when = story_date(documents)
    return [c for doc in documents for c in analyse(doc, when, knowledge)[0]]
