"""The time side of a frame: which of a story's three times a date gives, and which quantities change.

A report speaks of three times, kept apart:

- the **report's** date: its front matter or its dateline ("LISBON, March 4
  (Reuters) -"). A dateline is read by the document reader and is never a
  date of the text (readers/datelines.py).
- a **statement's** date: "officials said on Tuesday", "the ministry
  announced on Saturday evening". It says when something was said or
  published, so it is compared only with the date of the same speaker's
  same remarks, never with the date of an event.
- an **event's** date: "the quake struck late on Friday". Two event dates
  are compared only when they date the same event: a quake's Friday is not
  its aftershock's Sunday.

A quantity is a **rising series** in a story when any report states it as a
rise or as the latest count ("rose to", "has gone up to", "the latest
toll"): its same-day figures that differ are updates, not conflicts. The
words are data: ``data/statement_verbs.csv`` and ``data/series_words.csv``.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from functools import cache
from importlib import resources

from ..model import Frame, Mention, Sentence
from ..parse.times import day_part_words, past_day_part
from ..terms import WORD, stopwords
from .frames import (
    OPENING_DATE,
    act_of,
    act_past_its_event,
    alternatives,
    attribution_of,
    claim_agent,
    event_in_a_phrase,
    event_word,
    names_an_event,
    periods_a_figure_after,
    places_in,
    reports_results,
    revised_in_clause,
    tally_count,
    verb_kind,
    written_before_its_thing,
)

__all__ = [
    "HISTORY", "clause_act", "date_frame", "dated_act", "is_caption", "is_future_step", "is_history", "is_statement_date", "told_as_future", "told_as_past_plan", "told_as_possessive", "states_change",
    "year_of_a_noun",
]

# how far before a date a statement verb may stand: "told reporters on Monday", "said late on Friday"
_STATEMENT_REACH = 40
_SERIES_REACH = 40  # how far before a figure a word of change may stand: "the death toll has risen to 2,000"


def _words_of(name: str, column: str) -> tuple[str, ...]:
    with resources.files("consistency.data").joinpath(name).open(encoding="utf-8", newline="") as f:
        return tuple(sorted((row[column].lower() for row in csv.DictReader(f)), key=len, reverse=True))


@cache
def _statement_lead() -> re.Pattern[str]:
    # "said on Thursday", "told reporters on Monday", "announced late on Saturday", "said Wednesday that"
    # (not in the passive: "the winner was announced on May 20" dates the announcement, an event)
    verbs = alternatives(_words_of("statement_verbs.csv", "verb"))
    return re.compile(
        rf"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bis )(?<!\bare )(?<!\bbe )\b(?:{verbs})\b"
        r"(?:\s+[^\W\d_]+)?\s+(?:(?:late|early)\s+)?(?:(?:on|last|this)\s+)?$",
        re.IGNORECASE,
    )


@cache
def _statement_noun_lead() -> re.Pattern[str]:
    # "in a statement on Thursday", "said in an interview on Monday", "at a news conference late on Tuesday"
    nouns = alternatives(_words_of("statement_nouns.csv", "noun")).replace(" ", r"\s+")
    return re.compile(
        rf"\b(?:in|at|during)\s+(?:a|an|the|its|their|his|her)\s+(?:[^\W\d_]+\s+)?(?:{nouns})"
        r"\s+(?:(?:late|early)\s+)?(?:(?:on|last|this)\s+)?$",
        re.IGNORECASE,
    )


@cache
def _change_words() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternatives(_words_of('series_words.csv', 'word'))})\b", re.IGNORECASE)


def is_statement_date(sentence: Sentence, m: Mention) -> bool:
    """Whether a date only says when something was said or published.

    "officials said on Thursday"; or a date that opens its sentence before
    a statement: "On Thursday, officials had put the toll at 240".
    """
    rel = sentence.start
    if told_as_possessive(m):
        return False  # "Hale said Saturday's Derby win was the best day of his life": the day of the win
    if _SUBJECT_OF_CLAUSE.match(sentence.text[m.end - rel :]) and not _TIME_LEAD.search(sentence.text[: m.start - rel]):
        return False  # "officials said 2023 was the hottest year": the date is what was said, not when
    lead = sentence.text[max(0, m.start - rel - _STATEMENT_REACH) : m.start - rel]
    said_that = _REPORTED_CLAUSE.match(sentence.text[m.end - rel :]) is not None and _statement_lead().search(lead)
    if periods_a_figure_after(sentence, m) and not said_that:
        # "the company reported third-quarter revenue of $1.2bn": the period of what was said; "the group warned in
        # November that revenue growth would slow" says when it was said, the figure in the clause it said
        return False
    if year_of_a_noun(sentence, m):
        return False  # "the museum said the 1913 painting would go on display": the year of a thing it names
    if (said := _statement_lead().search(lead)) is not None:
        # "Acme reported on Wednesday third-quarter sales of $1.2bn": the day of the results, an event of the story
        verb = WORD.match(said.group())
        before = sentence.text[: m.start - rel - len(lead) + said.start()]
        if act_of(verb.group().lower()) and (_object_told_before(before) or _set_off_participle(before)):
            # "the recall Acme announced on Monday", "the deal, first announced on 27 January": the day of the
            # recall's or the deal's announcement, an act
            return False
        return not reports_results(sentence, m)
    if _statement_noun_lead().search(lead):
        return True  # "In a statement on Thursday, the company said", "told reporters at a news conference on Monday"
    opening = _OPENING.match(past_day_part(sentence.text[m.end - rel :]))
    if m.start - rel > _OPENING_REACH or opening is None:
        return False
    # "In late April, Acme banned products that claimed to cure the flu": the verb of a clause about a noun
    # ("that claimed") is not the opening clause's
    clause = _RELATIVE_CLAUSE.split(opening.group(1), maxsplit=1)[0]
    return _statement_verb().search(clause) is not None


# a thing told by its noun, then a participle set off by a comma that says what was done to it: "The deal, first
# announced on", "the acquisition of 28 stores, announced on"
_PARTICIPLE_COMMA = re.compile(r",\s+(?:[a-z]+\s+)?$")
_BREAKS = ",;:("
_THING_DETERMINERS = frozenset({"the", "its", "their", "this"})
_RELATIVES = frozenset({"who", "which", "whose", "whom", "where"})


def _set_off_participle(lead: str) -> bool:
    """Whether the words before a verb are a thing's noun and a comma, the verb a participle of what was done to
    it: the passive "the deal was announced" said short. A name's description ("Jane Doe, the firm's spokeswoman,
    announced") and a clause of its own ("Acme, which sold the plant, announced") are no such thing."""
    comma = _PARTICIPLE_COMMA.search(lead)
    if comma is None:
        return False
    start = max(lead.rfind(b, 0, comma.start()) for b in _BREAKS)
    words = WORD.findall(lead[start + 1 : comma.start()])
    if not words or words[0].lower() in _RELATIVES or not _THING_DETERMINERS & {w.lower() for w in words}:
        return False
    before = WORD.findall(lead[:start]) if start >= 0 and lead[start] == "," else []
    return not (before and before[-1][:1].isupper())  # "Mr Okonkwo, its chairman, announced"


