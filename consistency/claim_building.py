"""Mentions in a sentence → Claims: what a value is about, what it measures, and when.

A figure's *attribute* is the handful of content words around it, cut at the
neighbouring figures and clause breaks: in "controlling nearly 60% of global
production and 85% of refining capabilities", 60% measures "controlling
global production" and 85% "refining capabilities". Words are reduced to
crude stems so "refining" meets "refined". The *subject* is the named
entities of the sentence; the *time* is the sentence's own date words, if any.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from functools import cache
from typing import NamedTuple

from .align.actors import actor_of, round_of
from .align.frames import (
    ADJUSTED,
    AGE,
    BOUND_MEASURES,
    REACHED_BY,
    YEAR_ON_YEAR,
    aged_person,
    alternatives,
    besides_a_name,
    bodies_spoken_for,
    body_speakers,
    change_base,
    change_words,
    counted_in_area_told,
    dates_a_figure,
    event_word,
    finding_verbs,
    frame_of,
    leads_to_whole,
    lemma,
    measure_in,
    names_an_event,
    of_the_event,
    of_those_told,
    outcome_measure,
    own_measure,
    participles,
    past_participle,
    periodic_statistic,
    periods_a_figure_after,
    places_near,
    reckoned_of,
    separate_outcomes,
    tally_count,
    undated_measure,
    verb_kind,
    written_before_its_thing,
)
from .align.subjects import (
    counts_its_own_subject,
    opening_age_noun,
    person_stood_for,
    speaks_of_a_person,
    subject_names,
)
from .align.times import (
    date_frame,
    dated_act,
    is_future_step,
    is_history,
    is_statement_date,
    states_change,
    told_as_possessive,
    year_of_a_noun,
)
from .caches import bounded
from .data import rows
from .intervals import ranges_overlap
from .model import Claim, Document, Frame, Mention, Sentence
from .parse.dates.periods import period_span
from .parse.figures.numbers import find as find_figures
from .parse.figures.vocabulary import lookup, vocabulary
from .parse.names.lexicon import only_speech_verbs
from .parse.names.nationalities import described_name, said_of_a_subject
from .parse.times import day_part_words, past_day_part
from .readers.datelines import dateline
from .terms import WORD as _WORD
from .terms import content_terms, stem, stopwords

__all__ = [
    "CountedGroup", "agent_verb", "change_direction", "claims_of", "counted_group", "figure_clause_terms", "figure_head", "heads_match", "passive_agent_verb", "past_verb_with",
    "verb_lemma",
]

_CLAUSE_BREAK = re.compile(r"[;:()\[\]—–]|,\s|\s(?:and|but|while|whereas|or)\s|\d+(?:[./]\d+)+", re.IGNORECASE)
# "seventh and final season": an adjective after "and" still qualifies the figure's noun
_COORDINATED = re.compile(r"^\s+(?:and|or)\s+(?=(?:final|last|latest|first|only|highest|lowest|\w+est)\b)", re.IGNORECASE)
_AFTER_WORDS = 6
_BEFORE_WORDS = 4


# How far either side of a figure its clause is looked for: far more than the words read from it
# (six after, four before, 40 characters for a name's slot), and a bound that keeps the work per
# figure constant in a sentence of any length (a text on one line, with no full stops).
_CLAUSE_REACH = 300


def _window(text: str, start: int, end: int, lo: int, hi: int) -> tuple[str, str]:
    """The clause text before and after [start, end), bounded by [lo, hi) and by _CLAUSE_REACH."""
    lo, hi = max(lo, start - _CLAUSE_REACH), min(hi, end + _CLAUSE_REACH)
    before = text[lo:start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    if breaks:
        last = breaks[-1]
        # "higher defence spending, which will reach": a relative clause tells of the noun before its comma; a name
        # there ("Tomas Brenner, who resigned on Monday") is the claim's subject, and says nothing of what it is
        said_of = before[: last.start()].split()[-1:]
        antecedent = (
            _RELATIVE_OPENING.match(before, last.end()) and last.group().startswith(",")
            and bool(said_of) and said_of[0][:1].islower()
        )
        if not antecedent:
            before = before[last.end() :]
        elif len(breaks) > 1:
            before = before[breaks[-2].end() :]
    after = text[end:hi]
    joined = _COORDINATED.match(after)
    if joined:
        after = after[joined.end() :]
    brk = _CLAUSE_BREAK.search(after)
    if brk:
        after = after[: brk.start()]
    return before, after


_RELATIVE_OPENING = re.compile(r"(?:which|who|that)\b", re.IGNORECASE)  # a relative clause's first word
_INTRODUCTORY = re.compile(r"^\s*,\s*")  # "On 13 November 2005, Guerrero was found dead"
# where the clause a date opens ends: a stop, or an aside on its last noun ("she succeeded him as music director,
# a post she held until 2003"); not a phrase set off inside it ("King Sejong, under the advice of his father, ...")
_CLAUSE_END_AFTER = re.compile(r"[;:()\[\]—–]|,\s+(?:a|an|the)\s", re.IGNORECASE)
# short opening phrases, each set off by its comma, before the date's own: "Seventeen years later, in 1981, she ..."
_OPENERS = re.compile(r"^\s*(?:[^,;:()\d]{1,30},\s*){1,2}(?:[^\W\d_]+\s+)?$")


_OPENING_DAY = re.compile(r"^\W*(?:[^\W\d_]+\s+){0,2}$")  # a date that opens its sentence: "On", "Late on"
_EVENT_BEFORE_DAY = re.compile(r"([^\W\d_]+)\s+(?:on|in)\s+$", re.IGNORECASE)


def _opens_with_its_participle(lead: str) -> bool:
    """Whether the words before a date that opens its sentence are a phrase of a participle of their own: "Built
    in", "Founded in", "Opened to traffic in" (data/past_participles.csv, or a regular past)."""
    return any(verb_kind(w) == "past" or w in participles().values() for w in _WORD.findall(lead.lower()))


def _names_its_event(lead: str) -> bool:
    """Whether the words before a date end with the event it is the day of, then its preposition: "The march on",
    "the collapse on"."""
    found = _EVENT_BEFORE_DAY.search(lead)
    return found is not None and names_an_event(found.group(1))


def date_attribute(
    sentence: Sentence, m: Mention, neighbours: Sequence[Mention], names: Sequence[Mention] = ()
) -> tuple[str, ...]:
    """The event words of a date, without the words of its time of day ("Friday evening"). The words of a name
    of `names` that did the act before it do not count among the words it keeps (see `_figure_window`)."""
    day_parts = {stem(w) for w in day_part_words()}
    return tuple(t for t in _date_words(sentence, m, neighbours, names) if t not in day_parts)


def _date_words(sentence: Sentence, m: Mention, neighbours: Sequence[Mention], names: Sequence[Mention]) -> tuple[str, ...]:
    """The content words about a date; a date that opens its sentence dates the clause after it."""
    rel = sentence.start
    after = sentence.text[m.end - rel :]
    if _OPENING_DAY.match(sentence.text[: m.start - rel]):  # "On Thursday night, councillors voted"
        after = past_day_part(after)
    intro = _INTRODUCTORY.match(after)
    if intro and _names_its_event(sentence.text[: m.start - rel]):
        intro = None  # "The march on Sunday, November 9, was the largest": the day of the march, not an opening
    if intro and _opens_with_its_participle(sentence.text[: m.start - rel]):
        intro = None  # "Built in 1968, the bridge was last inspected in October 2024": the year it was built
    if intro and set_off_date(sentence, m) is None and (m.start - rel < 25 or _OPENERS.match(sentence.text[: m.start - rel])):
        clause = after[intro.end() :]
        cut = _CLAUSE_END_AFTER.search(clause)
        return tuple(dict.fromkeys(content_terms(clause[: cut.start()] if cut else clause)[: 2 * _AFTER_WORDS]))
    if year_of_a_noun(sentence, m):  # "the 1913 painting would go on display": the painting's year
        noun = list(itertools.takewhile(lambda w: w.lower() not in stopwords(), _WORD.findall(after)))
        if terms := content_terms(" ".join(noun)):
            return tuple(dict.fromkeys(terms))
    found = figure_attribute(sentence, m, neighbours, names)
    if set(found) - {stem(w) for w in day_part_words()}:  # "on the evening of 9 June" alone tells no event
        return found
    # "was born in Canton, Ohio, on January 5, 1969": the event is a clause or two back; a phrase set off by
    # commas right before the date's own words ("won the Arvid Prize, the country's highest award, in 1986")
    # says more of a noun, and the event is the clause before it
    lead = sentence.text[: m.start - rel]
    aside = _ASIDE_BEFORE.search(lead)
    if aside is not None and not _only_day_parts(lead[aside.end(1) :]):
        aside = None
    if aside is None:
        return tuple(dict.fromkeys(content_terms(lead)[-_BEFORE_WORDS:][::-1]))
    main = content_terms(lead[: aside.start()])[-_BEFORE_WORDS:][::-1]
    return tuple(dict.fromkeys(main + content_terms(aside.group(1))))


_DATE_LEAD = frozenset({"the", "of", "in", "on", "at"})


def _only_day_parts(between: str) -> bool:
    """Whether the words between a phrase set off by commas and a date lead only to the date: one word ("in"),
    or a part of its day ("on the evening of", "in the early hours of")."""
    words = _WORD.findall(between.lower())
    return len(words) <= 1 or all(w in _DATE_LEAD or w in day_part_words() for w in words)


_SET_OFF_WORDS = 12  # words of a phrase set off by commas around a date: ", a 312-metre steel arch built in 1964,"
_OPENING_COMMA = re.compile(r",\s+(?P<phrase>[^,;:()]*)$")
_CLOSING_COMMA = re.compile(r"^[^,;:()]*?,\s+(?=[a-z])")  # the main clause goes on after it: ", had deposits of"
_PARTICIPLE = re.compile(r"\b[a-z]+ed\s+(?:[a-z]+\s+){0,2}$")  # "founded in", "opened to traffic in"


def set_off_date(sentence: Sentence, m: Mention) -> tuple[int, int] | None:
    """Where a phrase set off by commas that a date is of opens and closes, in the sentence: "Halden, founded in
    1898, had deposits of ...", "The steel bridge, 312 metres long and opened in 1946, was one of four crossings":
    the date is the year the name before the phrase was founded or opened, and what the clause after the phrase
    says (the deposits, the crossings of the Saren) is no word of it. The phrase tells of the name with a
    participle ("founded in", "built in", or an irregular one: data/past_participles.csv) and the sentence goes
    on after it; a date that only opens its sentence ("On Monday, March 3, the company said") is no such date."""
    rel = sentence.start
    lead, tail = sentence.text[: m.start - rel], sentence.text[m.end - rel :]
    opening, closing = _OPENING_COMMA.search(lead), _CLOSING_COMMA.match(tail)
    if opening is None or closing is None or not lead[: opening.start()].strip():
        return None
    phrase = opening["phrase"]
    if len(phrase.split()) + len(tail[: closing.end()].split()) > _SET_OFF_WORDS:
        return None
    words = phrase.lower().split()
    if not (_PARTICIPLE.search(phrase) or any(w in participles().values() for w in words)):
        return None
    return opening.start(), m.end - rel + closing.end()


# the first word of a phrase set off by a comma that tells of an act of its own: a relative pronoun (", who joined
# the institute in 2016,", ", which filed for insolvency on Monday,") or a verb's -ing form (", starting in 2014")
_ASIDE_OPENER = re.compile(r"(?:who|whose|which|[a-z]+ing)\b")
_CLOSES_SENTENCE = re.compile(r"^[\s.!?\"”’)]*$")


def aside_span(sentence: Sentence, m: Mention) -> tuple[int, int] | None:
    """Where a phrase set off by commas that date `m` is in opens and closes, in the sentence, when the phrase
    tells of an act of its own: one `set_off_date` finds ("Halden, founded in 1898, had ..."), a relative clause
    ("Tomas Brandt, who joined the company in 2019, said ...") or a verb's -ing form ("..., starting in 2014"),
    closed by a comma before its clause goes on or by the sentence's end."""
    found = set_off_date(sentence, m)
    if found is not None:
        return found
    rel = sentence.start
    lead, tail = sentence.text[: m.start - rel], sentence.text[m.end - rel :]
    opening = _OPENING_COMMA.search(lead)
    if opening is None or not lead[: opening.start()].strip() or not _ASIDE_OPENER.match(opening["phrase"]):
        return None
    if opening["phrase"].split()[0].lower() in _part_words():
        return None  # ", including 1.1 billion euros in 2019": a part of the figure, no act of its own
    closing = _CLOSING_COMMA.match(tail)
    if closing is not None:
        end, rest = m.end - rel + closing.end(), tail[: closing.end()]
    elif _CLOSES_SENTENCE.match(tail):
        end, rest = len(sentence.text), ""
    else:
        return None
    if len(opening["phrase"].split()) + len(rest.split()) > _SET_OFF_WORDS:
        return None
    return opening.start(), end


@cache
def _part_words() -> frozenset[str]:
    """The first words of the phrases that tell of a figure's parts (data/part_leads.csv: "including")."""
    return frozenset(r["phrase"].split()[0].lower() for r in rows("part_leads.csv"))


_PARTICIPLE_REACH = 3  # words from a participle to its date: "built in", "opened to traffic in"


# a thing said by what it is made of, a count of them: "a block of 72 flats", "a fleet of 40 aircraft"
_THING_OF_A_COUNT = re.compile(r"\b(?:a|an|the|its|their)\s+[a-z]+\s+of\s+$", re.IGNORECASE)


def _made_when(sentence: Sentence, m: Mention, d: Mention) -> bool:
    """Whether a date after a figure is told by a participle after it of the thing the figure measures: "a 42-metre
    dam built in 1971", "the 300-tonne turbine installed in 2010", "a block of 72 flats built in 1968": when the
    thing was made, not when it had the measure ("4,000 homes destroyed in 2019" counts the act the date is of)."""
    if d.start < m.end or not (written_before_its_thing(sentence, m) or _THING_OF_A_COUNT.search(
        sentence.text[: m.start - sentence.start]
    )):
        return False
    words = sentence.text[m.end - sentence.start : d.start - sentence.start].lower().split()[-_PARTICIPLE_REACH:]
    return any(past_participle(w) for w in words)


# what a change is measured from, told after its figure with no figure of its own: "28.1%, down sharply from the last
# election in 2024", "up from a year earlier", "compared with the previous season"
_BASE_AFTER = re.compile(r"\b(?:(?:up|down)(?:\s+[a-z]+ly)?\s+from|compared\s+(?:with|to))\b", re.IGNORECASE)


