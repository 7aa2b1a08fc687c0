"""What a rule is, the registry, and the context every rule reads.

A rule is a small function registered under its stable kind name. It takes
the aligned corpus (`Context`) and yields Discrepancies; its docstring is its
documentation (`consistency rules` prints it) and `example` shows one case.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property

from ..align import Corpus, cluster_stories, story_signature, subjects_compatible
from ..model import Claim, Discrepancy, Document, Severity

__all__ = ["Rule", "RULES", "rule", "Context"]


@dataclass(frozen=True, slots=True)
class Rule:
    kind: str
    severity: Severity
    check: Callable[[Context], Iterable[Discrepancy]]
    example: str

    @property
    def doc(self) -> str:
        return (self.check.__doc__ or "").strip()

    @property
    def summary(self) -> str:
        return self.doc.splitlines()[0] if self.doc else ""


RULES: dict[str, Rule] = {}


def rule(kind: str, severity: Severity, example: str) -> Callable:
    """Register a rule function under its kind name."""

    def register(func: Callable[[Context], Iterable[Discrepancy]]):
        if kind in RULES:
            raise ValueError(f"rule {kind!r} registered twice")
        RULES[kind] = Rule(kind, severity, func, example)
        return func

    return register


@cache
def _name_words(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w.lower() for n in names for w in n.split() if len(w) >= 4)


@dataclass
class Context:
    """The corpus as the rules see it: documents, their claims, the reference facts."""

    documents: dict[str, Document]
    claims: Sequence[Claim]
    references: Sequence[Claim] = ()
    story_date: dt.date | None = None
    sentence_terms: dict[str, list[tuple[int, frozenset[str]]]] = field(default_factory=dict)
    tolerance: float = 0.0  # relative widening of every figure interval before figures are compared

    @cached_property
    def corpus(self) -> Corpus:
        return Corpus(self.claims)

    @cached_property
    def stories(self) -> dict[str, int]:
        """Document id → story number (see align.cluster_stories); the reference facts belong to every story."""
        docs = {d: doc for d, doc in self.documents.items() if d in self.sentence_terms}
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
        return frozenset(k for k, n in df.items() if sizes[k[0]] >= 4 and n > 0.6 * sizes[k[0]])

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
        cache = self.__dict__.setdefault("_naming_cache", {})
        found = cache.get(subject)
        if found is None:
            docs = self._docs_naming
            found = cache[subject] = frozenset().union(*(docs.get(w, frozenset()) for w in _name_words(subject)))
        return found

    def date_of(self, claim: Claim) -> dt.date | None:
        """The date a claim's document speaks from: its own, else the story's."""
        doc = self.documents.get(claim.doc)
        if doc is not None and doc.published is not None:
            return doc.published
        return self.story_date

    def time_of(self, claim: Claim) -> tuple[dt.date, dt.date] | None:
        """The time a claim speaks for: its own time words, else its document's date."""
        if claim.time is not None:
            return claim.time
        when = self.date_of(claim)
        return (when, when) if when else None

    def times_overlap(self, a: Claim, b: Claim) -> bool:
        """Whether two claims speak for overlapping times (their own time words, else their documents' dates).

        A claim with no time at all (an undated document, no story date) overlaps everything;
        one whose own date words could not be resolved overlaps only other undated claims.
        """
        ta, tb = self.time_of(a), self.time_of(b)
        if (a.time_unresolved and tb is not None) or (b.time_unresolved and ta is not None):
            return False  # "By March 26th" against a dated claim: the times cannot be told apart
        if ta is None or tb is None:
            return True
        return ta[0] <= tb[1] and tb[0] <= ta[1]

    def of_kind(self, *kinds: str) -> list[Claim]:
        return [c for c in self.claims if c.mention.kind in kinds]
