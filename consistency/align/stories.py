"""Stories: which documents report one event, so claims are compared only within one.

A story is a set of reports about one event within a time window. Documents
are signed by their headlines and text: the names rare in general English
(not in the corpus at hand), and their precise figures;
candidate pairs come from MinHash LSH over each document's rarer shared
names and figures, only among documents dated close together, so finding
them stays near-linear at any archive size; candidates whose names and
figures overlap enough, each among the other's closest, join one story.
"""

from __future__ import annotations

import datetime as dt
import heapq
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from functools import cache
from typing import TypeVar

import numpy as np
from datasketch import MinHash, MinHashLSH

from ..terms import WORD, stopwords
from .rarity import EVERYDAY_ZIPF, zipf

__all__ = ["cluster_stories", "connected_groups", "english_rarity", "regroup_stories", "story_signature"]

T = TypeVar("T")

# Story signatures. A word signs a story by how rare it is in general English, not in the
# corpus at hand: four reports of one earthquake share "epicentre" and "Marrakesh", and so
# do four hundred. Zipf frequency is log10 of a word's occurrences per billion words;
# "people" is 6.3, "earthquake" 4.2, "epicentre" 2.4.
_NAME_WEIGHT = 2.0  # a word written as a name inside a sentence (a place, a person, a company) counts double
_STORY_LINK = 0.3  # shared weight of names and figures over the geometric mean of the two documents' weights
_STORY_WINDOW = dt.timedelta(days=45)  # reports further apart than this are not linked directly
_SHARED_NAMES = 2  # two reports share at least this many names or figures to tell one story
_FEW_SHARED_LINK = 0.75  # ... and, sharing only that many, this much of their weight
_SURE_LINK = 0.6  # reports this alike tell one story, however many others are as close
_NEAREST = 6  # a document links only to its closest candidates that count it among theirs
_SMALL_CORPUS = 12  # a corpus this small is one story: a draft and its sources

# Candidate pairs. Each document's KEY_WORDS rarest names and figures that at least one other
# document uses (a word of its own links nothing) are MinHashed; LSH then proposes the documents
# whose key words overlap by about LSH_THRESHOLD (Jaccard) or more. Reports of one event by
# different outlets (the twenty reports of one earthquake from as many outlets) may share as
# little as a tenth of them; linking is decided on the weights afterwards.
_KEY_WORDS = 12  # at most 66 pairs of them
_KEY_RARITY = 1.0  # key words are at least ten times rarer than an everyday word
_LSH_THRESHOLD = 0.1
_LSH_PERMUTATIONS = 64
_FIGURE = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\w.,])\d+(?:\.\d+)?")
_FIGURE_DIGITS = 3  # "2,037" and "76.7" are precise enough to sign a story; "20" and "6.8" are not
_FIGURE_WEIGHT_CAP = 3.0  # a precise figure weighs like a rare word, however many digits it has
_UNKNOWN_ZIPF = 0.0  # the Zipf frequency of a word general English does not know: a name even where a sentence opens
_POSSESSIVE = re.compile(r"['’]s$")
_SENTENCE_END = frozenset(".!?\n\"“”'‘’:;-—–#*>(")


def story_signature(text: str, title: str | None = None) -> dict[str, float]:
    """What can tell a document's story apart: its names and precise figures, each weighted by its rarity.

    A name is a word written with a capital inside a sentence, or one general
    English does not know at all wherever it stands ("Brackwater plans 300
    homes" opens with a name, "Firefighters were sent" with a word); it is
    weighted by its rarity in general English times `_NAME_WEIGHT`. The
    document's `title` (its headline) is read as a sentence of its own: a
    short report may name its story's place only there. The document's other
    words link no reports and are left out (an archive's signatures are all
    held at once while its stories are found).
    """
    if title:
        text = f"{title}\n\n{text}"
    stop = stopwords()
    out: dict[str, float] = {}
    names: set[str] = set()
    for m in WORD.finditer(text):
        word = _POSSESSIVE.sub("", m.group().lower()).strip("'’-")
        if len(word) < 4 or word in stop:
            continue
        if m.group()[0].isupper() and (not _opens_sentence(text, m.start()) or zipf(word) == _UNKNOWN_ZIPF):
            names.add(word)
        if word in out:
            continue
        rarity = english_rarity(word)
        if rarity > 0:
            out[word] = rarity
    signed = {_name_key(w): r * _NAME_WEIGHT for w, r in out.items() if w in names}
    signed.update(_figure_signs(text))
    return {w: weight for w, weight in signed.items() if _is_name(w)}