def _in_a_base_after(sentence: Sentence, m: Mention, d: Mention, figures: Sequence[Mention]) -> bool:
    """Whether a date after a figure stands in the phrase that tells what the figure's change is measured from, with
    no other figure between ("Turnout was 28.1%, down sharply from the last mayoral election in 2024"): the base's
    date, not the figure's (a base with its own figure is `base_dates`')."""
    if d.start < m.end or any(m.end <= f.start < d.start for f in figures if f is not m):
        return False
    return _BASE_AFTER.search(sentence.text[m.end - sentence.start : d.start - sentence.start]) is not None


def _another_figures_period(
    sentence: Sentence, m: Mention, d: Mention, figures: Sequence[Mention], dates: Sequence[Mention]
) -> bool:
    """Whether a period after a figure is another figure's, told after a date of `m`'s own: "peaked at 6.8 metres
    on Monday morning, well above the previous record of 5.9 metres set in 1993" (1993 is the record's year; the
    6.8 is Monday's). Figures listed before one period ("revenue of $2.1bn and profit of $300m in 2024") share it."""
    if d.start < m.end:
        return False
    between = [f for f in figures if m.end <= f.start and f.end <= d.start]
    own_date = any(m.end <= o.start and o.end <= between[0].start for o in dates if o is not d) if between else False
    return own_date and _period_after_figure(sentence, d, between[-1:])


# a clause after a count that tells what befell those it counts: "six were injured after a landslide swept across the
# road late on Sunday", "killed when the coach left the road on Tuesday"
_CAUSE_OPENING = re.compile(r"\b(?:after|when)\b", re.IGNORECASE)


def _in_its_causes_clause(sentence: Sentence, m: Mention, d: Mention) -> bool:
    """Whether a date after a count of what befell people (the injured, the dead) stands in the clause, opened by
    "after" or "when", of the event or act that caused it ("six were injured after a landslide swept across the road
    late on Sunday"): the landslide's day; the count is as its report knows it, which may be a day or more later."""
    if d.start < m.end:
        return False
    between = sentence.text[m.end - sentence.start : d.start - sentence.start]
    found = _CAUSE_OPENING.search(between)
    if found is None or ";" in between:
        return False
    words = _WORD.findall(between[found.end() :].lower())
    return any(names_an_event(w) or verb_kind(w) == "past" for w in words)


_GRAINS_OF_ONE_ACT = frozenset({"day", "week"})  # "Tuesday's search", "last week's filing"; "last year's revenue" is a period


def _day_of_another_noun(sentence: Sentence, m: Mention, d: Mention, published: dt.date | None, outcome: bool) -> bool:
    """Whether a day written as a possessive after a figure ("Tuesday's search", "last week's filing") dates the
    noun after it, not the figure: "Its debts have grown to 700 million euros, and last week's filing left 400
    flats unbuilt" (the filing's week, not the debt's), "cut 400 jobs ahead of Tuesday's vote". A figure after the
    possessive is of its noun's phrase or clause ("Monday's 3% fall", "Saturday's final, watched by 64,100 fans"),
    and so is one whose own clause has the day's event for its object ("About 60 rescuers took part in Thursday's
    operation", "3,000 fans attended Saturday's concert"), unless it counts what befell people (a toll "killed in
    Saturday's attack" is the report's, and may rise); a day long past dates its figures."""
    if not (m.end <= d.start and d.grain in _GRAINS_OF_ONE_ACT and told_as_possessive(d) and not is_history(d, published)):
        return False
    between = sentence.text[m.end - sentence.start : d.start - sentence.start]
    return outcome or _ANOTHER_CLAUSE_BETWEEN.search(between) is not None


# what parts a figure's clause from a day's event after it: a clause's edge, or a word of another act's time
_ANOTHER_CLAUSE_BETWEEN = re.compile(
    r"[,;:()\"“”]|\b(?:and|but|while|which|who|that|ahead|before|after|since|following|until|despite|than)\b", re.IGNORECASE
)


# a clause after a figure that tells of a part of what it counts: ", of whom eleven remained in hospital last night"
_COPULAS = frozenset({"is", "are", "was", "were", "remain", "remains", "stay", "stays"})
_PARTS_CLAUSE = re.compile(r",\s+(?:of\s+(?:whom|which|them)|including|among\s+them)\b", re.IGNORECASE)


def _in_a_parts_clause(sentence: Sentence, m: Mention, d: Mention, figures: Sequence[Mention]) -> bool:
    """Whether date `d` stands in a clause after figure `m` that tells of a part of what it counts, with a figure of
    its own before the date: "put the number of injured at 31, of whom eleven remained in hospital last night" dates
    the eleven still in hospital, and the 31 is the count as the report tells it."""
    rel = sentence.start
    if d.start < m.end:
        return False
    cut = _PARTS_CLAUSE.search(sentence.text, m.end - rel, d.start - rel)
    part = next((f for f in figures if f is not m and cut is not None and cut.end() + rel <= f.start < d.start), None)
    if part is None:
        return False
    # the part's own verb before the date, and no comma that closes the part's phrase: "including 1 billion from
    # Asia, in 2024" and "including 2.6 million in France in 2024" leave the year the whole's
    between = sentence.text[part.end - rel : d.start - rel]
    return "," not in between and any(w in _COPULAS or w.endswith("ed") for w in _WORD.findall(between.lower()))


def in_an_aside(sentence: Sentence, m: Mention, d: Mention) -> bool:
    """Whether date `d` stands in a phrase set off from figure `m`'s clause that tells of another act (see
    `aside_span`): "Lead author Ida Kern, who joined the institute in 2016, said 1,300 fell ill", "the survey
    followed 41,300 teachers over six years, starting in 2017": the date is of the joining, of the start, and
    the figure is said at the report's time. A phrase set off from a word of an event tells of that event, and its
    date stays the figure's ("the tsunami, which struck on December 26, 2004, killed 230,000 people"); one set off
    from a person tells of that person's act, whatever its verb ("The senator, who was elected in 2016, said ...")."""
    span = aside_span(sentence, d)
    if span is None:
        return False
    lo, hi = m.start - sentence.start, m.end - sentence.start
    set_off_from = _WORD.findall(sentence.text[: span[0]].lower())[-1:]
    return (hi <= span[0] or lo >= span[1]) and not (set_off_from and names_an_event(set_off_from[0]))


# a phrase set off by commas, then the preposition of the date after it: ", Norvenia's highest award, in "
# a phrase set off by commas, then up to four words that lead to the date (`_only_day_parts` says which may)
_ASIDE_BEFORE = re.compile(r",\s*([^,;:()]{1,60}?),\s*(?:[^\W\d_]+\s+){0,4}$")


# A preposition between such a verb and its value: "rose to 265", "took place between May and July"
_VALUE_PREPOSITIONS = ("to", "at", "from", "between", "on", "in")


def _alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, their words apart by any space."""
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))


@functools.cache
def _subject_verb() -> re.Pattern[str]:
    """A verb that makes the figure or date after it the value of the sentence's subject ("The death toll ... rose
    to 265", "The highest attendance ... is more than 51,000", data/subject_verbs.csv), then perhaps a preposition
    and a hedge written before the value ("rose to more than 300")."""
    verbs = _alternation(r["phrase"] for r in rows("subject_verbs.csv"))
    hedges = _alternation(r["phrase"] for r in rows("hedges.csv") if r["position"] == "before")
    return re.compile(
        rf"\b(?:{verbs})\b(?:\s+(?:{_alternation(_VALUE_PREPOSITIONS)}))?(?:\s+(?:{hedges}))?\s*$", re.IGNORECASE
    )


@functools.cache
def _light_verbs() -> frozenset[str]:
    return frozenset(" ".join(r["phrase"].lower().split()) for r in rows("subject_verbs.csv") if r["light"])


def _light_verb(matched: str) -> bool:
    """Whether the subject verb matched before a value ("took place between", "was held on") says nothing of
    its event (data/subject_verbs.csv, column light): its words are no attribute of the value."""
    words = matched.lower().split()
    return any(" ".join(words[:n]) in _light_verbs() for n in range(1, len(words) + 1))


def figure_attribute(
    sentence: Sentence, m: Mention, neighbours: Sequence[Mention], names: Sequence[Mention] = ()
) -> tuple[str, ...]:
    """Content stems that say what figure `m` measures, nearest first."""
    after, before = _figure_window(sentence, m, neighbours, names)
    terms = [*after, *before[::-1]]
    lead = sentence.text[: m.start - sentence.start]
    verb = _subject_verb().search(lead)
    if verb:
        terms += content_terms(lead[: verb.start()])[:_AFTER_WORDS]
        if _light_verb(verb.group()):  # "The recording of the album took place in May" dates the recording
            said = set(content_terms(verb.group()))
            terms = [t for t in terms if t not in said]
    if m.unit in _COUNTED_UNITS:
        terms.append(m.unit)
    reckoned = _reckoned_at().search(lead)
    if reckoned:  # "put the death toll from Wednesday's crash at nine": the nine is the toll's
        terms += content_terms(reckoned["what"])
    elif (what := reckoned_of(lead)) is not None:  # "The deal, valued at €240m,": the deal's value
        terms += content_terms(what)
    told = _finding_terms(sentence.text)
    return tuple(dict.fromkeys(t for t in terms if t not in told))


_RECKONED_REACH = 80  # characters between what is reckoned and its "at": "the death toll from Wednesday's crash near X"


@functools.cache
def _reckoned_at() -> re.Pattern[str]:
    """A verb of reckoning, what it reckons and the "at" before the figure (data/reckoning_verbs.csv): "have put
    the death toll from the crash at", "set the fine at"."""
    verbs = "|".join(re.escape(row["word"]) for row in rows("reckoning_verbs.csv"))
    return re.compile(
        rf"\b(?:{verbs})\s+(?:the|its|their|his|her)\s+(?P<what>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?)"
        rf"[^.;:\d]{{0,{_RECKONED_REACH}}}?\s+at\s+(?:about|around|some|roughly|least\s+)?$",
        re.IGNORECASE,
    )


def _finding_terms(text: str) -> frozenset[str]:
    """The terms of the verbs of finding in a sentence that open what was found ("the study found that 2,140
    developed the disease", "a survey of 14,200 staff found 3,150 had been hurt"): they tell where its figures
    come from, which two figures of one study share whatever each measures."""
    return frozenset(
        term for found in _FINDING.finditer(text) if found.group(1).lower() in finding_verbs()
        for term in content_terms(found.group(1))
    )


# a verb that opens what it tells: a "that" clause or a figure after it
_FINDING = re.compile(r"\b([^\W\d_]+)\s+(?=that\b|\d)", re.IGNORECASE)


# Units that name what is counted: "230 passengers" counts passengers as "13 games" counts games.
_COUNTED_UNITS = frozenset({  # not "person": "9,700 people have been tested" counts tests
    "death", "passenger", "soldier", "civilian", "child", "refugee", "worker", "injured", "vote", "seat",
})


_NOUN_RUN = re.compile(r"^\s*((?:[^\W\d_][\w'’-]*\s*){1,3})")


def figure_head(sentence: Sentence, m: Mention, neighbours: Sequence[Mention]) -> str | None:
    """The words right after a figure that name what it counts: "13,686 confirmed cases" → "confirm case".

    The run of content words directly after the figure, up to the first
    function word or a verb of finding; its last word is the thing counted.
    """
    if m.kind not in ("number", "quantity"):
        return None  # after money or a share comes a place or a preposition, not what is counted
    if m.unit in _COUNTED_UNITS:
        return m.unit
    if m.text.endswith(")"):
        return None
    words = _counted_words(sentence, m)
    if words and verb_kind(words[0][0].lower()) == "past" and _OBJECT_AFTER.match(
        sentence.text, m.end - sentence.start + words[0][1]
    ):
        words = []  # "a crowd of 6,240 saw the final": what the counted did, not what is counted
    terms = [t for t in content_terms(" ".join(w for w, _ in words))]
    return " ".join(terms[-3:]) or _counted_by_subject(sentence, m)


# what opens a verb's object: an article or a name ("6,240 saw the final", "17,800 watched Lydon lose")
_OBJECT_AFTER = re.compile(r"\s+(?:(?i:the|a|an|their|his|her|its)\b|[A-Z])")


def _counted_words(sentence: Sentence, m: Mention) -> list[tuple[str, int]]:
    """The words right after a figure that name what it counts, each with where it ends in the sentence.

    They end at the first function word, and at a verb of finding the counted
    noun is the subject of: "a survey of 14,200 warehouse workers found 3,150
    had been hurt" counts warehouse workers. A participle before the noun
    ("13,686 confirmed cases") or another verb after it ("40 homes damaged in
    the storm", "1,240 pupils sat the exam") still says what is counted.
    """
    rest = sentence.text[m.end - sentence.start : sentence.end - sentence.start]
    stop = stopwords()
    words: list[tuple[str, int]] = []
    for w in _WORD.finditer(rest[:60]):
        if rest[: w.start()].strip(" -") and not words:
            break  # punctuation or a number between figure and word
        if w.group().lower() in stop or (words and rest[words[-1][1] : w.start()].strip()):
            break
        before = words[-1][0] if words else m.text.split()[-1]  # "48,600 people found": the noun is the figure's
        if _verb_of_counted(w.group().lower(), before, counted=bool(words) or m.unit is not None):
            break
        words.append((w.group(), w.end()))
    return words


class CountedGroup(NamedTuple):
    """The noun a figure counts (its stem) and the words after it that pick a part of what it names, if any
    (`counted_group`)."""

    noun: str
    narrowing: tuple[str, ...]  # the stems of the first words that narrow it ("pass entranc test"); () for a whole

    @property
    def narrowed(self) -> bool:
        return bool(self.narrowing)


def counted_group(sentence: Sentence, m: Mention) -> CountedGroup | None:
    """The noun written right after a count and what follows it that narrows it to a part (data/subgroup_leads.csv):
    "14,020 applicants" is a whole; "4,210 applicants passing the test", "980 applicants whose papers were held
    back", "1,850 applicants with disabilities", "61,300 applicants scored 60 points", "45 patients in intensive care"
    are each a part of it. A participle or a verb of result after the noun narrows it, and so does a relative clause
    or a phrase of its kind; a place or an event after it does not ("applicants in Harlow", "deaths in the quake").
    None when no noun follows the figure."""
    if m.kind not in ("number", "quantity") or not (m.unit is None or m.unit in _GROUP_UNITS):
        return None
    rel = m.end - sentence.start
    # "40 people who died": a unit of people is the noun itself, written in the figure, where it ends
    found = [(m.text.split()[-1].lower(), 0)] * (m.unit is not None) + [(w.lower(), end) for w, end in _counted_words(sentence, m)]
    words = [w for w, _ in found]
    leads = _subgroup_leads()
    for i, word in enumerate(words[1:], 1):
        if leads.get(word) == "verb" or (word.endswith("ing") and len(word) > _PARTICIPLE_STEM):
            noun = content_terms(words[i - 1])
            return CountedGroup(noun[0], _narrowing(sentence.text[rel + found[i - 1][1] :])) if noun else None
    if any(verb_kind(w) is not None for w in words[1:] + words[-1:]):
        return None  # "1,240 pupils sat the exam", "40 passed": what the counted did, told of the whole or not;
        # a participle before the noun is still the whole's name ("41,200 registered voters")
    terms = content_terms(" ".join(words))
    if not terms:
        return None
    ended = rel + (found[-1][1] if found else 0)
    after = _NEXT_WORDS.match(sentence.text, ended)
    kind = leads.get(after.group(1).lower()) if after else None
    narrowed = kind in ("clause", "phrase") or (
        kind == "bare phrase" and after.group(2) is not None and after.group(2).lower() not in stopwords()
    )
    return CountedGroup(terms[-1], _narrowing(sentence.text[ended:]) if narrowed else ())