# the words a clause about a thing gives between that thing and its verb: "which", then its doer's name
_OBJECT_CLAUSE_WORDS = 7
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that", "which"})
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]—–]|\.\s")


def _object_told_before(lead: str) -> bool:
    """Whether the words before a statement verb that names an act (data/act_verbs.csv: "announced") are an event
    named by its noun and the doer of the verb, the event its object: "the recall Halcyon announced", "the merger which the two banks confirmed", "the strike
    its union called". The verb's day is then the day of that act, not of something said. A clause of its own
    ("After the crash, officials said") or a compound of the event ("crash investigators said") is no object."""
    cut = list(_CLAUSE_BREAK.finditer(lead))
    words = WORD.findall(lead[cut[-1].end() :] if cut else lead)
    if cut and words[:1] and words[0].lower() in ("which", "that"):  # "the recall, which Halcyon announced"
        words = WORD.findall(lead[cut[-2].end() if len(cut) > 1 else 0 : cut[-1].start()])[-2:] + words
    for i in range(len(words) - 2, max(0, len(words) - 2 - _OBJECT_CLAUSE_WORDS) - 1, -1):
        if not names_an_event(words[i]) or i == 0 or words[i - 1].lower() not in _DETERMINERS:
            continue
        doer = words[i + 1 :]
        if doer[0].lower() in ("which", "that"):
            doer = doer[1:]
        return bool(doer) and (doer[0][:1].isupper() or doer[0].lower() in _DETERMINERS) and not any(
            verb_kind(w.lower()) for w in doer
        )
    return False


