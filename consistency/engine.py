"""The check, end to end: files → documents → mentions → claims → rules → Report."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import pickle
import statistics
import sys
import tempfile
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

from .align import cluster_stories, regroup_stories, story_signature
from .caches import forget as forget_caches
from .claim_building import claims_of
from .config import Config
from .coverage import Agreement, Coverage, measure, merge_coverage
from .documents import STDIN, load
from .knowledge import KnowledgeBase, builtin, load_knowledge
from .knowledge.facts import read_facts
from .model import DEFAULT_DATE_ORDER, Claim, Discrepancy, Document, Problem
from .parse import mentions
from .report import Report
from .rules import RULES, Context, run_rules, severity_order
from .store import ClaimStore
from .suppress import Keeping, Span, Suppressed, inline_spans, stale_acknowledgements, unused_directives
from .terms import content_terms
from .text import sentences
from .workers import InProcess, Workers, workers

__all__ = ["check", "claims", "analyse", "analyse_item", "context", "signature_item", "story_contexts", "story_coverage",
           "story_date", "story_numbers", "story_rules", "story_rules_and_coverage"]

# One document's claims, and the content terms of each of its sentences (by start offset).
Analysis = tuple[list[Claim], list[tuple[int, frozenset[str]]]]


def story_date(documents: Iterable[Document]) -> dt.date | None:
    """The date the story speaks from: the median publication date of the dated documents."""
    dated = sorted(d.published for d in documents if d.published is not None and d.kind != "facts")
    return statistics.median_low(dated) if dated else None


def analyse(
    doc: Document,
    fallback_date: dt.date | None = None,
    knowledge: KnowledgeBase | None = None,
    date_order: str | None = None,
) -> Analysis:
    """One document's claims, and the content terms of each of its sentences (by start offset).

    Names are read by `knowledge` (default: the built-in knowledge base);
    all-number dates in the document's own `date_order`, else in `date_order`.
    An undated document's calendar dates without a year take it from
    `fallback_date` (its story's date); its relative dates stay unresolved.
    """
    sents = sentences(doc.text)
    found = mentions(doc.text, published=doc.published, knowledge=knowledge, date_order=doc.order_of_dates(date_order),
                     story_date=fallback_date)
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
    draft_name: str = "draft",
    focus: Sequence[str | Path] | None = None,
    progress: Callable[[Document], None] | None = None,
    store: ClaimStore | None = None,
    **options: Any,
) -> Report:
    """Check the documents under `paths` against each other (and the reference `facts`).

    `draft`, a file among or besides `paths`, keeps only the discrepancies
    that involve it (``"-"``: the draft is read from standard input, its id
    `draft_name`); `focus` does the same for several files (the documents
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
    `agreements`, `Report.agreements` lists the corroborated claims;
    `date_order` (MDY, DMY, YMD) reads all-number dates in every document
    whose front matter does not give its own. Any
    field of `Config` may also be given as a keyword (`tolerance=0.02`),
    over `settings`. `facts` defaults to `settings.facts`. Names are read by
    `knowledge` (default: the built-in knowledge base with `settings.knowledge`'s
    folder added; see `knowledge.load_knowledge`).

    Files that cannot be read are reported in `Report.problems`; the rest
    is still checked. Each document's text waits in the check's temporary
    file from when its file is read (read back to analyse it); from then on
    the document waits there whole, with its claims packed, in one record
    (read back to sign it, for its story's rules and coverage, which unpack
    its claims, one story at a time, and as `Report.documents`, a sequence,
    is read); the coverage a story measures waits there too until the
    stories' coverage is put together; `Report.claims` is a sequence built on first use; `Report.discrepancies`
    is a sequence whose items are held packed and unpacked as they are read. With a `store`,
    documents whose content has not changed are not parsed again, and a
    story none of whose documents changed takes its result from the store; a file unchanged since
    the store read it (size, times) is not read again (see `documents.load`). Inline directives of the documents under
    check that suppress nothing, and acknowledged ids that match no
    discrepancy any more (judged when every rule ran on the whole corpus),
    are listed in `Report.unused`. Documents are read, analysed and signed,
    and each story's rules and coverage run, on
    `settings.scheduler`'s Dask cluster when one is named, else by
    `settings.jobs` worker processes (None or 1: this process; 0: every
    core, for corpora large enough to gain from them, as the command line
    does by default); the report is the same wherever they ran.
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
    fact_problems: list[Problem] = []
    if facts is not None:
        fact_doc, references, fact_problems = read_facts(facts, kb)
        if as_of is not None:
            references = [r for r in references if r.time is None or r.time[0] <= as_of]
    target_paths = [Path(t) for t in targets]
    texts = _Texts()  # each document's text, from when it is read (the check holds the documents without it)
    with workers(settings.jobs, settings.scheduler, kb) as run:
        documents, problems = load(paths, published=settings.published, max_bytes=settings.max_file_bytes, run=run,
                                   store=store, shelf=texts)
        problems.extend(fact_problems)
        if str(draft) == STDIN:
            documents = _named_stdin(documents, draft_name, problems, texts)
        # One order whatever order the paths were given in: a rule that picks a representative claim picks
        # the same one, so discrepancy ids (and acknowledgements keyed on them) do not depend on the order.
        documents = sorted(documents, key=lambda d: d.id)
        documents, left_out = _as_of(documents, as_of, keep={_real(t) for t in target_paths})
        focus_ids = _focus_ids(documents, target_paths, problems)
        ctx, stored = _read_context(documents, references, fact_doc, tolerance=settings.tolerance, store=store,
                                    progress=progress, knowledge=kb, problems=problems,
                                    date_order=settings.date_order, run=run, texts=texts)
        # each document waits whole, with its analysis, in the check's temporary file (ctx.documents reads them
        # back): held are their ids; the texts' shelf is let go (each text is in its document's record now), and
        # what the parsers cached while they read the documents (see caches.py)
        ids = list(ctx.sentence_terms)
        del documents, texts
        forget_caches()
        when = ctx.story_date
        stories = _Stories(ctx, story_numbers(ctx, store, run))
        keys = [_story_key(s, when, references, settings.tolerance, wanted, kb, settings.date_order)
                if store is not None else None for s in stories]
        keeping = Keeping(frozenset(focus_ids) if targets else None, settings.inline, tuple(settings.ignore),
                          settings.name, settings.acknowledged)
        # a story reruns (its stored documents' claims decoded) only when the store lacks its result
        found, measured = _story_results(store, keys, run, stories, stored, wanted,
                                         (keeping, settings.tolerance, focus_ids), settings.agreements)
        # the ids found before any suppression, read (every discrepancy unpacked) only to tell which acknowledged are stale
        found_ids = {d.id for d in found} if settings.acknowledged else set()
        spans: list[Span] = []
        if settings.inline:
            for doc_id in stored.documents.directed:  # a document without directives has no spans
                doc_spans, doc_problems = inline_spans(ctx.documents[doc_id], RULES)
                spans.extend(doc_spans)
                problems.extend(doc_problems)
        found, suppressed = found.kept(keeping.judge(spans))
        unused = unused_directives(spans, suppressed, focus_ids if targets else set(ids), wanted)
        if wanted is None and as_of is None:
            unused += stale_acknowledgements(settings.acknowledged, found_ids, settings.name)
        coverage, agreeing = _coverage(ctx, stories, keys, found, settings.tolerance, focus_ids, store, stored,
                                       settings.agreements, run, measured)
    return Report(
        documents=_ReadBack(ctx.documents),
        discrepancies=found,
        problems=problems,
        claims=stored.all_claims(ctx),
        story_date=when,
        coverage=coverage,
        agreements=agreeing if settings.agreements else None,
        suppressed=suppressed,
        focus=tuple(d for d in ids if d in focus_ids),
        as_of=as_of,
        left_out=left_out,
        unused=unused,
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
    problems: list[Problem] | None = None,
    date_order: str | None = None,
    run: Workers | None = None,
) -> Context:
    """The corpus as the rules see it: each document's claims and sentence terms, the story's date.

    `references` are the reference facts' claims and `facts_document` the
    document they were read from; `tolerance` widens every figure interval
    by that fraction before figures are compared; `knowledge` is the base the
    documents are read by (the built-in one when None); `date_order` the
    desk's order of all-number dates (a document's front matter may give its own);
    `run` analyses the documents on workers (default: in this process).
    A document whose analysis fails is left out, and the failure added to
    `problems` (raised when that is None).
    """
    ctx, stored = _read_context(documents, references, facts_document, tolerance=tolerance, store=store,
                                progress=progress, knowledge=knowledge, problems=problems, date_order=date_order,
                                run=run)
    return stored.filled(ctx)


def _read_context(
    documents: Sequence[Document],
    references: Sequence[Claim],
    facts_document: Document | None,
    *,
    tolerance: float,
    store: ClaimStore | None,
    progress: Callable[[Document], None] | None,
    knowledge: KnowledgeBase | None,
    problems: list[Problem] | None,
    date_order: str | None,
    run: Workers | None,
    texts: _Texts | None = None,
) -> tuple[Context, StoredAnalyses]:
    """`context`, with every document's analysis left packed: the documents are in the Context with no
    claims and no sentence terms yet, each held whole with its analysis in the check's temporary file and
    read back when asked for (see `_Records`); `StoredAnalyses` puts a story's analyses in when its work
    needs them. `texts` holds the texts of the documents given without theirs (see `documents.load`)."""
    kb = knowledge if knowledge is not None else builtin()
    when = story_date(documents)
    sentence_terms: dict[str, list[tuple[int, frozenset[str]]]] = {}
    stored = StoredAnalyses(store, when, kb, date_order)
    with_text = texts.restored if texts is not None else _as_given
    for doc, found in _analyses(documents, when, store, kb, run or InProcess(kb), date_order, with_text):
        if isinstance(found, AnalysisFailed):  # the document boundary: one text the parsers cannot read stops nothing
            if problems is None:
                raise found
            problems.append(Problem(doc.path or doc.id, str(found)))
            continue
        stored.add(with_text(doc), found)
        sentence_terms[doc.id] = _NO_TERMS  # until its analysis is unpacked
        if progress is not None:
            progress(doc)
    if facts_document is not None:
        stored.documents.keep(facts_document)
    ctx = Context(
        documents=stored.documents,
        claims=[],
        references=references,
        story_date=when,
        sentence_terms=sentence_terms,
        tolerance=tolerance,
        knowledge=kb,
    )
    return ctx, stored


_NO_TERMS: list[tuple[int, frozenset[str]]] = []  # shared by every document whose analysis is still packed (never changed)


def _as_given(doc: Document) -> Document:
    """A document given with its text, as it is."""
    return doc


class StoredAnalyses:
    """Every document of a check, whole, and its analysis, kept in the check's temporary file until the work
    of its story needs them (`documents`, one record a document: see `_Records`).

    Claims take several times the memory of their packed bytes, and an
    archive's texts are most of its size: what a check holds of each document
    is its id, and only one story's documents and analyses at a time are read
    back and unpacked, by the worker that runs its rules or coverage
    (`shipped`), so that memory grows with the largest story rather than with
    the corpus. A fresh analysis is packed by the worker that made it
    (`Packed`). One the store holds stays as stored until a story that reruns
    needs it: on a night when few documents changed, most stories take their
    result from the store, and decoding their documents would be most of what
    such a night costs. It is then decoded once and its record written again
    packed, as a fresh one (a story's rules and its coverage both need it). A
    row that does not decode is analysed again (and stored again while the
    store is open).
    """

    def __init__(self, store: ClaimStore | None, when: dt.date | None, kb: KnowledgeBase, date_order: str | None):
        self.store, self.when, self.kb, self.date_order = store, when, kb, date_order
        self.documents = _Records()  # the documents added, whole, each with its analysis, on disk

    def add(self, doc: Document, found: Packed | bytes) -> None:
        """A document, whole, and its analysis: fresh (`Packed`) or as the store holds it (bytes)."""
        self.documents.add(doc, found)

    def _packed(self, doc_id: str, *, store_open: bool = True) -> Packed:
        """A document's analysis, packed: one as the store holds it is decoded (or analysed again) and kept
        packed from then on."""
        doc, found = self.documents.record(doc_id)
        if isinstance(found, Packed):
            return found
        packed = Packed.of(self._decoded(doc, found, store_open))
        self.documents.add(doc, packed)
        return packed

    def _decoded(self, doc: Document, encoded: bytes, store_open: bool) -> Analysis:
        found = ClaimStore.decode(encoded)
        if found is not None:
            return found
        found = analyse(doc, self.when, self.kb, self.date_order)
        if store_open and self.store is not None:
            self.store.undecodable()
            self.store.put(_store_key(doc, self.when, self.store, self.kb, doc.order_of_dates(self.date_order)), found)
        return found

    def filled(self, story: Context) -> Context:
        """`story` with the claims and sentence terms of all its documents."""
        return unpacked(*self.shipped(story))

    def shipped(self, story: Context) -> tuple[Context, dict[str, Packed]]:
        """`story` as it travels to the worker that runs its work, its documents read back whole and their
        analyses packed (`unpacked` puts them in)."""
        return (dataclasses.replace(story, documents=dict(story.documents)),
                {d: self._packed(d) for d in story.sentence_terms})

    def all_claims(self, ctx: Context) -> Sequence[Claim]:
        """Every claim of `ctx`, as `context` lists them: unpacked only when first used."""
        if not ctx.sentence_terms:
            return ctx.claims

        def every_claim() -> list[Claim]:
            return _in_document_order(ctx, {d: self._packed(d, store_open=False).unpack() for d in ctx.sentence_terms})

        return _LazyClaims(every_claim)


class _Texts:
    """The texts of documents the check holds without them, in a temporary file (`_Spilled`) until read back:
    a `documents.Shelf`. They wait there from when their files are read until their documents are added,
    whole, to the check's records (`_Records`); then the shelf is let go."""

    def __init__(self) -> None:
        self._spilled = _Spilled()

    def hold(self, doc: Document, key: object = None) -> Document:
        """`doc` without its text, which is kept here under `key` (default: its id)."""
        self._spilled[doc.id if key is None else key] = Packed.of(doc.text)
        return dataclasses.replace(doc, text="")

    def rename(self, key: object, doc_id: str) -> None:
        """The text kept under `key` is the text of document `doc_id` from now on."""
        self._spilled.rename(key, doc_id)

    def restored(self, doc: Document) -> Document:
        """`doc` with its text, if it is one held without it."""
        return dataclasses.replace(doc, text=self._spilled[doc.id].unpack()) if doc.id in self._spilled else doc


class _Records(Mapping[str, Document]):
    """A check's documents by id, one record each in a temporary file (`_Spilled`): the document whole, with
    its text, and its analysis (`StoredAnalyses.add`). A record is read back when its story's work, the
    signing or the report asks for it; a check holds of each document its id and where its record is. A
    document `kept` (the reference facts', which every story holds, with no analysis) stays in memory."""

    def __init__(self) -> None:
        self._spilled = _Spilled()
        self._kept: dict[str, Document] = {}
        self.directed: list[str] = []  # the ids of the documents added with inline directives, in order

    def add(self, doc: Document, analysis: Packed | bytes) -> None:
        """`doc`, whole, and its analysis; a document added again (its analysis decoded) keeps its place."""
        if doc.directives and doc.id not in self._spilled:
            self.directed.append(doc.id)
        self._spilled[doc.id] = Packed.of((doc, analysis))

    def record(self, doc_id: str) -> tuple[Document, Packed | bytes]:
        """A document added, and its analysis."""
        return self._spilled[doc_id].unpack()

    def keep(self, doc: Document) -> None:
        self._kept[doc.id] = doc

    def __getitem__(self, doc_id: str) -> Document:
        if doc_id in self._kept:
            return self._kept[doc_id]
        return self.record(doc_id)[0]

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._kept or doc_id in self._spilled

    def __iter__(self) -> Iterator[str]:
        yield from (d for d in self._spilled if d not in self._kept)
        yield from self._kept

    def __len__(self) -> int:
        return len(self._spilled) + sum(1 for d in self._kept if d not in self._spilled)


class _ReadBack(Sequence[Document]):
    """Documents by id in order, each read back when it is asked for (`Report.documents` of a check): an
    archive's documents are not all in memory at once while its report is written."""

    def __init__(self, documents: Mapping[str, Document]):
        self._documents, self._ids = documents, list(documents)

    def __len__(self) -> int:
        return len(self._ids)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        return self._documents[self._ids[index]]

    def __eq__(self, other: object) -> bool:
        return list(self) == (list(other) if isinstance(other, Sequence) else other)

    def __repr__(self) -> str:
        return repr(list(self))


class _Spilled:
    """Packed values by key (documents' records by id, texts waiting for their analysis, discrepancies by
    number), their bytes in a temporary file this check writes and reads back. A key written again is read
    from its latest bytes (the earlier stay in the file, unread).

    The file lives as long as this object (it is deleted when closed); nothing
    in it comes from anywhere but this process.
    """

    def __init__(self) -> None:
        self._file: IO[bytes] | None = None
        self._where: dict[Any, int] = {}  # key → the number of its packed bytes, in the order they were written
        self._ends = array("q", [0])  # where the bytes written n-th end (one number per value: an archive has many)
        # whether the file stands at its end, where the next bytes go: values written one after another are written
        # through the file's buffer (a seek would write out the buffer each time)
        self._at_end = True

    def __setitem__(self, key: Any, packed: Packed) -> None:
        if self._file is None:
            self._file = tempfile.TemporaryFile()  # noqa: SIM115 (open as long as the analyses are wanted)
        if not self._at_end:
            self._file.seek(0, os.SEEK_END)
            self._at_end = True
        self._file.write(packed.blob)
        self._where[key] = len(self._ends) - 1
        self._ends.append(self._ends[-1] + len(packed.blob))

    def __getitem__(self, key: Any) -> Packed:
        n = self._where[key]
        assert self._file is not None
        self._file.seek(self._ends[n])
        self._at_end = False
        return Packed(self._file.read(self._ends[n + 1] - self._ends[n]))

    def __contains__(self, key: object) -> bool:
        return key in self._where

    def __iter__(self) -> Iterator[Any]:
        return iter(self._where)

    def __len__(self) -> int:
        return len(self._where)

    def rename(self, key: Any, new: Any) -> None:
        """The bytes kept under `key` are kept under `new` from now on."""
        if new != key:
            self._where[new] = self._where.pop(key)


@dataclasses.dataclass(frozen=True, slots=True)
class Packed:
    """A document's fresh analysis packed (pickled) by the process that made it, to be unpacked by the one
    that runs its story's work; or a document's record, a text or a discrepancy, packed until they are read
    back (`_Spilled`). It lives in memory or in
    this check's temporary file only, never in the store.

    It is not compressed: it waits on disk (`_Spilled`), not in memory, where compressing it would only
    halve a temporary file, for a twentieth of a check's time."""

    blob: bytes

    @classmethod
    def of(cls, value: Any) -> Packed:
        return cls(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))

    def unpack(self) -> Any:
        # bytes this check's own processes made, never read from disk
        return pickle.loads(self.blob)  # noqa: S301


class _SortedDiscrepancies(Sequence[Discrepancy]):
    """A check's discrepancies in the order the report lists them (`severity_order`; equals in the order
    of their stories, and of each story's result), each packed in a temporary file and unpacked as it is
    read: an archive's are never all in memory at once, and the writers read them one by one.

    Each story's are `add`ed as its work returns them, in any order of stories; they are sorted when first read.
    """

    def __init__(self, spilled: _Spilled | None = None, order: Sequence[int] | None = None):
        self._spilled = spilled if spilled is not None else _Spilled()
        self._keys: list[tuple] = []  # the sort key of each discrepancy added, by its number, until sorted
        self._order = order  # the discrepancies' numbers in report order, once sorted

    def add(self, story: int, found: Sequence[Discrepancy]) -> None:
        """The discrepancies of story number `story`, in the order its work found them."""
        for place, d in enumerate(found):
            self._spilled[len(self._keys)] = Packed.of(d)
            self._keys.append((severity_order(d), story, place))

    def _sorted(self) -> Sequence[int]:
        if self._order is None:
            self._order = array("l", sorted(range(len(self._keys)), key=self._keys.__getitem__))
            self._keys = []
        return self._order

    def kept(self, judged: Callable[[Discrepancy], Suppressed | bool]) -> tuple[_SortedDiscrepancies, list[Suppressed]]:
        """Those `judged` keeps (True), in the same order, and those it suppresses (see `Keeping.judge`)."""
        kept, dropped = array("l"), []
        for n in self._sorted():
            verdict = judged(self._spilled[n].unpack())
            if verdict is True:
                kept.append(n)
            elif verdict:
                dropped.append(verdict)
        return _SortedDiscrepancies(self._spilled, kept), dropped

    def __len__(self) -> int:
        return len(self._sorted())

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        return self._spilled[self._sorted()[index]].unpack()

    def __iter__(self) -> Iterator[Discrepancy]:
        return (self._spilled[n].unpack() for n in self._sorted())

    def __eq__(self, other: object) -> bool:
        return list(self) == (list(other) if isinstance(other, Sequence) else other)

    def __repr__(self) -> str:
        return repr(list(self))


def unpacked(story: Context, packed: Mapping[str, Packed]) -> Context:
    """`story` with the claims and sentence terms of its `packed` documents put in."""
    return _with_analyses(story, {d: p.unpack() for d, p in packed.items()})


def _with_analyses(story: Context, decoded: Mapping[str, Analysis]) -> Context:
    if not decoded:
        return story
    terms = {d: decoded[d][1] if d in decoded else terms for d, terms in story.sentence_terms.items()}
    return dataclasses.replace(story, claims=_in_document_order(story, decoded), sentence_terms=terms)


def _in_document_order(ctx: Context, decoded: Mapping[str, Analysis]) -> list[Claim]:
    """The claims of `ctx`'s documents in their order, those of the `decoded` documents from their analysis."""
    fresh: dict[str, list[Claim]] = {}
    for c in ctx.claims:
        fresh.setdefault(c.doc, []).append(c)
    return [c for d in ctx.sentence_terms for c in (decoded[d][0] if d in decoded else fresh.get(d, ()))]


class _LazyClaims(Sequence[Claim]):
    """A list of claims built on first use (`Report.claims` of a night that reused most stories)."""

    def __init__(self, build: Callable[[], list[Claim]]):
        self._build: Callable[[], list[Claim]] | None = build
        self._claims: list[Claim] | None = None

    def _list(self) -> list[Claim]:
        if self._claims is None:
            self._claims = self._build()
            self._build = None  # what it read from (a temporary file of packed analyses) is let go
        return self._claims

    def __getitem__(self, index):
        return self._list()[index]

    def __len__(self) -> int:
        return len(self._list())

    def __iter__(self) -> Iterator[Claim]:
        return iter(self._list())

    def __eq__(self, other: object) -> bool:
        return self._list() == (list(other) if isinstance(other, Sequence) else other)

    def __repr__(self) -> str:
        return repr(self._list())


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
        if later and not (d.path and d.path != STDIN and _real(d.path) in keep):
            left_out.append(d.id)
        else:
            kept.append(d)
    return kept, left_out


def _named_stdin(documents: list[Document], name: str, problems: list[Problem], texts: _Texts) -> list[Document]:
    """The documents with the one read from standard input named `name` (the draft a CMS pipes in), its
    text in `texts` kept under that name.

    A name another document already has is a problem: the piped draft is left out rather than mistaken for it.
    """
    clash = next((d.path for d in documents if d.path != STDIN and d.id == name), None)
    if clash is not None:
        problems.append(Problem(STDIN, f"the draft's id {name!r} is taken by {clash}: give another with --draft-name"))
        return [d for d in documents if d.path != STDIN]
    for d in documents:
        if d.path == STDIN:
            texts.rename(d.id, name)
    return [dataclasses.replace(d, id=name) if d.path == STDIN else d for d in documents]


def story_numbers(ctx: Context, store: ClaimStore | None = None, run: Workers | None = None) -> dict[str, int]:
    """Document id → story number, as `Context.stories` finds them; `run` signs the documents on its workers.

    A check's documents wait in its temporary file (`ctx.documents` reads
    them back): each is read once for its date (and, with a store, its content
    key) and once more as it is signed. The grouping holds of each document
    its id, its date and its signature.

    With a store, a corpus whose documents have not changed takes its
    grouping from it; when a few have changed (at most `_REGROUP_SHARE` of
    them), only the stories they touch are grouped again (see
    align.regroup_stories). Each document's story signature is kept by its content.
    """
    ids = list(ctx.sentence_terms)
    run = run or InProcess(ctx.knowledge)
    if store is None and ctx.one_story:
        return {d: 0 for d in ids}
    dates: dict[str, dt.date | None] = {}
    keys: dict[str, str] = {}  # with a store: each document's content key, and where its signature is kept
    kept_at: dict[str, str] = {}
    for d in ids:
        doc = ctx.documents[d]
        dates[d] = doc.published
        if store is not None:
            keys[d] = store.key(d, doc.text, doc.published)
            kept_at[d] = _signature_key(keys[d], doc.title)
    if store is None:
        return cluster_stories(_signatures(ctx.documents, ids, run), dates)
    grouping = "stories:" + store.key("stories", "\n".join(sorted(f"{d}:{k}" for d, k in keys.items())), None)
    found = store.lookup(grouping)
    if found is not None:
        return found
    signatures = _signatures(ctx.documents, ids, run, store, kept_at)
    last = store.lookup(_LAST_GROUPING) or {}
    changed = {d for d, k in keys.items() if last.get(d, ("", 0))[0] != k} | (last.keys() - keys.keys())
    if last and len(changed) <= _REGROUP_SHARE * len(keys):
        found = regroup_stories({d: story for d, (_, story) in last.items()}, signatures, dates, changed)
    else:
        found = cluster_stories(signatures, dates)
    store.put(grouping, found)
    store.put(_LAST_GROUPING, {d: (keys[d], story) for d, story in found.items()})
    return found


_LAST_GROUPING = "stories:last"  # the grouping of the last run: document → (content key, story)
_REGROUP_SHARE = 0.1  # past this share of documents changed, the whole corpus is grouped again


def _signatures(documents: Mapping[str, Document], ids: Sequence[str], run: Workers, store: ClaimStore | None = None,
                kept_at: Mapping[str, str] | None = None) -> dict[str, dict[str, float]]:
    """The story signature of each of the documents `ids`, signed on `run`'s workers from its text and title
    (the document read back when its work is made); with a store, kept there (each at `kept_at`)."""
    found = {d: store.lookup(kept_at[d]) if store and kept_at else None for d in ids}
    missing = [d for d in ids if found[d] is None]
    items = _OnDemand(len(missing), lambda k: _signed(documents[missing[k]]))
    # the same names, and weights, recur across an archive's stories, whose signatures are all held at once:
    # each name and each weight is held once
    weights: dict[float, float] = {}
    for doc_id, signature in zip(missing, run.map(signature_item, items), strict=True):
        found[doc_id] = signature = {sys.intern(name): weights.setdefault(weight, weight)
                                     for name, weight in signature.items()}
        if store is not None and kept_at is not None:
            store.put(kept_at[doc_id], signature)
    return found


def _signed(doc: Document) -> tuple[str, str | None]:
    """What a document's signature is made from: its text and its title (the work item of `signature_item`)."""
    return doc.text, doc.title


def _signature_key(content_key: str, title: str | None) -> str:
    """Where a document's signature is kept: by its content key and its title, which it signs too."""
    return f"signature:{content_key}:{title or ''}"


def signature_item(item: tuple[str, str | None], _knowledge: KnowledgeBase) -> dict[str, float]:
    """A document's story signature (align.story_signature) from its text and title: per-document work
    `consistency.workers` runs."""
    return story_signature(*item)


def story_contexts(ctx: Context, numbers: Mapping[str, int] | None = None) -> list[Context]:
    """The corpus split into its stories (`numbers`, default `ctx.stories`), each a Context of its own.

    Every rule and coverage pass runs within one story: the reference facts
    belong to every story, and a story speaks from its own documents' date.
    """
    return list(_Stories(ctx, numbers))


class _Stories(Sequence[Context]):
    """`story_contexts`, each story's Context made when it is asked for: a check holds the ids of each
    story's documents, not a Context for each of an archive's stories at once."""

    def __init__(self, ctx: Context, numbers: Mapping[str, int] | None = None):
        numbers = ctx.stories if numbers is None else numbers
        members: dict[int, list[str]] = {}
        for doc_id in ctx.sentence_terms:
            members.setdefault(numbers.get(doc_id, -1), []).append(doc_id)
        self._ctx, self._members = ctx, list(members.values())
        self._facts = [ctx.documents[d] for d in ctx.documents if d not in ctx.sentence_terms]
        self._by_doc: dict[str, list[Claim]] = {}
        for c in ctx.claims:
            self._by_doc.setdefault(c.doc, []).append(c)

    def __len__(self) -> int:
        return max(len(self._members), 1)

    def ids(self, index: int) -> list[str]:
        """The ids of story `index`'s documents (its Context reads them back)."""
        return self._members[index] if len(self._members) > 1 else list(self._ctx.sentence_terms)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        ctx = self._ctx
        if len(self._members) <= 1:
            if index not in (0, -1):
                raise IndexError(index)
            return dataclasses.replace(ctx, one_story=True)
        ids = self._members[index]
        docs = [ctx.documents[i] for i in ids]
        return Context(
            documents={d.id: d for d in [*docs, *self._facts]},
            claims=[c for i in ids for c in self._by_doc.get(i, ())],
            references=ctx.references,
            story_date=story_date(docs),
            sentence_terms={i: ctx.sentence_terms[i] for i in ids},
            tolerance=ctx.tolerance,
            knowledge=ctx.knowledge,
            one_story=True,
        )


Shipped = tuple[Context, dict[str, Packed]]  # a story as it travels to a worker (StoredAnalyses.shipped)


def story_rules(item: tuple[Shipped, set[str] | None], knowledge: KnowledgeBase) -> list[Discrepancy]:
    """The `wanted` rules (None: all) on one story: the per-story work `consistency.workers` runs."""
    shipped, wanted = item
    return run_rules(_unpacked_by(shipped, knowledge), wanted)


def story_coverage(item: tuple[Shipped, list[Discrepancy], float, set[str]],
                   knowledge: KnowledgeBase) -> tuple[Coverage, list[Agreement]]:
    """One story's coverage and agreements (coverage.measure): the per-story work `consistency.workers` runs."""
    shipped, found, tolerance, focus = item
    return measure(_unpacked_by(shipped, knowledge), found, tolerance, focus)


def story_rules_and_coverage(item: tuple[Shipped, set[str] | None, tuple[Keeping, float, set[str]]],
                             knowledge: KnowledgeBase) -> tuple[list[Discrepancy], tuple[Coverage, list[Agreement]]]:
    """The `wanted` rules on one story, and its coverage on the discrepancies `keeping` keeps (with the
    `tolerance` and `focus` of coverage.measure): the story unpacked once, and the pairs of claims its rules
    scored are not scored again for its coverage. The per-story work `consistency.workers` runs."""
    shipped, wanted, (keeping, tolerance, focus) = item
    story = _unpacked_by(shipped, knowledge)
    found = run_rules(story, wanted)
    own = [story.documents[d] for d in story.sentence_terms]
    kept = [d for d in keeping.kept(found, own, RULES) if any(c.doc in story.sentence_terms for c in d.claims)]
    return found, measure(story, kept, tolerance, focus)


def _unpacked_by(shipped: Shipped, knowledge: KnowledgeBase) -> Context:
    """The story with its claims, read by the worker's knowledge base (the check's, loaded once per worker).

    A fresh Context each time: what the rules cache on it lives only as long as one story's work; so does what
    the package's caches keep (see caches.py), emptied as each story's work starts.
    """
    forget_caches()
    story, packed = shipped
    return dataclasses.replace(unpacked(story, packed), knowledge=knowledge)


def _story_key(story: Context, corpus_date, references, tolerance, wanted, kb: KnowledgeBase,
               date_order: str | None) -> str:
    """What a story's result depends on: its documents as read (an undated one by the corpus's date, all-number
    dates in their order), the reference rows, the settings, the knowledge, the story's date."""
    parts = [ClaimStore.key(d.id, d.text, d.published or corpus_date) + d.order_of_dates(date_order)
             for d in story.documents.values() if d.id in story.sentence_terms]
    parts += [repr((r.subject, r.attribute, r.mention, r.time)) for r in references]
    parts += [repr(tolerance), repr(sorted(wanted or ())), kb.fingerprint, repr(story.story_date)]
    return ClaimStore.key("story", "\n".join(parts), None)


def _story_results(store: ClaimStore | None, keys: Sequence[str | None], run: Workers, stories: Sequence[Context],
                   stored: StoredAnalyses, wanted: set[str] | None, coverage: tuple[Keeping, float, set[str]],
                   agreements: bool) -> tuple[_SortedDiscrepancies, _Spilled]:
    """The stories' discrepancies, each story's from the store when nothing they depend on has changed (its
    key there), else found by its rules on `run`'s workers, and stored; and the coverage of each story whose
    rules ran, measured in the same work (`story_rules_and_coverage`), by the story's number, packed in the
    check's temporary file until the stories' coverage is put together (the others have none there). Its
    agreements hold their claims: they are kept only when the report lists them or the store keeps them."""
    found = _SortedDiscrepancies()
    measured = _Spilled()
    missing = []
    for i, key in enumerate(keys):
        result = store.get_result(f"rules:{key}") if store is not None and key is not None else None
        if result is None:
            missing.append(i)
        else:
            found.add(i, result)
    items = _OnDemand(len(missing), lambda k: (stored.shipped(stories[missing[k]]), wanted, coverage))
    for i, (result, part) in zip(missing, run.map(story_rules_and_coverage, items), strict=True):
        found.add(i, result)
        measured[i] = Packed.of(part if agreements or store is not None else (part[0], []))
        if store is not None and keys[i] is not None:
            store.put(f"rules:{keys[i]}", result)
    return found, measured


class _OnDemand(Sequence[Any]):
    """`count` work items, each made by `make` when it is asked for: in this process a story's claims are
    read back one story at a time, as its work runs (a pool or a cluster takes them all at once)."""

    def __init__(self, count: int, make: Callable[[int], Any]):
        self._count, self._make = count, make

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self._make(i) for i in range(*index.indices(self._count))]
        if not -self._count <= index < self._count:
            raise IndexError(index)
        return self._make(index % self._count)


