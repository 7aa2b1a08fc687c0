"""Nationalities: "X is an American actor" → the country behind the demonym.

A demonym is read as a nationality only where something is described by it:

- after a copula ("is a 1980 American film", "was an English-Swedish painter");
- in apposition to a name ("Pieter Aalbers, a Dutch cyclist,", "Pieter Aalbers,
  34, a Dutch national", "Pieter Aalbers, a 34-year-old Dutch national");
- before a name, with one or two common nouns between ("the Dutch cyclist
  Pieter Aalbers", "ABBA's Swedish label Polar Music").

A demonym elsewhere ("the American delegation") qualifies a noun and is left
to the entity reader. Each demonym of a hyphenated run names its own
country, so "English-Swedish" gives the mention the canonical
"England+Sweden". A demonym of origin ("Swedish-born", "Paris-based")
says where someone comes from or works, not their nationality, and is
skipped. A negated description ("is not an American series") is kept with
the hedge "not": it says which nationality the thing does not have; one
said to be the only one ("is solely Australian") with the hedge "only".
Someone's descent ("is of Irish and Italian descent", "of English, German
and Scottish ancestry") is read the same way, every country of the list in
one canonical, with the hedge "descent": it says where their forebears came
from, not their nationality. `described_name` finds the name a nationality
describes.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import re
from collections.abc import Sequence
from importlib import resources

from ...knowledge import KnowledgeBase, builtin
from ...model import Mention, Sentence

__all__ = ["DESCENT", "DESCRIBED_AS", "NEGATED", "ONLY", "described_name", "find", "said_of_a_subject"]

NEGATED = "not"  # the hedge of a negated description
ONLY = "only"  # the hedge of a description said to be the only one ("is solely Australian")
DESCENT = "descent"  # the hedge of someone's descent ("is of Irish and Italian descent")

_DEMONYM = r"(?P<demonym>[A-Z][a-z]+(?:-[A-Z][a-z]+)*)\b(?!-[a-z])"  # not "Swedish-born", "Paris-based"
_ORIGIN = r"(?:[A-Z][a-z]+-[a-z]+\s+)?"  # "Swedish-born ": a demonym of origin before the nationality
_ADJECTIVES = (
    r"(?:(?:\d{4}|\d{1,3}-year-old|former|retired|professional|famous|well-known|renowned|leading|prominent|popular)\s+)*"
)

DESCRIBED_AS = re.compile(
    r"\b(?:is|was|are|were)\s+(?P<neg>not\s+)?(?:(?:an?|the)\s+)*(?P<only>(?:only|solely|purely|exclusively)\s+)?"
    r"(?:(?:an?|the)\s+)*" + _ADJECTIVES
    + _ORIGIN + _DEMONYM
)
# "Pieter Aalbers, a Dutch cyclist," / "Ericsson, the Swedish telecoms group,"
_APPOSITION = re.compile(r"[A-Z][\w.'’-]*,\s+(?:\d{1,3},\s+)?(?:an?|the)\s+" + _ADJECTIVES + _ORIGIN + _DEMONYM)
# "the Dutch cyclist Pieter Aalbers", "ABBA's Swedish label Polar Music": one or two common nouns, then a name
_NOUNS_BEFORE_NAME = r"\s+(?:(?!(?:in|of|at|on|for|to|from|by|with|and|or|that|who|which)\b)[a-z][\w-]*\s+){1,2}"
_BEFORE_NAME = re.compile(r"(?<![\w.'’-])" + _DEMONYM + _NOUNS_BEFORE_NAME + "(?=[A-Z])")
# "the Libyan port of Zuwarat", "the Greek island of Kos": a place said with the country it is in
# (data/settlement_nouns.csv)
_SETTLEMENT_OF = r"\s+(?:{nouns})\s+of\s+"
# "is of Irish and Italian descent", "of English, as well as German and Scottish, ancestry": a list of demonyms
_DESCENT = re.compile(
    r"\b(?:is|was|are|were)\s+of\s+(?P<list>[A-Z][^.;:()]{0,100}?),?\s+(?:descent|ancestry|heritage|extraction)\b"
)
_LIST_WORDS = frozenset({"and", "or", "as", "well", "mixed", "partly", "part", "half"})  # the list's own words
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our"})
_BETWEEN_NAME_AND_APPOSITION = re.compile(r",\s+(?:\d{1,3},\s+)?(?:an?|the)\s+" + _ADJECTIVES + _ORIGIN)
_BETWEEN_DEMONYM_AND_NAME = re.compile(_NOUNS_BEFORE_NAME)


@functools.cache
def _settlements() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A demonym before a noun of a settled place and "of" and a name ("the Libyan port of Zuwarat"), and the
    words between such a demonym and its name."""
    with resources.files("consistency.data").joinpath("settlement_nouns.csv").open(encoding="utf-8", newline="") as f:
        nouns = "|".join(re.escape(r["noun"]) for r in csv.DictReader(f))
    between = _SETTLEMENT_OF.format(nouns=nouns)
    return re.compile(r"(?<![\w.'’-])" + _DEMONYM + between + "(?=[A-Z])"), re.compile(between)