@cache
def _future_words() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternatives(_words_of('future_words.csv', 'word'))})\b", re.IGNORECASE)


def future_in(text: str) -> bool:
    """Whether a text holds a word of what is still to come ("will", "is due to"; data/future_words.csv)."""
    return _future_words().search(text) is not None


_STEP_BREAK = re.compile(r"[;:()]|\.\s")  # a step told of in another clause or sentence does not count


def is_future_step(sentence: Sentence, figure: Mention, date: Mention, published: dt.date | None) -> bool:
    """Whether a date after the report's day tells when a thing a figure describes will next be dealt with:
    "the budget of 69 billion kronor would be sent to parliament on November 12" (data/future_words.csv), or
    "12,000 hectares were hit, wheat among them that was due to be harvested next week" (a plan told in the past,
    data/plan_words.csv, of a day still to come).

    The figure stands before the future verb, in what the clause is about, and the date after it: the
    date is the step's, not the time the figure holds for. A figure after the verb is what is foreseen
    ("the storm will bring 200 mm of rain on Friday") and keeps the date.
    """
    if published is None or date.date is None or date.date <= published or date.start < figure.end:
        return False
    between = sentence.text[figure.end - sentence.start : date.start - sentence.start]
    # a plan told in the past ("wheat that was due to be harvested next week") of a day still to come is a step too
    told = _future_words().search(between) or _past_plan().search(between)
    return told is not None and _STEP_BREAK.search(between) is None


_FUTURE_CLAUSE = re.compile(r"[;:()]|,\s|\.\s")  # where the clause of a date's verb begins


def told_as_future(sentence: Sentence, m: Mention) -> bool:
    """Whether a date's clause tells its act as still to come ("her successor will be appointed later this
    year", "the line is due to reopen in the spring"; data/future_words.csv), before the date."""
    lead = sentence.text[: m.start - sentence.start]
    cuts = list(_FUTURE_CLAUSE.finditer(lead))
    return _future_words().search(lead[cuts[-1].end() if cuts else 0 :]) is not None


# the past form that tells a plan made before ("was due to", "had originally been scheduled to"): an auxiliary of
# the past, then at most one adverb, then a plan's words (data/plan_words.csv)
_PAST_PLAN_LEAD = r"\b(?:was|were|had\s+been|had)\s+(?:[^\W\d_]+ly\s+)?(?:been\s+)?"


@cache
def _past_plan() -> re.Pattern[str]:
    return re.compile(rf"{_PAST_PLAN_LEAD}(?:{alternatives(_words_of('plan_words.csv', 'word'))})\b", re.IGNORECASE)


def told_as_past_plan(sentence: Sentence, m: Mention) -> bool:
    """Whether a date's clause tells it as the time a plan made before set for its act ("the line was originally
    due to open in June 2024", "the trial had been scheduled to start in January"; data/plan_words.csv), before
    the date: the plan's date, which the act itself may have missed, not the day anything happened."""
    lead = sentence.text[: m.start - sentence.start]
    cuts = list(_FUTURE_CLAUSE.finditer(lead))
    return _past_plan().search(lead[cuts[-1].end() if cuts else 0 :]) is not None