def figure_clause_terms(sentence: Sentence, m: Mention) -> frozenset[str]:
    """The stems of the clause a figure stands in: "Harlow County had 14,020 applicants this year, and its director
    said ..." → harlow, county, applicant, year."""
    before, after = _window(sentence.text, m.start - sentence.start, m.end - sentence.start, 0, len(sentence.text))
    return frozenset(content_terms(f"{before} {m.text} {after}"))


def _narrowing(text: str) -> tuple[str, ...]:
    """The stems of the first words of the clause that narrows a counted noun (`_NARROWING_REACH`), and the grades
    it names ("C+", "A*"), up to a word that opens a time phrase (data/subgroup_leads.csv kind "end"); never none."""
    cut = _CLAUSE_BREAK.search(text)
    text = text[: cut.start() if cut else len(text)]
    ends = _subgroup_leads()
    end = next((w.start() for w in _WORD.finditer(text) if ends.get(w.group().lower()) == "end"), len(text))
    grades = tuple(g.group().lower() for g in _GRADE.finditer(text[:end]))
    return (content_terms(text[:end]) + grades)[:_NARROWING_REACH] or ("",)


# a grade or a rating written in capitals, which no word list holds: "attained C+ and above", "scored an A*",
# "rated AA-" (a capital word of two letters or more with no sign is a name or an acronym)
_GRADE = re.compile(r"(?<![\w'’])(?:[A-F][+*-]{0,3}|(?:AAA|AA|BBB|BB|CCC|CC|[A-F])[+-])(?![\w+*-])")


_NARROWING_REACH = 4  # content words of a narrowing clause that say which part it is: "passing the entrance test"
_GROUP_UNITS = _COUNTED_UNITS | {"person"}  # units that name the people or things a figure counts
_PARTICIPLE_STEM = 4  # letters from which a word in "-ing" after a counted noun is its participle ("passing"), not "king"
# the word after what a figure counts, and the word after that when it opens in lower case ("in intensive care")
_NEXT_WORDS = re.compile(r"\s+([A-Za-z]+)(?:\s+([a-z][\w'’-]*))?")


@cache
def _subgroup_leads() -> dict[str, str]:
    """Words after a counted noun that pick a part of what it names, by kind (data/subgroup_leads.csv)."""
    return {row["word"]: row["kind"] for row in rows("subgroup_leads.csv")}


def _verb_of_counted(word: str, before: str, counted: bool) -> bool:
    """Whether `word`, after `before` (the counted noun when `counted`), is a verb of finding the noun is the
    subject of (data/finding_verbs.csv: "14,200 staff found"): it says where a figure comes from, not what is
    counted. Another verb stays in the words of what is counted: "1,240 pupils sat the exam" are not "1,050 pupils
    passed"; so does a participle after an adverb ("500 locally recruited staff")."""
    before = before.lower()
    return counted and word in finding_verbs() and not (before.endswith("ly") or before in _adverbs())


def counted_end(sentence: Sentence, m: Mention) -> int:
    """Where the words that say what figure `m` counts end (its own end when none follow it): the words of
    a figure before another are not the other's ("The survey of 14,200 workers found 3,150 had been hurt")."""
    if m.kind not in ("number", "quantity"):
        return m.end
    words = _counted_words(sentence, m)
    while words and verb_kind(words[-1][0].lower()) == "past":
        words.pop()  # "300,000 people protested on Tuesday": what they did is the clause's, the date's too
    return m.end + words[-1][1] if words else m.end


@functools.cache
def _count_lead() -> re.Pattern[str]:
    """A subject that says what its value counts: "the number of" and the noun after it (data/count_leads.csv)."""
    leads = "|".join(r"\s+".join(map(re.escape, r["phrase"].split())) for r in rows("count_leads.csv"))
    return re.compile(rf"\b(?:{leads})\s+([^\W\d_][\w'’-]*)", re.IGNORECASE)


def _counted_by_subject(sentence: Sentence, m: Mention) -> str | None:
    """What a figure given as its sentence's subject counts: "The number of votes cast in the race was 210,000"
    counts votes."""
    lead = sentence.text[: m.start - sentence.start]
    verb = _subject_verb().search(lead)
    found = _count_lead().search(lead[: verb.start()]) if verb else None
    if found is None:
        return None
    unit = lookup(vocabulary().units, found.group(1))
    if unit in _COUNTED_UNITS:
        return unit  # named as a figure written before it would be: "900 workers"
    terms = content_terms(found.group(1))
    return terms[0] if terms else None


@functools.cache
def _part_lead() -> re.Pattern[str]:
    """What stands between a figure and a part of it that names no noun of its own: the whole's words, then a
    part word (data/part_leads.csv: "including", "among them"), then perhaps a hedge ("some"). "Of which" is
    left out: what follows it mostly says what befell the part ("640 cases, of which 12 were fatal")."""
    leads = _alternation(r["phrase"] for r in rows("part_leads.csv"))
    hedges = _alternation(r["phrase"] for r in rows("hedges.csv") if r["position"] == "before")
    return re.compile(rf"^[^\d.;:!?()]{{0,40}}?[,(]?\s*(?:{leads})\s+(?:(?:{hedges})\s+)?$", re.IGNORECASE)


def _whole_of_part(sentence: Sentence, m: Mention, figures: Sequence[Mention]) -> Mention | None:
    """The figure `m` is a part of: the one just before it, when only a part word stands between them ("4.2 million
    customers, including 2.6 million in France", "39 people died, among them four crew members"), or the one just
    after it that its "of" leads to ("six of its 11 carriages")."""
    if m.kind not in ("number", "quantity"):
        return None
    counts = [f for f in figures if f.kind in ("number", "quantity")]
    after = [f for f in counts if f.start >= m.end]
    # "six of its 11 carriages left the track": the whole comes after the part and names what both count
    if after and leads_to_whole(sentence.text[m.end - sentence.start : after[0].start - sentence.start]):
        return after[0]
    before = [f for f in figures if f.end <= m.start]
    if not before or before[-1].kind not in ("number", "quantity"):
        return None
    whole = before[-1]
    gap = sentence.text[whole.end - sentence.start : m.start - sentence.start]
    return whole if _part_lead().match(gap) else None


# "behind Orsa (11.9 million) and Brant (14 million)": a figure alone in brackets right after a name is that name's,
# and measures what the sentence says before the names; a few words may follow it inside ("(14 million cars)")
_OPEN_AFTER_NAME = re.compile(r"^\s*\(\s*$")
_CLOSE_AFTER_FIGURE = re.compile(r"^[^\W\d_]*(?:\s+[^\W\d_]+){0,2}\s*\)|^\s*\)")
_BRACKETED = re.compile(r"\([^()]*\)")


def bracketed_owner(sentence: Sentence, m: Mention, names: Sequence[Mention]) -> Mention | None:
    """The name a figure in brackets right after it belongs to: "Street Fighter II (14 million)"."""
    rel = sentence.start
    if not _CLOSE_AFTER_FIGURE.match(sentence.text[m.end - rel :]):
        return None
    return next(
        (n for n in names if n.end <= m.start and _OPEN_AFTER_NAME.match(sentence.text[n.end - rel : m.start - rel])),
        None,
    )


# a figure in a list of names each followed by its own ("Rural Voice 13 seats, Liberal Forum eight, Green
# Progressives seven"): up to one word of its noun after it, then the list goes on or ends
_LISTED_AFTER_FIGURE = re.compile(r"^(?:\s+[a-z]+)?\s*(?:[,;.]|and\b|$)")
_LISTED_PAIRS = 2  # names so listed, each with its figure, that make a list


def listed_owner(sentence: Sentence, m: Mention, names: Sequence[Mention], figures: Sequence[Mention]) -> Mention | None:
    """The name a figure belongs to in a list of names each followed by its figure ("Rural Voice 13 seats, Liberal
    Forum eight, Green Progressives seven"): the name right before it, where two names or more are so listed."""
    own = _listed_with(sentence, m, names)
    if own is None or sum(_listed_with(sentence, f, names) is not None for f in figures) < _LISTED_PAIRS:
        return None
    return own


def _listed_with(sentence: Sentence, m: Mention, names: Sequence[Mention]) -> Mention | None:
    """The name right before a figure, nothing but a space between, where the list goes on or ends after it."""
    rel = sentence.start
    if not _LISTED_AFTER_FIGURE.match(sentence.text[m.end - rel :]):
        return None
    return next((n for n in names if n.end < m.start and not sentence.text[n.end - rel : m.start - rel].strip()), None)


def _bracketed_attribute(sentence: Sentence, owner: Mention, names: Sequence[Mention]) -> tuple[str, ...]:
    """What a bracketed figure after `owner` measures: the words before the name, other names and brackets left
    out, nearest first."""
    rel = sentence.start
    lead = sentence.text[: owner.start - rel]
    for n in sorted((n for n in names if n.end <= owner.start), key=lambda n: -n.start):
        lead = lead[: n.start - rel] + " " + lead[n.end - rel :]
    return tuple(dict.fromkeys(content_terms(_BRACKETED.sub(" ", lead))[-_AFTER_WORDS:][::-1]))


# "a third of voters", "half of the council", "one in five adults": a share written in words, of a group named
# after it or within the figure itself
_SHARE_OF = re.compile(r"^\s+of\b", re.IGNORECASE)
_SHARE_WITHIN = re.compile(r"\s(?:in|out\s+of)\s", re.IGNORECASE)
PERCENT = 100.0  # a share of one whole is a hundred percent of it


def bound_as_told(m: Mention, frame: Frame | None) -> Mention:
    """A figure whose measure is a bound by its nature (align.frames.BOUND_MEASURES: "told he must serve at least 22
    years" gives a minimum term of 22 years) is that bound's value, not a figure hedged: "at least 22 years" and
    "24 years" are two terms."""
    if frame is None or frame.measure not in BOUND_MEASURES or m.hedge is None:
        return m
    bare = next((f for f in find_figures(m.text) if f.value == m.value), None)
    return m if bare is None else replace(m, hedge=None, low=bare.low, high=bare.high)


def share_as_percent(sentence: Sentence, m: Mention) -> Mention:
    """A share written in words as the percent it is: "about a third of voters" is about 33% of them (and
    compares with "45% of voters"), "cut its dividend by half" 50% (and compares with "cut it by 50%"); any other
    figure as it is."""
    if m.kind != "number" or m.unit is not None or m.value is None or m.low is None or not 0 < m.value < 1:
        return m
    if not (
        _SHARE_OF.match(sentence.text[m.end - sentence.start :]) or _SHARE_WITHIN.search(m.text)
        or _fraction_of_change(sentence, m)
    ):
        return m
    return replace(m, kind="percent", unit="%", value=m.value * PERCENT, low=m.low * PERCENT, high=m.high * PERCENT)


def _hedges_before() -> str:
    return "|".join(
        r"\s+".join(map(re.escape, r["phrase"].split())) for r in rows("hedges.csv") if r["position"] == "before"
    )


@functools.cache
def _change_by() -> re.Pattern[str]:
    """A verb or adverb of change right before the amount it changed by ("fell 12%", "grew by 2.1%", "down
    about 3%", "rose just 3%"; data/change_directions.csv), not before the level it reached ("fell to 12%")."""
    words, between = alternatives(change_words("verb", "adverb")), alternatives(change_words("between"))
    # a verb that names what it changes before "by" changes by the amount right after "by" too: "his ban was
    # reduced by 20 weeks" (never "cut 400 jobs", a count)
    transitive = alternatives(change_words("transitive"))
    return re.compile(
        rf"\b(?:({words})(?:\s+by)?|({transitive})\s+by)(?:\s+(?:{between}))?(?:\s+(?:{_hedges_before()}))?\s*$",
        re.IGNORECASE,
    )


_CHANGED_WORDS = 8  # words between a verb of change and "by": "cut the risk of a second heart attack by 26%"


@functools.cache
def _relative_change_before() -> re.Pattern[str]:
    """A percentage's change told before it in other ways: a verb with what it changes between it and "by" ("cut
    emissions by 24%", "increased its revenue by 4%"), a noun of change and "of" ("an increase of 4%", "a fall of
    nearly 13%")."""
    verbs = alternatives(change_words("verb", "transitive"))
    nouns = alternatives(change_words("noun"))
    return re.compile(
        rf"\b(?:({verbs})(?:\s+[^\W\d_][\w'’-]*){{1,{_CHANGED_WORDS}}}?\s+by|({nouns})\s+of)"
        rf"(?:\s+(?:{_hedges_before()}))?\s*$",
        re.IGNORECASE,
    )


@functools.cache
def _relative_change_after() -> re.Pattern[str]:
    """A percentage's change told right after it, as a comparative or a noun perhaps after what changed: "a 26%
    lower risk", "31% less likely", "a 13% drop in sales", "8% sales growth", "a 13% year-on-year drop"."""
    nouns, comparatives = alternatives(change_words("noun")), alternatives(change_words("comparative"))
    return re.compile(
        rf"^[\s-]+(?:({comparatives})|(?:(?!(?:{_NOT_BEFORE_A_CHANGE})\b)[^\W\d_][\w'’-]*\s+){{0,2}}({nouns}))\b",
        re.IGNORECASE,
    )


# words that keep a percentage from a noun of change after them: "31% of the fall" is a part of the change
_NOT_BEFORE_A_CHANGE = "of|in|to|than|from|for|on|at|and|or|but|the|a|an|its|their|his|her"


def _directions() -> dict[str, str]:
    return change_words("verb", "adverb", "transitive", "noun", "comparative")


_AFTER_REACH = 20  # characters after a percentage that hold the noun or comparative of its change


def _fraction_of_change(sentence: Sentence, m: Mention) -> bool:
    """Whether a fraction in words is the amount something changed by, as a percentage would be: "reduced the
    risk by nearly a third", "cut its dividend by half", "a third fewer burglaries"."""
    rel = sentence.start
    before = sentence.text[max(0, m.start - rel - _CLAUSE_REACH) : m.start - rel]
    after = sentence.text[m.end - rel : m.end - rel + _AFTER_REACH]
    return (_direction_at_end(before) or _relative_direction(before, after)) is not None


