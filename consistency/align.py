"""Claims about the same thing, across documents: block first, then score.

Blocking keeps the work near-linear in the corpus: a pair of claims is only
scored when the two share a subject or a key term that is rare enough to
mean something (a term found in most documents of the corpus says nothing
about which quantity a figure measures). Scoring weighs the shared attribute
terms by how rare they are (IDF) and lets near-spellings meet ("aluminum" /
"aluminium") through rapidfuzz.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache
from typing import TypeVar

from rapidfuzz import fuzz, process
from wordfreq import zipf_frequency

from .model import Claim
from .terms import WORD, measure_words, stem, stopwords

__all__ = [
    "CLOSE_SECOND",
    "Corpus",
    "attribute_similarity",
    "candidate_pairs",
    "connected_groups",
    "context_similarity",
    "is_common",
    "lifted_by_context",
    "mutual_conflicts",
    "same_unit_family",
    "subjects_compatible",
]

T = TypeVar("T")

_NEAR_SPELLING = 85.0  # rapidfuzz ratio at which two stems count as one word
_MAX_BLOCK = 150  # a block larger than this is a common word: skip it

# A word in more than this share of the documents (of the corpus, or of one story) is their topic:
# it ties every claim to every other, so it tells no two claims apart.
COMMON_SHARE = 0.6
# Below this many documents no word is common: a draft and two or three sources share their topic
# words by being about one story, and those words are what pairs their claims.
COMMON_FROM = 4

# Below this attribute similarity two claims measure different things, however alike their sentences.
DIFFERENT_MEASURES = 0.2
# Above it, the sentences' similarity may lift the match: to at most this mix of attribute and sentence.
ATTRIBUTE_WEIGHT = 0.5

# An agreeing claim whose match is this close to the best one clears the pair (see mutual_conflicts):
# two matches this close are not told apart by the scores.
CLOSE_SECOND = 0.15


def is_common(in_documents: int, documents: int) -> bool:
    """Whether a word found in `in_documents` of `documents` is their topic (COMMON_SHARE, COMMON_FROM)."""
    return documents >= COMMON_FROM and in_documents > COMMON_SHARE * documents


class Corpus:
    """Document frequencies of terms, for weighting: rare terms say more."""

    def __init__(self, claims: Iterable[Claim]):
        per_doc: dict[str, set[str]] = defaultdict(set)
        for c in claims:
            per_doc[c.doc].update(c.context)
            per_doc[c.doc].update(c.attribute)
        self.documents = max(len(per_doc), 1)
        self.df: Counter[str] = Counter()
        for terms in per_doc.values():
            self.df.update(terms)
        measures = measure_words()
        self._common = frozenset(
            t for t, n in self.df.items() if is_common(n, self.documents) and t not in measures
        )
        self._weights: dict[str, float] = {}
        self._totals: dict[tuple[str, ...], float] = {}

    def idf(self, term: str) -> float:
        return math.log((1 + self.documents) / (1 + self.df.get(term, 0))) + 1.0

    def is_common(self, term: str) -> bool:
        """Found in most documents: the story's topic, not a distinguishing attribute.

        Words that name a measure ("death") stay distinguishing however often they occur.
        """
        return term in self._common

    def weight(self, term: str) -> float:
        """A term's IDF, a quarter of it for a common term."""
        w = self._weights.get(term)
        if w is None:
            w = self._weights[term] = self.idf(term) * (0.25 if term in self._common else 1.0)
        return w

    def total(self, terms: tuple[str, ...]) -> float:
        """The summed weight of a tuple of distinct terms (cached: claims share their sentence's terms)."""
        w = self._totals.get(terms)
        if w is None:
            w = self._totals[terms] = sum(self.weight(t) for t in terms)
        return w


def _shared(a: Sequence[str], b: Sequence[str]) -> list[tuple[str, str]]:
    """Pairs of terms, one from each side, that are the same word or a near-spelling."""
    out = []
    bset = set(b)
    for t in a:
        if t in bset:
            out.append((t, t))
            continue
        if len(t) < 5:
            continue
        hit = process.extractOne(t, b, scorer=fuzz.ratio, score_cutoff=_NEAR_SPELLING)
        if hit is not None and len(hit[0]) >= 5:
            out.append((t, hit[0]))
    return out


def attribute_similarity(a: Claim, b: Claim, corpus: Corpus) -> float:
    """0..1: how surely two claims measure the same thing.

    The IDF weight of the shared attribute terms over the weight of the
    smaller attribute, so a short attribute contained in a longer one scores
    high; terms common to the whole corpus count for little.
    """
    if not a.attribute or not b.attribute:
        return 0.0
    shared = _shared(a.attribute, b.attribute)
    if not shared:
        return 0.0
    got = sum(corpus.weight(t) for t, _ in shared)
    return min(1.0, got / max(min(corpus.total(a.attribute), corpus.total(b.attribute)), 1e-9))