# a year after an article or a possessive is said of the noun after it: "the 1913 painting", "its 2024 results"
_NOUN_DATING_GRAINS = frozenset({"year", "decade", "century"})
_DETERMINED = re.compile(r"\b(?:the|a|an|its|his|her|their|our)\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"^\s+[^\W\d_]")


def year_of_a_noun(sentence: Sentence, m: Mention) -> bool:
    """Whether a year, a decade or a century stands between an article or a possessive and a noun it dates: "the
    1913 painting", "its 2019 album" (the year the thing was made), "a 19th-century artist" (when she lived), not
    "said on Tuesday" nor "in 2019"."""
    rel = sentence.start
    return (
        m.grain in _NOUN_DATING_GRAINS
        and _DETERMINED.search(sentence.text[max(0, m.start - rel - _STATEMENT_REACH) : m.start - rel]) is not None
        and _NOUN_AFTER.match(sentence.text[m.end - rel :]) is not None
    )

# a date followed by its verb is its clause's subject: "2023 was", '1994 "was the year'
_TIME_LEAD = re.compile(r"\b(?:on|late on|early on)\s+$", re.IGNORECASE)  # "said on Wednesday [the ship] was": when said
_REPORTED_CLAUSE = re.compile(r"\s*,?\s+that\s", re.IGNORECASE)  # "said in November that ...": what was said
_SUBJECT_OF_CLAUSE = re.compile(r"\s+[\"“]?(?:was|is|had\s+been|has\s+been)\b", re.IGNORECASE)
# "On Thursday, officials had put ...": a date, a comma, and a subject of a few words before the verb
_OPENING = re.compile(r"[^,.;]{0,12},\s+((?:[^\W\d_][\w'’-]*\s+){1,4}[^\W\d_][\w'’-]*)")
_RELATIVE_CLAUSE = re.compile(r"\b(?:that|which|who|whom|whose)\b", re.IGNORECASE)
_OPENING_REACH = 12  # a date this near its sentence's start opens it ("On Thursday", "Late on Friday")


@cache
def _statement_verb() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternatives(_words_of('statement_verbs.csv', 'verb'))})\b", re.IGNORECASE)


def states_change(sentence: Sentence, m: Mention) -> bool:
    """Whether a figure is given as a rise or as the latest count ("rose to 63", "the latest toll of 2,000"); a
    count of a vote's tally never is ("passed by 107 votes to 93"), nor a sum a verb that also collects money
    has as its object ("raised $630 million", "raised about $2bn": money taken in, not a figure changed)."""
    lead = sentence.text[max(0, m.start - sentence.start - _SERIES_REACH) : m.start - sentence.start]
    changes = [
        c for c in _change_words().finditer(lead)
        if not _collects(lead, c.start(), m) and not _sizes_the_object(lead, c, sentence, m)
        and not _WITH_AFTER.match(lead, c.end())
    ]
    return bool(changes) and tally_count(m) is None


# "the law passed with 71 votes": what the act was done with, no level the verb's thing passed
_WITH_AFTER = re.compile(r"\s+with\b", re.IGNORECASE)


# a word between a verb of change and its figure that makes the figure the change or the level reached
_CHANGE_LINK = re.compile(r"\b(?:to|by|from|past|above|over|below|under|at|of)\b", re.IGNORECASE)


def _sizes_the_object(lead: str, change: re.Match[str], sentence: Sentence, m: Mention) -> bool:
    """Whether the figure after a verb of change measures the thing that is the verb's object ("climbed the six-metre
    outer wall", "lifted a 40-tonne beam"): the verb moves a person or a thing, no figure changes."""
    return written_before_its_thing(sentence, m) and _CHANGE_LINK.search(lead, change.end()) is None


def _collects(lead: str, at: int, m: Mention) -> bool:
    """Whether the change word at `at` collects a sum: the money figure `m` is its object, or a sum opened by a
    currency sign is ("raised $630 million at $21 a share": the $21 is no raised price either)."""
    found = _collected().match(lead, at)
    if found is None:
        return False
    rest = lead[found.end() :]
    return (not rest and m.kind == "money") or (rest[:1] != "" and unicodedata.category(rest[0]) == "Sc")


@cache
def _collected() -> re.Pattern[str]:
    """A verb that collects money (data/series_words.csv `collects`), then only a hedge before its sum."""
    with resources.files("consistency.data").joinpath("series_words.csv").open(encoding="utf-8", newline="") as f:
        verbs = [row["word"] for row in csv.DictReader(f) if row["collects"] == "yes"]
    with resources.files("consistency.data").joinpath("hedges.csv").open(encoding="utf-8", newline="") as f:
        hedges = [row["phrase"] for row in csv.DictReader(f) if row["position"] == "before"]
    return re.compile(rf"(?:{alternatives(verbs)})(?:\s+(?:an?\s+)?(?:{alternatives(hedges)}))?\s+", re.IGNORECASE)