def english_rarity(word: str) -> float:
    """How much rarer than an everyday word `word` is in general English (Zipf units; 0 or less: everyday)."""
    return EVERYDAY_ZIPF - zipf(word)


def _figure_signs(text: str) -> dict[str, float]:
    """The document's figures with three or more significant digits ("2,037", "76.7"), by how many.

    Reports of one event repeat its figures; unrelated reports rarely share a
    precise one. A four-digit number from 1900 to 2099 is most often a year and signs nothing.
    """
    out = {}
    for m in _FIGURE.finditer(text):
        digits = m.group().replace(",", "")
        if m.group().isdigit() and len(digits) == 4 and digits[:2] in ("19", "20"):
            continue
        significant = len(digits.replace(".", "").lstrip("0").rstrip("0" if "." not in digits else ""))
        if significant >= _FIGURE_DIGITS:
            out["#" + digits] = min(significant - 1, _FIGURE_WEIGHT_CAP)
    return out


def _name_key(word: str) -> str:
    """A name keeps its capital in the signature: "Lyon" the place, "lyon" a word of the text."""
    return word[:1].upper() + word[1:]


def _is_name(key: str) -> bool:
    """A name or a figure of the signature: what tells one event from another of the same kind."""
    return key[:1].isupper() or key[:1] == "#"


def _opens_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip()
    return not before or before[-1] in _SENTENCE_END


def cluster_stories(
    signatures: dict[str, dict[str, float]],
    dates: dict[str, dt.date | None] | None = None,
    *,
    small: int = _SMALL_CORPUS,
    threshold: float = _STORY_LINK,
) -> dict[str, int]:
    """Documents → story numbers: documents that share enough rare words, dated close together, tell one story.

    A corpus of `small` documents or fewer is one story (the pre-publication
    check: a draft and its sources). In a larger one, MinHash LSH over each
    document's key names and figures proposes candidates among the documents
    dated within the story window (undated documents are compared with all);
    two candidates are linked when they share at least two names or figures
    weighing at least `threshold` of their signatures' (geometric) mean
    weight, and each is among the other's closest. A story is a connected
    group of links, so a story of hundreds of reports holds together through
    its links, and two events a year apart that share names stay apart.
    Story numbers follow the documents' sorted ids.
    """
    docs = sorted(signatures)
    if len(docs) <= small:
        return {d: 0 for d in docs}
    dates = dates or {}
    shared = _shared_names(signatures)
    del signatures  # the names only one document gives are let go (a caller that passed them on holds them no more)
    weights = {d: sum(words.values()) for d, words in shared.items()}  # summed once, not for every candidate pair
    scores = (
        ((a, b), score)
        for a, b in _candidate_pairs(shared, dates)
        if _within_window(dates.get(a), dates.get(b))
        and (score := _overlap(shared[a], shared[b], weights[a] * weights[b])) >= threshold
    )
    return {d: i for i, members in enumerate(connected_groups(docs, _mutual_nearest(scores))) for d in members}


