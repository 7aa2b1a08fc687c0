"""Whose figures a sentence gives when it names no one: the sentence before's, unless it counts its own subject.

"The pilot, Ana Brun, landed the jet in Oslo. All 186 passengers were
unhurt." gives no count of Ana Brun's: the passengers are the clause's own
subject, set out by the count itself. A sentence lends itself the names of the
one before only when it speaks of them without naming them: by a pronoun ("Its
2,000 workers went on strike", "52% of voters backed her"), by the kind of
thing they are ("the company said 300 jobs would go"), or with no subject at
all. The words that may open a count that is its clause's subject ("A record",
"An estimated", "All") are data (data/count_openers.csv, data/hedges.csv).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ..data import rows
from ..knowledge import builtin
from ..model import Mention, Sentence
from ..parse.figures.vocabulary import vocabulary
from ..parse.names.lexicon import speech_verbs
from ..terms import WORD, stopwords
from .frames import aged, aged_noun, aged_role, verb_kind

__all__ = ["counts_its_own_subject", "opening_age_noun", "person_stood_for", "speaks_of_a_person", "subject_names"]

# what a clause of a sentence may open with before its subject: "In the women's race, ", "On Sunday, "
_INTRODUCTION = re.compile(r"^.*[,;:—–]\s*", re.DOTALL)
# words that stand for what the sentence before named, anywhere in a clause: "52% of voters backed her"
_BACK_REFERENCE = re.compile(r"\b(?:it|its|him|his|her|hers|itself|himself|herself)\b", re.IGNORECASE)
_NOUN_PHRASE = 2  # a count's clause goes on past its noun before a comma: "38,500 runners started," not "Two days later,"


@cache
def _openers() -> frozenset[str]:
    """Words that may stand before a count that is its clause's subject: determiners, hedges, "record"."""
    words = {row["word"] for row in rows("count_openers.csv")}
    for row in rows("hedges.csv"):
        if row["position"] == "before":
            words.update(row["phrase"].lower().split())
    return frozenset(words)


@cache
def _subject_pronouns() -> dict[str, bool]:
    """The pronouns a clause's subject may be, and whether each stands for a person (data/subject_pronouns.csv)."""
    return {row["word"]: row["person"] == "yes" for row in rows("subject_pronouns.csv")}


@cache
def _stand_in_words() -> frozenset[str]:
    """Words that speak of a thing named before without naming it: pronouns (data/subject_pronouns.csv) and
    the kind nouns (data/kind_nouns.csv: "the company")."""
    return frozenset(
        set(_subject_pronouns()) | {row["word"] for row in rows("kind_nouns.csv")}
    )


def _past_speaker(lead: str) -> str:
    """A clause's words after a speaker who is no one named before and the verb of speech: "Organisers said
    38,500 ..." → "38,500 ...". A pronoun or a kind noun speaks for the one named before ("It said", "The
    company said"), and is kept."""
    words = [w.group().lower() for w in WORD.finditer(lead)]
    verbs = set(speech_verbs())
    for i, word in enumerate(words):
        if word in verbs and i > 0:
            if any(_bare(w) in _stand_in_words() for w in words[:i]):
                return lead
            rest = words[i + 1 :]
            return " ".join(rest[1:] if rest[:1] == ["that"] else rest)
    return lead


def counts_its_own_subject(sentence: Sentence, figures: Sequence[Mention]) -> bool:
    """Whether a sentence's first figure counts its clause's own subject: "A record 38,500 runners started the
    race, organisers said", "In the runoff, more than 1.2 million voters cast ballots", "Officials said 2,000
    workers walked out". Not "Its 2,000 workers walked out", "2,000 of its workers", "52% of voters backed her"
    (of the one the sentence before names), nor "Two days later, the company cut 300 jobs" (a span of time that
    opens the sentence)."""
    if not figures:
        return False
    rel = sentence.start
    first = min(figures, key=lambda m: m.start)
    if not _is_count(first):
        return False
    lead = _past_speaker(_INTRODUCTION.sub("", sentence.text[: first.start - rel]))
    if any(w.group().lower() not in _openers() for w in WORD.finditer(lead)):
        return False
    rest = sentence.text[first.end - rel :]
    clause = re.split(r"[,;:—–]", rest, maxsplit=1)[0]
    if len(WORD.findall(clause)) < _NOUN_PHRASE or _BACK_REFERENCE.search(sentence.text):
        return False
    return not any(_bare(w.group()) in _stand_in_words() for w in WORD.finditer(clause))


def _is_count(m: Mention) -> bool:
    """Whether a figure counts things ("38,500 runners", "186 passengers", "1.2 million"): a whole number of no
    unit one measures in ("The 24-year-old", "a 5.9 magnitude quake", "a 40 km stretch" are no counts)."""
    if m.kind not in ("number", "quantity") or m.value is None or m.value != int(m.value):
        return False
    return m.unit is None or m.unit not in vocabulary().conversions


def _bare(word: str) -> str:
    """A word in lower case without its possessive: "company's" → "company"."""
    return re.sub(r"['’]s?$", "", word.lower())


# an age's phrase that opens its sentence, the person it speaks of unnamed: "The 27-year-old", "The Kenyan, 28,",
# "The former minister, 67,"
_AGE_OPENING = re.compile(r"\s*[Tt]he\s+(?:[^\W\d_][^,;:()]{0,40}[,(]\s*)?")