@cache
def _caption() -> re.Pattern[str]:
    labels = alternatives(_words_of("caption_labels.csv", "label"))
    # "(Photo: ...)", or a picture credit before a dash: "AFP/JANE DOE - A general view shows ..."
    return re.compile(rf"^\s*[(\[]?\s*(?:(?i:{labels})\s*:|[A-Z]{{2,}}(?:/[A-Z][A-Z .'’-]*)+\s+[-–—]\s)")


def is_caption(sentence: Sentence) -> bool:
    """Whether a sentence is a picture's caption ("(Cover: Rescuers search the rubble, September 10. /AFP)",
    "AFP/JANE DOE - A general view of the village on 10 September").

    A caption's date is the day the picture was taken, not the day of the event it shows.
    """
    return _caption().match(sentence.text) is not None


# a past verb written straight after a date: "Varga on Friday defended the budget" (the act that day is dated)
_DATED_ACT = re.compile(r"\s+(?P<act>[a-z]+ed)\b")


def told_as_possessive(m: Mention) -> bool:
    """Whether a date is written as a possessive ("Wednesday's armed robbery", "last year's clean-up"): it dates
    the noun after it, not the clause it stands in."""
    return m.text.endswith(("'s", "’s"))


def dated_act(sentence: Sentence, m: Mention) -> re.Match[str] | None:
    """The act a date written before its verb dates ("the opposition on Thursday attacked the budget": attacked),
    as a match in the sentence's text, else None."""
    if told_as_possessive(m):
        return None  # "Wednesday's armed robbery": the day's noun, no verb after it
    found = _DATED_ACT.match(sentence.text, m.end - sentence.start)
    if found is not None and _verb_of_its_own_before(sentence.text[: m.start - sentence.start]):
        return None  # "the 40.7C recorded at Saltby Fen on 22 July capped weeks of drought": the recording's day
    return found


_OWN_CLAUSE_BREAK = re.compile(r"[,;:()]")
_DESCRIBING = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "these", "those"})


def _verb_of_its_own_before(lead: str) -> bool:
    """Whether the words of a date's clause before it tell an act done by a verb of their own ("the 40.7C recorded at
    Saltby Fen on", "rescuers who arrived on"): the verb after the date is then the sentence's next act, not this
    day's. A past form after an article describes its noun ("the injured", "its damaged roof") and tells none."""
    words = WORD.findall(_OWN_CLAUSE_BREAK.split(lead)[-1].lower())
    return any(
        verb_kind(w) in ("past", "participle") and not (i and words[i - 1] in _DESCRIBING)
        for i, w in enumerate(words)
    )


_AFTER_COMMA = re.compile(r"^\s*,\s+(?P<clause>(?:[^,;:]|,(?=\d))+)")  # "4,300 people came" is one clause
_OPENING_VERB_REACH = 5  # words from an opening date's comma to its clause's verb: "4,300 people came"
# a phrase of an act after "after" or "before" that a date closes: "said after her first full check-up on Thursday"
_ACT_PHRASE = re.compile(r"\b(?:after|before|following)\s+(?P<phrase>(?:[^\W\d_][\w'’-]*\s+){1,5}?)(?:on|in|at|over)\s+$", re.I)
# a clause of "when" that a date closes, its own act told by its verb: "over the limit when police stopped him on"
_WHEN_CLAUSE = re.compile(r"\bwhen\s+(?P<clause>(?:[^\W\d_][\w'’-]*\s+){2,6}?)(?:on|in|at)\s+$", re.I)
_NO_ACT = frozenset({"was", "were", "had", "did", "got"})  # "when most people were asleep on": a state, no act
# an infinitive a date closes, its own act: "allowing the harbour to reopen on", "forcing the airport to close on"
_TO_ACT = re.compile(
    r"\b(?P<before>[a-z]+)\s+to\s+(?P<verb>[a-z]+)\s+(?:[^\W\d_][\w'’-]*\s+){0,3}?(?:on|in|at)\s+$"
)
_NOT_INFINITIVE = frozenset({"due", "owing", "thanks", "close", "up", "next", "according", "back", "way"})  # "due to rain"


