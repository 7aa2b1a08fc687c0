"""Words as the claims compare them: content words, crude stems, news synonyms.

Stopwords, synonyms and the forms of event verbs are data files
(consistency/data/stopwords.csv, synonyms.csv, event_verbs.csv), loaded once.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from .caches import bounded

__all__ = ["WORD", "WORDS_KEPT", "content_terms", "event_term", "measure_words", "stem", "stopwords"]

WORD = re.compile(r"[^\W\d_][\w'’\-]*")

# What is read of a single word (its stem, its dictionary form, its frequency in English) is kept for the
# last this many words asked for: the everyday words of a language are far fewer, but an archive's names,
# figures and slips grow with it.
WORDS_KEPT = 1 << 16


@cache
def stopwords() -> frozenset[str]:
    text = resources.files("consistency.data").joinpath("stopwords.csv").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines()[1:] if line.strip())


_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "ers", "er", "ed", "es", "s", "ly")


@bounded(maxsize=WORDS_KEPT)
def stem(word: str) -> str:
    """A crude, fast stem: 'refining', 'refined', 'refinery' → 'refin'."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.strip("'-")
    if w.endswith("y") and len(w) > 4:
        w = w[:-1]
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)]
            break
    if w.endswith("e") and len(w) > 4:
        w = w[:-1]
    return w


@cache
def _synonyms() -> dict[str, str]:
    text = resources.files("consistency.data").joinpath("synonyms.csv").read_text(encoding="utf-8")
    rows = (line.split(",") for line in text.splitlines()[1:] if line.strip())
    return {word.strip(): canonical.strip() for word, canonical in rows}


@cache
def _event_verbs() -> dict[str, str]:
    """Forms of the verbs that date an event ("began", "beginning", "started" → begin): one term each."""
    text = resources.files("consistency.data").joinpath("event_verbs.csv").read_text(encoding="utf-8")
    rows = (line.split(",") for line in text.splitlines()[1:] if line.strip())
    return {word.strip(): canonical.strip() for word, canonical in rows}


def event_term(word: str) -> str | None:
    """The one term of a form of an event verb or its noun ("signing", "signed" → sign), else None."""
    return _event_verbs().get(word.lower())


@cache
def event_verb_terms() -> frozenset[str]:
    """The one term each verb that dates an event is read as ("opened", "opening" → open; data/event_verbs.csv)."""
    return frozenset(_event_verbs().values())


@cache
def measure_words() -> frozenset[str]:
    """Words that name what a figure measures ("death" for killed, dead, toll): never mere topic words."""
    return frozenset(v for v in _synonyms().values() if v not in ("world",))


# Sentences whose content terms are kept: a report's sentences are read by several stages and its claims,
# and a story's reports repeat one another's sentences.
_TERMS_KEPT = 1 << 14


@bounded(maxsize=_TERMS_KEPT)
def content_terms(text: str) -> tuple[str, ...]:
    """The stems of the content words of `text`, in order; news synonyms ("killed", "dead") share one."""
    stop = stopwords()
    synonyms = _synonyms()
    events = _event_verbs()
    out = []
    for m in WORD.finditer(text):
        word = m.group().lower()
        if word in stop or len(word) < 3:
            continue
        out.append(synonyms.get(word) or events.get(word) or stem(word))
    return tuple(out)