def _coverage(ctx: Context, stories: _Stories, keys: list[str | None], found: Sequence[Discrepancy], tolerance: float,
              focus: set[str], store: ClaimStore | None, stored: StoredAnalyses, agreements: bool, run: Workers,
              measured: _Spilled):
    """Coverage and agreements, measured story by story on `run`'s workers and put together in the
    corpus's document order. A story `measured` already (with its rules) is not measured again.

    The reference facts are compared in every story: their row counts the most any story found.
    """
    story_of = {doc: i for i in range(len(stories)) for doc in stories.ids(i)}
    # each story's discrepancies by their place in `found` (read back one story at a time), and their ids;
    # a story measured with its rules and not stored needs neither
    wanted = {i for i, key in enumerate(keys) if key is not None or i not in measured}
    by_story: dict[int, list[int]] = {}
    ids: dict[int, list[str]] = {}
    for n, d in enumerate(found if wanted else ()):
        for i in dict.fromkeys(story_of[c.doc] for c in d.claims if c.doc in story_of):
            if i in wanted:
                by_story.setdefault(i, []).append(n)
                ids.setdefault(i, []).append(d.id)
    memo_keys = [None if key is None else "|".join([key, *sorted(ids.get(i, [])), *sorted(focus)])
                 for i, key in enumerate(keys)]
    parts = [_stored_coverage(store, key, agreements) for key in memo_keys]
    missing = [i for i, part in enumerate(parts) if part is None and i not in measured]
    items = _OnDemand(len(missing), lambda k: (stored.shipped(stories[missing[k]]),
                                               [found[n] for n in by_story.get(missing[k], [])], tolerance, focus))
    fresh = [(i, measured[i].unpack()) for i in range(len(keys)) if i in measured and parts[i] is None]
    for i, part in [*fresh, *zip(missing, run.map(story_coverage, items), strict=True)]:
        if store is not None and memo_keys[i] is not None:
            store.put(f"coverage:{memo_keys[i]}", part[0])
            store.put(f"agreements:{memo_keys[i]}", part[1])
        parts[i] = part if agreements else (part[0], [])  # each agreement holds its claims: kept only when listed
    if len(parts) == 1:
        return parts[0]
    return merge_coverage(list(ctx.documents), parts, focus)