def opening_age_noun(sentence: Sentence, m: Mention) -> str | None:
    """The noun an age that opens its sentence is the age of, the person left unnamed: "Kenyan" in "The Kenyan,
    28, said", "minister" in "The former minister, 67, denied"; "" for "The 27-year-old said"; None when the age
    does not open its sentence ("Kiprono, 27, won"), or is no age set off after a noun of a person."""
    lead = sentence.text[: m.start - sentence.start]
    if not _AGE_OPENING.fullmatch(lead):
        return None
    if aged(sentence, m) and lead.rstrip().lower() == "the":
        return ""
    return aged_noun(sentence, m)


def person_stood_for(noun: str, before: Sequence[Mention], *, alone: bool = True) -> str | None:
    """The person of the sentence before whom an age's noun stands for: the one named beside the country of a
    demonym ("The Kenyan, 28," after "Kenya's Daniel Kiprono won"), else, when the age is the only one its sentence
    gives (`alone`), the one name the sentence before gives but places. None when it names no one, or several none
    of whom is told apart ("Alders went on trial alongside Rolf Maas. The Norwegian, 52, ...")."""
    names = [e for e in before if e.kind == "entity" and e.canonical and e.role in ("person", None)]
    country = builtin().country_of_demonym(noun) if noun[:1].isupper() else None
    if country is not None:
        at = [e for e in before if e.kind == "entity" and e.canonical == country]
        if at:
            nearest = min(names, key=lambda e: abs(e.start - at[0].start), default=None)
            return nearest.canonical if nearest is not None else None
    named = {e.canonical for e in names}
    return named.pop() if alone and len(named) == 1 else None


# words that open a clause about the noun before them: a name after one is in that clause, not the subject
_CLAUSE_WORDS = frozenset({"who", "whom", "whose", "which", "that", "where", "when", "while"})
_SUBJECT_REACH = 2  # words of a subject before a name in it: "Customers of Lunetel", "the strike by Acme workers"


def subject_names(sentence: Sentence, entities: Sequence[Mention]) -> tuple[str, ...]:
    """The names a sentence is about, for the next sentence that names no one: those of its subject, before its
    verb ("Daniel Okafor, who was elected mayor of Halford in 2014, was convicted", "Customers of Lunetel have been
    told", "The strike by Acme workers entered its second day"). Not a name after the verb or in a clause of its
    own ("Twelve workers were hurt, two of whom remain in Carrowby Infirmary": the hospital owns no figure of the
    fire), nor the subject of a sentence that only tells what it said ("Marta Ilves, leader of the Greens, said she
    would vote against the budget. The government has defended it, ..."), nor any of a sentence whose subject is
    a pronoun ("That undercuts the Volta, the closest rival"). An opening phrase set off by a comma is no verb
    ("On Tuesday, Acme cut 300 jobs")."""
    rel = sentence.start
    opening = WORD.match(sentence.text.lstrip())
    if opening is None or _bare(opening.group()) in _pronouns():
        return ()
    found: list[str] = []
    last = 0
    for e in sorted((e for e in entities if e.kind == "entity" and e.canonical), key=lambda e: e.start):
        words = [w.group() for w in WORD.finditer(sentence.text[: e.start - rel])]
        lower = [w.lower() for w in words if not w[:1].isupper()]
        if any(_verb(w) or w in _CLAUSE_WORDS for w in lower):
            break
        if len([w for w in lower if w not in stopwords()]) > _SUBJECT_REACH:
            break
        found.append(e.canonical)
        last = e.end - rel
    if not found:
        return ()
    verb = next((w for w in (m.group().lower() for m in WORD.finditer(_without_asides(sentence.text[last:]))) if _verb(w)), None)
    return () if verb in _speech() else tuple(dict.fromkeys(found))


_RELATIVE_ASIDE = re.compile(r",\s+(?:who|whom|whose|which)\b[^,;]*,")  # ", who was elected mayor in 2014,"


def _without_asides(text: str) -> str:
    return _RELATIVE_ASIDE.sub(",", text)


@cache
def _speech() -> frozenset[str]:
    """The verbs of speech of one word ("said", "told"; data/speech_verbs.csv)."""
    return frozenset(v for v in speech_verbs() if " " not in v)


def _verb(word: str) -> bool:
    """Whether a word in lower case is a verb of a clause: a form of "be" or "have", a modal, a past, a verb of
    speech."""
    return verb_kind(word) is not None or word in _speech()


@cache
def _pronouns() -> frozenset[str]:
    """Pronouns a sentence's subject may be (data/subject_pronouns.csv) and the demonstratives: "It", "That"."""
    return frozenset(set(_subject_pronouns()) | {"this", "that", "these", "those"})


# the other forms of the pronouns that stand for a person (data/subject_pronouns.csv, column person)
_PERSON_FORMS = {"he": ("him", "his", "himself"), "she": ("her", "hers", "herself")}


@cache
def _person_words() -> frozenset[str]:
    words = {word for word, person in _subject_pronouns().items() if person}
    return frozenset(words.union(*(_PERSON_FORMS.get(w, ()) for w in words)))


def speaks_of_a_person(sentence: Sentence, figures: Sequence[Mention]) -> bool:
    """Whether a sentence that names no one speaks of a person: by a pronoun ("She was paid £40,000"), or by an
    age ("The jury took four days to reach its verdict on the 56-year-old", "The Kenyan, 29, won"). Else its figures are no person's:
    "The collapse occurred while 39 miners were working" after a sentence on the foreman is not his count."""
    if any(w.group().lower() in _person_words() for w in WORD.finditer(sentence.text)):
        return True
    return any(aged(sentence, m) or aged_role(sentence, m) for m in figures)  # "the Kenyan, 29," too
