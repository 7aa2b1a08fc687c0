"""Second pass of the entity reader: candidate names → canonical ids and roles.

A full name resolves through the knowledge base's aliases, then by first
name and surname against the known people ("Volodymyr Zelenskyy" →
"Volodymyr Zelensky"). A surname alone resolves to the one full name of the
same text that ends with it, else through the aliases. A name known to
neither may be a misspelling: it joins the known surname it is closest to
when their rapidfuzz ratio is at least ``FUZZY_CUTOFF`` ("Zelenzky").
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import defaultdict
from collections.abc import Container
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from ...caches import bounded
from ...knowledge import KnowledgeBase, name_key
from . import lexicon as lex

__all__ = ["Candidate", "Resolver", "office_of_person", "FUZZY_CUTOFF", "FUZZY_MIN_LENGTH"]

FUZZY_CUTOFF = 85.0  # rapidfuzz ratio from which an unknown surname is read as a known one
FUZZY_MIN_LENGTH = 5  # shorter names are never matched fuzzily ("Merz" is not "Mers")
HEAD_KINDS = ("head of state", "head of government")

_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
# a name of two or three capitalised words with no connector ("Pieter-Jan Claeskens", "Ana María Ruiz"), which news
# copy names again by its last word
_MAY_BE_A_PERSON = re.compile(r"[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+){1,2}")
_NOT_SURNAMES = frozenset({"ii", "iii", "iv", "jr", "sr"})

Token = tuple[str, int, int]
Resolution = tuple[str, str | None, str | None]  # canonical, role, how it is known (kb, doc, fuzzy or None)


@dataclass(slots=True)
class Candidate:
    """A name read by the first pass, with what its context says about it."""

    tokens: list[Token]
    heading: bool
    sentence_start: bool = False
    hint: str | None = None  # "person" from a title or an honorific; "place" after "the coast of", "the town of"
    title_role: str | None = None  # the role a title names ("president")
    body: str | None = None  # the country or body of that title ("Russia")
    phrase_start: int | None = None  # where the office phrase starts (its qualifier or title)
    phrase_end: int | None = None  # where it ends when past the name (appositive, "administration")
    office_noun: bool = False  # "X administration"
    place_cue: bool = False  # "in X"
    based: bool = False  # "the Oslo-based insurer": where a thing is based, a place whatever else the word may be

    @property
    def start(self) -> int:
        return self.tokens[0][1]

    @property
    def end(self) -> int:
        return self.tokens[-1][2]


@functools.lru_cache(maxsize=4)
def _kb_surnames(kb: KnowledgeBase) -> dict[str, frozenset[str]]:
    """Surname key → the known people it may name, from canonical names and one-word aliases."""
    index: dict[str, set[str]] = defaultdict(set)
    people = set(kb.people)
    for person in people:
        words = person.split()
        if len(words) > 1 and name_key(words[-1]) not in _NOT_SURNAMES:
            index[name_key(words[-1])].add(person)
    for key, canonical in kb.aliases.items():
        if " " not in key and canonical in people:
            index[key].add(canonical)
    return {key: frozenset(names) for key, names in index.items()}


@functools.lru_cache(maxsize=4)
def _kb_alias_surnames(kb: KnowledgeBase) -> frozenset[str]:
    """One-word aliases of known people ("putin", "zelenskyy")."""
    people = set(kb.people)
    return frozenset(key for key, canonical in kb.aliases.items() if " " not in key and canonical in people)


@functools.lru_cache(maxsize=8)
def _by_initial(kb: KnowledgeBase, full: bool) -> dict[str, tuple[str, ...]]:
    """Known surnames by their first letter: every person's (`full`) or the aliases' own."""
    keys = _kb_surnames(kb) if full else _kb_alias_surnames(kb)
    out: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        out[key[:1]].append(key)
    return {initial: tuple(sorted(group)) for initial, group in out.items()}


@bounded(maxsize=4096)
def _close_known(surname: str, full: bool, kb: KnowledgeBase) -> tuple[tuple[str, float], ...]:
    """The known surnames (every person's when `full`, else the aliases') closest to `surname`, best first.

    The same unknown surname turns up in many texts; the knowledge base's part
    of the search is the same for all of them.
    """
    known = [k for k in _by_initial(kb, full).get(surname[:1], ()) if k != surname]
    found = process.extract(surname, known, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=5)
    return tuple((key, score) for key, score, _ in found)


def _first_name(canonical: str) -> str:
    return name_key(canonical.split()[0])


class Resolver:
    """Resolves the candidates of one text; the body text is resolved first, headings after it."""

    def __init__(self, text: str, vocab: Container[str], candidates: list[Candidate], kb: KnowledgeBase) -> None:
        self.text = text
        self.vocab = vocab
        self.kb = kb
        self.kb_surnames = _kb_surnames(kb)
        self.doc_surnames: dict[str, set[str]] = defaultdict(set)
        # the full names of two or three words the text gives that nothing says the kind of, by their last word,
        # with where each is first given
        self.unsaid_by_last: dict[str, dict[str, int]] = defaultdict(dict)
        # the names of firms the text gives ("Brennick Appliances", "Veyra Launch Systems"), by their first word, with
        # where each is first given and the kind it was read as
        self.firms_by_first: dict[str, dict[str, tuple[int, str | None]]] = defaultdict(dict)
        self.results: dict[int, Resolution] = {}
        self.body = [c for c in candidates if not c.heading]
        # where the body first names each word alone
        self.first_alone: dict[str, int] = {}
        for c in self.body:
            if len(c.tokens) == 1:
                self.first_alone.setdefault(name_key(c.tokens[0][0]), c.start)
        self._body_keys: set[str] | None = None
        self._fuzzy_seen: dict[tuple[str, str | None], str | None] = {}
        self._resolve_full_names([c for c in self.body if len(c.tokens) > 1])
        for c in self.body:
            if len(c.tokens) == 1:
                self.results[id(c)] = self._single(c)

    @property
    def body_keys(self) -> set[str]:
        """Keys of the names kept in the body text, which headings may repeat."""
        if self._body_keys is None:
            self._body_keys = set()
            for c in self.body:
                kept = self._keep(c, self.results[id(c)])
                if kept:
                    self._body_keys.add(name_key(self._text(c)))
                    self._body_keys.add(name_key(kept[0]))
        return self._body_keys

    def resolve(self, c: Candidate) -> tuple[str, str | None] | None:
        """(canonical, role) of a candidate, or None when it is not a name after all."""
        result = self.results.get(id(c))
        if result is None:
            result = self._single(c) if len(c.tokens) == 1 else self._full(c)
            self.results[id(c)] = result
        if c.based and result[2] != "kb":  # "the Austin-based group" is based in a place, not a person
            result = self.results[id(c)] = (self._text(c), "place", None)
        if c.heading:
            canonical, role, known = result
            if known or name_key(self._text(c)) in self.body_keys or name_key(canonical) in self.body_keys:
                return canonical, role
            return None
        return self._keep(c, result)

    # -- full names --------------------------------------------------------------

    def _resolve_full_names(self, candidates: list[Candidate]) -> None:
        """Known names first; then unknown spellings, the most frequent first, may join a close one; a surname
        written with its particle first ("De Gaulle") last of all."""
        unknown: dict[str, list[Candidate]] = defaultdict(list)
        led = [c for c in candidates if c.tokens[0][0].lower() in lex.PARTICLES]
        for c in (c for c in candidates if c.tokens[0][0].lower() not in lex.PARTICLES):
            result = self._full(c)
            self.results[id(c)] = result
            canonical, role, known = result
            if role == "person" and known:
                self._add_person(c, canonical)
            elif role == "person":
                unknown[name_key(canonical)].append(c)
            elif role is None and _MAY_BE_A_PERSON.fullmatch(canonical):
                self.unsaid_by_last[name_key(c.tokens[-1][0])].setdefault(canonical, c.start)
            if role in (None, "organisation") and c.tokens[-1][0].lower() in lex.cue_words()["firm suffix"]:
                self.firms_by_first[name_key(c.tokens[0][0])].setdefault(canonical, (c.start, role))
        for key in sorted(unknown, key=lambda k: (-len(unknown[k]), unknown[k][0].start)):
            group = unknown[key]
            match = self._fuzzy(name_key(group[0].tokens[-1][0]), first=name_key(group[0].tokens[0][0]))
            for c in group:
                canonical = match or self.results[id(c)][0]
                self.results[id(c)] = (canonical, "person", "fuzzy" if match else None)
                self._add_person(c, canonical)
        for c in led:
            self.results[id(c)] = self._surname_with_particle(c) or self._full(c)

    def _surname_with_particle(self, c: Candidate) -> Resolution | None:
        """The one person of the text whose full name ends with a surname written with its particle first: "De
        Gaulle" after "Charles de Gaulle", as "Gaulle" would be."""
        written = " " + self._text(c).lower()
        people = {p for p in self.doc_surnames.get(name_key(c.tokens[-1][0]), ()) if p.lower().endswith(written)}
        return (next(iter(people)), "person", "doc") if len(people) == 1 else None

    def _add_person(self, c: Candidate, canonical: str) -> None:
        self.doc_surnames[name_key(c.tokens[-1][0])].add(canonical)
        self.doc_surnames[name_key(canonical.split()[-1])].add(canonical)
        words = canonical.split()
        first_surname = words[-2] if len(words) >= 3 else ""
        if first_surname and first_surname.lower() not in lex.PARTICLES and name_key(first_surname) not in lex.given_names():
            # "Joaquín Serrat Almeida", then "Serrat": a name of two surnames is written by the first of them
            self.doc_surnames[name_key(first_surname)].add(canonical)

    def _full(self, c: Candidate) -> Resolution:
        text = self._text(c)
        canonical = self.kb.canonical_name(text)
        if canonical:
            return canonical, self.kb.entity_type(canonical) or c.hint, "kb"
        if c.hint == "place":
            return text, "place", None  # "off the coast of New Brittany": a place, whatever its first word is
        first, last = name_key(c.tokens[0][0]), name_key(c.tokens[-1][0])
        given = first in lex.given_names()
        if c.hint == "person" or given or last in self.kb_surnames:
            for person in self.kb_surnames.get(last, ()):
                if _first_name(person) == first:
                    return person, "person", "kb"
            if c.hint == "person" or given:
                return text, "person", None
        return text, self._cue_role(c), None

    def _cue_role(self, c: Candidate) -> str | None:
        cues = lex.cue_words()
        last = c.tokens[-1][0].lower()
        if last in cues["organisation suffix"]:
            return "organisation"
        if last in cues["place suffix"]:
            return "place"
        words = [t[0].lower() for t in c.tokens]
        if words[0] in cues["organisation head"] and any(w in lex.CONNECTORS for w in words):
            return "organisation"
        if words[0] in cues["organisation opening"] and len(words) > 1:
            return "organisation"  # "Team Solano"
        if words[0] in cues["place head"]:
            return "place"
        return None

    # -- single words --------------------------------------------------------------

    def _single(self, c: Candidate) -> Resolution:
        word = c.tokens[0][0]
        key = name_key(word)
        in_text = self.doc_surnames.get(key)
        if in_text:
            if len(in_text) == 1:
                return next(iter(in_text)), "person", "doc"
            canonical = self.kb.canonical_name(word)
            return (canonical, "person", "kb") if canonical in in_text else (word, "person", "doc")
        canonical = self.kb.canonical_name(word)
        if canonical:
            return canonical, self.kb.entity_type(canonical) or c.hint, "kb"
        # a full name given before the word first stands alone: news names in full first, then by the last word
        unsaid = [n for n, at in self.unsaid_by_last.get(key, {}).items() if at < self.first_alone.get(key, c.start)]
        if len(unsaid) == 1 and not self._ordinary(word):
            # "Prosecutors say Claeskens, 56, ..." after "Pieter-Jan Claeskens": the one full name the text gives
            # that ends with it, whatever kind of name nothing says; "Lorvania's government", before "an economist
            # at Nordbank Lorvania", names a country of its own
            return next(iter(unsaid)), c.hint, "doc"
        firms = [(n, role) for n, (at, role) in self.firms_by_first.get(key, {}).items() if at < c.start]
        if len(firms) == 1 and not c.place_cue and c.hint != "place" and not self._ordinary(word):
            # "Brennick, which announced on March 4 ..." after "Brennick Appliances": a firm named in full, then by its
            # first word (data/name_cues.csv "firm suffix"); a town before a council's or a hospital's noun is no firm
            return firms[0][0], firms[0][1], "doc"
        if not self._ordinary(word) and not self._demonym_like(word):
            match = self._fuzzy(key)
            if match:
                return match, "person", "fuzzy"
        if c.hint == "place":
            return word, "place", None  # "off the coast of Brittany": a place, though "Brittany" is a given name too
        if c.hint == "person" or (key in lex.given_names() and not c.place_cue):
            return word, "person", None  # a given name alone after "in" is a town's ("flown to hospital in Pau")
        if word.isupper() and 2 <= len(word) <= 6 and word.isalpha():
            return word, "organisation", None  # an acronym: "FTSE", "OPEC"
        if c.place_cue:
            return word, "place", None
        return word, None, None

    # -- shared --------------------------------------------------------------------

    def _fuzzy(self, surname: str, first: str | None = None) -> str | None:
        """The one known person whose surname is spelled closest to `surname`, if close enough."""
        if len(surname) < FUZZY_MIN_LENGTH:
            return None
        key = (surname, first)
        if key not in self._fuzzy_seen:
            self._fuzzy_seen[key] = self._closest(surname, first)
        return self._fuzzy_seen[key]

    def _closest(self, surname: str, first: str | None) -> str | None:
        """A surname alone is matched only to the text's surnames and the surnames the aliases list
        on their own ("Zelensky"), not to every known person's last name ("Johnston" is not "Johnson")."""
        scores = dict(_close_known(surname, first is not None, self.kb))
        in_text = [k for k in self.doc_surnames if k[:1] == surname[:1] and k != surname and k not in scores]
        for key, score, _ in process.extract(surname, in_text, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=5):
            scores[key] = score
        found = sorted(scores, key=lambda k: (-scores[k], k))[:5]
        people: set[str] = set()
        for key in found:
            people |= self.kb_surnames.get(key, frozenset()) | self.doc_surnames.get(key, set())
        if first is not None:
            people = {p for p in people if _first_name(p) == first}
        return next(iter(people)) if len(people) == 1 else None

    def _keep(self, c: Candidate, result: Resolution) -> tuple[str, str | None] | None:
        canonical, role, known = result
        if known or c.hint == "person" or role == "person":
            return canonical, role
        words = [t[0] for t in c.tokens]
        if (len(words) == 1 and c.sentence_start and not self._ordinary(words[0])
                and lex.place_said_after().match(self.text, c.end)):
            return canonical, "place"  # "Darwin is the city where the summit took place": a place, though it opens
        if len(words) == 1 and c.sentence_start and not self._ordinary(words[0]) and lex.AGE_SET_OFF_AFTER.match(
            self.text, c.end
        ):
            return canonical, "person"  # "Lindqvist, 45, was jailed for four years": a person, though the name opens
        if len(words) == 1:
            word = words[0]
            if (
                c.sentence_start
                or len(word) < 2
                or self._ordinary(word)
                or self._demonym_like(word)
                or _PLURAL_ACRONYM.fullmatch(word)
            ):
                return None
            return canonical, role
        plain = [w for w in words if w.lower() not in lex.CONNECTORS and w.lower() not in lex.PARTICLES]
        if all(self._ordinary(w) or self._demonym_like(w) for w in plain) and not self._named_body(c):
            return None
        return canonical, role

    @staticmethod
    def _named_body(c: Candidate) -> bool:
        """Ordinary words that end in a body's noun within a sentence name that body ("the National Union won 59
        seats", "the Scottish National Party", data/name_cues.csv "name suffix"); a heading's capitals do not."""
        return not c.heading and len(c.tokens) > 1 and c.tokens[-1][0].lower() in lex.cue_words()["name suffix"]

    def _text(self, c: Candidate) -> str:
        if len(c.tokens) == 1:
            return c.tokens[0][0]
        return " ".join(self.text[c.start : c.end].split())

    def _ordinary(self, word: str) -> bool:
        low = word.lower()
        return low in self.vocab or low in lex.non_entities()

    def _demonym_like(self, word: str) -> bool:
        """ "Russian", "Europeans": a people or an adjective, not a name."""
        kb = self.kb
        if kb.canonical_name(word):
            return False
        return bool(kb.country_of_demonym(word) or (word.endswith("s") and kb.country_of_demonym(word[:-1])))


def office_of_person(
    kb: KnowledgeBase, canonical: str, role: str | None, published: dt.date | None, body: str | None = None
) -> str | None:
    """The office a person's title or "administration" refers to, from their terms.

    `role` None (or "leader") means a head of state or government. Among
    several offices, the one held on `published`, else the latest held
    before it, else the latest.
    """
    picked = []
    for office, start, end in kb.terms_of(canonical):
        info = kb.office_info(office)
        if info is None:
            continue
        fits = info.kind in HEAD_KINDS if role in (None, "leader") else info.role == role
        if body is not None:
            fits = fits and name_key(info.body) == name_key(body)
        if fits:
            picked.append((office, start, end))
    if not picked:
        return None
    if len({office for office, _, _ in picked}) == 1:
        return picked[0][0]
    if published is not None:
        covering = {o for o, s, e in picked if s <= published and (e is None or published < e)}
        if len(covering) == 1:
            return covering.pop()
        before = [t for t in picked if t[1] <= published]
        if before:
            return max(before, key=lambda t: t[1])[0]
    return max(picked, key=lambda t: t[1])[0]
