"""The check, end to end: files → documents → mentions → claims → rules → Report."""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from .claims import claims_of, content_terms
from .documents import load
from .facts import load_facts
from .model import Claim, Document, Problem
from .parse import mentions
from .report import Report
from .rules import RULES, Context, run_rules
from .store import ClaimStore
from .text import sentences

__all__ = ["check", "claims", "analyse", "story_date"]


def story_date(documents: Iterable[Document]) -> dt.date | None:
    """The date the story speaks from: the median publication date of the dated documents."""
    dated = sorted(d.published for d in documents if d.published is not None and d.kind != "facts")
    if not dated:
        return None
    return dated[(len(dated) - 1) // 2] if len(dated) % 2 else statistics.median_low(dated)


def analyse(doc: Document, fallback_date: dt.date | None = None) -> tuple[list[Claim], list[tuple[int, frozenset[str]]]]:
    """One document's claims, and the content terms of each of its sentences (by start offset)."""
    when = doc.published or fallback_date
    sents = sentences(doc.text)
    found = mentions(doc.text, published=when)
    claims = claims_of(doc, sents, found)
    terms = [(s.start, frozenset(content_terms(s.text))) for s in sents]
    return claims, terms


def check(
    paths: Sequence[str | Path] | str | Path,
    facts: str | Path | None = None,
    *,
    published: dt.date | None = None,
    draft: str | Path | None = None,
    kinds: Iterable[str] | None = None,
    progress: Callable[[Document], None] | None = None,
    store: ClaimStore | None = None,
) -> Report:
    """Check the documents under `paths` against each other (and the reference `facts`).

    `draft`, a file among or besides `paths`, keeps only the discrepancies
    that involve it. Files that cannot be read are reported in
    `Report.problems`; the rest is still checked. With a `store`, documents
    whose content has not changed are not parsed again.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    paths = list(paths)
    if draft is not None and not any(Path(p) == Path(draft) for p in paths):
        paths.append(draft)
    documents, problems = load(paths, published=published)
    draft_id = _draft_id(documents, draft, problems)
    references: list[Claim] = []
    all_docs: dict[str, Document] = {d.id: d for d in documents}
    if facts is not None:
        fact_doc, references = load_facts(facts)
        all_docs[fact_doc.id] = fact_doc
    when = story_date(documents)
    claims: list[Claim] = []
    sentence_terms: dict[str, list[tuple[int, frozenset[str]]]] = {}
    for doc in documents:
        doc_claims, terms = _analyse_cached(doc, when, store)
        claims.extend(doc_claims)
        sentence_terms[doc.id] = terms
        if progress is not None:
            progress(doc)
    ctx = Context(
        documents=all_docs,
        claims=claims,
        references=references,
        story_date=when,
        sentence_terms=sentence_terms,
    )
    wanted = set(kinds) if kinds is not None else None
    if wanted is not None:
        unknown = wanted - set(RULES)
        if unknown:
            raise ValueError(f"unknown discrepancy kind(s): {', '.join(sorted(unknown))}; known: {', '.join(RULES)}")
    found = run_rules(ctx, wanted)
    if draft_id is not None:
        found = [d for d in found if draft_id in d.docs]
    return Report(
        documents=list(all_docs.values()),
        discrepancies=found,
        problems=problems,
        claims=claims,
        story_date=when,
    )


def _analyse_cached(doc: Document, when: dt.date | None, store: ClaimStore | None):
    if store is None:
        return analyse(doc, when)
    key = store.key(doc.id, doc.text, doc.published or when)
    found = store.get(key)
    if found is None:
        found = analyse(doc, when)
        store.put(key, found)
    return found


def _draft_id(documents: Sequence[Document], draft: str | Path | None, problems: list[Problem]) -> str | None:
    if draft is None:
        return None
    target = Path(draft).resolve()
    for d in documents:
        if d.path and Path(d.path).resolve() == target:
            return d.id
    if not any(Path(p.path).resolve() == target for p in problems):
        problems.append(Problem(str(draft), "the draft is not among the documents read"))
    return None


def claims(paths: Sequence[str | Path] | str | Path, *, published: dt.date | None = None) -> list[Claim]:
    """The claims of the documents under `paths`, as `check` builds them."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    documents, _ = load(list(paths), published=published)
    when = story_date(documents)
    return [c for doc in documents for c in analyse(doc, when)[0]]