# Story signatures. A word signs a story by how rare it is in general English, not in the
# corpus at hand: four reports of one earthquake share "epicentre" and "Marrakesh", and so
# do four hundred. Zipf frequency is log10 of a word's occurrences per billion words;
# "people" is 6.3, "earthquake" 4.2, "epicentre" 2.4.
_EVERYDAY_ZIPF = 5.0  # a word at least this frequent ("said", "government") signs no story
_STORY_LINK = 0.3  # share of the smaller signature's weight two documents must have in common
_STORY_WINDOW = dt.timedelta(days=45)  # reports further apart than this are not linked directly


def story_signature(text: str) -> dict[str, float]:
    """A document's words that can tell its story apart, each weighted by its rarity in general English."""
    stop = stopwords()
    out: dict[str, float] = {}
    for m in WORD.finditer(text):
        word = m.group().lower().strip("'’-")
        if len(word) < 4 or word in stop or word in out:
            continue
        rarity = _EVERYDAY_ZIPF - zipf_frequency(word, "en")
        if rarity > 0:
            out[word] = rarity
    return out


def cluster_stories(
    signatures: dict[str, dict[str, float]],
    dates: dict[str, dt.date | None] | None = None,
    *,
    small: int = 12,
    keys: int = 20,
    threshold: float = _STORY_LINK,
    largest: int = 40,
) -> dict[str, int]:
    """Documents → story numbers: documents that share enough rare words tell one story.

    A corpus of `small` documents or fewer is one story (the pre-publication
    check: a draft and its sources). In a larger one, each document's `keys`
    rarest words find the documents it may share a story with; two of them
    join one story when the words they share weigh at least `threshold` of
    the smaller signature, and their dates (where both have one) lie within
    the story window. A story that grows past `largest` documents through
    chains of such links is split again at a stricter threshold. Claims are
    only compared within a story, which keeps a nightly run over an archive
    near-linear.
    """
    docs = sorted(signatures)
    if len(docs) <= small:
        return {d: 0 for d in docs}
    dates = dates or {}
    df: Counter[str] = Counter(w for sig in signatures.values() for w in sig)
    ceiling = 50  # a word in more documents than this is the archive's vocabulary, not a story's
    index: dict[str, list[str]] = defaultdict(list)
    for d in docs:
        sig = signatures[d]
        rare = sorted((w for w in sig if 2 <= df[w] <= ceiling), key=lambda w: (-sig[w], w))
        for w in rare[:keys]:
            index[w].append(d)
    together: Counter[tuple[str, str]] = Counter()
    for members in index.values():
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                together[(a, b)] += 1
    overlap = {}
    for (a, b), n in together.items():
        if n < 2 or not _within_window(dates.get(a), dates.get(b)):
            continue
        sa, sb = signatures[a], signatures[b]
        shared = sum(sa[w] for w in sa.keys() & sb.keys())
        overlap[(a, b)] = shared / max(min(sum(sa.values()), sum(sb.values())), 1e-9)
    stories: list[list[str]] = []
    _split(docs, overlap, threshold, largest, stories)
    return {d: i for i, members in enumerate(stories) for d in members}


def _within_window(a: dt.date | None, b: dt.date | None) -> bool:
    return a is None or b is None or abs(a - b) <= _STORY_WINDOW


def connected_groups(items: Iterable[T], links: Iterable[tuple[T, T]]) -> list[list[T]]:
    """The items joined by links, directly or through others (union-find).

    Members keep the order of `items`; groups come in the order of their
    first member. A link to an item not in `items` is an error.
    """
    parent = {x: x for x in items}

    def root(x: T) -> T:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in links:
        parent[root(a)] = root(b)
    groups: dict[T, list[T]] = defaultdict(list)
    for x in parent:
        groups[root(x)].append(x)
    return list(groups.values())


def _split(docs: list[str], overlap: dict[tuple[str, str], float], threshold: float, largest: int, out: list) -> None:
    members = set(docs)
    links = ((a, b) for (a, b), score in overlap.items() if score >= threshold and a in members and b in members)
    for group in sorted(connected_groups(docs, links)):
        if len(group) > largest and threshold < 0.9:
            _split(group, overlap, threshold + 0.1, largest, out)
        else:
            out.append(group)