def regroup_stories(
    previous: dict[str, int],
    signatures: dict[str, dict[str, float]],
    dates: dict[str, dt.date | None],
    changed: set[str],
    *,
    small: int = _SMALL_CORPUS,
    threshold: float = _STORY_LINK,
) -> dict[str, int]:
    """Stories after a few documents changed: only the stories they touch are grouped again.

    `previous` is the last grouping (document → story), `signatures` and
    `dates` describe the documents now, `changed` names the documents added,
    changed or removed since. The stories touched are those that held a
    changed document, and those of the documents a changed one shares two
    key names or figures with; their documents and the changed ones are
    grouped again (as `cluster_stories` would, among themselves), the other
    stories stay as they were. Story numbers follow the documents' sorted ids.
    """
    docs = sorted(signatures)
    if len(docs) <= small:
        return {d: 0 for d in docs}
    touched = {previous[d] for d in changed if d in previous}
    keys = _key_words(signatures)
    by_key: dict[str, list[str]] = defaultdict(list)
    for d, words in keys.items():
        for w in words:
            by_key[w].append(d)
    for d in changed & signatures.keys():
        near: Counter[str] = Counter(o for w in keys[d] for o in by_key[w] if o != d)
        touched.update(previous[o] for o, n in near.items() if n >= _SHARED_NAMES and o in previous
                       and _within_window(dates.get(d), dates.get(o)))
    region = {d for d in docs if d in changed or previous.get(d) in touched}
    groups: dict[int, list[str]] = defaultdict(list)
    for d in docs:
        if d not in region:
            groups[previous[d]].append(d)
    regrouped = cluster_stories({d: signatures[d] for d in region}, dates, small=0, threshold=threshold)
    for d, story in regrouped.items():
        groups[-1 - story].append(d)
    ordered = sorted(groups.values(), key=min)
    return {d: i for i, members in enumerate(ordered) for d in members}


def _shared_names(signatures: dict[str, dict[str, float]]) -> dict[str, dict[str, float]]:
    """Each signature's names and figures that another document uses too: a name of its own links nothing."""
    df: Counter[str] = Counter(w for sig in signatures.values() for w in sig)
    return {d: {w: weight for w, weight in sig.items() if df[w] >= 2 and _is_name(w)} for d, sig in signatures.items()}


def _mutual_nearest(scores: Iterable[tuple[tuple[str, str], float]]) -> Iterator[tuple[str, str]]:
    """The pairs in which each document is among the other's `_NEAREST` closest (ties all count).

    A pair that scores `_SURE_LINK` or more links whatever else is close: a
    story of hundreds of near-identical reports is not cut into cliques.

    A document of a big story has its closest partners in its own story, so a
    name it shares with an unrelated report does not chain the two stories.

    The scored pairs are read once and only the undecided ones are held: a
    sure pair links at once, and a document's bar (its `_NEAREST`th best
    score so far) only rises as its pairs come, so a pair below either
    document's bar when it comes never links.
    """
    best: dict[str, list[float]] = defaultdict(list)  # each document's `_NEAREST` best scores so far, a heap
    undecided: list[tuple[tuple[str, str], float]] = []
    for pair, score in scores:
        for d in pair:
            if len(best[d]) < _NEAREST:
                heapq.heappush(best[d], score)
            elif score > best[d][0]:
                heapq.heapreplace(best[d], score)
        if score >= _SURE_LINK:
            yield pair
        elif all(score >= best[d][0] for d in pair):
            undecided.append((pair, score))
    yield from (pair for pair, score in undecided if all(score >= best[d][0] for d in pair))


def _overlap(a: dict[str, float], b: dict[str, float], weights: float) -> float:
    """The weight of the shared words over the geometric mean of the two signatures' weights (`weights`: the
    product of their summed weights).

    Fewer than `_SHARED_NAMES` shared words score nothing: one name in common is a coincidence,
    and so are two (a person's given and family names, a family name and a town) unless they
    make up most of both signatures (`_FEW_SHARED_LINK`).
    """
    if len(b) < len(a):
        a, b = b, a
    shared = [weight for w, weight in a.items() if w in b]
    if len(shared) < _SHARED_NAMES:
        return 0.0
    score = sum(shared) / max(weights**0.5, 1e-9)
    return score if len(shared) > _SHARED_NAMES or score >= _FEW_SHARED_LINK else 0.0


def _key_words(signatures: dict[str, dict[str, float]]) -> dict[str, list[str]]:
    """Each document's rarest names and figures, by weight."""
    out = {}
    for d, sig in signatures.items():
        rare = [w for w, weight in sig.items() if weight >= _KEY_RARITY and _is_name(w)]
        out[d] = sorted(rare, key=lambda w: (-sig[w], w))[:_KEY_WORDS]
    return out


def _name_pairs(words: list[str]) -> list[bytes]:
    """The pairs of a document's key names and figures: reports sharing one only are no candidates,
    as they cannot share the two that a link needs."""
    return [f"{a}\0{b}".encode() for i, a in enumerate(words) for b in words[i + 1 :]]