def _stored_coverage(store: ClaimStore | None, key: str | None, agreements: bool):
    """A story's coverage and agreements from the store when nothing they depend on has changed, else None.

    They are stored apart: the agreements hold every corroborated claim, and
    are decoded only when the report lists them (`agreements`).
    """
    if store is None or key is None:
        return None
    coverage = store.get_result(f"coverage:{key}")
    agreeing = store.lookup(f"agreements:{key}") if agreements else []
    return None if coverage is None or agreeing is None else (coverage, agreeing)


class AnalysisFailed(Exception):
    """A document the parsers could not analyse: its message names it and the error."""


def analyse_item(item: tuple[Document, dt.date | None, str], knowledge: KnowledgeBase) -> Packed | AnalysisFailed:
    """`analyse` of one (document, fallback date, date order), packed: the per-document work `consistency.workers` runs.

    A document the parsers fail on gives an AnalysisFailed instead of its analysis (the document boundary:
    the other documents are analysed on, wherever they run).
    """
    doc, fallback_date, date_order = item
    try:
        return Packed.of(analyse(doc, fallback_date, knowledge, date_order))
    except Exception as error:
        return AnalysisFailed(f"cannot analyse {doc.id} ({type(error).__name__}: {error})")


def _analyses(
    documents: Sequence[Document],
    when: dt.date | None,
    store: ClaimStore | None,
    kb: KnowledgeBase,
    run: Workers,
    date_order: str | None,
    with_text: Callable[[Document], Document],
) -> Iterator[tuple[Document, Packed | AnalysisFailed | bytes]]:
    """Each document with its analysis, in order: packed by `run`'s workers, or still encoded (bytes) when the
    store holds it. A document held without its text is given it (`with_text`) only while its key is made and
    when its work item is made."""
    orders = [doc.order_of_dates(date_order) for doc in documents]
    keys = [_store_key(with_text(doc), when, store, kb, order)
            for doc, order in zip(documents, orders, strict=True)] if store is not None else []
    stored = [store.get_encoded(key) for key in keys] if store is not None else [None] * len(documents)
    wanted = [(doc, order) for doc, order, found in zip(documents, orders, stored, strict=True) if found is None]
    fresh = run.map(analyse_item, _OnDemand(len(wanted), lambda k: (with_text(wanted[k][0]), when, wanted[k][1])))
    for i, doc in enumerate(documents):
        found = stored[i]
        if found is None:
            found = next(fresh)
            if store is not None and isinstance(found, Packed):
                store.put(keys[i], found.unpack())
        yield doc, found