def _change_over_a_year(sentence: Sentence, m: Mention, frame: Frame) -> bool:
    """Whether a figure is the amount a quantity changed by over a year ("wages grew 3.9% from a year ago",
    "rose 3.6% in the 12 months through November"): one figure of a period, not a level of a rising series."""
    return YEAR_ON_YEAR in frame.qualifiers and change_direction(sentence, m) is not None


# Clauses whose direction of change is kept: the figure rules ask for it once per pair of figures, and a
# story's reports repeat one another's sentences.
_DIRECTIONS_KEPT = 1 << 12


def change_direction(sentence: Sentence, m: Mention) -> str | None:
    """"up" or "down" when figure `m` is the amount something changed by ("shares fell 12%"), else None. A
    percentage tells its change in other ways too: "cut emissions by 24%", "an increase of 4%", "a 13% drop in
    sales", "a 26% lower risk"."""
    rel = sentence.start
    before = sentence.text[max(0, m.start - rel - _CLAUSE_REACH) : m.start - rel]
    if m.kind != "percent":
        return _direction_at_end(before)
    return _direction_at_end(before) or _relative_direction(before, sentence.text[m.end - rel : m.end - rel + _AFTER_REACH])


@bounded(maxsize=_DIRECTIONS_KEPT)
def _direction_at_end(clause: str) -> str | None:
    """The direction of the verb or adverb of change that ends `clause` ("shares fell"), else None."""
    found = _change_by().search(clause)
    return _directions()[(found.group(1) or found.group(2)).lower()] if found else None


@bounded(maxsize=_DIRECTIONS_KEPT)
def _relative_direction(before: str, after: str) -> str | None:
    """The direction of a percentage's change told after it ("a 13% drop") or before it with words between ("cut
    emissions by", "an increase of"), else None."""
    found = _relative_change_after().match(after) or _relative_change_before().search(before)
    if found is None:
        return None
    return _directions()[next(g for g in found.groups() if g).lower()]


# "reached 54, the vast majority of which came from abroad", "54 confirmed cases, most of which", "its 32 crew,
# mostly from the Philippines": a clause on the figure's members, a few words after it
_OF_MEMBERS = re.compile(
    r"(?:\s+[\w'’-]+){0,3}\s*,\s*(?:[^,;:]{0,40}?\bof\s+(?:which|whom)\b"
    r"|(?:mostly|mainly|largely|chiefly|many|most|all)\s+(?:of\s+them\s+)?from\b)",
    re.IGNORECASE,
)


_MEMBERS_REACH = 40  # characters of a clause on a figure's members that can count a part: "of which 302 were in"


def _members_names(
    sentence: Sentence, m: Mention, names: Sequence[Mention], figures: Sequence[Mention]
) -> tuple[str, ...]:
    """The names of a clause on a figure's members ("54 cases, the vast majority of which came from Italy and
    Spain", "a toll of 54, most of whom were tourists from France"): where they came from, not whose the figure is.
    A clause that counts its parts ("659 cases, of which 302 were in Srpska") gives each part's own names, and a
    name the sentence gives before the figure as well is the figure's own."""
    found = _OF_MEMBERS.match(sentence.text, m.end - sentence.start)
    if found is None:
        return ()
    start = sentence.start + found.end()
    if any(start <= f.start < start + _MEMBERS_REACH for f in figures):
        return ()  # "659 cases, of which 302 were in Srpska": each part's own names
    owners = {n.canonical for n in names if n.end <= m.start}
    return tuple(dict.fromkeys(n.canonical for n in names if n.start >= start and n.canonical not in owners | {None}))


def heads_match(a: str | None, b: str | None) -> bool | None:
    """True when two heads count the same thing (the same last word, or two words of one measure: "a two-year
    deal" and "a five-year contract"), False when they differ, None if unknown."""
    if not a or not b:
        return None
    last_a, last_b = a.split()[-1], b.split()[-1]
    return last_a == last_b or (measure_in(last_a) or "") == (measure_in(last_b) or None)


_GROUP_BY_AGE = re.compile(r"-olds\b")


_SHARE_OF_BEFORE = re.compile(r"(?:%|\bper\s*cent)\s+of\s+(?:all\s+)?$", re.IGNORECASE)


def _group_a_share_is_of(text: str, m: Mention) -> bool:
    """Whether a figure is the age that names the group a share is of: "74% of five-year-olds"."""
    return (
        m.unit == "year" and _GROUP_BY_AGE.match(text, m.end) is not None
        and _SHARE_OF_BEFORE.search(text, max(0, m.start - 20), m.start) is not None
    )


def _a_group_by_age(sentence: Sentence, m: Mention) -> bool:
    """Whether a figure is the age that names a group ("five-year-olds", "16-year-olds"): a noun, no figure of its
    own between another figure and its words."""
    return m.unit == "year" and _GROUP_BY_AGE.match(sentence.text, m.end - sentence.start) is not None


