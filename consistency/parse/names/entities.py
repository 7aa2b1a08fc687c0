"""Names in text: people, organisations, places and offices.

Rule-based and gazetteer-driven, no model. Reading goes in two passes:

1. ``name_runs`` finds runs of capitalised words ("Russian President
   Vladimir Putin", "Ursula von der Leyen"). A run is cut into a qualifier
   ("Russian", "U.S.", "Ukraine's"), a title ("President", "Secretary of
   State", a lowercase "spokesman" before it) and a name, or read as a plain
   name. Sentence-initial ordinary words ("The", "However", "In") are dropped.
2. Every name is resolved to a canonical id, document-wide: the knowledge
   base's aliases ("Zelenskiy" → "Volodymyr Zelensky"), a surname alone to
   the one full name of the same text that ends with it, else a close
   spelling (rapidfuzz ratio ≥ ``FUZZY_CUTOFF``) of a known surname. Names in
   headings, captions and table rows are kept only when known from the
   knowledge base or from the body text.

A title that names an office of the knowledge base gives an extra mention
with ``role="office"`` over the whole phrase ("U.S. President Donald Trump"),
``office`` the office id and ``canonical`` the holder; the name inside it is
also a ``role="person"`` mention (without ``office``, so that each phrase is
one office claim). "The Trump administration" is an office mention only.
Organisations that stand for an office ("the Kremlin") stay organisations;
``KnowledgeBase.metonym_office`` names the office.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re

from wordfreq import zipf_frequency

from ...data import rows
from ...knowledge import KnowledgeBase, builtin, name_key
from ...model import Mention
from . import lexicon as lex
from .layout import (
    LowercaseWords,
    Token,
    chunks,
    given_name_first,
    heading_spans,
    layout,
    patterns,
    segments,
    title_last_words,
)
from .resolution import Candidate, Resolver, office_of_person

__all__ = ["find"]

_SENTENCE_ENDS = frozenset(".!?:;|•>*\n")  # what ends a sentence, an item or a line ("1." ends with its ".")
_OPENING = frozenset("\"'“‘([*#_-–—")  # what may stand between that end and the next word, besides blanks
_HYPHEN_PART = re.compile(r"[^-]+")
_WHO_AFTER = re.compile(r",\s+who\b")  # a word a relative clause of a person follows: "Reyes, who beat Ana Solis,"
# a plural noun whose possessive opens a body's name: "the National Farmers' Union", "the Miners' Welfare Fund";
# a surname's possessive ("Jones' Bakery") has no everyday singular ("jone")
_COMMON_NOUN = 3.0  # wordfreq Zipf frequency of the singular ("miner" is 3.6, "jame" 2.2)
_IRREGULAR_PLURALS = frozenset({"women", "men", "children", "people"})  # "the Women's Institute"
# wordfreq Zipf frequency from which a word is written in English at all ("referee" is 3.9): a sentence's first word
# rarer than this before a known name ("Tsige" is 0) is a given name no list holds
_WORD_IN_USE = 3.0
_DASHES = "-–—"
_EVERYDAY_WORD = 4.0  # wordfreq Zipf frequency from which a word is everyday English ("centre"; "Berg" is 3.3)
_NAME_NEXT = re.compile(rf"[ \t]+(?:of[ \t]+)?[{lex.UPPER}]")


@functools.cache
def _kind_of_place_before() -> re.Pattern[str]:
    """A kind of place and "of" before a name ("the coast of", "the town of"; data/bearing_places.csv)."""
    nouns = "|".join(re.escape(r["noun"]) for r in rows("bearing_places.csv"))
    return re.compile(rf"\b(?:{nouns})\s+of\s+$", re.IGNORECASE)


def find(text: str, published: dt.date | None = None, knowledge: KnowledgeBase | None = None) -> list[Mention]:
    """Every name and office phrase in `text`, in reading order (kind "entity").

    `published` picks among a person's offices when a phrase does not say
    which ("the Putin government" in 2010 is the Russian prime minister's).
    Names resolve through `knowledge` (default: the built-in knowledge base).
    """
    if not text:
        return []
    return list(_find(text, published, knowledge if knowledge is not None else builtin()))


@functools.lru_cache(maxsize=8)
def _find(text: str, published: dt.date | None, kb: KnowledgeBase) -> tuple[Mention, ...]:
    reader = _Reader(text, kb)
    read_run = reader.read_run
    for match in lex.name_runs().finditer(text):
        read_run(match)
    return tuple(sorted(reader.mentions(published), key=lambda m: (m.start, m.end, m.role or "")))


class _Reader:
    """The first pass over one text: name runs → candidates."""

    def __init__(self, text: str, kb: KnowledgeBase) -> None:
        self.text = text
        self.kb = kb
        self.vocab = LowercaseWords(text)
        spans = heading_spans(text, self.vocab)
        self.heading_starts = [s for s, _ in spans]
        self.heading_ends = [e for _, e in spans]
        self.candidates: list[Candidate] = []
        self.known: list[Mention] = []  # one-word places and organisations, final from the first pass
        self.last_run: tuple[int, int, str, bool] = (-1, -1, "", False)  # start, end, text, had a possessive
        self.portfolio_end = -1  # end of a title's portfolio that may go on after "and"
        self.joined_end = -1  # end of a name read with the run after its possessive ("Land's End")

    # -- helpers -------------------------------------------------------------

    def in_heading(self, pos: int) -> bool:
        i = bisect.bisect_right(self.heading_starts, pos) - 1
        return i >= 0 and pos < self.heading_ends[i]

    def at_sentence_start(self, pos: int) -> bool:
        """Whether only blanks, quotes and brackets stand between `pos` and the end of a sentence, item or
        line, a dash set apart by a space before it (a dateline's), or the start of the text, looking back at most
        12 characters."""
        text = self.text
        low = max(0, pos - 12)
        i = pos
        while i > low:
            c = text[i - 1]
            if c in _SENTENCE_ENDS:  # "\n" and "*" both end and open
                return True
            if c in _DASHES and i - 2 >= 0 and text[i - 2].isspace():
                return True  # "RUWANPURA, Feb 12 (Wire) - Opener Dinesh Silva": a dateline's dash opens the sentence
            if not (c.isspace() or c in _OPENING):
                return c == ")" and i - 2 >= low and text[i - 2].isdecimal()  # "1)"
            i -= 1
        return low == 0

    def ordinary(self, word: str) -> bool:
        low = word.lower()
        return low in self.vocab or low in lex.non_entities()

    # -- runs ------------------------------------------------------------------

    def read_run(self, match: re.Match[str]) -> None:
        """Read one name run, unless it goes on a title's portfolio ("Minister for European and Euro-Atlantic Integration")."""
        if self.portfolio_end >= 0:
            if self.text[self.portfolio_end : match.start()] in (" and ", " & "):
                self.portfolio_end = match.end()
                return
            self.portfolio_end = -1
        if match.start() < self.joined_end:
            return  # "End" of "Land's End", read with the word before it
        run, run_start = match.group("run"), match.start("run")
        if self._possessive_name(match):
            return
        if " " in run or "-" in run:
            heading = self.in_heading(run_start)
            for segment in segments(run, self.kb):
                tokens = [(word, run_start + start, run_start + end) for word, start, end in segment]
                while len(tokens) > 2 and tokens[-1][0] in lex.post_nominals():
                    tokens = tokens[:-1]  # "Anjali Deshmukh KC": a rank after the name, no word of it
                self._read_segment(tokens, heading)
        elif self._may_be_name(run):
            self._read_word(run, run_start)
        self.last_run = (run_start, match.end(), run, match.group("poss") is not None)

    def _possessive_name(self, match: re.Match[str]) -> bool:
        """Read a place's or a building's name with a possessive inside it ("Land's End", "St Aldric's Hospital")
        as one name, unless the word before the possessive is a known name ("Britain's", "Apple's")."""
        if match.group("poss") is None or self.kb.canonical_name(match.group("run")):
            return False
        found = lex.possessive_name_end().match(self.text, match.end())
        end = found.end() if found else self._plural_owner_name_end(match)
        if end is None:
            return False
        start = match.start("run")
        tokens = [(w.group(), start + w.start(), start + w.end()) for w in re.finditer(r"\S+", self.text[start:end])]
        self._read_segment(tokens, self.in_heading(start))
        self.joined_end = end
        self.last_run = (start, end, self.text[start:end], False)
        return True

    def _plural_owner_name_end(self, match: re.Match[str]) -> int | None:
        """Where a body's name ends that a plural noun's possessive opens ("the Northern Teachers' Pension
        Scheme", "the Women's Institute"): the capitalised run right after it, which has no possessive of its own."""
        last = match.group("run").split()[-1]
        low = last.lower()
        plural = match.group("poss") in ("'", "’") and zipf_frequency(low[:-1], "en") >= _COMMON_NOUN
        if not (plural or low in _IRREGULAR_PLURALS):
            return None
        after = re.compile(r"[ \t]+").match(self.text, match.end())
        following = lex.name_runs().match(self.text, after.end()) if after else None
        if following is None or following.group("poss") is not None:
            return None
        return following.end("run")

    def _may_be_name(self, word: str) -> bool:
        """ "The", "May", "Us" are not names; "US" and "Senate" are, by the aliases."""
        low = word.lower()
        if low in lex.leading_non_names():
            return word.isupper() and self.kb.canonical_name(word) is not None
        return low not in lex.non_entities() or self.kb.canonical_name(word) is not None

    def _read_word(self, word: str, start: int) -> None:
        """A one-word run; a known place or organisation needs no look at its context."""
        token = (word, start, start + len(word))
        canonical = self.kb.canonical_name(word)
        kind = self.kb.entity_type(canonical) if canonical else None
        if canonical and kind not in (None, "person"):
            self.known.append(Mention(kind="entity", text=word, start=start, end=token[2], canonical=canonical, role=kind))
            return
        if (word.lower(),) in lex.titles():
            return
        heading = self.in_heading(start)
        sentence_start = self.at_sentence_start(start)
        if canonical is None and sentence_start and self.ordinary(word) and not _WHO_AFTER.match(self.text, token[2]):
            return  # "Reyes, who beat Ana Solis," opens its sentence with a person, as "who" tells
        self._read_plain([token], heading, sentence_start=sentence_start, first_chunk=True)

    def _read_segment(self, tokens: list[Token], heading: bool) -> None:
        words = tuple(t[0] for t in tokens)
        titles, whole_known = layout(words, self.kb)
        title_starts = {i for i, _, _ in titles}
        first = 0
        while (
            not whole_known
            and first < len(tokens)
            and first not in title_starts
            and self._droppable_lead(tokens, first)
        ):
            first += 1
        if first == len(tokens):
            return
        sentence_start = first == 0 and self.at_sentence_start(tokens[0][1])
        if first:
            tokens = tokens[first:]
        parts = chunks(words[first:], self.kb)
        for n, (lo, hi, title) in enumerate(parts):
            if title is not None:
                self._read_titled(tokens, lo, hi, title, heading, sentence_start and lo == 0)
            else:
                self._read_plain(
                    tokens[lo:hi],
                    heading,
                    sentence_start=sentence_start and lo == 0,
                    first_chunk=n == 0,
                )

    def _droppable_lead(self, tokens: list[Token], k: int) -> bool:
        """Whether a leading word is no part of the name: "The", "In", a sentence's first ordinary word."""
        word = tokens[k][0]
        low = word.lower()
        if low in lex.PARTICLES and word[:1].isupper() and len(tokens) > k + 1:
            return False  # "El Paso", "Al Haouz", "De Aar": a name's particle written first opens the name
        if low in lex.label_words() and k == 0 and len(tokens) > 1 and not self.at_sentence_start(tokens[0][1]):
            return False  # "the Home Office", "the Post Office": a label word within a sentence opens a name
        if low in lex.CONNECTORS or low in lex.PARTICLES or low in lex.leading_non_names():
            return not given_name_first(word, tokens[k + 1 : k + 2])  # "Jan Pekar" keeps its "Jan"
        if low.rstrip(".") in lex.honorifics() and len(tokens) > k + 1:
            return False  # "Mr Johnston"
        if self._demonym_before_name(tokens, k):
            return True  # "the Norwegian Kari Berg", "the Swede Anna Lind": a nationality before the name
        if self._everyday_words_before_name(tokens, k):
            return True  # "Liberal Democrat Anna Pryce won": a party's or a side's words before a person's name
        if k or not self.at_sentence_start(tokens[0][1]) or self.kb.canonical_name(word):
            return False
        if len(tokens) > 1 and low in lex.role_nouns():
            return True  # "Administrators Kestner Vale said", "Developer Tidewater Homes": the role, then the name
        if len(tokens) > 1 and name_key(word) in lex.given_names():
            return False
        if any(self.kb.canonical_name(" ".join(t[0] for t in tokens[:n])) for n in range(2, min(len(tokens), 4) + 1)):
            return False  # "European Commission ...": a known name starts here
        if low in lex.cue_words()["event head"]:
            return False  # "Storm Ulla", "Hurricane Bettina": storms are given people's names
        if len(tokens) > 1 and (
            self.kb.canonical_name(tokens[1][0]) is not None or name_key(tokens[1][0]) in lex.given_names()
        ):
            # "Major U.S. companies", "Farmer Anna Kowalczyk": an everyday word before a name; a word no one writes
            # in English ("Tsige Alemayehu won") is the name's own
            return self.ordinary(word) or low in lex.person_nouns() or zipf_frequency(low, "en") >= _WORD_IN_USE
        return self.ordinary(word)

    def _everyday_words_before_name(self, tokens: list[Token], k: int) -> bool:
        """Whether the words from `k` up to a person's name of two words (a given name, then one more) are everyday
        English words that name no one: "Liberal Democrat Anna Pryce", "Green Party Tom Hale". A run known as a
        name from its first word on ("Morgan Stanley"), or with a given name among the words before ("Mary Ann
        Keller"), is left whole."""
        if len(tokens) - k < 3 or name_key(tokens[-2][0]) not in lex.given_names():
            return False
        lead = tokens[k:-2]
        if len(lead) > 2 or any(
            name_key(t[0]) in lex.given_names() or self.kb.canonical_name(t[0]) or (t[0].lower(),) in lex.titles()
            or self.kb.country_of_demonym(t[0]) is not None
            for t in lead
        ):
            return False  # "Russian President Vladimir Putin": a title and its qualifier, read as such
        if self.kb.canonical_name(" ".join(t[0] for t in tokens[k:])):
            return False
        last = tokens[-1][0].lower()
        cues = lex.cue_words()
        if last in cues["organisation suffix"] | cues["place suffix"]:
            return False  # "Port Elizabeth Hospital", "Queen Mary Street": a place's or a body's name
        return all(zipf_frequency(t[0].lower(), "en") >= _EVERYDAY_WORD for t in lead)

    def _demonym_before_name(self, tokens: list[Token], k: int) -> bool:
        """Whether a word is a demonym after "the" ("the Norwegian", "the Swede") before a person's two-word name
        that no list knows as one with it ("the Norwegian Refugee Council" is a body's name). A name whose last word
        is an everyday English word is left whole: a person whose surname is one ("the Briton Tom Brown") keeps
        the demonym in the name, as before."""
        rest = tokens[k + 1 :]
        if len(rest) != 2 or self.kb.country_of_demonym(tokens[k][0]) is None:
            return False
        before = tokens[k - 1][0] if k else self.text[max(0, tokens[k][1] - 4) : tokens[k][1]]
        if before.strip().lower() != "the":
            return False  # "Norwegian Air Shuttle cut 300 jobs": a name that opens with a demonym
        if self.kb.canonical_name(" ".join(t[0] for t in tokens[k:])) or self.kb.canonical_name(rest[0][0]):
            return False
        last = rest[-1][0].lower()
        cues = lex.cue_words()
        # a body's name ends in an everyday noun ("the European Seismological Centre"); a surname seldom does
        return last not in cues["organisation suffix"] | cues["place suffix"] and zipf_frequency(last, "en") < _EVERYDAY_WORD

    def _read_titled(
        self, tokens: list[Token], lo: int, hi: int, title: tuple[int, int, str], heading: bool, sentence_start: bool
    ) -> None:
        """A run with a title: qualifier ("Russian", "Ukraine's"), title, then the name, if any."""
        i, j, role = title
        pre, post = tokens[lo:i], tokens[j:hi]
        body: str | None = None
        phrase_start = tokens[i][1]
        name = post
        if post and post[0][0].lower() in lex.CONNECTORS:
            rest = post
            while rest and rest[0][0].lower() in lex.CONNECTORS:
                rest = rest[1:]
            body, name = self._qualifier_then_name(rest, heading)
            if not name and rest and not self.kb.canonical_name(self.text[rest[0][1] : rest[-1][2]]):
                self.portfolio_end = tokens[hi - 1][2]  # "Minister for European [and Euro-Atlantic Integration]"
        if name and self._not_a_person(name):
            self._read_plain(tokens[lo:hi], heading, sentence_start=sentence_start, first_chunk=lo == 0)
            return
        if pre:
            qualifier = self.text[pre[0][1] : pre[-1][2]]
            found = self.kb.country_of_demonym(qualifier) or self.kb.canonical_name(qualifier)
            if found:
                body = body or found
                phrase_start = pre[0][1]
            if self.kb.canonical_name(qualifier) or not found:
                self._read_plain(pre, heading, sentence_start=sentence_start, first_chunk=lo == 0)
        elif lo == 0:
            start, end, run, had_possessive = self.last_run
            if had_possessive and not self.text[end:phrase_start].strip():
                found = self.kb.country_of_demonym(run) or self.kb.canonical_name(run)
                if found:
                    body = body or found
                    phrase_start = start
        if name:
            self.candidates.append(
                Candidate(
                    tokens=name,
                    heading=heading,
                    hint="person",
                    title_role=role,
                    body=body,
                    phrase_start=phrase_start,
                )
            )

    def _qualifier_then_name(self, rest: list[Token], heading: bool) -> tuple[str | None, list[Token]]:
        """After "President of" / "Commissioner for": the country or body, then the name, if any."""
        for k in range(len(rest), 0, -1):
            words = self.text[rest[0][1] : rest[k - 1][2]]
            found = self.kb.country_of_demonym(words) or self.kb.canonical_name(words)
            if found:
                if self.kb.canonical_name(words):
                    self._read_plain(rest[:k], heading, sentence_start=False, first_chunk=False)
                return found, rest[k:]
        for k in range(1, len(rest) - 1):
            if name_key(rest[k][0]) in lex.given_names():
                return None, rest[k:]
        return None, []

    def _not_a_person(self, name: list[Token]) -> bool:
        """ "General Motors", "Justice Department": the title word is part of another name."""
        last = name[-1][0].lower()
        cues = lex.cue_words()
        if last in cues["organisation suffix"] or last in cues["place suffix"]:
            return True
        found = self.kb.canonical_name(self.text[name[0][1] : name[-1][2]])
        return found is not None and self.kb.entity_type(found) not in (None, "person")

    def _read_plain(
        self, tokens: list[Token], heading: bool, *, sentence_start: bool, first_chunk: bool
    ) -> None:
        """A name without a title in its run: honorific, "X administration", context titles."""
        while tokens and tokens[0][0].lower() in lex.CONNECTORS:
            tokens = tokens[1:]
        if not tokens:
            return
        candidate = Candidate(tokens=tokens, heading=heading, sentence_start=sentence_start)
        if len(tokens) > 1 and tokens[0][0].rstrip(".").lower() in lex.honorifics():
            candidate.tokens = tokens[1:]
            candidate.hint = "person"
        elif len(tokens) == 1 and "-" in tokens[0][0] and self._read_compound(tokens[0], heading):
            return
        if len(candidate.tokens) > 1 and candidate.tokens[-1][0].lower() in lex.office_nouns():
            candidate.phrase_end = candidate.tokens[-1][2]
            candidate.office_noun = True
            candidate.tokens = candidate.tokens[:-1]
        else:
            after = patterns()["office_noun_after"].match(self.text, candidate.end)
            if after:
                candidate.phrase_end = after.end()
                candidate.office_noun = True
        if first_chunk and not candidate.office_noun:
            self._title_context(candidate)
        self.candidates.append(candidate)

    def _read_compound(self, token: Token, heading: bool) -> bool:
        """ "US-Ukraine", "Russia-U.S.": two known names joined by a hyphen become two mentions."""
        word, start, _ = token
        parts = [(p.group(), start + p.start(), start + p.end()) for p in _HYPHEN_PART.finditer(word)]
        if len(parts) < 2 or not all(self.kb.canonical_name(p[0]) for p in parts):
            return False
        for part in parts:
            self.candidates.append(Candidate(tokens=[part], heading=heading))
        return True

    def _title_context(self, candidate: Candidate) -> None:
        """A lowercase title before the name ("Kremlin spokesman") or an appositive after it."""
        text, start, end = self.text, candidate.start, candidate.end
        before = text[max(0, start - 30) : start]
        words = before.rsplit(None, 1)  # only the last word matters
        if words and before[-1:] in (" ", "\t") and words[-1].rstrip(",").isalpha():
            word = words[-1].rstrip(",").lower()
            held = len(words) > 1 and words[0].split()[-1].lower() in lex.cue_words()["holding before"]
            if word in lex.cue_words()["place before"] and not held:
                candidate.place_cue = True  # "a depot in Leeds", not "shares in Norvane": a holding is in a firm
            elif word == "of" and _kind_of_place_before().search(before):
                candidate.hint = "place"  # "off the coast of Brittany", "the town of Florence": a place, whatever
                # else its word may be (a given name)
            elif word in title_last_words():
                found = patterns()["title_before"].search(text, max(0, start - 80), start)
                if found:
                    self._apply_title(candidate, found, found.start())
                    return
        if text.startswith(_BASED, end):
            candidate.based = True
        if text.startswith(",", end):
            found = patterns()["title_after"].match(text, end)
            if found and not _NAME_NEXT.match(text, found.end()):
                self._apply_title(candidate, found, start)
                candidate.phrase_end = found.end()
            elif candidate.hint is None and len(candidate.tokens) > 1 and patterns()["person_after"].match(text, end):
                candidate.hint = "person"  # "Hiwot Demissie, the women's winner,": a person, whoever else is named so
            elif (
                candidate.hint is None and (candidate.sentence_start or len(candidate.tokens) > 1)
                and _WHO_AFTER.match(text, end) and not self.kb.country_of_demonym(candidate.tokens[0][0])
            ):
                # "Reyes, who beat Ana Solis,", "Spain's Iker Zubieta, who won the race in 2025,": a person, as
                # "who" tells ("The Spaniard, who ..." is a nationality said of one)
                candidate.hint = "person"

    def _apply_title(self, candidate: Candidate, found: re.Match[str], phrase_start: int) -> None:
        role = lex.titles().get(tuple(found.group("title").lower().split()))
        if role is None:
            return
        candidate.hint = "person"
        candidate.title_role = role
        candidate.phrase_start = phrase_start
        qualifier = found.group("qual")
        if qualifier:
            qualifier = re.sub(r"['’]s$", "", qualifier)
            candidate.body = self.kb.country_of_demonym(qualifier) or self.kb.canonical_name(qualifier)
            if candidate.body is None:
                candidate.phrase_start = found.start("title")

    # -- output ----------------------------------------------------------------

    def mentions(self, published: dt.date | None) -> list[Mention]:
        kb = self.kb
        resolver = Resolver(self.text, self.vocab, self.candidates, kb)
        out: list[Mention] = list(self.known)
        for candidate in self.candidates:
            resolved = resolver.resolve(candidate)
            if resolved is None:
                continue
            canonical, role = resolved
            if candidate.office_noun and role == "person":
                office = office_of_person(kb, canonical, None, published)
                out.append(_mention(self.text, candidate.start, candidate.phrase_end, canonical, "office", office))
                continue
            if candidate.office_noun and self.text[candidate.end :].lstrip()[:1].isupper():
                end = candidate.phrase_end or candidate.end
                name = " ".join(self.text[candidate.start : end].split())
                out.append(_mention(self.text, candidate.start, end, name, "organisation", None))
                continue
            out.append(_mention(self.text, candidate.start, candidate.end, canonical, role, None))
            if candidate.title_role and role == "person":
                office = _titled_office(kb, canonical, candidate.title_role, candidate.body, published)
                if office:
                    start = min(candidate.phrase_start if candidate.phrase_start is not None else candidate.start, candidate.start)
                    end = max(candidate.end, candidate.phrase_end or 0)
                    out.append(_mention(self.text, start, end, canonical, "office", office))
        return out


def _titled_office(
    kb: KnowledgeBase, canonical: str, role: str, body: str | None, published: dt.date | None
) -> str | None:
    """The office a title names: by its country or body, else by the person's own terms."""
    if body:
        office = kb.office_for(body, role)
        if office is None and role == "leader":
            office = office_of_person(kb, canonical, None, published, body=body)
        return office
    return office_of_person(kb, canonical, role, published)


_BASED = ("-based", "–based")  # "the Oslo-based insurer": the name before is where a thing is based


def _mention(text: str, start: int, end: int | None, canonical: str | None, role: str | None, office: str | None) -> Mention:
    stop = end if end is not None else start
    return Mention(
        kind="entity",
        text=text[start:stop],
        start=start,
        end=stop,
        canonical=canonical,
        role=role,
        office=office,
    )