def find(text: str, published: dt.date | None = None, knowledge: KnowledgeBase | None = None) -> list[Mention]:
    """Every demonym that describes what a clause is about, as an entity mention of role "nationality".

    Demonyms are those of `knowledge` (default: the built-in knowledge base).
    """
    kb = knowledge if knowledge is not None else builtin()
    out: dict[int, Mention] = {}
    for pattern in (DESCRIBED_AS, _APPOSITION, _BEFORE_NAME, _settlements()[0]):
        for found in pattern.finditer(text):
            start, end = found.span("demonym")
            if start in out:
                continue
            if pattern in (_BEFORE_NAME, _settlements()[0]) and not _opens_description(text[:start]):
                continue  # "Royal Dutch Shell": the demonym is a word of a name
            words = found.group("demonym").split("-")
            countries = [kb.country_of_demonym(w) for w in words]
            if any(c is None or c == w for c, w in zip(countries, words, strict=True)):
                continue  # not a demonym, or a country's own name ("a Russia expert")
            out[start] = Mention(
                kind="entity", text=found.group("demonym"), start=start, end=end,
                canonical="+".join(sorted(set(countries))), role="nationality", hedge=_hedge(found),
            )
    for found in _DESCENT.finditer(text):
        mention = _descent(found, kb)
        if mention is not None and mention.start not in out:
            out[mention.start] = mention
    return [out[k] for k in sorted(out)]


def _descent(found: re.Match[str], kb: KnowledgeBase) -> Mention | None:
    """Someone's descent as one mention of every country of its list ("English, German and Scottish" →
    "England+Germany+Scotland"; a capitalised word before a demonym qualifies it, as in "Native American"); None
    when the list holds any other word than demonyms and the list's own ("of Royal descent", "of humble
    descent")."""
    listed = found.group("list")
    words = [w for w in re.findall(r"[\w'’-]+", listed) if w.lower() not in _LIST_WORDS]
    countries: set[str] = set()
    for i, word in enumerate(words):
        found_countries = _countries(word, kb)
        if found_countries:
            countries.update(found_countries)
        elif not (word[0].isupper() and i + 1 < len(words) and _countries(words[i + 1], kb)):
            return None
    if not countries:
        return None
    start, end = found.span("list")
    return Mention(
        kind="entity", text=listed, start=start, end=end, canonical="+".join(sorted(countries)), role="nationality",
        hedge=DESCENT,
    )


def _countries(word: str, kb: KnowledgeBase) -> list[str]:
    """The countries of a demonym, one for each part of a hyphenated run ("Swiss-French"); empty when a part is
    no demonym or a country's own name."""
    parts = word.split("-")
    countries = [kb.country_of_demonym(w) for w in parts]
    if not word[0].isupper() or any(c is None or c == w for c, w in zip(countries, parts, strict=True)):
        return []
    return countries


def _hedge(found: re.Match[str]) -> str | None:
    """"not" for a denied nationality, "only" for one said to be the only one, else None."""
    groups = found.re.groupindex
    if "neg" in groups and found.group("neg"):
        return NEGATED
    if "only" in groups and found.group("only"):
        return ONLY
    return None


def _opens_description(lead: str) -> bool:
    """Whether a demonym after `lead` opens a description rather than continues a name: it follows a
    determiner ("the"), an owner ("ABBA's"), a lower-case word, punctuation or nothing, not "Royal"."""
    words = lead.rsplit(None, 1)  # the last word, read from the end (a search from the start reads the whole lead)
    if not words:
        return True
    word = words[-1]
    return not word[0].isupper() or word.lower() in _DETERMINERS or word.endswith(("'s", "’s")) or word[-1] in ".!?,;:("


def described_name(sentence: Sentence, m: Mention, names: Sequence[Mention]) -> Mention | None:
    """The name a nationality stands next to as its description: "the Dutch cyclist [Pieter Aalbers]",
    "[Pieter Aalbers], a Dutch cyclist", "the Libyan port of [Zuwarat]"; None when it describes the subject of a copula ("X is a Dutch cyclist").
    The name after comes first: in "Tom Hale, an engineer from Leeds, the Dutch student [Mia Smit] and ..." the
    phrase is Mia Smit's, not an apposition of Leeds."""
    rel = sentence.start
    for n in names:
        between = sentence.text[m.end - rel : n.start - rel]
        if n.start >= m.end and (
            _BETWEEN_DEMONYM_AND_NAME.fullmatch(between) or _settlements()[1].fullmatch(between)
        ):
            return n
    for n in names:
        if n.end <= m.start and _BETWEEN_NAME_AND_APPOSITION.fullmatch(sentence.text[n.end - rel : m.start - rel]):
            return n
    return None


def said_of_a_subject(sentence: Sentence, m: Mention) -> bool:
    """Whether a demonym is said of its clause's subject ("Brubaker is a 1980 American film")."""
    return any(f.start("demonym") + sentence.start == m.start for f in DESCRIBED_AS.finditer(sentence.text)) or any(
        f.start("list") + sentence.start == m.start for f in _DESCENT.finditer(sentence.text)
    )