@cache
def _name_tokens(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(stem(t) for n in names for t in n.split() if len(t) >= 4)


def subjects_compatible(a: Claim, b: Claim) -> bool:
    """Named subjects agree when either sentence names none, or they share a name or a name's word,
    or one sentence's subject is a word of the other sentence.

    "Guerrero" and "Eddie Guerrero" share a word; "Broncos" and "Vikings" share nothing.
    """
    if not a.subject or not b.subject:
        return True
    if set(a.subject) & set(b.subject):
        return True
    ta, tb = _name_tokens(a.subject), _name_tokens(b.subject)
    return bool(ta & tb or ta & set(b.context) or tb & set(a.context))


def lifted_by_context(a: Claim, b: Claim, attribute: float, corpus: Corpus) -> float:
    """A match from the attribute similarity, lifted by the sentences' similarity (`ATTRIBUTE_WEIGHT`).

    Attributes below `DIFFERENT_MEASURES` stay as they are: the sentences may agree,
    but the claims measure different things.
    """
    if attribute < DIFFERENT_MEASURES:
        return attribute
    return max(attribute, ATTRIBUTE_WEIGHT * attribute + (1 - ATTRIBUTE_WEIGHT) * context_similarity(a, b, corpus))


def context_similarity(a: Claim, b: Claim, corpus: Corpus, ignore: set[str] = frozenset()) -> float:
    """0..1: how much of the smaller sentence's weighted content the other shares (`ignore`d words aside)."""
    if not a.context or not b.context:
        return 0.0
    sa, sb = set(a.context), set(b.context)
    wa, wb = corpus.total(a.context), corpus.total(b.context)
    if ignore:  # take the ignored words out of the cached totals rather than summing anew
        wa -= sum(corpus.weight(t) for t in ignore & sa)
        wb -= sum(corpus.weight(t) for t in ignore & sb)
    smaller = min(wa, wb)
    shared = (sa & sb) - ignore if ignore else sa & sb
    if not shared:
        return 0.0
    return min(1.0, sum(corpus.weight(t) for t in shared) / max(smaller, 1e-9))


def mutual_conflicts(
    claims: Sequence[Claim],
    keys,
    score: Callable[[Claim, Claim], float],
    agree: Callable[[Claim, Claim], bool],
    threshold: float,
    close: float,
) -> Iterator[tuple[Claim, Claim, float]]:
    """Pairs that most surely speak of the same thing and disagree.

    For a claim and another document, the claims there are ranked by
    `score`; if any claim close to the best `agree`s, the documents agree on
    it; otherwise the best one conflicts. A pair is yielded when each side's
    best match in the other's document is the other, and they conflict.
    """
    found: dict[tuple[int, str], list[tuple[float, Claim]]] = defaultdict(list)
    for a, b in candidate_pairs(claims, keys):
        s = score(a, b)
        if s < threshold - close:
            continue
        found[(id(a), b.doc)].append((s, b))
        found[(id(b), a.doc)].append((s, a))
    by_id = {id(c): c for c in claims}
    verdict: dict[tuple[int, str], tuple[Claim, float] | None] = {}
    for (key, doc), options in found.items():
        claim = by_id[key]
        top_score = max(s for s, _ in options)
        top = next(b for s, b in options if s == top_score)
        if top_score < threshold or any(agree(claim, b) for s, b in options if s >= top_score - close):
            verdict[(key, doc)] = None
        else:
            verdict[(key, doc)] = (top, top_score)
    done: set[frozenset[int]] = set()
    for (key, _doc), v in verdict.items():
        if v is None:
            continue
        other, s = v
        claim = by_id[key]
        back = verdict.get((id(other), claim.doc))
        if back is None or back[0] is not claim:
            continue
        pair = frozenset((key, id(other)))
        if pair in done:
            continue
        done.add(pair)
        first, second = sorted((claim, other), key=lambda c: (c.doc, c.start))
        yield first, second, s


_MONEY = "money"


# Counts of people: "people" is the general word, the others name a kind of person.
_PEOPLE = frozenset({"person", "death", "passenger", "soldier", "civilian", "child", "refugee", "worker", "injured"})


def same_unit_family(a: Claim, b: Claim) -> bool:
    """Whether two figures can be compared number to number."""
    ka, kb = a.mention.kind, b.mention.kind
    ua, ub = a.mention.unit, b.mention.unit
    if ka == _MONEY or kb == _MONEY:
        return ka == kb and ua == ub and ua is not None
    if ka == "percent" or kb == "percent":
        return ka == kb and ua == ub
    if ua == ub:
        return {ka, kb} <= {"number", "quantity"}
    # a plain count or "people" compares with a count of a kind of people ("260 dead", "261 people")
    loose = {ua, ub} - {None, "person"}
    return {ka, kb} <= {"number", "quantity"} and len(loose) <= 1 and loose <= _PEOPLE


def candidate_pairs(claims: Sequence[Claim], keys) -> Iterator[tuple[Claim, Claim]]:
    """Pairs of claims from different documents that share a blocking key.

    `keys(claim)` yields the claim's blocking keys. Each pair is yielded once.
    """
    blocks: dict[object, list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        for k in set(keys(c)):
            blocks[k].append(i)
    seen: set[tuple[int, int]] = set()
    for members in blocks.values():
        if len(members) < 2 or len(members) > _MAX_BLOCK:
            continue
        for x in range(len(members)):
            i = members[x]
            for y in range(x + 1, len(members)):
                j = members[y]
                if claims[i].doc == claims[j].doc:
                    continue
                key = (i, j) if i < j else (j, i)
                if key in seen:
                    continue
                seen.add(key)
                yield claims[key[0]], claims[key[1]]