def clause_act(sentence: Sentence, m: Mention) -> str | None:
    """The act a date dates when its own clause tells of one apart from the sentence's event: the verb of the
    clause an opening date leads ("Over the weekend, 4,300 people came to see the foal": came), or the noun
    that ends a phrase after "after" or "before" the date closes ("the vet said after her first check-up on
    Thursday": check-up), or the verb of a clause of "when" it closes ("over the limit when police stopped him
    on 12 June": stopped). None when none holds."""
    rel = sentence.start
    lead, rest = sentence.text[: m.start - rel], past_day_part(sentence.text[m.end - rel :])
    if OPENING_DATE.match(lead) and (after := _AFTER_COMMA.match(rest)):  # "Over the weekend, 4,300 people came"
        words = WORD.findall(after["clause"].lower())
        verb = next((w for w in words[:_OPENING_VERB_REACH] if verb_kind(w) == "past"), None)
        at = next((i for i, w in enumerate(words) if names_an_event(w)), None)
        if at is not None and not (verb in words[:at] and event_in_a_phrase(words, at, agent=False)):
            return None  # "On Friday, a powerful quake struck the valley": the event's own day
        return verb  # "On Sunday, rescuers pulled two survivors from the landslide": the day they did
    phrase = _ACT_PHRASE.search(lead)
    when = _WHEN_CLAUSE.search(lead) if phrase is None else None
    if when is not None:  # "admitted he had been over the limit when police stopped him on 12 June": the stop's day
        verb = next((w for w in WORD.findall(when["clause"].lower()) if verb_kind(w) == "past" and w not in _NO_ACT), None)
        if verb is not None and not names_an_event(verb):
            return verb
    to = _TO_ACT.search(lead) if phrase is None and when is None else None
    if to is not None and to["before"] not in _NOT_INFINITIVE and to["verb"] not in stopwords():
        return to["verb"]  # "refloated on Sunday, allowing the harbour to reopen on Monday": the reopening's day
    if phrase is None:
        return act_past_its_event(sentence, m) or _activity_before_a_joiner(lead, rest)
    words = WORD.findall(phrase["phrase"].lower())
    if any(verb_kind(w) for w in words):
        # "the recall now covers five batches, after two were added on Thursday": a clause of its own, its verb's day
        verb = next((w for w in words if verb_kind(w) == "past" and w not in _NO_ACT), None)
        return verb if verb is not None and not names_an_event(verb) else None
    if words[-1] in day_part_words():
        return None  # "collapsed before dawn on Monday": a part of the day, no act
    return words[-1]


# a clause set beside the one a date closes: "were racing against freezing temperatures last night as the toll rose"
_JOINED_AFTER = re.compile(r"^\s*,?\s*(?:as|while)\b", re.IGNORECASE)
_PROGRESSIVE = re.compile(r"\b(?:was|were)\s+(?P<verb>[a-z]+ing)\b")


def _activity_before_a_joiner(lead: str, rest: str) -> str | None:
    """The activity a date's own clause tells, in the past progressive, when a clause set beside it follows the
    date ("Rescuers were racing against freezing temperatures last night as the toll from the earthquake rose"):
    the night of the racing, not the earthquake's day the joined clause names."""
    if not _JOINED_AFTER.match(rest):
        return None
    clause = _CLAUSE_BREAK.split(lead)[-1].lower()
    found = list(_PROGRESSIVE.finditer(clause))
    return found[-1]["verb"] if found and not names_an_event(found[-1]["verb"]) else None


# an event this long before its report is history ("the 2004 quake"), not the news; the story window is 45 days
HISTORY = dt.timedelta(days=45)


def is_history(m: Mention, published: dt.date | None) -> bool:
    """Whether a date ends well before its report: not the reported event's, but one before it."""
    end = m.date_end or m.date
    return published is not None and end is not None and published - end > HISTORY


def date_frame(sentence: Sentence, m: Mention, entities: Sequence[Mention] = ()) -> Frame:
    """The frame of date `m`: the event it dates, whether it dates a statement, on whose word, and whose date it
    is ("Texas holds its primary on March 3": Texas's)."""
    return Frame(
        event=event_word(sentence, m),
        attribution=attribution_of(sentence, entities),
        statement=is_statement_date(sentence, m),
        agent=claim_agent(sentence, m, entities),
        places=places_in(sentence, entities),  # "lost 40 containers off the coast of Brittany late on Sunday": where
        qualifiers=revised_in_clause(sentence, m),  # "rejected the improved terms last night": not the first offer's
    )
