"""Scoring: how surely two claims speak of the same thing.

Shared attribute terms are weighed by how rare they are in general English
(`rarity.py`) and in the story (a word most of its documents use is its
topic and weighs a quarter), never by the corpus at hand alone: four reports
share every word, and so do four thousand. Near-spellings meet ("aluminum" / "aluminium")
through rapidfuzz. A claim's best match in another document is found by
ranking; a conflict is kept only when each side is the other's best match.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TypeVar

import jellyfish
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from ..model import Claim, as_written
from ..terms import WORD, measure_words, stem, stopwords
from .blocking import candidate_positions, is_common
from .frames import NAME_TOKEN, name_tokens
from .rarity import rarity

__all__ = [
    "ATTRIBUTE_WEIGHT",
    "CLOSE_SECOND",
    "DIFFERENT_MEASURES",
    "Corpus",
    "attribute_similarity",
    "consensus_conflicts",
    "context_similarity",
    "lifted_by_context",
    "mutual_conflicts",
    "read_per_writing",
    "same_spelling",
    "spelt_alike",
    "spelt_alike_in_one_post",
    "word_alike",
    "writings",
]

T = TypeVar("T")

_NEAR_SPELLING = 85.0  # rapidfuzz ratio at which two stems count as one word

# Below this attribute similarity two claims measure different things, however alike their sentences.
DIFFERENT_MEASURES = 0.2
# Above it, the sentences' similarity may lift the match: to at most this mix of attribute and sentence.
ATTRIBUTE_WEIGHT = 0.5

# An agreeing claim whose match is this close to the best one clears the pair (see mutual_conflicts):
# two matches this close are not told apart by the scores.
CLOSE_SECOND = 0.15


# A story's topic word (in most of its documents) tells two of its claims apart this much less.
_TOPIC_WEIGHT = 0.25


class Corpus:
    """Document frequencies of terms and their weights: words rare in English and in the story say more."""

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
        self._shares: dict[tuple[tuple[str, ...], tuple[str, ...]], float] = {}
        self._overlaps: dict[tuple[tuple[str, ...], tuple[str, ...]], float] = {}

    def is_common(self, term: str) -> bool:
        """Found in most documents: the story's topic, not a distinguishing attribute.

        Words that name a measure ("death") stay distinguishing however often they occur.
        """
        return term in self._common

    def idf(self, term: str) -> float:
        """How few of the documents at hand use a term: 1 for a term in all of them."""
        return math.log((1 + self.documents) / (1 + self.df.get(term, 0))) + 1.0

    def weight(self, term: str) -> float:
        """A term's rarity in general English times its IDF here; a quarter of it for the story's topic words."""
        w = self._weights.get(term)
        if w is None:
            w = self._weights[term] = rarity(term) * self.idf(term) * (_TOPIC_WEIGHT if term in self._common else 1.0)
        return w

    def total(self, terms: tuple[str, ...]) -> float:
        """The summed weight of a tuple of distinct terms (cached: claims share their sentence's terms)."""
        w = self._totals.get(terms)
        if w is None:
            w = self._totals[terms] = sum(self.weight(t) for t in terms)
        return w

    def overlap(self, a: tuple[str, ...], b: tuple[str, ...]) -> float:
        """0..1: the weight of the terms two sentences share over the smaller one's (cached as `share` is)."""
        found = self._overlaps.get((a, b))
        if found is None:
            found = self._overlaps[(a, b)] = _overlap(a, b, self)
        return found

    def share(self, a: tuple[str, ...], b: tuple[str, ...]) -> float:
        """0..1: the weight of the terms of `a` that `b` has too (or nearly: `_shared`) over the smaller one's
        (cached: copies of one sentence in many reports, and the rules that compare the same claims, ask again)."""
        found = self._shares.get((a, b))
        if found is None:
            shared = _shared(a, b)
            got = sum(self.weight(t) for t, _ in shared)
            found = self._shares[(a, b)] = min(1.0, got / max(min(self.total(a), self.total(b)), 1e-9)) if shared else 0.0
        return found


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


def same_spelling(a: str, b: str) -> bool:
    """Two names written alike, or nearly ("Marrakesh" / "Marrakech"): rapidfuzz ratio from `_NEAR_SPELLING`."""
    a, b = a.lower(), b.lower()
    return a == b or (min(len(a), len(b)) >= 5 and fuzz.ratio(a, b) >= _NEAR_SPELLING)


_SLIP_LENGTH = 5  # letters from which one slip of the keys in a name's word is likelier than another name


def spelt_alike(name: str, other: str) -> bool:
    """Whether two names are one misspelt: word by word alike ("justin lowe" and "justine lowe", "jonas eklund"
    and "jonas ekland"), not merely close overall ("forbes unicorn list" is not "fortune unicorn list")."""
    words, others = name.split(), other.split()
    return len(words) == len(others) and all(word_alike(w, o) for w, o in zip(words, others, strict=True))


# From this rapidfuzz ratio, two spellings of one word of a name said with one post are one person's ("Harrowby
# manager Siobhan Garvey" / "Siobhan Garvie", "regional organiser Deborah Quayle" / "Debra Quayle"): the post makes
# one person misspelt likelier than two people so nearly named.
_NEAR_SPELLING_IN_ONE_POST = 80.0
# From this ratio, one word of a name of several words, the others alike and said with one post, is the same word
# spelt otherwise ("Graham" / "Graeme": 67; "Sarah" / "Susan", two people, 40)
_ONE_WORD_APART_IN_ONE_POST = 60.0


# letters from which a letter dropped or doubled in a person's surname, said with the post and the given names of the
# other, is a slip ("Dominic Feld" / "Dominic Feldt", both the promoter's chief executive)
_SHORT_SLIP_IN_ONE_POST = 4


def spelt_alike_in_one_post(name: str, other: str, people: bool = False) -> bool:
    """Whether two names said with one post are one person's, misspelt ("Mrs Justice Crowther" / "Mrs Justice
    Crowder" too, a surname alone): word by word alike but for one word, which is the surname and sounds alike (`sounds_alike`), or is near (`_NEAR_SPELLING_IN_ONE_POST`) and long enough that
    a slip is likelier than another name."""
    words, others = name.lower().split(), other.lower().split()
    if len(words) != len(others):
        return False
    differ = [(w, o) for w, o in zip(words, others, strict=True) if not word_alike(w, o)]
    if len(differ) != 1:
        return False
    word, near = differ[0]
    if word == words[-1] and sounds_alike(word, near):
        # "Conservative group leader Peter Quayle" / "Peter Quail": a surname written as heard; a given name that
        # sounds alike is as often its other spelling ("Mohammed VI" / "Muhammad VI"), house style and no slip
        return True
    rest_alike = [w for w in words if w != word] == [o for o in others if o != near]
    if (
        people and len(words) > 1 and word == words[-1] and rest_alike
        and min(len(word), len(near)) >= _SHORT_SLIP_IN_ONE_POST and OSA.distance(word, near) == 1
        and abs(len(word) - len(near)) == 1
    ):
        # "race director Marieke van Dorn" / "Marieke van Doorn": a letter dropped or doubled in the surname, one
        # post, the given names written alike letter for letter ("Klara Mont" is not "Clara Monti", "Paula Weber"
        # not "Paul Weber"); a letter for another in a short surname is as likely another person ("Lowe", "Love")
        return True
    if min(len(word), len(near)) < _SLIP_LENGTH:
        return False
    if fuzz.ratio(word, near) >= _NEAR_SPELLING_IN_ONE_POST:
        return True
    # of `people`: "chief executive Graham Tollis" / "Graeme Tollis", "Marc-André Telford" / "Telfer": the rest of
    # the name alike and one word that opens alike, said with one post, is one person written two ways (of things,
    # "the Forbes Unicorn List" is not "the Fortune Unicorn List")
    return people and len(words) > 1 and word[:2] == near[:2] and fuzz.ratio(word, near) >= _ONE_WORD_APART_IN_ONE_POST


def written_as_heard(name: str, other: str) -> bool:
    """Whether two names are one written two ways, word by word alike or sounding alike: "Fareed al-Mansouri" and
    "Farid al-Mansouri", a given name in two transliterations (house style, no slip: name-variant leaves it)."""
    words, others = name.lower().split(), other.lower().split()
    return len(words) == len(others) and all(
        word_alike(w, o) or sounds_alike(w, o) for w, o in zip(words, others, strict=True)
    )


def sounds_alike(word: str, other: str) -> bool:
    """Whether two words of a name long enough that a slip is likelier than another name sound alike (metaphone):
    "Quail" / "Quayle", "Tresize" / "Trezise", a name written down as it was heard."""
    return min(len(word), len(other)) >= _SLIP_LENGTH and jellyfish.metaphone(word) == jellyfish.metaphone(other)


def word_alike(word: str, other: str) -> bool:
    """A word of a name written alike, nearly (`same_spelling`), or with one slip of the keys in a word long enough
    that a slip is likelier than another name ("eklund" / "ekland"; not "lowe" / "love")."""
    if same_spelling(word, other):
        return True
    return min(len(word), len(other)) >= _SLIP_LENGTH and OSA.distance(word.lower(), other.lower()) <= 1


def attribute_similarity(a: Claim, b: Claim, corpus: Corpus) -> float:
    """0..1: how surely two claims measure the same thing.

    The weight of the shared attribute terms over the weight of the smaller
    attribute, so a short attribute contained in a longer one scores high;
    the story's topic words count for little. The words of the claims'
    subjects are left out: they say whose figure it is (see
    `subjects_compatible`), not what it measures, and a shared name would
    make a count of rescue teams in Herat the toll of Herat's earthquake.
    """
    names = name_tokens(a.subject) | name_tokens(b.subject) | _short_name_words(a.subject) | _short_name_words(b.subject)
    names |= _titles_before(a) | _titles_before(b)
    ta, tb = _without(a.attribute, names), _without(b.attribute, names)
    if not ta or not tb:
        return 0.0
    return corpus.share(ta, tb)


# capitalised words straight before a name: its title ("Finance Minister Tomas Varga")
_TITLE_WORDS = 3


def _titles_before(c: Claim) -> frozenset[str]:
    """The capitalised words written straight before a subject's name in its sentence, its title ("Finance Minister
    Tomas Varga", "Agency director Lea Marten"): they say who the name is, not what a figure measures."""
    text, out = c.sentence.text, set()
    for name in c.subject:
        at = text.find(name)
        if at <= 0:
            continue
        before = WORD.findall(text[:at])[-_TITLE_WORDS:]
        while before and before[-1][:1].isupper() and before[-1].lower() not in stopwords():
            out.add(stem(before.pop().lower()))
    return frozenset(out)


def _short_name_words(names: tuple[str, ...]) -> frozenset[str]:
    """The short words of some names, that `name_tokens` leaves out as too short to tell a name by ("Led" in "Led
    Zeppelin IV"): still words of the name, that say whose figure or date it is, not what it measures."""
    return frozenset(stem(w) for n in names for w in WORD.findall(n) if len(w) < NAME_TOKEN and w.lower() not in stopwords())


def _without(terms: tuple[str, ...], names: frozenset[str]) -> tuple[str, ...]:
    return tuple(t for t in terms if t not in names) if names and not names.isdisjoint(terms) else terms


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
    if not ignore:
        return corpus.overlap(a.context, b.context)
    return _overlap(a.context, b.context, corpus, ignore)


def _overlap(ca: tuple[str, ...], cb: tuple[str, ...], corpus: Corpus, ignore: set[str] = frozenset()) -> float:
    """`context_similarity` of two sentences' terms."""
    sa, sb = set(ca), set(cb)
    wa, wb = corpus.total(ca), corpus.total(cb)
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
    *,
    as_written_only: bool = False,
    writing: Mapping[int, int] | None = None,
    reading: Callable[[Claim], int] | None = None,
) -> Iterator[tuple[Claim, Claim, float]]:
    """Pairs that most surely speak of the same thing and disagree.

    For a claim and another document, the claims there are ranked by
    `score`; if any claim close to the best `agree`s, the documents agree on
    it; otherwise the best one conflicts. A pair is yielded when each side's
    best match in the other's document is the other, and they conflict.
    With `as_written_only` (`score` reads nothing of a claim but what its
    sentence writes: `model.as_written`), copies of the same two sentences
    in other reports are scored once, and a claim's best match written as
    it is written agrees with it without asking `agree`: one sentence
    given again says the same thing again. `writing` gives the claims' writings when the caller has them
    (`writings`). `reading` numbers the claims as `score` and `agree` read them (`rules.Context.reading`:
    claims of one number read alike): each pair of readings is scored, and judged to agree, once.
    """
    docs = [c.doc for c in claims]
    # each claim's writing by its position (`writings`)
    written: list[int] | None = None
    if as_written_only:
        writing = writing if writing is not None else writings(claims)
        written = [writing[id(c)] for c in claims]
    # what `score` reads of each claim, by its position, and the score of each pair of those once computed
    read = written if reading is None else [reading(c) for c in claims]
    scores: dict[tuple[int, int], float] = {}
    # (claim's position, other document) → (score, other claim's position) of each match
    matches: dict[tuple[int, str], list[tuple[float, int]]] = {}
    floor = threshold - close
    for i, j in candidate_positions(claims, keys):
        if read is None:
            s = score(claims[i], claims[j])
        else:  # copies of the two sentences elsewhere were scored already
            s = scores.get((read[i], read[j]))
            if s is None:
                s = scores[(read[i], read[j])] = score(claims[i], claims[j])
        if s < floor:
            continue
        matches.setdefault((i, docs[j]), []).append((s, j))
        matches.setdefault((j, docs[i]), []).append((s, i))
    # kept as tuples of numbers and names only, which the garbage collector stops tracking: a big story has
    # hundreds of thousands
    found = {where: tuple(options) for where, options in matches.items()}
    del matches
    # each claim's best match in each other document: the first of equal scores
    best = {where: options[0] if len(options) == 1 else max(options, key=_score_of) for where, options in found.items()}
    conflicting: dict[tuple[int, str], bool] = {}
    agreeing: dict[tuple[int, int], bool] = {}  # whether each pair of readings agrees, once judged

    def agrees(i: int, j: int) -> bool:
        if reading is None:
            return agree(claims[i], claims[j])
        if (read[i], read[j]) not in agreeing:
            agreeing[(read[i], read[j])] = agree(claims[i], claims[j])
        return agreeing[(read[i], read[j])]

    def conflicts(where: tuple[int, str]) -> bool:
        """No match close to the best agrees (judged only for mutual best matches, once each)."""
        if where not in conflicting:
            floor = best[where][0] - close
            conflicting[where] = not any(agrees(where[0], j) for s, j in found[where] if s >= floor)
        return conflicting[where]

    done: set[tuple[int, int]] = set()
    for (i, doc), (s, j) in best.items():
        claim, other = claims[i], claims[j]
        back = best.get((j, claim.doc))
        if s < threshold or back is None or back[1] != i or back[0] < threshold:
            continue
        if written is not None and written[i] == written[j]:
            continue  # the same sentence in two reports
        pair = (min(i, j), max(i, j))
        if pair in done or not (conflicts((i, doc)) and conflicts((j, claim.doc))):
            continue
        done.add(pair)
        first, second = sorted((claim, other), key=lambda c: (c.doc, c.start))
        yield first, second, s


