"""What a rule is, the registry, and the context every rule reads.

A rule is a small function registered under its stable kind name. It takes
the aligned corpus (`Context`) and yields Discrepancies; its docstring is its
documentation (`consistency rules` prints it) and `example` shows one case.
A kind found by several algorithms names each as a `Part` (its own name,
docstring and example), so that each can be listed, documented and tested.
Every rule's must-flag and must-pass cases live in `rules/cases/<kind>.toml`.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property

from ..align import Corpus, cluster_stories, is_common, story_signature, subjects_compatible
from ..intervals import ranges_overlap
from ..knowledge import KnowledgeBase, builtin
from ..model import Claim, Discrepancy, Document, Severity, claim_time, document_date

__all__ = ["Rule", "RULES", "rule", "Part", "part", "Context"]


class _DocumentedCheck:
    """The documentation of a rule or part: the docstring of its `check` function."""

    __slots__ = ()
    check: Callable[[Context], Iterable[Discrepancy]]

    @property
    def doc(self) -> str:
        return (self.check.__doc__ or "").strip()

    @property
    def summary(self) -> str:
        return self.doc.splitlines()[0] if self.doc else ""


@dataclass(frozen=True, slots=True)
class Part(_DocumentedCheck):
    """One of the algorithms a rule runs under its kind: named, documented by its docstring, with an example."""

    kind: str
    name: str
    check: Callable[[Context], Iterable[Discrepancy]]
    example: str


@dataclass(frozen=True, slots=True)
class Rule(_DocumentedCheck):
    kind: str
    severity: Severity
    check: Callable[[Context], Iterable[Discrepancy]]
    example: str

    @property
    def parts(self) -> tuple[Part, ...]:
        """The named algorithms the rule runs, in the order they were registered (none for most rules)."""
        return tuple(PARTS.get(self.kind, {}).values())


RULES: dict[str, Rule] = {}
PARTS: dict[str, dict[str, Part]] = {}  # kind → part name → Part


def rule(kind: str, severity: Severity, example: str) -> Callable:
    """Register a rule function under its kind name."""

    def register(func: Callable[[Context], Iterable[Discrepancy]]):
        if kind in RULES:
            raise ValueError(f"rule {kind!r} registered twice")
        RULES[kind] = Rule(kind, severity, func, example)
        return func

    return register


def part(kind: str, name: str, example: str) -> Callable:
    """Register a function as a named part of the rule `kind`; the rule's own function runs it.

    Its discrepancies carry the rule's kind: the part's name is for the
    documentation and the cases, not for the output.
    """

    def register(func: Callable[[Context], Iterable[Discrepancy]]):
        parts = PARTS.setdefault(kind, {})
        if name in parts:
            raise ValueError(f"part {name!r} of rule {kind!r} registered twice")
        parts[name] = Part(kind, name, func, example)
        return func

    return register


@cache
def _name_words(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w.lower() for n in names for w in n.split() if len(w) >= 4)


@dataclass
class Context:
    """The corpus as the rules see it: documents, their claims, the reference facts, the knowledge base."""

    documents: dict[str, Document]
    claims: Sequence[Claim]
    references: Sequence[Claim] = ()
    story_date: dt.date | None = None
    sentence_terms: dict[str, list[tuple[int, frozenset[str]]]] = field(default_factory=dict)
    tolerance: float = 0.0  # relative widening of every figure interval before figures are compared
    knowledge: KnowledgeBase = field(default_factory=builtin)  # what the documents were read by
    one_story: bool = False  # the documents are one story already (the engine runs the rules story by story)
    # subject names → the documents that name any of their words (see _docs_naming_any)
    _naming_cache: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict, init=False, repr=False)

    @cached_property
    def corpus(self) -> Corpus:
        return Corpus(self.claims)

    @cached_property
    def figures(self) -> tuple[Claim, ...]:
        """The claims that are figures with a value: what the figure and timeline rules compare."""
        return tuple(c for c in self.claims if c.mention.is_figure and c.mention.value is not None)

    @cached_property
    def stories(self) -> dict[str, int]:
        """Document id → story number (see align.cluster_stories); the reference facts belong to every story."""
        docs = {d: doc for d, doc in self.documents.items() if d in self.sentence_terms}
        if self.one_story:
            return {d: 0 for d in docs}
        signatures = {d: story_signature(doc.text) for d, doc in docs.items()}
        return cluster_stories(signatures, {d: doc.published for d, doc in docs.items()})

    def story_of(self, doc: str) -> int:
        return self.stories.get(doc, -1)

    @cached_property
    def _story_topics(self) -> frozenset[tuple[int, str]]:
        """(story, word) for the words most of a story's documents use: its topic, useless for blocking."""
        sizes: Counter[int] = Counter(self.stories.values())
        df: Counter[tuple[int, str]] = Counter()
        for doc, sentences in self.sentence_terms.items():
            story = self.story_of(doc)
            df.update({(story, w) for _, words in sentences for w in words})
        return frozenset(k for k, n in df.items() if is_common(n, sizes[k[0]]))

    def claim_keys(self, c: Claim, words: Iterable[str]) -> Iterator[tuple]:
        """Blocking keys within the claim's story: its distinctive `words` and its subjects' names."""
        story = self.story_of(c.doc)
        for t in words:
            if self.blocks_on(c.doc, t):
                yield (story, "t", t)
        for s in c.subject:
            yield (story, "s", s)

    def blocks_on(self, doc: str, term: str) -> bool:
        """Whether a word can pair claims of this document's story: not common to the corpus or the story."""
        return not self.corpus.is_common(term) and (self.story_of(doc), term) not in self._story_topics

    @cached_property
    def _docs_naming(self) -> dict[str, frozenset[str]]:
        out: dict[str, set[str]] = {}
        for c in self.claims:
            for word in _name_words(c.subject):
                out.setdefault(word, set()).add(c.doc)
        return {word: frozenset(docs) for word, docs in out.items()}

    def subjects_related(self, a: Claim, b: Claim) -> bool:
        """Subjects agree (see align.subjects_compatible), or are named together in one document.

        Within one story "Northwind Air" and "Lake Varna" name the same event:
        a document that names both ties them.
        """
        if subjects_compatible(a, b):
            return True
        return bool(self._docs_naming_any(a.subject) & self._docs_naming_any(b.subject))

    def _docs_naming_any(self, subject: tuple[str, ...]) -> frozenset[str]:
        """The documents that name any word of these names (cached per subject)."""
        found = self._naming_cache.get(subject)
        if found is None:
            docs = self._docs_naming
            found = frozenset().union(*(docs.get(w, frozenset()) for w in _name_words(subject)))
            self._naming_cache[subject] = found
        return found

    def date_of(self, claim: Claim) -> dt.date | None:
        """The date a claim's document speaks from: its own, else the story's."""
        return document_date(self.documents.get(claim.doc), self.story_date)

    def time_of(self, claim: Claim) -> tuple[dt.date, dt.date] | None:
        """The time a claim speaks for: its own time words, else its document's date, else the story's."""
        return claim_time(claim, self.documents.get(claim.doc), self.story_date)

    def times_overlap(self, a: Claim, b: Claim) -> bool:
        """Whether two claims speak for overlapping times (their own time words, else their documents' dates).

        A claim with no time at all (an undated document, no story date) overlaps everything;
        one whose own date words could not be resolved overlaps only other undated claims.
        """
        ta, tb = self.time_of(a), self.time_of(b)
        if (a.time_unresolved and tb is not None) or (b.time_unresolved and ta is not None):
            return False  # "By March 26th" against a dated claim: the times cannot be told apart
        return ranges_overlap(ta, tb)