def _candidate_pairs(
    signatures: dict[str, dict[str, float]], dates: dict[str, dt.date | None]
) -> Iterator[tuple[str, str]]:
    """Pairs (a < b) of documents whose key words are alike, dated within neighbouring windows, each once.

    MinHash LSH: two documents are candidates when their MinHashes agree on
    every value of one band. Each band's values are held as one column of an
    array, its documents grouped by value, so a document's candidates are
    read from its group in each band (what an LSH index's tables hold, in a
    few bytes a document). Pairs are given by their first document: an
    archive's millions of candidate pairs are never held at once.
    """
    docs, bands = _band_values(signatures)
    slots = np.array([_slot(dates.get(d)) or 0 for d in docs], dtype=np.int64)  # an undated one's is not read
    undated = np.array([dates.get(d) is None for d in docs], dtype=bool)
    groups = [_band_groups(values) for values in bands]
    del bands  # the MinHash values are read: only each band's groups are held while the pairs are made
    for i, d in enumerate(docs):
        alike = [order[start[i]:end[i]] for order, start, end in groups if end[i] - start[i] > 1]
        if not alike:
            continue
        near = np.unique(np.concatenate(alike))
        near = near[near > i]
        near = near[undated[i] | undated[near] | (np.abs(slots[near] - slots[i]) <= 1)]
        yield from ((d, docs[j]) for j in near.tolist())


def _band_groups(values: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One band's documents grouped by their value there: the document numbers in group order, and where
    each document's group starts and ends in it."""
    _, group = np.unique(values, axis=0, return_inverse=True)
    group = group.reshape(-1)
    order = np.argsort(group, kind="stable").astype(np.int32)
    sizes = np.bincount(group)
    ends = np.cumsum(sizes)
    return order, (ends - sizes)[group].astype(np.int32), ends[group].astype(np.int32)


@cache
def _lsh_bands() -> tuple[int, int]:
    """The bands and rows per band that datasketch chooses for the threshold. It finds them by
    numerical integration: worth doing once, not once for every corpus."""
    lsh = MinHashLSH(threshold=_LSH_THRESHOLD, num_perm=_LSH_PERMUTATIONS)
    return lsh.b, lsh.r


def _band_values(signatures: dict[str, dict[str, float]]) -> tuple[list[str], list[np.ndarray]]:
    """The documents with two key words or more, in order, and for each LSH band the values of their
    MinHashes (of their pairs of key words) that the band reads: one row a document.

    Each MinHash is read as it is made and let go: the values are all that is held.
    """
    words = _key_words(signatures)
    docs = sorted(d for d, found in words.items() if len(found) >= 2)
    bands, rows = _lsh_bands()
    values = np.empty((len(docs), bands * rows), dtype=np.uint64)
    for i, h in enumerate(MinHash.generator((_name_pairs(words[d]) for d in docs), num_perm=_LSH_PERMUTATIONS)):
        values[i] = h.hashvalues[: bands * rows]
    return docs, [values[:, b * rows : (b + 1) * rows] for b in range(bands)]


def _slot(when: dt.date | None) -> int | None:
    """The story window a date falls in: documents in neighbouring windows may share a story."""
    return None if when is None else when.toordinal() // _STORY_WINDOW.days


def _within_window(a: dt.date | None, b: dt.date | None) -> bool:
    return a is None or b is None or abs(a - b) <= _STORY_WINDOW


def connected_groups(items: Iterable[T], links: Iterable[tuple[T, T]]) -> list[list[T]]:
    """The items joined by links, directly or through others (union-find).

    Members keep the order of `items`; groups come in the order of their
    first member. A link to an item not in `items` is an error.
    """
    index: dict[T, int] = {}  # each item's place: the links join places, so an item is looked up once per link
    for x in items:
        index.setdefault(x, len(index))
    parent = list(range(len(index)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in links:
        parent[root(index[a])] = root(index[b])
    groups: dict[int, list[T]] = defaultdict(list)
    for i, x in enumerate(index):
        groups[root(i)].append(x)
    return list(groups.values())