def _score_of(option: tuple[float, int]) -> float:
    return option[0]


def writings(claims: Iterable[Claim]) -> dict[int, int]:
    """id of each claim → the number of its writing (`model.as_written`): copies of one sentence share one."""
    writing: dict[int, int] = {}
    seen: dict[Claim, int] = {}
    for c in claims:
        writing[id(c)] = seen.setdefault(as_written(c), len(seen))
    return writing


def read_per_writing(read: Callable[[Claim], T], claims: Iterable[Claim], writing: Mapping[int, int]) -> dict[int, T]:
    """id of each claim → `read(claim)`, read once for each of their writings (`writing`, from `writings`).

    `read` reads nothing of a claim but what its sentence writes (`model.as_written`): the copies of one
    sentence that a story's reports give again read alike, and are read once.
    """
    by_writing: dict[int, T] = {}
    out: dict[int, T] = {}
    for c in claims:
        w = writing[id(c)]
        if w not in by_writing:
            by_writing[w] = read(c)
        out[id(c)] = by_writing[w]
    return out


def consensus_conflicts(
    claims: Sequence[Claim],
    comparable: Callable[[Claim, Claim], bool],
    agree: Callable[[Claim, Claim], bool],
) -> Iterator[tuple[Claim, list[Claim]]]:
    """The documents that disagree with the one most others agree with, each with the claims it contradicts.

    `claims` all speak of one thing. Two documents agree when a claim of one
    `agree`s with a comparable claim of the other, and disagree when they
    have comparable claims and none agree. The document most others agree
    with is the centre (the earliest document on a tie); each document that
    disagrees with it yields its first claim comparable with the centre's,
    and the claims of the centre and of every document agreeing with the
    centre that contradict it. One wrong report against seven right ones is
    one row, and two wrong reports that also disagree with each other are
    two rows, not three.
    """
    by_doc: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_doc[c.doc].append(c)
    if len(by_doc) < 2:
        return
    docs = sorted(by_doc)

    def verdict(d: str, e: str) -> bool | None:
        pairs = [(a, b) for a in by_doc[d] for b in by_doc[e] if comparable(a, b)]
        if not pairs:
            return None
        return any(agree(a, b) for a, b in pairs)

    verdicts = {(d, e): verdict(d, e) for d in docs for e in docs if d < e}

    def agrees(d: str, e: str) -> bool | None:
        return verdicts[(d, e) if d < e else (e, d)]

    centre = max(docs, key=lambda d: (sum(1 for e in docs if e != d and agrees(d, e)), -docs.index(d)))
    backing = [centre] + [e for e in docs if e != centre and agrees(e, centre)]
    for d in docs:
        if d == centre or agrees(d, centre) is not False:
            continue
        odd = next(a for a in by_doc[d] if any(comparable(a, b) for b in by_doc[centre]))
        sides = []
        for e in backing:
            against = next((b for b in by_doc[e] if comparable(odd, b) and not agree(odd, b)), None)
            if against is not None and agrees(d, e) is False:
                sides.append(against)
        yield odd, sides
