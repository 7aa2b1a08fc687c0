"""What a name is to its sentence: the content words right around it, in its clause.

Two reports that tell one fact with two names put them in the same surroundings, whatever else their
sentences say: "were flown to hospital in Leeds" and "flown to the city hospital in York", "a pumping
station near Tarvik" and "the pumping station near Brennsund". The words are weighed by their rarity in
general English (align.rarity): a shared "substation" or "contractor" says what the name is, a shared
"said" or "came" says nothing. A report that writes a name only in other surroundings ("prosecutors in
York said") has not named it for this fact.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..align.frames import verb_kind
from ..align.rarity import EVERYDAY_ZIPF, rarity, stem_zipf
from ..terms import WORD, content_terms, stopwords

__all__ = ["AROUND", "AROUND_SAME", "alike_around", "around", "everyday", "modifies_noun", "named_around_elsewhere",
           "names_a_range", "noun_described"]

_BEFORE_WORDS = 4  # content words before a name that say what it is: "were flown to the university hospital in"
_AFTER_WORDS = 2  # and after it: "near Hamilton caught fire"
_REACH = 80  # characters either side of a name searched for them
# where a name's surroundings end: a clause or sentence break ("Prosecutors in York said, ..." is of York, not the
# sentence before)
_BREAK = re.compile(
    r"[;:()\[\]—–\"“”]|[,.!?](?:\s|$)|\s(?:and|but|while|whereas|or|who|which|that|where|when)\s", re.IGNORECASE
)
# a clause that opens with an indefinite article describes someone as one of a kind ("said Ana Ruiz, a resident of
# Leeds", "an engineer at Norfab"): one of many, no role of the story
_ONE_OF_A_KIND = re.compile(r"\s*(?:a|an|one\s+of)\s", re.IGNORECASE)
_APPOSITION = frozenset(',"”')  # what ends the clause before such a description: "said Ana Ruiz, a resident of"
# a name right after a copula and perhaps an article says what the subject is ("The kettle was a Brisa K-20")
_SAID_TO_BE = re.compile(r"\b(?:is|was|are|were|be|been)\s+(?:(?:a|an|the)\s+)?(?:[A-Z][\w'’-]*\s+)*$")
# From this share of the smaller surroundings' weight (one shared word of two, weighed by rarity) two names are
# said in the same surroundings.
AROUND_SAME = 0.5
AROUND = "around"  # the blocking key of a word around a name


def around(text: str, start: int, end: int, names: Sequence[tuple[int, int]] = (), *,
           after: bool = True) -> frozenset[str]:
    """The stems of the content words around a name at `start`:`end` of `text`, in its clause: up to
    `_BEFORE_WORDS` before it and `_AFTER_WORDS` after it, leaving out the words of the names (`names`, their
    spans in `text`) and capitalised words that name something ("the Tarvik depot": Tarvik says nothing of
    what the name is)."""
    lead_from = max(0, start - _REACH)
    lead = _BREAK.split(text[lead_from:start])
    lead_start = start - len(lead[-1])
    if _ONE_OF_A_KIND.match(lead[-1]) and text[max(0, lead_start - 3) : lead_start].rstrip()[-1:] in _APPOSITION:
        return frozenset()
    if _SAID_TO_BE.search(lead[-1]):
        return frozenset()  # "The kettle was a Brisa K-20": what its subject is, not where or whose
    tail = _BREAK.split(text[end : end + _REACH])[0]
    before = _words(text, lead_start, start, names)[-_BEFORE_WORDS:]
    if not after:
        return frozenset(before)
    return frozenset(before + _words(text, end, end + len(tail), names)[:_AFTER_WORDS])


def _words(text: str, start: int, end: int, names: Sequence[tuple[int, int]]) -> list[str]:
    out: list[str] = []
    for m in WORD.finditer(text, start, end):
        if any(s <= m.start() < e for s, e in names):
            continue
        word = m.group()
        if word[0].isupper() and not _opens_sentence(text, m.start()):
            continue  # "the Hradec zoo": a name, not what the name is to its sentence
        out.extend(content_terms(word))
    return out


_ING_STEM = 5  # letters an "-ing" word has beyond these to be read as a verb ("coming"; not "thing", "spring")
_ACTS = ("past", "participle")  # verb_kind of a verb that tells an act done ("came", "flown"), not "is" or "has"


def _after_an_act(text: str, start: int) -> bool:
    """Whether a verb of an act comes before a name in its clause, a few words back ("came from", "was flown
    to hospital in", "working alongside")."""
    lead = _BREAK.split(text[max(0, start - _REACH) : start])[-1]
    return any(_an_act(m.group().lower()) for m in list(WORD.finditer(lead))[-_BEFORE_WORDS:])


def _an_act(word: str) -> bool:
    """A verb of an act: a past or participle ("came", "flown") or a present participle ("working alongside")."""
    return verb_kind(word) in _ACTS or word.endswith("ing") and len(word) > _ING_STEM and word not in stopwords()


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the word at `at` opens its sentence ("Prosecutors in York"): capitalised as any first word."""
    lead = text[max(0, at - 10) : at].rstrip(" \t\"“‘'")
    return not lead or lead[-1] in ".!?\n"


# a determiner right before a name: "the Tarvik depot", "its Brenna plant", "a Norland Rail train"
_DETERMINER_BEFORE = re.compile(r"(?:\b(?i:a|an|the|its|their|his|her|our|this|that)|['’]s)\s+$")
_NEXT_WORD = re.compile(r"\s+([a-z][\w-]*)")


def modifies_noun(text: str, start: int, end: int) -> bool:
    """Whether a name is said before a noun it describes ("the Whakarau substation", "on NHS sites"), a word
    that is neither a function word nor a verb ("Leeds said", "Leeds were"): the thing it names is then not
    what its surroundings speak of."""
    return noun_described(text, start, end) is not None


def noun_described(text: str, start: int, end: int) -> str | None:
    """The noun a name is said before and describes ("the Whakarau substation" → "substation"), if any."""
    found = _NEXT_WORD.match(text, end)
    if found is None or found[1] in stopwords() or verb_kind(found[1]) is not None:
        return None
    # after a determiner any such word is the noun ("the Whakarau substation"); without one only a plural
    # ("on NHS sites"): "near Vejle cut power" is a verb the clause lists do not know
    if found[1].endswith("s") or _DETERMINER_BEFORE.search(text, max(0, start - 8), start) is not None:
        return found[1]
    return None


_THE_BEFORE = re.compile(r"\b(?i:the)\s+$")


def names_a_range(text: str, start: int, end: int) -> bool:
    """Whether a name is said in the plural after "the" ("the Tyrolean Alps", "the Cyclades", "the
    Highlands"): a range, an archipelago or a region, which holds the single places other reports name for
    the same fact."""
    last = text[start:end].rsplit(maxsplit=1)[-1]
    return (
        _THE_BEFORE.search(text, max(0, start - 5), start) is not None
        and last.endswith("s") and not last.endswith(("ss", "us", "is"))
    )


def _weight(stems: frozenset[str]) -> float:
    return sum(rarity(s) for s in stems)


def everyday(word: str) -> bool:
    """Whether a stem is everyday English ("said", "came", "home"): too common to say what a name is."""
    return stem_zipf(word) >= EVERYDAY_ZIPF


def alike_around(a: frozenset[str], b: frozenset[str]) -> float:
    """0..1: how much of the lighter surroundings' weight the two share; 0 unless a shared word is rarer than
    everyday English ("flown", "substation", "amendment": not "said", "came", "from")."""
    shared = a & b
    if all(everyday(s) for s in shared):
        return 0.0
    return min(1.0, _weight(shared) / max(min(_weight(a), _weight(b)), 1e-9))


def named_around_elsewhere(name: str, text: str, names: Sequence[tuple[int, int]], surroundings: frozenset[str]) -> bool:
    """Whether `text` writes `name` only in other surroundings than `surroundings` (those of the two names
    compared): each time with words around it, none of them shared ("Prosecutors in York are investigating"
    against "flown to hospital in York"). A name written with no words before it in its clause ("YORK (Reuters)
    -", "settled by the Chumash, Native Mexicans whose land...") may be named for anything; a text that does
    not write it at all is not this case."""
    found = list(re.finditer(r"(?<!\w)" + re.escape(name) + r"(?![\w'’-])", text))
    if not found:
        return False
    for f in found:
        if not around(text, f.start(), f.end(), names, after=False):
            return False  # "settled by the Chumash, Native Mexicans whose land...": a name that opens its clause
        if _after_an_act(text, f.start()):
            return False  # "earlier batches came from China": where something was done may tell the same fact
        if around(text, f.start(), f.end(), names) & surroundings:
            return False
    return True
