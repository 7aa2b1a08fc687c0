"""The actor of an act: the body whose act a date or a vote's tally tells of.

One kind of act is often done twice in a story, each time by another body:
"The Harlow transport committee voted 6-3 on Monday to back the tram line"
and "the city assembly approved it by 41 votes to 20 on Wednesday". Each
act has its own day and its own tally, and a report that gives one act's
is not contradicted by a report that gives the other's. A date or a count
of a tally in a sentence that tells of an act (a word of voting:
``tally_vote`` in data/figure_context.csv, "a 2-1 decision"; or a verb of a
body's act: data/act_verbs.csv, "approved", "blocked", "overturned") takes
as its actor the body that is its clause's subject or agent: the clause's
first body word, or one after "by" ("approved on Thursday by the council") (data/act_bodies.csv, which also joins members to their
body: "senators" are the upper house's), with the word before a body noun
that names which one ("the planning committee", "a lower court"). A word
that names the whole of a body ("the full council", data/post_modifiers.csv
kind ``whole``) names no other body.

Two actors separate two acts when they name different bodies; a body named
with fewer words ("the court") may be any of its kind ("the appeals
court"). An act whose actor goes unsaid stays comparable with any
(frames.same_actor).

So with the rounds or stages of one vote: a candidate's first round on
April 26 and her run-off two weeks later, a bill's second reading and its
third (data/act_rounds.csv). A claim's round is the one its clause names,
the nearest before it first: its figures and its date are that round's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ..data import rows
from ..model import Mention, Sentence
from ..parse.figures.ranks import ordinal_of
from ..parse.figures.vocabulary import vocabulary
from ..terms import stopwords
from .frames import (
    _CLAUSE_END,
    _INTRODUCTORY_WORDS,
    GENERIC_BODY,
    body_act_lemmas,
    contest_parts,
    lemma,
    tally_count,
)

__all__ = ["actor_of", "round_of"]

_TOKEN = re.compile(r"(?<![\w'’-])[^\W\d_][\w'’-]*")
# the kinds of words before a body that name no other body (data/post_modifiers.csv): "the full council",
# "the company's board"
_NAMING_NO_OTHER = frozenset({"whole", GENERIC_BODY})
_VERB_REACH = 2  # a named body's verb, or an adverb and its verb: "the Knesset then passed"
_AGENT = "by"  # the word before the body that did a thing told in the passive
_COMPOUND = 2  # words between a body and the body it qualifies: "the Senate Judiciary Committee"
_POSSESSIVE = re.compile(r"['’]s?$")  # "Fenwick's", "Holdings'"


@cache
def _bodies() -> dict[tuple[str, ...], str]:
    """Each written form of a body, as its words, with the body it names ("councillors" → council)."""
    return {tuple(row["form"].lower().split()): row["body"] for row in rows("act_bodies.csv")}


@cache
def _longest_form() -> int:
    return max(len(form) for form in _bodies())


@cache
def _rounds() -> dict[tuple[str, ...], str]:
    """Each written form of a round of a vote, as its words, with the round it names ("run-off" → second round)."""
    return {tuple(row["form"].lower().split()): row["round"] for row in rows("act_rounds.csv")}


def _is_act_word(word: str) -> bool:
    """A word of voting (data/figure_context.csv `tally_vote`) or of a body's act (data/act_verbs.csv, by its lemma)."""
    w = word.lower()
    return w in vocabulary().tally_votes or lemma(w) in body_act_lemmas()


@cache
def _naming_no_other() -> frozenset[str]:
    return frozenset(row["word"].lower() for row in rows("post_modifiers.csv") if row["kind"] in _NAMING_NO_OTHER)


@cache
def _month_words() -> frozenset[str]:
    """Month names and their abbreviations (data/months.csv), which name no body."""
    return frozenset(row["name"].lower() for row in rows("months.csv"))


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _first_body(words: list[str]) -> str | None:
    """The first body the words name, with the word before it that says which kind ("the planning committee",
    "the Judiciary Committee"). A name before a body's common noun is whose body it is, not which: "Fenwick's
    board", "the Fenwick board" are the board (whose it is the sentence's names tell)."""
    forms, longest = _bodies(), _longest_form()
    lowered = [w.lower() for w in words]
    for i in range(len(words)):
        for n in range(min(longest, len(words) - i), 0, -1):
            body = forms.get(tuple(lowered[i : i + n]))
            if body is None:
                continue
            if words[i + n - 1][-1:] in ("'", "’"):
                break  # "the councillors' plan": whose plan, not who acted
            head = _head_body(words[i + n : i + n + _COMPOUND + 1])
            if head is not None:
                return head  # "the Senate Judiciary Committee", "the council planning committee": the committee
            return _which(words[i - 1], words[i], body) if i > 0 and n == 1 else body
    return None


def _head_body(words: list[str]) -> str | None:
    """The body a body just before qualifies, in one noun phrase: "(the Senate) Judiciary Committee"; not past a
    verb or a word of another phrase ("shareholders backed the board")."""
    phrase = []
    for w in words:
        phrase.append(w)
        if w.lower() in stopwords() or _is_act_word(w):
            return None
        if found := _first_body(phrase):
            return found
    return None


