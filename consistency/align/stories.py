"""Stories: which documents report one event, so claims are compared only within one.

A story is a set of reports about one event within a time window. Documents
are signed by their words that are rare in general English (not in the
corpus at hand), and documents whose signatures overlap enough, with dates
close enough, form one story.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import TypeVar

from ..terms import WORD, stopwords
from .rarity import EVERYDAY_ZIPF, zipf

__all__ = ["cluster_stories", "connected_groups", "story_signature"]

T = TypeVar("T")

# Story signatures. A word signs a story by how rare it is in general English, not in the
# corpus at hand: four reports of one earthquake share "epicentre" and "Marrakesh", and so
# do four hundred. Zipf frequency is log10 of a word's occurrences per billion words;
# "people" is 6.3, "earthquake" 4.2, "epicentre" 2.4.
_EVERYDAY_ZIPF = EVERYDAY_ZIPF  # a word at least this frequent ("said", "government") signs no story
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
        rarity = _EVERYDAY_ZIPF - zipf(word)
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
        shared = sum(weight for w, weight in sa.items() if w in sb)  # in the text's order: the same sum every run
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