def _store_key(doc: Document, when: dt.date | None, store: ClaimStore, kb: KnowledgeBase, date_order: str) -> str:
    key = store.key(doc.id, doc.text, doc.published or when)
    if kb != builtin():  # a document read by other knowledge is another analysis
        key = store.key(key, kb.fingerprint, None)
    if date_order != DEFAULT_DATE_ORDER:  # so is one whose numeric dates are read in another order
        key = store.key(key, date_order, None)
    return key


def _focus_ids(documents: Sequence[Document], targets: Sequence[Path], problems: list[Problem]) -> set[str]:
    """The ids of the documents read from the `targets` files (a JSON file may hold several)."""
    if not targets:
        return set()
    wanted = {_real(t) for t in targets if str(t) != STDIN}
    piped = any(str(t) == STDIN for t in targets)
    ids = {d.id for d in documents if d.path and (_real(d.path) in wanted if d.path != STDIN else piped)}
    found = {_resolved(d.path) for d in documents if d.id in ids}
    failed = {_resolved(p.path) for p in problems}
    for t in targets:
        if _resolved(str(t)) not in found | failed:
            problems.append(Problem(str(t), "the draft is not among the documents read"))
    return ids


def _resolved(path: str) -> str | Path:
    """A path as it is found on disk (standard input as it is named): symlinks followed, a loop left as it is."""
    return path if path == STDIN else _real(path)


def claims(
    paths: Sequence[str | Path] | str | Path,
    *,
    published: dt.date | None = None,
    knowledge: KnowledgeBase | None = None,
    date_order: str | None = None,
) -> list[Claim]:
    """The claims of the documents under `paths`, as `check` builds them."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    documents, _ = load(list(paths), published=published)
    when = story_date(documents)
    return [c for doc in documents for c in analyse(doc, when, knowledge, date_order)[0]]


def _real(path: str | Path) -> Path:
    """The path with symlinks followed; a symlink loop is left as it is (Path.resolve raises on one)."""
    return Path(os.path.realpath(path))