def _which(before: str, noun: str, body: str) -> str:
    """A body with the word before its noun, when that word says which body of its kind it is."""
    which = before.lower()
    if which in _month_words():
        return body  # "PARIS, Jan 21 - Parliament passed": a dateline's month, not which parliament
    if _POSSESSIVE.search(which) or (before[:1].isupper() and not noun[:1].isupper()):
        return body  # "Fenwick's board", "the Fenwick board": whose
    if which in stopwords() or which in _naming_no_other() or which in body.split():
        return body  # "the full council", "the company's board", "the upper house"
    return f"{which} {body}"


def actor_of(sentence: Sentence, m: Mention, entities: Sequence[Mention] = ()) -> str | None:
    """The body whose act a date or a count of a vote's tally tells of, when its clause tells of one.

    "The planning committee voted 7-2 on Tuesday": "planning committee" for the Tuesday, the 7 and the 2;
    "the bill was passed by the Senate on Monday": "upper house"; "Councillors approved it": "council"; a body
    named in `entities` (the sentence's names) that opens the clause and does the act: "The Bundestag approved
    the reform on Thursday": "bundestag".
    """
    tally = tally_count(m) is not None
    if m.is_figure and not tally:
        return None  # "the board approved a $2bn buyback": the buyback's figure, whichever body acted on it
    before, after = _clause_around(sentence, m)
    if not tally and not any(_is_act_word(w) for w in _tokens(sentence.text)):
        return None  # a date of no act: "the quake struck on Friday" (the act's verb may govern two clauses: "approved
        # by the board on Monday and by shareholders on Thursday")
    found = _first_body(before) or _named_body(sentence, m, entities)
    if found is None and len(before) <= _INTRODUCTORY_WORDS:
        found = _first_body(after)  # "On Tuesday, the Senate passed the bill 52-48"
    lowered = [w.lower() for w in after]
    if found is None and _AGENT in lowered:
        found = _first_body(after[lowered.index(_AGENT) + 1 :])  # "the plan was approved on Thursday by the council"
    return found


_NOT_BODIES = frozenset({"person", "office", "nationality", "place"})  # what a name of a body is not


def _named_body(sentence: Sentence, m: Mention, entities: Sequence[Mention]) -> str | None:
    """A named body that opens the claim's clause, before the claim, and whose next word (or the one after an
    adverb) is its act's: "The Knesset passed the law on Monday", "the Bundestag then approved it"."""
    rel = sentence.start
    lead = sentence.text[: m.start - rel]
    cuts = list(_CLAUSE_END.finditer(lead))
    start = cuts[-1].end() if cuts else 0
    for e in entities:
        if e.role in _NOT_BODIES or not e.canonical or not start <= e.start - rel < e.end <= m.start:
            continue
        if any(w.lower() not in stopwords() for w in _tokens(sentence.text[start : e.start - rel])):
            continue
        verb = [w.lower() for w in _tokens(sentence.text[e.end - rel :])[:_VERB_REACH]]
        if verb and (_is_act_word(verb[0]) or (verb[0] in stopwords() and verb[1:2] and _is_act_word(verb[1]))):
            return e.canonical.lower()
    return None


def _clause_around(sentence: Sentence, m: Mention) -> tuple[list[str], list[str]]:
    """The words of a claim's clause before it and after it."""
    rel = sentence.start
    lead = sentence.text[: m.start - rel]
    cuts = list(_CLAUSE_END.finditer(lead))
    rest = sentence.text[m.end - rel :].lstrip(" ,")
    cut = _CLAUSE_END.search(rest)
    return _tokens(lead[cuts[-1].end() :] if cuts else lead), _tokens(rest[: cut.start()] if cut else rest)


def round_of(sentence: Sentence, m: Mention) -> str | None:
    """The round of a vote a date or a figure is of, as its clause names it: "won the first round on April 26 with
    41%" the first round, "56% of the vote in the run-off" the second; the round it is a word of ("second" of
    "its second reading"); else the nearest before it, else the first after it. A clause that names none is of the
    round its sentence named before it ("In the first round, Hale was backed by 41%", "Hale won the run-off,
    backed by 56%"); a round named after it is of a later clause's act ("Wednesday's crash ..., including Zubieta,
    who did not start the third stage")."""
    own = _tokens(m.text) or [m.text]
    earlier = _tokens(sentence.text[: m.start - sentence.start])
    return _round_around(*_clause_around(sentence, m), own) or _round_around(earlier, [], own)


def _round_around(before: list[str], after: list[str], own: list[str]) -> str | None:
    """The round the words around a claim's own words name (see `round_of`)."""
    words = [w.lower() for w in before + own + after]
    rounds = _rounds()
    longest = max(len(form) for form in rounds)
    found = [
        (i, i + n, rounds[tuple(words[i : i + n])])
        for i in range(len(words)) for n in range(1, longest + 1) if tuple(words[i : i + n]) in rounds
    ]
    start, end = len(before), len(before) + len(own)
    covered = {k for i, j, _ in found for k in range(i, j)} | set(range(start, end))
    # an ordinal before a contest part ("the eighth round"), unless the ordinal is the value itself ("a 6th round
    # pick" against "a 5th round pick")
    found = sorted(found + [
        (i, i + 2, f"{place} {words[i + 1]}") for i in range(len(words) - 1)
        if (place := ordinal_of(words[i])) is not None and words[i + 1] in contest_parts() and i not in covered
    ])
    named = next((r for i, j, r in found if i < end and j > start), None)  # "second" of "its second reading"
    named = named or next((r for i, j, r in reversed(found) if j <= start), None)
    return named or next((r for i, _, r in found if i >= end), None)
