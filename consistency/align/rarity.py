"""How rare a word is in general English: the weight it carries when two claims share it.

Rarity comes from wordfreq's frequency list (it ships its data), not from the
corpus at hand: four reports of one fire share "ferry" and "coastguard", and
so do four thousand, yet "ferry" says more than "said" in both. Zipf frequency
is log10 of a word's occurrences per billion words: "the" 7.7, "people" 6.3,
"earthquake" 4.2, "epicentre" 2.4.

Claims compare crude stems ("websit", "injur"), so a stem is looked up by the
words it may stand for.
"""

from __future__ import annotations

import math
from functools import cache

from wordfreq import get_frequency_dict, zipf_frequency

from ..caches import bounded
from ..terms import WORDS_KEPT

__all__ = ["EVERYDAY_ZIPF", "RARE_ZIPF", "rarity", "stem_zipf", "zipf"]

# A word at least this frequent ("said", "government", "people") is everyday English.
EVERYDAY_ZIPF = 5.0
# A word less frequent than this ("ferry", "aftershock", "turbine") is rare enough that two claims
# sharing it likely speak of one thing, even when every report of the story uses it.
RARE_ZIPF = 4.3
# Rarity runs from 1 for everyday words (zipf at or above EVERYDAY_ZIPF) to 2 for words at or
# below _RAREST_ZIPF (names, coinages): a shared "ferry" says more than a shared "made", and an
# unknown or misspelt word is not worth ten ordinary ones.
_RAREST_ZIPF = 2.0

# Endings a crude stem may have lost ("websit" ← website, "injur" ← injury, "gross" ← grossed).
_ENDINGS = ("", "e", "s", "y", "ed", "ing", "er", "es", "ation", "ment", "ion")


@cache
def _frequencies() -> dict[str, float]:
    return get_frequency_dict("en")


@bounded(maxsize=WORDS_KEPT)
def zipf(word: str) -> float:
    """The Zipf frequency of an English word (0 for a word the list does not know).

    A plain word is looked up in the list; one that wordfreq would split
    ("rare-earth", "covid-19") goes through its tokenizer.
    """
    word = word.lower()
    if not word.isalpha():
        return zipf_frequency(word, "en")
    frequency = _frequencies().get(word, 0.0)
    return round(math.log10(frequency * 1e9), 2) if frequency > 0 else 0.0


@bounded(maxsize=WORDS_KEPT)
def stem_zipf(stem: str) -> float:
    """The Zipf frequency of the commonest word a stem may stand for."""
    return max(zipf(stem + ending) for ending in _ENDINGS)


@bounded(maxsize=WORDS_KEPT)
def rarity(stem: str) -> float:
    """A stem's weight by its rarity in general English: 1 for everyday words up to 2 for the rarest."""
    z = min(max(stem_zipf(stem), _RAREST_ZIPF), EVERYDAY_ZIPF)
    return 1.0 + (EVERYDAY_ZIPF - z) / (EVERYDAY_ZIPF - _RAREST_ZIPF)
