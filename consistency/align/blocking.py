"""Blocking: which pairs of claims are worth scoring at all.

A pair of claims is only scored when the two share a blocking key (a
subject, or a key term rare enough to mean something): this keeps the work
near-linear in the size of a story. A term found in most documents is their
topic and ties every claim to every other, so it blocks nothing.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Sequence

from ..model import Claim
from ..terms import content_terms, event_verb_terms
from .rarity import RARE_ZIPF, stem_zipf

__all__ = ["COMMON_FROM", "COMMON_SHARE", "candidate_pairs", "candidate_positions", "frame_keys", "is_common"]

_MAX_BLOCK = 150  # a block larger than this is a common word: skip it

# A word in more than this share of the documents (of the corpus, or of one story) is their topic:
# it ties every claim to every other, so it tells no two claims apart.
COMMON_SHARE = 0.6
# Below this many documents no word is common: a draft and two or three sources share their topic
# words by being about one story, and those words are what pairs their claims.
COMMON_FROM = 4


def is_common(in_documents: int, documents: int) -> bool:
    """Whether a word found in `in_documents` of `documents` is their topic (COMMON_SHARE, COMMON_FROM)."""
    return documents >= COMMON_FROM and in_documents > COMMON_SHARE * documents


def frame_keys(c: Claim) -> Iterator[tuple[str, str]]:
    """Keys that pair a figure with others however common its words are in the story at hand.

    Its frame's measure ("death"), the words that say what a count counts ("38,500 runners started": its head,
    however common runners are in a marathon's reports), a date's event ("protest"), and its attribute words
    that are rare in general English (`RARE_ZIPF`: "ferry", "coastguard"): four reports of one fire share every
    word, and these still tell its figures apart.
    """
    if c.frame is not None and c.frame.measure:
        yield ("measure", c.frame.measure)
    if c.head:
        yield ("head", c.head)
    if c.frame is not None and c.frame.event and c.mention.kind == "date":
        yield ("event", c.frame.event)  # "protested on Tuesday", "Thursday's protest": dates of one kind of event
    if c.mention.kind == "date" and c.mention.grain == "year" and (made := _made_word(c)) is not None:
        yield ("year of", made)  # "painted in 1911", "the 1913 painting": the year of one thing's making
    if c.mention.kind == "date" and (act := _dated_act(c)) is not None:
        yield ("act", act)  # "opened in 1946", "opened in 1964": however many reports tell of the opening
    for t in c.attribute:
        if stem_zipf(t) < RARE_ZIPF:
            yield ("rare", t)


def _made_word(c: Claim) -> str | None:
    """The first of a year's attribute words that is no word of a name its sentence gives: "first held in Port
    Carrow in 2011" → held, as "first held in 2013" is."""
    names = {t for name in c.subject for t in content_terms(name)}
    return next((t for t in c.attribute if t not in names), None)


def _dated_act(c: Claim) -> str | None:
    """The verb that dates an event written right before a date ("opened in 1964", "was founded in 1898",
    data/event_verbs.csv), perhaps with its doer named after "by" ("figures released by the Statistics Bureau on
    17 June"), not one a word of another act stands between ("the launch was called off on June 3")."""
    lead = c.sentence.text[: c.mention.start - c.sentence.start]
    before = content_terms(_BY_A_NAME.sub(" ", lead))
    return before[-1] if before and before[-1] in event_verb_terms() else None


# the doer of a passive named between its verb and a date: "released by the Eskara Statistics Bureau on"
_BY_A_NAME = re.compile(r"\s+by\s+(?:the\s+)?(?:[A-Z][\w'’&-]*\s+){1,6}(?=(?:on|in|at)\s+$)")


def candidate_pairs(claims: Sequence[Claim], keys) -> Iterator[tuple[Claim, Claim]]:
    """Pairs of claims from different documents that share a blocking key.

    `keys(claim)` yields the claim's blocking keys. Each pair is yielded once.
    """
    for i, j in candidate_positions(claims, keys):
        yield claims[i], claims[j]


def candidate_positions(claims: Sequence[Claim], keys) -> Iterator[tuple[int, int]]:
    """`candidate_pairs` as positions in `claims`, the first before the second."""
    blocks: dict[object, list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        for k in dict.fromkeys(keys(c)):  # in the order given, not a set's: ties break the same way every run
            blocks[k].append(i)
    docs = [c.doc for c in claims]
    seen: set[int] = set()  # the pairs yielded, (i, j) as i * len(claims) + j: a number is quicker to make and hash
    for members in blocks.values():
        if len(members) < 2 or len(members) > _MAX_BLOCK:
            continue
        for x, i in enumerate(members):  # a block lists its claims in order, each once: i < j
            doc, row = docs[i], i * len(claims)
            for j in members[x + 1 :]:
                if docs[j] == doc or row + j in seen:
                    continue
                seen.add(row + j)
                yield i, j