def _figure_window(
    sentence: Sentence, m: Mention, neighbours: Sequence[Mention], names: Sequence[Mention] = ()
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The content words after a figure or date and before it, in its clause. The words of a name before it
    (`names`) that says who did the act ("by" and perhaps a title before it) do not count among the words kept
    before: "the budget presented by Finance Minister Jonas Waitkevic on 14 October" keeps "presented"."""
    lo, hi = sentence.start, sentence.end
    for other in neighbours:
        if other is m or _a_group_by_age(sentence, other):
            continue  # "74% of five-year-olds have had both doses": the group's age is a word of the 74%'s noun
        if other.end <= m.start:
            if other.kind == "date":
                # "Varga on Friday defended the budget he presented on Tuesday": the act another date dates is its own
                act = dated_act(sentence, other)
                lo = max(lo, other.end if act is None or sentence.start + act.end() > m.start else sentence.start + act.end())
            elif _level_after_change(sentence, other, m):
                continue  # "sales rose 12% last year to $4.1bn": the sales' level, which the words before the rise name
            else:  # "a survey of 14,200 warehouse workers found 3,150": the whole's counted words are the whole's
                lo = max(lo, min(counted_end(sentence, other), m.start) if m.is_figure else other.end)
        elif other.start >= m.end:
            hi = min(hi, other.start)
    rel = sentence.start
    before, after = _window(sentence.text, m.start - rel, m.end - rel, lo - rel, hi - rel)
    said = list(_speech_verb().finditer(before))
    if said:  # "Weather service chief Mats Orrin said 420 mm of rain had fallen": the speaker is no word of the figure
        before = before[said[-1].end() :]
    agents = (_AGENT_BEFORE.search(sentence.text[: name.start - rel]) for name in names if name.end <= m.start)
    named = {t for by in agents if by is not None for t in content_terms(sentence.text[by.start() : m.start - rel])}
    return content_terms(after)[:_AFTER_WORDS], _last_words_besides(content_terms(before), named, _BEFORE_WORDS)


# "by" and a title before a name, which together say who did the act: "presented by Finance Minister Jonas Waitkevic"
_AGENT_BEFORE = re.compile(r"\bby\s+(?:[A-Z][\w'’-]*\s+){0,3}$")


def _last_words_besides(terms: Sequence[str], named: set[str], n: int) -> tuple[str, ...]:
    """The last of `terms` that hold `n` words not in `named`."""
    kept: list[str] = []
    for term in reversed(terms):
        if sum(t not in named for t in kept) == n:
            break
        kept.append(term)
    return tuple(kept[::-1])


# what stands between a percentage a quantity changed by and the level it reached: "rose 12% last year to", "fell 4% to"
_TO_LEVEL = re.compile(r"^\s+(?:[^\W\d_][\w'’-]*\s+){0,3}?to\s+$")


def _level_after_change(sentence: Sentence, change: Mention, m: Mention) -> bool:
    """Whether figure `m` is the level a quantity reached after a percentage it changed by ("revenue rose 12% to
    $4.1bn"): the level measures what the change does, not something of its own."""
    if change.unit != "%" or m.unit == "%" or not m.is_figure:
        return False
    return _TO_LEVEL.match(sentence.text[change.end - sentence.start : m.start - sentence.start]) is not None


@functools.cache
def _speech_verb() -> re.Pattern[str]:
    """A verb that only reports speech (`only_speech_verbs`): what comes after it is what was said. Not a verb that
    tells of an act as well ("confirmed", "announced"): "the first case was confirmed on May 2"."""
    pattern = "|".join(r"\s+".join(map(re.escape, v.split())) for v in only_speech_verbs())
    return re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE)


# "Anne Sullivan (June 14, 1866 -- October 20, 1936)": a life's dates in parentheses after a name
_LIFE_OPEN = re.compile(r"\((?:[^()]*;\s*)?(?:born|b\.|n[ée]e)?\s*$", re.IGNORECASE)
_LIFE_DASH = re.compile(r"^\s*(?:--|[–—-])\s*$")


# How far either side of a point counted in a unit ("three years ago") the thing it dates may lie. Years are said
# rounded down as often as to the nearest: "17 years ago" in November 2026 is the earthquake of April 2009, 17 years
# and seven months before, so a count of years allows a year either side.
_COUNTED_PRECISION = {
    "week": dt.timedelta(days=3),
    "month": dt.timedelta(days=15),
    "quarter": dt.timedelta(days=45),
    "season": dt.timedelta(days=45),
    "year": dt.timedelta(days=365),
    "decade": dt.timedelta(days=5 * 365),
}


def date_range(sentence: Sentence, m: Mention) -> tuple[dt.date, dt.date] | None:
    """The range a date mention allows.

    A bound the parser read stays open on its side ("before 1800" allows any
    day up to 31 Dec 1799, "by 2030" any day up to 31 Dec 2030); a point
    counted in a coarse unit ("three years ago") is as precise as that unit.
    """
    if m.date is None:
        return None
    return _as_precise_as_told(m)


def _as_precise_as_told(m: Mention) -> tuple[dt.date, dt.date]:
    """The days a resolved date mention allows: a point counted in a coarse unit ("three years ago") is as precise
    as that unit, a year either side for years, not the one day it resolves to."""
    start, end = m.date, m.date_end or m.date
    if start == end and m.grain in _COUNTED_PRECISION:
        half = _COUNTED_PRECISION[m.grain]
        start, end = max(dt.date.min + half, start) - half, min(dt.date.max - half, end) + half
    return start, end


# "plays as a midfielder for Ajax", "works as a nurse at the clinic": the part someone plays stands between a verb
# and the preposition of its name, and is no slot word
# where a way began, before "to" and the name it led to: "from the Spanish port of Alcazar " of "sailing from the
# Spanish port of Alcazar to Hamburg" (the name after "to" fills the slot of the words before "from")
_FROM_BEFORE_TO = re.compile(r"\s+from\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?[A-Z][\w'’-]*\s+(?=to\s*$)")
def without_origin(lead: str) -> str:
    """The words before a name with where a way began left out: "sailing from the Spanish port of Alcazar to" reads
    "sailing to", whose slot the name after "to" fills (the way's end, not a word of the origin's name)."""
    return _FROM_BEFORE_TO.sub(" ", lead)


_AS_ROLE = re.compile(r"\s+as\s+(?:an?|the)\s+(?:[a-z-]+\s+){1,2}(?=(?:for|at|with|in|on)\s+(?:the\s+)?$)")


# two verbs of one doer: "written and directed by X", "co-written, and produced by X"
_JOINED_VERBS = re.compile(r"\b(?P<first>[a-z][\w-]*),?\s+and\s+(?P<second>[a-z][\w-]*)\s+by\s+(?:the\s+)?$")
_JOINED_REACH = 50  # characters before a name that hold "co-written and produced by the"


@cache
def place_prepositions() -> frozenset[str]:
    """Prepositions of place that are content words ("near", "outside": data/place_prepositions.csv), as their
    terms: the slot of a name after one is the word before it ("a farmhouse near X")."""
    return frozenset(t for row in rows("place_prepositions.csv") for t in content_terms(row["word"]))


def slot_of(sentence: Sentence, m: Mention, dates: Sequence[Mention] = ()) -> tuple[str, ...]:
    """The words that say which slot a name fills: "born in X" → ("<born",), "a X cricketer" → (">cricket",).

    The nearest content word before the name within its clause, and the one after it. A date of the
    sentence (`dates`) stands apart from both: "it aired on October 18, 2008 on Halo TV" is "aired on Halo TV".
    """
    rel = sentence.start
    text = sentence.text
    for d in dates:
        text = text[: d.start - rel] + " " * (d.end - d.start) + text[d.end - rel :]
    before, after = _window(text, m.start - rel, m.end - rel, 0, len(text))
    before = _AS_ROLE.sub(" ", before)
    before = without_origin(before)
    before = _locating_phrase().sub(" in ", before)  # "detained at an address in Doncaster": detained in Doncaster
    post = _AGENT_POST.search(text, 0, m.start - rel)
    if post is not None:  # "led by the province's chief inspector of mines, Dagny Holm": the slot of "led by"
        before = text[: post.start("post")]
    described = _DESCRIBED_AFTER_BY.search(before)
    if described is not None:  # "an audit by accountants Harcourt Lane": the slot of "an audit by"
        before = before[: described.start("described")]
    near_before = content_terms(before[-40:])
    if near_before and near_before[-1] in place_prepositions():
        near_before = near_before[:-1]  # "found in a farmhouse near X": the farmhouse's place, not "near"
    near_after = content_terms(after[:40])
    out = []
    if near_before:
        out.append("<" + near_before[-1])
        joined = _JOINED_VERBS.search(text, max(0, m.start - rel - _JOINED_REACH), m.start - rel)
        if joined and past_participle(joined["first"]):  # "written and directed by X": X wrote it too
            out.extend("<" + t for t in content_terms(joined["first"]))
    if near_after:
        out.append(">" + near_after[0])
    agent = agent_verb(after) or agent_verb(text[m.end - rel :])  # the window ends at an apposition's comma
    if agent:  # "Pixar produced Trollhunters" fills the slot of "produced by Pixar", in the same words
        out.append("<" + (content_terms(agent) or (stem(agent),))[0])
    return tuple(out)


@functools.cache
def _locating_phrase() -> re.Pattern[str]:
    """A phrase of a noun that says only where an act was done, before a place (data/locating_nouns.csv): "at an
    address in", "at a property near"."""
    nouns = "|".join(re.escape(r["noun"]) for r in rows("locating_nouns.csv"))
    return re.compile(rf"\s+(?:at|to|from)\s+(?:an?|the|his|her|their)?\s*(?:{nouns})\s+(?:in|near)\s+$", re.IGNORECASE)


_BY = re.compile(r"\bby\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)  # "by Focus Features", "by Mayor Brandt"
# the post of the one who did a passive's act, between "by" and the name: "led by chief inspector of mines Dagny
# Holm", "led by the province's chief inspector of mines, Dagny Holm"
_POST_WORD = r"(?!(?:by|and|or)\b)[\w'’-]+"  # a word of a post: no other agent's "by", no second name's "and"
_AGENT_POST = re.compile(rf"\bby\s+(?P<post>(?:{_POST_WORD}\s+){{1,5}}?(?:of\s+{_POST_WORD},?\s+|(?=[a-z]){_POST_WORD},?\s+))$")
_BY_LEAD = 30  # characters before a name that can hold "by" and a title
# words in lower case that describe a name after "by": "an audit by accountants Harcourt Lane", "directed by veteran
# filmmaker Tom Reyes"
_DESCRIBED_AFTER_BY = re.compile(r"\bby\s+(?P<described>(?:(?:the|an?)\s+)?(?:[a-z][\w-]*\s+){1,3})$")


def _agent(sentence: Sentence, name: Mention) -> bool:
    """A name that does what a passive sentence tells ("released by Focus Features")."""
    lead = sentence.text[max(0, name.start - sentence.start - _BY_LEAD) : name.start - sentence.start]
    return _BY.search(lead) is not None


def _dated_subject(sentence: Sentence, names: Sequence[Mention], date: Mention) -> tuple[str, ...]:
    """What a date dates: the sentence's names but the agents of a passive ("The film was released
    by Focus Features on 21 November" dates the film's release, not the distributor); of a sentence of two
    clauses set against each other, the names of the date's own clause when it names any ("Orlov was found
    on Monday, while Brandt was arrested on Thursday": Brandt's Thursday)."""
    own = contrasted_clause(sentence, date)
    if own is not None and any(own[0] <= n.start and n.end <= own[1] for n in names if n.canonical):
        names = [n for n in names if own[0] <= n.start and n.end <= own[1]]
    return tuple(dict.fromkeys(n.canonical for n in names if n is not date and n.canonical and not _agent(sentence, n)))


@cache
def _contrast() -> re.Pattern[str]:
    """A break between two clauses set against each other: "..., while ...", "..., whereas ..."
    (data/contrast_joiners.csv), "...; ...", or the joiner without its comma before a name that opens a clause of
    its own ("... added 85,000 lines over the year while Norvane lost 112,000")."""
    words = "|".join(re.escape(r["word"]) for r in rows("contrast_joiners.csv"))
    return re.compile(rf",\s+(?:{words})\s+|\s+(?:{words})\s+(?=(?-i:[A-Z]))|;\s+", re.IGNORECASE)


def contrasted_clause(sentence: Sentence, m: Mention) -> tuple[int, int] | None:
    """The span (in document offsets) of the clause that holds `m` when its sentence sets two clauses against each
    other, else None."""
    cuts = list(_contrast().finditer(sentence.text))
    if not cuts:
        return None
    at = m.start - sentence.start
    start = max((c.end() for c in cuts if c.end() <= at), default=0)
    end = min((c.start() for c in cuts if c.start() >= at), default=len(sentence.text))
    return sentence.start + start, sentence.start + end


# A name followed by a verb in the past tense acts: "DreamWorks produced the series", "the Greens narrowly
# won the seat"; an adverb may stand between ("first", "later", "jointly", data/adverbs.csv), a negation may not.
# A verb followed by a preposition is no act done to a thing: "Maria Lenz played for Ajax" plays for a club, as
# many do, where "Maria Lenz played Anna Berg" fills the one part.
_NOT_DONE_TO = r"(?!\s+(?:by|in|on|at|to|for|with|against|under|from)\b)"
_AGENT = re.compile(rf"^\s+(?:(?P<adverb>[a-z]+)\s+)?(?!was\b|were\b)(?P<verb>[a-z]{{3,}})\b{_NOT_DONE_TO}")
_VERB_FIRST = re.compile(rf"^\s+(?!was\b|were\b)(?P<verb>[a-z]{{3,}})\b{_NOT_DONE_TO}")
_ASIDE = re.compile(r"\s*,\s+(?:an?|the)\s+[^,;:()]{1,50},(?=\s)")  # "Tom Reyes, a former actor, directed it"
# ... or is said to be the one of its kind that did it: "Halo TV is the channel that aired the series", "Pixar is
# the studio which produced it"
_RELATIVE = re.compile(
    r"^\s+(?:is|was)\s+(?:the|a|an)\s+(?:[a-z][\w-]*\s+){1,3}(?:that|which|who)\s+(?:(?P<adverb>[a-z]+)\s+)?"
    rf"(?!(?:was|were|is|are|has|had|have)\b)(?P<verb>[a-z]{{3,}})\b{_NOT_DONE_TO}"
)


@cache
def _verbs() -> dict[str, str]:
    return {form: row["verb"] for row in rows("past_participles.csv") for form in (row["past"], row["participle"], row["verb"])}


def verb_lemma(word: str) -> str:
    """The dictionary form of a verb: "won" → "win", "written" → "write", "attended" → "attend"."""
    return _verbs().get(word) or lemma(word)


@cache
def _adverbs() -> frozenset[str]:
    """Adverbs without "-ly" that may stand between a name and its verb (data/adverbs.csv)."""
    return frozenset(row["word"] for row in rows("adverbs.csv"))


def agent_verb(after: str) -> str | None:
    """The verb a name right before `after` does, as its passive would write it ("won", "written", "produced");
    an apposition may stand between ("Tom Reyes, a former actor, directed it")."""
    aside = _ASIDE.match(after)
    if aside is not None:
        after = after[aside.end() :]
    for pattern in (_RELATIVE, _VERB_FIRST, _AGENT):
        found = pattern.match(after)
        if found is None:
            continue
        adverb, verb = found.groupdict().get("adverb"), found["verb"]
        if adverb is not None and not (adverb.endswith("ly") or adverb in _adverbs()):
            return None  # "the Labour candidate won": a noun, not an adverb, before the verb
        if verb.endswith("ed") or verb in participles():
            return verb if verb.endswith("ed") else participles()[verb]
        if verb in _presents():
            return _presents()[verb]  # "Mara Lind sings 'Blue Harbour'" as "sung by Mara Lind"
    return None


def _past_tense(verb: str) -> bool:
    return verb.endswith("ed") or verb in participles() or verb in participles().values()


# A name followed by a past tense and a preposition does a thing with someone or somewhere: "Tom Reyes played
# for Tarvo United", "Ana Ruiz worked at the mine" (no slot of one name, but a deed a source may deny).
_VERB_WITH = re.compile(
    r"^\s+(?:(?P<adverb>[a-z]+)\s+)?(?!was\b|were\b)(?P<verb>[a-z]{3,})\s+(?:in|on|at|to|for|with|against|under|from)\b"
)


def past_verb_with(after: str) -> str | None:
    """The past tense a name right before `after` does with a preposition after it ("played for", "lived in")."""
    found = _VERB_WITH.match(after)
    if found is None or not _past_tense(found["verb"]):
        return None
    adverb = found["adverb"]
    return found["verb"] if adverb is None or adverb.endswith("ly") or adverb in _adverbs() else None


# A name after "by" that does what a passive tells: "Halden Pictures was founded in 1998 by Tom Reyes", "was not
# written by X", "has never been coached by X"; a few words (a date, a place) may stand between verb and "by".
_PASSIVE_AGENT = re.compile(
    r"\b(?:(?P<neg_before>not|never)\s+)?(?:is|was|were|are|been|(?P<neg_be>(?:is|was|were|are)n['’]t))\s+"
    r"(?:(?P<neg>not|never)\s+)?(?:(?:[a-z]+ly|also|first|jointly)\s+)?(?P<verb>[a-z]{3,})"
    r"(?:\s+[^,;:()\s][^,;:()]{0,30}?)?\s+by\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def passive_agent_verb(lead: str) -> tuple[str, bool] | None:
    """The verb of the passive whose agent is the name right after `lead`, and whether the passive is denied:
    "was founded in 1998 by " → ("founded", False), "was not directed by " → ("directed", True)."""
    found = _PASSIVE_AGENT.search(lead)
    if found is None or not _past_tense(found["verb"].lower()):
        return None
    return found["verb"].lower(), bool(found["neg_before"] or found["neg_be"] or found["neg"])


@cache
def _presents() -> dict[str, str]:
    """The present tense of the irregular verbs of data/past_participles.csv and the participle a passive uses:
    "sings" → "sung", "writes" → "written", "wins" → "won"."""
    return {row["verb"] + ending: row["participle"] for row in rows("past_participles.csv") for ending in ("s", "es")}


def life_events(sentence: Sentence, dates: Sequence[Mention]) -> dict[int, str]:
    """Birth and death dates given in parentheses after a name: date start → "born" / "death"."""
    out: dict[int, str] = {}
    rel = sentence.start
    ordered = sorted((d for d in dates if d.date), key=lambda d: d.start)
    for i, d in enumerate(ordered):
        lead = sentence.text[max(0, d.start - rel - 80) : d.start - rel]
        if not _LIFE_OPEN.search(lead):
            continue
        out[d.start] = "born"
        if i + 1 < len(ordered):
            nxt = ordered[i + 1]
            between = sentence.text[d.end - rel : nxt.start - rel]
            if _LIFE_DASH.match(between):
                out[nxt.start] = "death"
    return out


def _named_before(sentence: Sentence, names: Sequence[Mention], date: Mention) -> tuple[str, ...]:
    """The name a life's date in parentheses follows: "Scream 4 (2011) and Avatar (2009)" dates Avatar in 2009.

    A name inside those parentheses is another name of the same one ("Mara Lind (born Marta Lindqvist; May 2,
    1950)" dates Mara Lind), so the name is the last before the parenthesis opens.
    """
    opened = sentence.start + sentence.text.rfind("(", 0, date.start - sentence.start)
    before = [n for n in names if n.end <= opened and n.canonical and n.kind == "entity"]
    return (max(before, key=lambda n: n.end).canonical,) if before else ()


_LEADING_NAME = re.compile(r"^\s*((?:[A-Z][\w'’.-]*\s+){0,3}?[A-Z][\w'’-]+)\s+(?:is|was|are|were)\b")


def _copula_subject(sentence: Sentence) -> tuple[str, ...]:
    """"Brubaker is a 1980 American film": the capitalised words before the verb name what is described."""
    found = _LEADING_NAME.match(sentence.text)
    if not found or found.group(1).lower() in stopwords():
        return ()
    return (found.group(1),)


# What may stand between two figures listed as parts of one whole: a few words, then ", ", "and", "plus".
_LIST_GAP = re.compile(r"^[^\d.;:!?()]{0,40}?(?:,\s*(?:and\s+)?|\s+and\s+|\s+plus\s+|\s*\+\s*)$", re.IGNORECASE)


def parts_totals(
    sentence: Sentence, figures: Sequence[Mention], measures: dict[int, str | None] | None = None
) -> dict[int, tuple[float, float]]:
    """Figures listed as parts ("217 adults, 11 children and two infants"): figure start → their sum's interval.

    Whole, unhedged counts add up exactly (217 + 11 + 2 is 230, not 229.5 to 230.5); a count of those besides a
    name ends the list ("1,400 people were evacuated from Orvalle and three neighbouring villages": no parts);
    other parts add their bounds. Figures of two different measures (`measures`, figure start →
    the measure its counted noun names) are no parts of one whole: "298 cases, 25 recoveries and 2 deaths"; nor
    are amounts of change.
    """
    measures = measures or {}
    out: dict[int, tuple[float, float]] = {}
    ordered = sorted((f for f in figures if f.value is not None and f.low is not None), key=lambda f: f.start)
    run: list[Mention] = []

    def close(run: list[Mention]) -> None:
        if len(run) < 2 or _ONE_MORE_PART.match(sentence.text[run[-1].end - sentence.start :]):
            return  # "eight in Tillman County, two in Ashby County and one in Merritt County": a part no figure says
        exact = all(f.hedge is None and float(f.value).is_integer() and f.high - f.low <= 1 for f in run)
        if exact:
            total = sum(f.value for f in run)
            bounds = (total - 0.5, total + 0.5)
        else:
            bounds = (sum(f.low for f in run), sum(f.high for f in run))
        for f in run:
            out[f.start] = bounds

    for f in ordered:
        if run:
            gap = sentence.text[run[-1].end - sentence.start : f.start - sentence.start]
            if (
                _LIST_GAP.match(gap)
                and not of_those_told(sentence.text[f.end - sentence.start :])  # "seven ..., five of them inside"
                and not besides_a_name(sentence.text[: f.start - sentence.start], sentence.text[f.end - sentence.start :])
                and _same_family(run[-1], f)
                and _same_measure(run, f, measures)
                and not _shares_of_two_wholes(sentence, run[-1], f)
                and not _changes(sentence, run[-1], f)
                and not _AMONG_WHOLE.search(sentence.text[: run[0].start - sentence.start])
            ):
                run.append(f)
                continue
            close(run)
        run = [f]
    close(run)
    return out


# a last part said as "one", which no figure reads: the figures before it are not all the parts
_ONE_MORE_PART = re.compile(r"^[^\d.;:!?()]{0,40}?(?:,\s*(?:and\s+)?|\s+and\s+|\s+plus\s+)one\b", re.IGNORECASE)

# the group a list's first figure counts, which the figures after it are among: "Among the 640 passengers, 23 were
# injured" lists no parts
_AMONG_WHOLE = re.compile(r"\bamong\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)


def _changes(sentence: Sentence, *figures: Mention) -> bool:
    """Whether percentages are amounts of change ("31% lower in women and 18% lower in men"): each group's
    change, whose sum is nobody's."""
    return any(f.kind == "percent" and change_direction(sentence, f) is not None for f in figures)


RANK = "rank"  # the unit of a place in a series (parse.figures.ranks)
_COUNTED_WORDS = 3  # "412 confirmed cases": the words after a figure that can name what it counts
_COUNTED_END = re.compile(r"[,;:()]|\s(?:and|or|plus|while|with)\s|\d", re.IGNORECASE)


def _counted_measure(sentence: Sentence, m: Mention) -> str | None:
    """The measure the words right after a figure name: "25 recoveries" → recovery ("19 on the ground" names none)."""
    after = sentence.text[m.end - sentence.start :]
    cut = _COUNTED_END.search(after)
    # "9 deaths" holds its counted noun; "412 confirmed cases" names it after
    words = (_WORD.findall(m.text) + _WORD.findall(after[: cut.start()] if cut else after))[:_COUNTED_WORDS]
    return measure_in(" ".join(words)) if words else None


def _same_measure(run: Sequence[Mention], f: Mention, measures: dict[int, str | None]) -> bool:
    """Whether `f` can add to the listed figures before it: not a different outcome ("30 recoveries and 9 deaths")."""
    mine = measures.get(f.start)
    return not any(separate_outcomes(measures.get(p.start), mine) for p in run)


# the whole a share is of, written right after it: "12% of patients on the drug" → "patients on the drug"
_SHARE_BASE = re.compile(r"^\s+of\s+((?:[^\W\d_][\w'’-]*\s*){1,6}?)(?=\s*(?:,|\band\b|\bplus\b|$|[.;:]))", re.IGNORECASE)


def _share_base(sentence: Sentence, m: Mention) -> str | None:
    found = _SHARE_BASE.match(sentence.text[m.end - sentence.start :])
    return " ".join(found.group(1).lower().split()) if found else None


def _shares_of_two_wholes(sentence: Sentence, a: Mention, b: Mention) -> bool:
    """Two shares each of a whole of its own are no parts of one: "12.6% of patients on the drug and 1.7% of
    those on placebo" add up to nothing, where "30% of the vote and 20% of the vote" would."""
    if a.family != "percent" or b.family != "percent":
        return False
    first, second = _share_base(sentence, a), _share_base(sentence, b)
    return first is not None and second is not None and first != second


def _same_family(a: Mention, b: Mention) -> bool:
    """Figures that can be parts of one total: money or percent in one unit, or counts and measures."""
    if RANK in (a.unit, b.unit):
        return False  # places in a series ("the 12th and 58th minutes", "third and fifth") add up to nothing
    families = {a.family, b.family}
    if families & {"money", "percent"}:
        return a.family == b.family and a.unit == b.unit
    return families <= {"count", "measure"}


# "Thirty-eight police officers and 21 protesters were injured": a figure's noun phrase, then "and" and the next
# figure, which the predicate after both belongs to
_LISTED_BEFORE = re.compile(r"^(?:\s+[^\W\d_][\w'’-]*){0,3}\s+and\s+$", re.IGNORECASE)


def _share_predicate(sentence: Sentence, figures: Sequence[Mention], frames: dict[int, Frame | None]) -> None:
    """A figure listed before another that its predicate is said of takes its measure: in "38 police officers and
    21 protesters were injured" both counts are of the injured (not when the next one counts a measure of its own:
    "38 police officers and 21 deaths")."""
    rel = sentence.start
    ordered = sorted(figures, key=lambda f: f.start)
    for a, b in reversed(list(itertools.pairwise(ordered))):
        fa, fb = frames.get(id(a)), frames.get(id(b))
        if fa is None or fb is None or fa.measure or not fb.measure:
            continue
        own = _WORD.findall(sentence.text[b.end - rel : b.end - rel + _CLAUSE_REACH])[:1]
        if own and measure_in(own[0]) is None and _LISTED_BEFORE.match(sentence.text[a.end - rel : b.start - rel]):
            owner = () if of_the_event(fb.measure) else fa.owner
            frames[id(a)] = dataclasses.replace(fa, measure=fb.measure, owner=owner)


_THAN = re.compile(r"\bthan\s+(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)


# What is read of a sentence's mentions, kept by how the sentence is written: a story's reports repeat one
# another's sentences, and what a sentence's text says reads nothing but the text and where the mentions stand in it.
_READINGS_KEPT = 1 << 13


class _Reading(NamedTuple):
    """What a sentence's text alone says of one of its mentions (`_read_as_written`)."""

    frame: Frame | None  # a figure's or a date's, before its document lends it an owner (`_with_owner`)
    attribute: tuple[str, ...]  # a figure's or a date's attribute words, a name's slot (`slot_of`)
    head: str | None  # the words that name what a figure counts (`figure_head`)
    measure: str | None  # the measure the words right after a figure name (`_counted_measure`)
    rising: bool  # a figure given as a rise or as the latest count (`states_change`)


def _parts(sentence: Sentence, ms: Sequence[Mention]) -> tuple[tuple[Mention, ...], tuple[Mention, ...], tuple[Mention, ...]]:
    """A sentence's figures, dates and the names its figures and dates may be of (not an office, a nationality, a
    country named as the side a player plays for)."""
    figures = tuple(m for m in ms if m.is_figure)
    dates = tuple(m for m in ms if m.kind == "date")
    names = tuple(
        m for m in ms
        if m.kind == "entity" and m.role not in ("office", "nationality") and m.canonical and not _represented(sentence, m)
    )
    return figures, dates, names


@bounded(maxsize=_READINGS_KEPT)
def _read_as_written(sentence: Sentence, ms: tuple[Mention, ...]) -> tuple[_Reading, ...]:
    """What the text of a sentence says of each of its mentions `ms`, read once for each way the sentence is
    written: the sentence and its mentions are at the sentence's own offsets (`_written`), where every copy of
    it stands alike. What its document adds (an owner from the sentence before or the headline, the report's
    day, the voices named earlier) `claims_of` puts in after."""
    figures, dates, names = _parts(sentence, ms)
    readings = []
    for m in ms:
        frame, attribute, head, measure, rising = None, (), None, None, False
        if m.is_figure:
            rising = states_change(sentence, m)
            frame = frame_of(sentence, m, names, rising=rising)
            attribute = figure_attribute(sentence, m, figures)
            head = figure_head(sentence, m, figures)
            measure = _counted_measure(sentence, m)
        elif m.kind == "date":
            frame = date_frame(sentence, m, names)
            attribute = date_attribute(sentence, m, figures + dates, names)
        elif m.kind == "entity" and m.role not in ("office", "nationality"):
            attribute = slot_of(sentence, m, dates)
        if frame is not None:
            # "the planning committee voted 7-2 on Tuesday": whose act its day and tally are; "41% in the first round"
            actor, stage = actor_of(sentence, m, names), round_of(sentence, m)
            frame = dataclasses.replace(frame, actor=actor, round=stage) if actor or stage else frame
        readings.append(_Reading(frame, attribute, head, measure, rising))
    return tuple(readings)


def _with_owner(frame: Frame | None, m: Mention, owner: tuple[str, ...]) -> Frame | None:
    """A figure's frame with its `owner` (the names of the sentence before, or of the headline): its document's,
    not its sentence's, unless the figure measures the event itself (`frame_of`)."""
    if frame is not None and m.is_figure and owner and not of_the_event(frame.measure):
        return replace(frame, owner=owner)
    return frame


@bounded(maxsize=_READINGS_KEPT)
def _written_timing(
    sentence: Sentence, dates: tuple[Mention, ...], published: dt.date | None, figures: tuple[Mention, ...]
) -> tuple[int, ...]:
    """Where in `dates` the `figure_dates` of a sentence stand, read once for each way it is written (`_written`)."""
    return tuple(dates.index(d) for d in figure_dates(sentence, dates, published, figures))


def _written(sentence: Sentence, ms: Sequence[Mention]) -> tuple[Sentence, tuple[Mention, ...]]:
    """The sentence at its own offsets, where every copy of it stands alike, and its mentions `ms` moved there
    with it: what is read from them is kept by how the sentence is written."""
    return _own(sentence), tuple(_moved(m, -sentence.start) for m in ms)


def _own(sentence: Sentence) -> Sentence:
    """The sentence at its own offsets, where every copy of it stands alike."""
    return Sentence(0, sentence.end - sentence.start, sentence.text)


def _moved(m: Mention, by: int) -> Mention:
    """The mention with its span moved by `by` characters."""
    return replace(m, start=m.start + by, end=m.end + by)


def _is_compared(sentence: Sentence, m: Mention) -> bool:
    lead = sentence.text[max(0, m.start - sentence.start - 16) : m.start - sentence.start]
    return _THAN.search(lead) is not None


def figure_dates(
    sentence: Sentence, dates: Sequence[Mention], published: dt.date | None, figures: Sequence[Mention] = ()
) -> list[Mention]:
    """The dates of a sentence that say when its figures held, the surest first.

    A statement's date ("the ministry said on Tuesday that 63 had died")
    dates the count; so does a date of no event ("sales of $4bn in 2024").
    The date of this story's event ("the quake that struck on Friday") does
    not: a toll given on Sunday of Friday's quake is Sunday's toll. An event
    long before the report ("the 2004 quake killed 628") dates its figures,
    and so does the day they were reached by ("by Thursday the fire had
    destroyed 610 homes").

    The period a figure is written for comes first, before a statement's
    day: "Acme reported on Wednesday third-quarter sales of $1.2bn" gives the
    quarter's sales, whenever they were reported; so does the period just after a figure: "Consumer prices rose
    3.8% in May, the statistics office said on Tuesday" gives May's rise.

    A date in a clause of "since" is when a count began, not its time: "22 crew had reported symptoms since the
    outbreak was declared on Tuesday" is the tally at the report's date, as "since Tuesday" is.
    """
    dates = [d for d in dates if not _in_since_clause(sentence, d)]
    periods = [d for d in dates if periods_a_figure_after(sentence, d) or _period_after_figure(sentence, d, figures)]
    statements = [d for d in dates if d not in periods and is_statement_date(sentence, d)]
    own = [
        d for d in dates
        if d not in statements and d not in periods
        and (event_word(sentence, d, past_figures=False) is None or is_history(d, published) or _reached_by(d))
    ]
    return periods + statements + own


# a clause of "since" that runs up to a date, its words between: "since the outbreak was declared on", "since the
# ship left port on" ("since Tuesday" is the date's own bound)
_SINCE_CLAUSE = re.compile(r"\bsince\s+\S[^,;:()]*\s$", re.IGNORECASE)


def _in_since_clause(sentence: Sentence, d: Mention) -> bool:
    return _SINCE_CLAUSE.search(sentence.text[: d.start - sentence.start]) is not None


# "rose 3.8% in May"; "the record of 45.4C set in 2019", "a high of 44.5C from 2019", "£2.4 billion for road
# maintenance in 2026-27": the figure's own period, a few words of what it is for between them
_PERIOD_AFTER = re.compile(
    r"(?:\s+[a-z][a-z-]*){0,3}\s+(?:in|for|during)\s+(?:the\s+)?$"
    r"|^\s+from\s+$",
    re.IGNORECASE,
)


def _period_after_figure(sentence: Sentence, d: Mention, figures: Sequence[Mention]) -> bool:
    """Whether a period (a month, a quarter, a year: no day) stands just after a figure, with only "in", "for" or
    "during" between them."""
    if d.grain == "day":
        return False
    rel = sentence.start
    between = [(f, sentence.text[f.end - rel : d.start - rel]) for f in figures if f.end <= d.start]
    # "up 5% from 2023": a change's base year is no period of the change
    return any(_PERIOD_AFTER.match(text) and not (f.kind == "percent" and "from" in text) for f, text in between)


# the figure a change is measured from: "rose to $186m from $152m in the same quarter last year",
# "compared with 38 in 2023", "against $1.1bn a year before"
# "from $152m", "compared with the", "against an initial estimate of": what a figure is set against
_BASE_LEAD = re.compile(
    r"\b(?:from|compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:an?\s+|the\s+)?(?:(?:[a-z-]+\s+){1,2}of\s+)?$",
    re.IGNORECASE,
)
_BASE_REACH = 48  # characters before a figure that can hold "against an initial estimate of"


def base_dates(sentence: Sentence, dates: Sequence[Mention], figures: Sequence[Mention]) -> dict[int, int]:
    """Dates that time only the base a change is measured from (date start → the base figure's start).

    "Net profit rose to $186m from $152m in the same quarter last year": last
    year is the $152m's, not the $186m's.
    """
    out: dict[int, int] = {}
    rel = sentence.start
    for d in dates:
        before = [f for f in figures if f.end <= d.start]
        if not before or not dates_a_figure(sentence, d):
            continue
        base = max(before, key=lambda f: f.end)
        if _BASE_LEAD.search(sentence.text[max(0, base.start - rel - _BASE_REACH) : base.start - rel]):
            out[d.start] = base.start
    return out


def _bases_after_changes(claims: list[Claim], bases: dict[int, int]) -> list[Claim]:
    """A change's base whose date says no more than the changed figure's time has no time known: "rose to $240m
    from $198m in the same quarter last year", written in January, reads "last year" as the year the quarter is
    in, but a base is earlier than what it changed to (`bases`: base figure's start → the changed figure's)."""
    if not bases:
        return claims
    at = {c.mention.start: c for c in claims if c.mention.is_figure}
    out = []
    for c in claims:
        to = at.get(bases.get(c.mention.start, -1)) if c.mention.is_figure else None
        if to is not None and c.time is not None and to.time is not None and ranges_overlap(c.time, to.time):
            c = dataclasses.replace(c, time_unresolved=True)
        out.append(c)
    return out


# a result is reported within about three months of its period's end (a year's results by the spring)
REPORTING_LAG = dt.timedelta(days=100)


def _reporting_period(
    claims: Iterable[Claim], published: dt.date | None, gives_it: Callable[[Claim], bool]
) -> tuple[dt.date, dt.date] | None:
    """The period a report's results are for: the first closed period a figure that `gives_it` is given for
    ("Acme reported third-quarter revenue of $1.2bn", "employers added 187,000 jobs in November"), ended before
    the report and not long before."""
    if published is None:
        return None
    for c in claims:
        t = c.time
        if (
            c.mention.is_figure and c.frame is not None and gives_it(c) and not c.frame.qualifiers
            and t is not None and t[0] != t[1] and t[1] <= published and published - t[1] <= REPORTING_LAG
        ):
            return t
    return None


def _in_reporting_period(claims: list[Claim], published: dt.date | None) -> list[Claim]:
    """A company's own measure its sentence does not time ("Net profit was $186m", "Gross margin was 41.5%") is
    a result of the period the report gives its results for, not of the report's day; so is a statistic an
    office publishes for a period ("The unemployment rate dipped to 4.3 percent", "... edged down to 4.3%, the
    Labor Department said on Friday" in a report of November's payrolls): the day it was said is not its period."""
    period = _reporting_period(claims, published, lambda c: own_measure(c.frame.measure))
    release = _reporting_period(claims, published, lambda c: True)
    out = []
    for c in claims:
        measure = c.frame.measure if c.mention.is_figure and c.frame is not None and not c.frame.qualifiers else None
        # "Adjusted earnings per share came to 1.95 euros": an adjusted result is the same period's, counted otherwise
        adjusted = c.mention.is_figure and c.frame is not None and c.frame.qualifiers == {ADJUSTED}
        if adjusted and own_measure(c.frame.measure):
            measure = c.frame.measure
        if period is not None and own_measure(measure) and c.time is None and not c.time_unresolved:
            c = dataclasses.replace(c, time=period)
        elif (
            release is not None and periodic_statistic(measure) and not c.time_unresolved
            and change_direction(c.sentence, c.mention) is None  # "the number of jobless rose 8%": not the rate
        ):
            if _said_after(c.time, release, published):
                c = dataclasses.replace(c, time=release)
        out.append(c)
    return out


def _said_after(time: tuple[dt.date, dt.date] | None, period: tuple[dt.date, dt.date], published: dt.date) -> bool:
    """No time, or only a day between the period's end and the report's: the day a figure was said."""
    return time is None or (time[0] == time[1] and period[1] < time[0] <= published)


# a sentence that opens with a pronoun goes on about the last one's subject, at the last one's time; "This time"
# opens one set against the last ("They held merger talks in 2019. This time the deal is an all-share one")
_CONTINUES = re.compile(r"\s*(?:It|They|This(?!\s+time\b)|These|Those)\b")
_THING_PRONOUN = re.compile(r"\s*(?:It|This)\b")  # a thing the sentence before named, never a person
_OPENS_UNNAMED = re.compile(r"\s*The\s+[a-z]")  # a sentence whose subject is a thing said by its kind: "The company"


# ", when ..." after the bounded date, or ", which ..." after the noun the date names: "since 2011, when floods
# killed 18 people", "since the 2018 Ridgeway fire, which burned 150,000 acres"
_WHEN_CLAUSE = re.compile(r"^(?:[ -]+[^\W\d_][\w'’-]*){0,4},?\s+(?:when|which)\b[^;:]*$")
_GRAIN_UNITS = frozenset({"month", "quarter", "year", "decade"})


def _when_clause_time(sentence: Sentence, dates: Sequence[Mention], m: Mention) -> tuple[dt.date, dt.date] | None:
    """The time of a figure in a clause opened by "when" after a date, or by "which" after the noun it dates: "the
    highest since 2011, when floods killed 18 people", "the largest since 2022, when a rival was fined 20 million
    euros", "the largest since the 2018 Ridgeway fire, which burned 150,000 acres": the year itself, not the years
    since; "compare this week to 1988, when seven people died": 1988, not this week."""
    rel = sentence.start
    for d in dates:
        if d.end <= m.start and d.date and d.grain in _GRAIN_UNITS:
            if _WHEN_CLAUSE.match(sentence.text[d.end - rel : m.start - rel]):
                span = period_span(d.grain, d.date)
                return span.start, span.end
    return None


# "was elected on Tuesday with 112 votes", "won on Sunday with a time of 2:05:11": a figure the act was done with,
# after its date, a few words between
_WITH_AFTER_ACT = re.compile(r"\s+with\s+(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+(?:of\s+)?){0,2}", re.IGNORECASE)


def _act_done_with_time(sentence: Sentence, dates: Sequence[Mention], m: Mention) -> tuple[dt.date, dt.date] | None:
    """The day of the act a figure tells how it was done with, written right after the act's day: "Kroupa was
    elected on Tuesday with 112 votes" is the vote of Tuesday's election on any day it is reported, as "won 112
    votes on Tuesday" is ("began a life sentence this week with a minimum term of 24 years" names no day)."""
    rel = sentence.start
    for d in dates:
        if d.end <= m.start and d.date and d.date_end and d.grain == "day" and event_word(sentence, d) is not None and (
            _WITH_AFTER_ACT.fullmatch(sentence.text[d.end - rel : m.start - rel])
        ):
            return d.date, d.date_end
    return None


@functools.cache
def _act_opening() -> re.Pattern[str]:
    """A clause of another act, opened by a word of sequence and a verb's -ing form (data/sequence_words.csv)."""
    words = "|".join(re.escape(r["word"]) for r in rows("sequence_words.csv"))
    return re.compile(rf"\b(?:{words})\s+[a-z]+ing\b", re.IGNORECASE)


def _of_a_later_clause(sentence: Sentence, m: Mention, d: Mention) -> bool:
    """Whether a date after a name stands in a later clause, past a comma, that tells of an act of its own by a
    verb in the past before it ("supplied by Arkwell Cells, under a contract the two companies announced last
    year"): the announcing's year, not the supplying's."""
    rel = sentence.start
    if d.start < m.end:
        return False
    between = sentence.text[m.end - rel : d.start - rel]
    if "," not in between:
        return False
    clause = between[between.rindex(",") + 1 :]
    return any(verb_kind(w) == "past" for w in _WORD.findall(clause.lower()))


def _across_an_act(sentence: Sentence, m: Mention, d: Mention) -> bool:
    """Whether a date and a figure stand on two sides of a clause of another act: "unveiled Varga on Tuesday after
    signing him for 68 million euros" dates the unveiling; the fee was agreed before it. So does a date in a clause
    a verb's -ing form opens after the figure's ("will rise to €4.2bn, reflecting commitments made to allies earlier
    this year", "cut 400 jobs, citing falling sales in 2024"): the commitments', the sales' date. A phrase that
    tells of the figure's parts ("including 2.6 million in France") is no other act."""
    rel = sentence.start
    lo, hi = (d.end, m.start) if d.end <= m.start else (m.end, d.start)
    between = sentence.text[lo - rel : hi - rel]
    if _act_opening().search(between) is not None:
        return True
    trailing = _TRAILING_ACT.match(between) if m.end <= d.start else None
    return trailing is not None and trailing["verb"].lower() not in _part_words()


# a clause opened by a comma and a verb's -ing form, running on to a date with no break: ", reflecting commitments
# made to allies "
_TRAILING_ACT = re.compile(r"^[^,;:]*,\s+(?P<verb>[a-z]+ing)\b[^,;:()]*$")


def _one_clause(sentence: Sentence, m: Mention, d: Mention) -> bool:
    """Whether a figure and a date stand in one clause of their sentence: no semicolon between them."""
    rel = sentence.start
    lo, hi = (d.end, m.start) if d.end <= m.start else (m.end, d.start)
    return ";" not in sentence.text[lo - rel : hi - rel]


# where one clause ends and another begins, for a word of the present: "held 58,000 members; it now holds 67,000",
# "had 40 staff in 2019 and currently employs 65"
_CLAUSES_APART = re.compile(r";|,?\s+(?:while|whereas|but|and)\s+")


@cache
def _present_words() -> re.Pattern[str]:
    """A word that says its clause holds at the report's time (data/present_words.csv: "now", "currently")."""
    words = "|".join(r"\s+".join(map(re.escape, r["word"].split())) for r in rows("present_words.csv"))
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


def _told_as_present(sentence: Sentence, m: Mention, d: Mention) -> bool:
    """Whether a figure stands in a clause of its own that a word of the present times, apart from the clause of
    date `d`: "In 2014 the registry held 58,000 members; it now holds 67,000", "The club had 12,000 members in 2015
    and presently counts 19,000": the date is the other clause's; the figure's is the report's time."""
    rel = sentence.start
    if d.end <= m.start:
        between = sentence.text[d.end - rel : m.start - rel]
        breaks = list(_CLAUSES_APART.finditer(between))
        if not breaks:
            return False
        after = sentence.text[m.end - rel :]
        own = between[breaks[-1].end() :] + " " + _CLAUSES_APART.split(after, maxsplit=1)[0]
    else:
        between = sentence.text[m.end - rel : d.start - rel]
        cut = _CLAUSES_APART.search(between)
        if cut is None:
            return False
        before = sentence.text[: m.start - rel]
        own = _CLAUSES_APART.split(before)[-1] + " " + between[: cut.start()]
    return present_word_in(own)


@functools.cache
def _present_aside() -> re.Pattern[str]:
    """The opening of a relative clause set off by a comma whose verb holds in the present (data/
    present_holding_verbs.csv), up to a figure: ", which has 610 pupils and a teaching staff of "."""
    verbs = "|".join(re.escape(row["word"]) for row in rows("present_holding_verbs.csv"))
    return re.compile(rf",\s*(?:which|who)\s+(?:now\s+)?(?:{verbs})\b[^,;:()]*$", re.IGNORECASE)


def _held_in_a_present_aside(sentence: Sentence, m: Mention, d: Mention) -> bool:
    """Whether figure `m` stands in a relative clause of the present set off from date `d`'s clause: "The school,
    which has a teaching staff of 36, was rated good in 2021" (the year is the rating's; the staff is the
    school's at the report's time), "The club, which has 4,000 members, was founded in 1921"."""
    rel = sentence.start
    opening = _present_aside().search(sentence.text, 0, m.start - rel)
    if opening is None:
        return False
    close = sentence.text.find(",", m.end - rel)
    end = len(sentence.text) if close < 0 else close
    return not (opening.start() <= d.start - rel < end)


# "where" opening a clause of its own after a noun, a comma perhaps between: "a council where, three years ago,"
_WHERE_CLAUSE = re.compile(r"\w,?\s+where\b", re.IGNORECASE)


def _in_a_clause_of_place(sentence: Sentence, m: Mention, d: Mention) -> bool:
    """Whether date `d` and figure `m` stand either side of a clause of "where" opened after the first of them: "16
    seats make it the largest group on a council where, three years ago, it was a newcomer" (the date is the
    clause's, not the seats'); "the jar was struck on 3 March at a site where Ashby Homes is building 260 homes"
    (the homes are the site's, not of the day it was struck)."""
    rel = sentence.start
    first, second = (m, d) if m.end <= d.start else (d, m)
    return first.end <= second.start and _WHERE_CLAUSE.search(sentence.text[first.end - rel : second.start - rel]) is not None


def present_word_in(text: str) -> bool:
    """Whether a text holds a word that says it holds at the report's time (data/present_words.csv: "now")."""
    return _present_words().search(text) is not None


def _time_of(dates: Iterable[Mention]) -> tuple[dt.date, dt.date] | None:
    """The time a sentence's other claims speak for: its first date that names a period.

    An open bound ("after Friday's quake", "since 2004") places the event the
    sentence tells of, not the time its figures speak for; but a count
    reached by a day ("121 people arrested by Thursday evening") is that
    day's count.
    """
    for d in dates:
        if d.date is not None and d.hedge is None:
            return _as_precise_as_told(d)  # "paid £24.5m three years ago": that year, give or take one
        if _reached_by(d):
            return d.date_end, d.date_end
    return None


def _reached_by(d: Mention) -> bool:
    """A day something had come to by then: "by Thursday evening" (no event happens "by" a day; it has happened)."""
    return d.date_end is not None and d.grain == "day" and (d.hedge or "").lower() in REACHED_BY


def _vote_time(sentence: Sentence, dates: Sequence[Mention]) -> tuple[dt.date, dt.date] | None:
    """The time of a vote's counts: the day the vote was held, an event of the story that dates its own
    outcome, and not the period of what was voted on ("approved the 2026 health bill on Thursday by 61 votes
    to 54" gives Thursday's votes)."""
    return _time_of(d for d in dates if not _names_which(sentence, d))


_NEXT_WORD = re.compile(r"[ -]+([a-z][\w'’-]*)")


def _names_which(sentence: Sentence, d: Mention) -> bool:
    """Whether a date says which thing its noun is, set right before it: "the 2026 budget", "the 2025 season". A
    part of the day after it ("on Tuesday night") is the date's own time, no thing it names."""
    after = _NEXT_WORD.match(sentence.text, d.end - sentence.start)
    return after is not None and after.group(1) not in stopwords() and after.group(1) not in day_part_words()


def _sentence_index(sentences: Sequence[Sentence]) -> list[int]:
    return [s.start for s in sentences]


# where one clause of a sentence ends and the next, about someone else, may begin:
# "Ridley was jailed for eight years; Cole received three", "Ridley got eight years and Cole three"
_NEXT_CLAUSE = re.compile(r";|,?\s+(?:while|whereas|but)\s+|\s+and\s+(?=[A-Z])")


def _clause_people(sentence: Sentence, m: Mention, names: Sequence[Mention]) -> set[str] | None:
    """The people named in a figure's own clause, when its sentence names people in other clauses too:
    "Ridley was jailed for eight years; Cole received three years" (None when that does not apply)."""
    rel = sentence.start
    people = [n for n in names if n.role == "person" and n.canonical]
    if len({n.canonical for n in people}) < 2:
        return None
    cuts = [0, *(c.end() for c in _NEXT_CLAUSE.finditer(sentence.text)), len(sentence.text) + 1]
    clause = next(((lo, hi) for lo, hi in itertools.pairwise(cuts) if lo <= m.start - rel < hi), None)
    inside = {n.canonical for n in people if clause and clause[0] <= n.start - rel < clause[1]}
    return inside if inside and len(inside) < len({n.canonical for n in people}) else None


_BASED = ("-based", "–based")


def _based_at(sentence: Sentence, name: Mention) -> bool:
    """A place written as where a thing is based: "the Leeds-based group" names the group's seat, not its owner;
    "a Harwick man has been jailed" where a person is from, or what they belong to ("a Labour man"): a name
    between an article and a noun of a person (data/aged_nouns.csv) describes the person, and is not whose term
    it is."""
    rel = sentence.start
    if sentence.text.startswith(_BASED, name.end - rel):
        return True
    return (
        _ARTICLE_BEFORE.search(sentence.text[: name.start - rel]) is not None
        and _person_noun_after().match(sentence.text, name.end - rel) is not None
    )


_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)\s+$", re.IGNORECASE)


@functools.cache
def _person_noun_after() -> re.Pattern[str]:
    """A noun of a person right after a word (data/aged_nouns.csv): "a Harwick man", "the Leeds teenager"."""
    nouns = _alternation(r["noun"] for r in rows("aged_nouns.csv"))
    return re.compile(rf"\s+(?:{nouns})\b", re.IGNORECASE)


def _names(ms: Sequence[Mention], sentence: Sentence) -> tuple[str, ...]:
    """The canonical names a sentence's mentions hold (not offices or nationalities, nor a country a player plays
    for, nor the place a thing is based in)."""
    return tuple(dict.fromkeys(m.canonical for m in ms if m.kind == "entity" and m.canonical
                               and m.role not in ("office", "nationality") and not _represented(sentence, m)
                               and not _based_at(sentence, m)))


@functools.cache
def _representative_noun() -> re.Pattern[str]:
    """A noun of one who plays for a side right after its name (data/representative_nouns.csv): "international"."""
    nouns = "|".join(re.escape(r["word"]) for r in rows("representative_nouns.csv"))
    return re.compile(rf"\s+(?:{nouns})\b", re.IGNORECASE)


_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|former)\s+$", re.IGNORECASE)


def _represented(sentence: Sentence, m: Mention) -> bool:
    """Whether a place is named only as the side someone plays for: "The Hungary international, 24, has signed a
    four-year deal", "the Brazil striker scored twice" speak of a player, not of the country."""
    if m.role != "place":
        return False
    rel = sentence.start
    return bool(
        _DETERMINER_BEFORE.search(sentence.text[: m.start - rel])
        and _representative_noun().match(sentence.text, m.end - rel)
    )


@cache
def _staff_credit() -> re.Pattern[str]:
    """The opening of a line that credits the report's own staff (data/staff_credits.csv): in brackets, or alone
    for the labels only credits use ("Reporting by ...", not "Written by ..., the novel")."""
    every = _alternation(r["label"] for r in rows("staff_credits.csv"))
    alone = _alternation(r["label"] for r in rows("staff_credits.csv") if r["alone"] == "yes")
    return re.compile(rf"\s*(?:[(\[]\s*(?:{every})|(?:{alone}))\s+by\s", re.IGNORECASE)


def is_staff_credit(sentence: Sentence) -> bool:
    """Whether a sentence credits the report's staff: "(Reporting by Ana Ruiz; Editing by Tom Hale)". Who wrote
    and edited one report is not what the story is about, and two wire reports' editors are no conflict."""
    return _staff_credit().match(sentence.text) is not None


_LEDE = 2  # the sentences a headline speaks for, when they name no one: the headline's line and the report's first


def claims_of(doc: Document, sentences: Sequence[Sentence], mentions: Sequence[Mention]) -> list[Claim]:
    """Build the claims of one document from its sentences and mentions."""
    starts = _sentence_index(sentences)
    line = dateline(doc.text)
    credits = {i for i, s in enumerate(sentences) if is_staff_credit(s)}
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        i = bisect.bisect_right(starts, m.start) - 1
        if i < 0 or i in credits:
            continue
        if line is not None and m.kind == "entity" and line.start <= m.start < line.end:
            continue  # "PORT KELAN, May 16 (AP) -": where and by whom the report was filed, not what it is about
        if _group_a_share_is_of(doc.text, m):
            continue  # "74% of five-year-olds": the group the share is of, named by its age, is no figure of its own
        by_sentence.setdefault(i, []).append(m)
    out: list[Claim] = []
    timing_of: dict[int, list[Mention]] = {}
    bases: dict[int, int] = {}  # a change's base figure's start → the start of the figure it changed to
    named = {i: _names(ms, sentences[i]) for i, ms in by_sentence.items()}
    voices: dict[str, str] = {}  # a person named with a post → the body they speak for
    people = {m.canonical for m in mentions if m.kind == "entity" and m.role == "person"}

    def _subject_of_sentence(j: int) -> tuple[str, ...]:
        """The names sentence `j` is about (its subject's), which the next sentence may speak of unnamed."""
        kept = set(named.get(j, ()))
        return tuple(n for n in subject_names(sentences[j], by_sentence.get(j, ())) if n in kept) if kept else ()

    # where the event happened near is not whose the figures after it are
    near = {i: places_near(sentences[i], [m for m in ms if m.kind == "entity"]) for i, ms in by_sentence.items()}
    last_place: str | None = None  # the place named last, which "in the county" stands for
    for i, ms in sorted(by_sentence.items()):
        sentence = sentences[i]
        continues = _CONTINUES.match(sentence.text) and named.get(i - 1)
        # whose figures a sentence gives: the names of the last sentence when it goes on about its subject
        # ("These specialists have been sent with 4 dogs"), else, when it names no one, those the last is about
        # (its subject's), or for the lede the headline's
        figures, dates, names = _parts(sentence, ms)
        # "All 186 passengers were unhurt" after a sentence on the pilot: the count is its own clause's subject
        own_subject = not named[i] and not continues and counts_its_own_subject(sentence, figures)
        lent = () if named[i] or own_subject else _subject_of_sentence(i - 1) or (named.get(0, ()) if i <= _LEDE else ())
        if lent and not speaks_of_a_person(sentence, figures):  # a person's figures are said of a person
            lent = tuple(n for n in lent if n not in people)
        owner = named[i - 1] if continues else lent
        if continues and _THING_PRONOUN.match(sentence.text):
            # "It owes creditors 3.1 billion": a thing's, not a person's the sentence before names, and when that
            # sentence opens with a thing it does not name ("The company, founded by Arne Halvorsen, runs ..."),
            # that thing's: no name's
            people = {n.canonical for n in by_sentence.get(i - 1, ()) if n.kind == "entity" and n.role == "person"}
            owner = () if _OPENS_UNNAMED.match(sentences[i - 1].text) else tuple(n for n in owner if n not in people)
        owner = tuple(n for n in owner if n not in near.get(i - 1, ()) and n not in near.get(0, ()))
        # the words of a country named only as the side a player plays for
        sides = {t for m in ms if m.kind == "entity" and _represented(sentence, m) for t in content_terms(m.text)}
        context = tuple(dict.fromkeys(content_terms(sentence.text)))
        written, moved = _written(sentence, ms)  # the sentence and its mentions as written, wherever it stands
        at = dict(zip(map(id, ms), moved, strict=True))
        read = dict(zip(map(id, ms), _read_as_written(written, moved), strict=True))  # what its text alone says of each
        written_figures = tuple(at[id(f)] for f in figures)
        written_dates = tuple(at[id(d)] for d in dates)
        life = life_events(sentence, dates) if dates else {}
        timing = [dates[i] for i in _written_timing(written, written_dates, doc.published, written_figures)] if dates else []
        if timing and figures:  # "up 14% on the same quarter last year": last year is the change's base, not its time
            spans = [span for span in map(lambda f: change_base(sentence, f), figures) if span]
            timing = [d for d in timing if not any(lo <= d.start < hi for lo, hi in spans)]
        if not timing and _CONTINUES.match(sentence.text):  # "It killed 12,000 people": the last sentence's time,
            # not a date of a phrase set off in it ("The company, founded in 1958, runs 86 stores. It owes ...")
            timing = [d for d in timing_of.get(i - 1, []) if set_off_date(sentences[i - 1], d) is None]
        timing_of[i] = timing
        frames = {id(m): _with_owner(read[id(m)].frame, m, owner) for m in ms}
        if last_place is not None:  # "900 farms in the county", after a sentence that named the county
            for m in figures:
                if frames[id(m)] is not None and not frames[id(m)].places and counted_in_area_told(sentence, m):
                    frames[id(m)] = replace(frames[id(m)], places=(last_place,))
        last_place = next(
            (n.canonical for n in reversed(names) if n.role == "place" and n.canonical), last_place
        )
        if len(figures) > 1:
            _share_predicate(sentence, figures, frames)
        speakers = set(body_speakers(sentence, names)) if figures else set()
        for key, frame in frames.items():  # "Mwale said" after "health minister Grace Mwale": the ministry's word
            if frame is not None and frame.attribution in voices:
                speakers.add(frame.attribution)
                frames[key] = replace(frame, attribution=voices[frame.attribution])
        voices.update(bodies_spoken_for(sentence, names))
        # what each figure counts, by the words right after it, else by its frame ("Two people were missing and six
        # were injured": the missing and the injured, no parts of one whole)
        measures = {m.start: read[id(m)].measure or (frames[id(m)] and frames[id(m)].measure) for m in figures}
        totals = parts_totals(sentence, figures, measures) if len(figures) > 1 else {}
        based = base_dates(sentence, timing, figures) if timing and len(figures) > 1 else {}
        for base in set(based.values()):
            changed = [f for f in figures if f.end <= base]
            if changed:
                bases[base] = max(changed, key=lambda f: f.end).start
        for m in ms:
            # "the Leeds-based group": where the thing is based, not whose figure or date it is
            subject = tuple(dict.fromkeys(n.canonical for n in names if n is not m and n.canonical and not _based_at(sentence, n)))
            if m.role == "nationality":  # "the Dutch cyclist Pieter Aalbers", else the subject of "is a Dutch ..."
                described = described_name(sentence, m, names)
                if described is None and not said_of_a_subject(sentence, m):
                    continue  # "a Ukrainian minister said ...": of someone unnamed, not of the sentence's names
                # "He is of English and Native American descent": the demonyms of a descent are no names of its subject
                within = {n.canonical for n in names if m.start <= n.start and n.end <= m.end}
                subject = (described.canonical,) if described else _copula_subject(sentence) or tuple(
                    n for n in subject if n not in within
                )
            head = bracketed = None
            members: tuple[str, ...] = ()
            if m.kind == "date":
                aside = set_off_date(sentence, m)
                # "Halden, founded in 1898, had deposits of ...": the name before the phrase, not the clause after it
                told = [n for n in names if aside is None or n.start - sentence.start < aside[1]]
                subject = _dated_subject(sentence, told, m)
                founded = next((n for n in told if aside and n.end - sentence.start == aside[0]), None)
                if founded is not None and frames[id(m)] is not None:  # Halden's founding, as "Halden was founded in"
                    frames[id(m)] = replace(frames[id(m)], agent=founded.canonical)
                attribute = read[id(m)].attribute
                if m.start in life:
                    attribute = (life[m.start],)
                    subject = _named_before(sentence, names, m) or subject
                time = date_range(sentence, m)
            elif m.is_figure:
                subject = tuple(s for s in subject if s not in speakers)  # "health minister X said": the ministry's
                own_part = contrasted_clause(sentence, m)
                if own_part is not None:  # "Teloria reported a profit of £290m, while Norvane lost 112,000 lines":
                    # each clause's figures are of the names it gives
                    subject = tuple(s for s in subject if any(
                        n.canonical == s and own_part[0] <= n.start < own_part[1] for n in names
                    ))
                members = _members_names(sentence, m, names, figures)
                subject = tuple(s for s in subject if s not in members)
                person = aged_person(sentence, m, names)
                own = _clause_people(sentence, m, names)
                stood = opening_age_noun(sentence, m) if person is None and frames[id(m)].measure == AGE else None
                if stood is not None:  # "The Kenyan, 28, said" after "Kenya's Daniel Kiprono won": Kiprono's age,
                    # not of a name its own sentence gives after it ("..., leaving Evans Mutai behind")
                    ages = sum(1 for f in figures if frames[id(f)].measure == AGE)
                    stood_for = person_stood_for(stood, by_sentence.get(i - 1, ()), alone=ages == 1)
                    person = next((n for n in by_sentence.get(i - 1, ()) if stood_for and n.canonical == stood_for), None)
                    if person is None and ages == 1 and named.get(i - 1):
                        subject = ()
                        frames[id(m)] = replace(frames[id(m)], owner=named.get(i - 1, ()))
                if person is not None:  # "Daniel Okafor, 58, and Peter Lindqvist, 45": each age is its person's
                    subject = (person.canonical,)
                elif own is not None:  # "Ridley got eight years; Cole received three": each term is its person's
                    people = {n.canonical for n in names if n.role == "person"}
                    subject = tuple(s for s in subject if s in own or s not in people)
                attribute = read[id(m)].attribute
                if sides:  # "the Hungary striker": a word of the player, as "Hungarian" would be, not of the measure
                    attribute = tuple(t for t in attribute if t not in sides)
                bracketed = (bracketed_owner(sentence, m, names) or listed_owner(sentence, m, names, figures)
                             if person is None else None)
                if bracketed is not None and bracketed.canonical:  # "behind Orsa (11.9 million) and Brant (14 million)"
                    subject = (bracketed.canonical,)
                    attribute = tuple(dict.fromkeys(attribute + _bracketed_attribute(sentence, bracketed, names)))
                head = read[id(m)].head
                whole = _whole_of_part(sentence, m, figures) if head is None and not frames[id(m)].measure else None
                if whole is not None:  # "4.2 million customers, including 2.6 million in France": customers too
                    head = figure_head(sentence, whole, figures)
                    attribute = tuple(dict.fromkeys(figure_attribute(sentence, whole, figures) + attribute))
                # an age is its person's at the report's date, a deal's price a share the deal's, not of the days
                # their sentence tells of; a long-past date still dates a past deal's price
                # "up from 3.4% in April": a base's own date comes before the period of the figure it is a base of;
                # a date after the report's day that a future step is set for is the step's, not the figure's
                timed = [
                    d for d in timing
                    if based.get(d.start, m.start) == m.start and not is_future_step(sentence, m, d, doc.published)
                    and not _across_an_act(sentence, m, d) and not in_an_aside(sentence, m, d)
                    and not _told_as_present(sentence, m, d) and not _made_when(sentence, m, d)
                    and not _held_in_a_present_aside(sentence, m, d) and not _in_a_clause_of_place(sentence, m, d)
                    and not _day_of_another_noun(sentence, m, d, doc.published, outcome_measure(frames[id(m)].measure))
                    and not _in_a_parts_clause(sentence, m, d, figures)
                    and not _in_a_base_after(sentence, m, d, figures)
                    and not _another_figures_period(sentence, m, d, figures, timing)
                    and not (
                        outcome_measure(frames[id(m)].measure) and not read[id(m)].rising
                        and _in_its_causes_clause(sentence, m, d)
                    )
                ]
                time = (
                    _when_clause_time(sentence, dates, m)
                    or (None if outcome_measure(frames[id(m)].measure) else _act_done_with_time(sentence, dates, m))
                    or _time_of(d for d in timing if based.get(d.start) == m.start)
                    # "By 2019 the chain had 112 stores; today it has 86": a clause's own date before another's;
                    # with none, an earlier clause's ("In 2019 sales rose 5%; profit fell 3%"), never a later one's
                    # ("14,000 members had walked out ...; the offer stands at 9%, with 4% this year")
                    or _time_of([d for d in timed if _one_clause(sentence, m, d)] or [d for d in timed if d.end <= m.start])
                )
                if tally_count(m) is not None:  # "approved the 2026 health bill on Thursday by 61 votes to 54"
                    time = _vote_time(sentence, dates)
                unresolved = time is None and any(d.date is None for d in timing)
                if undated_measure(frames[id(m)].measure) and (
                    frames[id(m)].measure == AGE
                    or not any(is_history(d, doc.published) for d in timing)
                ):
                    time = None
            elif m.kind == "entity" and m.role not in ("office", "nationality"):
                attribute = read[id(m)].attribute
                # "Tessaly is owned by Kestrin Holdings, which bought it in 2017": the buying's year, not the owning's
                time = _time_of(
                    d for d in dates if not in_an_aside(sentence, m, d) and not _of_a_later_clause(sentence, m, d)
                )
            else:
                attribute = ()
                time = _time_of(dates)
            out.append(
                Claim(
                    doc=doc.id,
                    mention=bound_as_told(share_as_percent(sentence, m), frames[id(m)]),
                    sentence=sentence,
                    subject=subject,
                    attribute=attribute,
                    context=context,
                    time=time,
                    slot=m.office if m.kind == "entity" else None,
                    head=head,
                    parts_total=totals.get(m.start) if m.is_figure else None,
                    time_unresolved=unresolved if m.is_figure else time is None and any(d.date is None for d in dates),
                    rising=m.is_figure and read[id(m)].rising and not _change_over_a_year(sentence, m, frames[id(m)]),
                    comparative=m.is_figure and m.hedge is None and _is_compared(sentence, m),
                    bracketed=bracketed is not None and bool(bracketed.canonical),
                    members=members,
                    published=doc.published,
                    frame=frames[id(m)],
                )
            )
    return _bases_after_changes(_in_reporting_period(out, doc.published), bases)
