"""Rules over dates: date-conflict.

Two dates conflict when they are given for the same event (the same named
subject, the same event words around the date) and their ranges do not
overlap: "on Monday" in a story dated Tuesday 25 February 2025 is
24 February and agrees with "February 24, 2025".
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Iterator
from functools import cache

from ..align import (
    CLOSE_SECOND,
    DIFFERENT_MEASURES,
    agents_differ,
    attribute_similarity,
    context_similarity,
    frames_compatible,
    lifted_by_context,
    mutual_conflicts,
    name_tokens,
    same_source,
)
from ..align.frames import (
    GENERIC_EVENT,
    act_of,
    alternatives,
    dates_a_figure,
    dates_a_state,
    event_words,
    lemma,
    names_an_event,
    periods_a_figure_after,
    same_event,
    verb_kind,
)
from ..align.times import (
    clause_act,
    dated_act,
    is_caption,
    is_history,
    told_as_future,
    told_as_past_plan,
    told_as_possessive,
)
from ..caches import bounded
from ..claim_building import present_word_in
from ..data import rows
from ..intervals import ranges_overlap
from ..model import Claim, Discrepancy, Severity
from ..parse.dates.bounds import day_in_year
from ..parse.dates.periods import interval_ends, whole
from ..parse.dates.vocabulary import normalise, vocabulary
from ..terms import WORD, content_terms, event_term, stem, stopwords
from .ages import age_birth_conflicts
from .base import Context, may_be_one_person, part, rule
from .date_acts import act_done_again, act_verb, clause_acts, one_act, other_objects, two_acts, with_one_act
from .figures import same_count_unit
from .slips import DISTINCTIVE_DIGITS, significant_digits
from .times import (
    activity_begun,
    called_off,
    clause_before,
    one_night,
    stage_of,
    thing_begun,
    time_conflicts,
    times_of_days,
    verbs_in,
)

SAME_EVENT = 0.5
# the same kind of event of the same named thing is one event however it is worded: above SAME_EVENT
NAMED_EVENT = 0.6
# the story's own event and one a report places this long before it are two occurrences of a kind (two elections)
OTHER_OCCURRENCE = dt.timedelta(days=365)
# two statements are the same remarks only when most of their words are shared, not just the speaker
SAME_REMARKS = 0.6
UNNAMED = 0.85


def date_keys(ctx: Context):
    """Blocking keys of a date claim: its story with the distinctive words of its sentence and its subjects, the
    story's incident it dates, however common its words are to the story (`_story_incident`), named by its
    kind or by a word for any incident, and the event of its kind before the story's it dates (`_last_occurrence`)
    or any long past one of a kind."""

    def keys(c: Claim) -> Iterator[tuple]:
        yield from ctx.claim_keys(c, c.context)
        if (last := _last_occurrence(c)) is not None:
            yield (ctx.story_of(c.doc), "last", last)  # "the last blackout in the region, in 2011"
        elif c.frame is not None and c.frame.event and is_history(c.mention, c.published):
            yield (ctx.story_of(c.doc), "last", c.frame.event)  # "the blackout of 2014": it may be a later one
        if c.frame is None or not _dates_an_incident(c):
            return
        if c.frame.event in _story_incidents():
            yield (ctx.story_of(c.doc), "incident", c.frame.event)
        elif c.frame.event == GENERIC_EVENT:  # "the accident on 13 May" may be any incident the story tells of
            yield from ((ctx.story_of(c.doc), "incident", event) for event in _story_incidents())

    return keys


def _agree(a: Claim, b: Claim) -> bool:
    """Two dates overlap; a day written without its year overlaps a dated one in that one's year; two ranges
    written with both ends ("between November 1970 and January 1971", "from December 1970 to March 1971")
    agree only when each end meets the other's; two days a thing lasted or is to be done by ("will shut by 30
    September", "will stop by the end of October"; "closed until midnight on Tuesday", "until Wednesday") agree when
    they end on one day, or in one month or year as the coarser of the two is told, not merely because both reach
    back."""
    if (ends := _ends_told(a, b)) is not None:
        return ends
    if _one_old_record(a, b):  # "a record that had stood since 2017" and "the previous record, set in 2019"
        return ranges_overlap(_own_period(a), _own_period(b))
    last_a, last_b = _last_occurrence(a) is not None, _last_occurrence(b) is not None
    if last_a and last_b:  # "the first strike since 2008", "the previous strike, in 2011"
        return ranges_overlap(_own_period(a), _own_period(b))
    last, other = (a, b) if last_a else (b, a)
    if (last_a or last_b) and is_history(other.mention, other.published):
        # "the last blackout, in 2011": any one long before it agrees, one after it does not
        return other.time is not None and other.time[0] <= _own_period(last)[1]
    for since, point in ((a, b), (b, a)):
        if _state_and_its_onset(since, point):  # "in orbit since June 2025" and "arrived in July 2025"
            return ranges_overlap(_own_period(since), point.time)
    ends_a, ends_b = interval_ends(a.mention.canonical), interval_ends(b.mention.canonical)
    if ends_a and ends_b:
        return all(ranges_overlap(x, y) for x, y in zip(ends_a, ends_b, strict=True))
    for ends, point in ((ends_a, b), (ends_b, a)):
        side = _BOUNDARIES.index(_boundary(point)) if ends and _boundary(point) and point.time else None
        if side is not None:  # "shot from January 1994 to August 1995" and "began filming in September 1994"
            return ranges_overlap(ends[side], point.time)
    if _a_week_off(a, b) or _a_week_off(b, a):
        return True  # "Thursday's crash" in a round-up a week on, and "the crash on 4 September"
    if _written_day(a) and _written_day(b):  # "before June 12" and "June 10": in any one year
        return ranges_overlap(_placed(a, _EVERY_DAY_YEAR), _placed(b, _EVERY_DAY_YEAR))
    if _written_day(a):
        return _fits_year(a, b)
    if _written_day(b):
        return _fits_year(b, a)
    return ranges_overlap(a.time, b.time)


_GRAIN_ORDER = ("day", "month", "year")
_LASTED_UNTIL = frozenset({"until", "till", "up until"})  # the words of the end a thing lasted to: "closed until Tuesday"


def _ends_told(a: Claim, b: Claim) -> bool | None:
    """Whether two dates each told as the end a thing lasted or is to be done by ("until Tuesday", "by the end of
    October") name one end, at the coarser of their grains; None unless both are such ends."""
    def end_of(c: Claim) -> tuple[dt.date, str] | None:
        hedge = normalise(c.mention.hedge) if c.mention.hedge else None
        if not (hedge in _LASTED_UNTIL or _deadline(c)) or not c.time or c.mention.grain not in _GRAIN_ORDER:
            return None  # "had pulled 41 survivors by Sunday" is a count reached by then, no end of anything
        return c.time[1], c.mention.grain

    ea, eb = end_of(a), end_of(b)
    if ea is None or eb is None:
        return None
    grain = max(ea[1], eb[1], key=_GRAIN_ORDER.index)
    told = {"day": lambda d: d, "month": lambda d: (d.year, d.month), "year": lambda d: d.year}[grain]
    return told(ea[0]) == told(eb[0])


# someone declared the winner of a vote: "Nandakumar was elected mayor on Friday", "was declared the winner", "was
# returned as the town's MP" (not "was declared insolvent": no vote)
_DECLARED = re.compile(
    r"\b(?:was|were|been)\s+(?:[a-z]+ly\s+)?(?:elected|returned|declared\s+(?:the\s+)?winners?)\b", re.IGNORECASE
)


def _declared_after_its_vote(declared: Claim, vote: Claim) -> bool:
    """Whether one date is the day someone was declared elected ("was elected mayor on Friday") and the other the
    day before it, of the vote itself ("Thursday's by-election"): a count that ran overnight, one election."""
    if declared.time is None or vote.time is None or declared.time[0] != declared.time[1] or vote.time[0] != vote.time[1]:
        return False
    if not _DECLARED.search(clause_before(declared)) or _DECLARED.search(clause_before(vote)):
        return False
    return declared.time[0] - vote.time[0] == _ONE_DAY


_ONE_DAY = dt.timedelta(days=1)
_WEEK = dt.timedelta(days=7)
# words before a weekday that leave its week to the reader: "on Thursday", "last Monday", "this past Monday", "next
# Sunday"; and "next weekend"
_WEEKDAY_LEADS = frozenset({"on", "last", "this", "past", "next"})
_LAST, _NEXT, _WEEKEND = "last", "next", "weekend"


def _weekday_alone(c: Claim) -> list[str] | None:
    """The words of a date that is a weekday (or the weekend) said with nothing that fixes its week ("on
    Thursday", "Thursday's crash", "last Monday", "next weekend"; data/weekdays.csv), else None."""
    words = normalise(re.sub(r"['’]s$", "", c.mention.text)).split()
    named = words and (words[-1] in vocabulary().weekdays or words[-1] == _WEEKEND)
    return words if named and set(words[:-1]) <= _WEEKDAY_LEADS else None


def _a_week_off(day: Claim, other: Claim) -> bool:
    """Whether `day` is a weekday said alone and `other` a day of the same weekday a week away that the writer may
    have meant.

    The week before: when the nearest such day falls after the day `other`'s report was published, which told the
    event as done, a round-up written more than a week on means the one before ("Thursday's crash" in Friday
    week's weekly, against "the crash on 4 September" in a report of 8 September); and "next Sunday" or "next
    weekend" said early in a week means the coming one to many a writer, the one after to others. The week after:
    "last Monday" said late in a week means that week's Monday to many a writer, the one before to others."""
    words = _weekday_alone(day)
    if words is None or day.time is None or other.time is None or other.time[0] != other.time[1]:
        return False
    if day.time[0] != day.time[1] and words[-1] != _WEEKEND:
        return False  # a weekday read as a span ("Thursday" of a night into Friday) is no one day to move
    if day.time[0] - dt.date.min < _WEEK or dt.date.max - day.time[1] < _WEEK:
        return False  # a weekend read as open-ended ("since the weekend"): no week to move it by
    before = (day.time[0] - _WEEK, day.time[1] - _WEEK)
    if ranges_overlap(before, other.time):
        if _NEXT in words:
            return day.published is not None and before[0] > day.published
        return other.published is not None and day.time[0] > other.published
    after = (day.time[0] + _WEEK, day.time[1] + _WEEK)
    if ranges_overlap(after, other.time):
        return _LAST in words and day.published is not None and other.time[0] <= day.published
    return False


def _state_since(c: Claim) -> bool:
    """Whether a date says since when a state has held ("has been closed since January 2016", "in orbit since
    June"): after "since", open to the calendar's end. A change or a record counted since it ("has risen 4% since
    March", "the highest since 2008": date_words.csv "duration_lead") holds no state."""
    m = c.mention
    if not m.hedge or vocabulary().kind("bound").get(normalise(m.hedge)) != "since" or c.time[1] != dt.date.max:
        return False
    leads = vocabulary().kind("duration_lead")
    return not any(w.lower() in leads for w in WORD.findall(clause_before(c)))


@cache
def _state_onsets():
    return verbs_in("state_onsets.csv")


def _begins_a_state(c: Claim) -> bool:
    """Whether a date is the day, month or year a state began, told by the act that began it in its own clause
    (data/state_onsets.csv: "arrived at the asteroid in July 2025", "the museum closed in January 2017"): that
    state holds "since" then, not since an earlier time."""
    return (
        not c.mention.hedge and c.time is not None and c.time[1] < dt.date.max and _taken_place(c)
        and _state_onsets().search(clause_before(c)) is not None
    )


def _state_and_its_onset(state: Claim, onset: Claim) -> bool:
    """Whether a state held since a date and a dated act that began a state are of one named subject and say the
    same of it: the words of the state after its subject's names ("the Corvid-3 rover has been on Mars since")
    share a word with the act and what follows it ("the rover arrived on Mars in"). "The mill has been closed
    since 2023" and "the mill opened in 1921" say different things of the mill. Of a thing neither names ("the
    museum has been closed since 2016", "after the museum closed in 2017") both clauses name it and the state
    alike."""
    if not (_state_since(state) and _begins_a_state(onset)):
        return False
    held, act = clause_before(state), clause_before(onset)
    if not state.subject and not onset.subject:
        return len(set(content_terms(held)) & set(content_terms(act))) >= _UNNAMED_STATE_WORDS
    if not set(state.subject) & set(onset.subject):
        return False
    opening = [held.find(n) + len(n) for n in state.subject if n in held and _opens_with(held[: held.find(n)])]
    said = max(opening, default=0)  # the names the clause opens with, not a place in what it says ("on Mars")
    begun = _state_onsets().search(act)
    return bool(set(content_terms(held[said:])) & set(content_terms(act[begun.start() :])) - {stem(SINCE)})


_UNNAMED_STATE_WORDS = 2  # words an unnamed thing's state and its beginning share: the thing and the state


SINCE = "since"
_ARTICLES = frozenset({"the", "a", "an"})


def _opens_with(lead: str) -> bool:
    """Whether the words before a name leave it the opening of its clause: none, an article or a title ("The",
    "Mayor"), not a verb and a preposition ("which has been on")."""
    return all(w[:1].isupper() or w.lower() in _ARTICLES for w in WORD.findall(lead))


# "the first national rail strike in Poland since", "the deadliest quake to hit the region since": the first of its
# kind (or as bad) since the date, the last before it then
_FIRST_SINCE = re.compile(r"\b(?:first|[a-z]{3,}est)\b(?P<what>(?:\W+[\w'’-]+){1,8}?)\W+since\W*$", re.IGNORECASE)
# "The last fatal attack at Carrawong was in", "Poland's previous national rail strike, in", "an earlier collapse in"
# "The Mariners last won the cup in"
_LAST_WAS = re.compile(
    r"\b(?:last|previous|earlier)\b(?P<what>(?:\W+[\w'’-]+){1,6}?)\W+(?:was\s+)?(?:in|on)\W*$", re.IGNORECASE
)
# "The Barranco has flooded before: in"
_BEFORE_IN = re.compile(r"(?P<what>(?:[\w'’-]+\W+){1,4}?)before\W+(?:in|on)\W*$", re.IGNORECASE)
# "In 2015, a flood in the same gorge killed two people": the event again where it happened before
_SAME_PLACE = re.compile(r"\bthe\s+same\s+[a-z]+\b", re.IGNORECASE)


_SENTENCES_KEPT = 1 << 12  # dates whose last occurrence is kept while a story's rules run


def _last_occurrence(c: Claim) -> str | None:
    """The event a date says the last one before the story's happened on, when it does: "the first shark attack at
    Carrawong since 1998" (the one of 1998), "The last fatal attack at Carrawong was in 1993", "Poland's previous
    national rail strike, in 2011"; the event as its word names it (data/event_verbs.csv), else None."""
    rel = c.sentence.start
    return _last_in(c.sentence.text, c.start - rel, c.end - rel, is_history(c.mention, c.published))


@bounded(maxsize=_SENTENCES_KEPT)
def _last_in(text: str, start: int, end: int, history: bool) -> str | None:
    """`_last_occurrence` of the date at [start, end) of a sentence, long past or not (`history`): a story's rules ask
    it of one date many times."""
    lead, rest = text[:start], text[end:]
    found = _FIRST_SINCE.search(lead)
    if found is None and history:
        found = _LAST_WAS.search(lead) or _BEFORE_IN.search(lead)
        if found is None and _OPENING_YEAR.fullmatch(lead) and _SAME_PLACE.search(rest):
            return _event_named(rest)  # "In 2015, a flood in the same gorge killed two people"
    if found is None:
        return None
    # "the deadliest in the valley since 1983, when seven people were killed in avalanches": told after the date
    return _event_named(found["what"]) or _event_named(_WHEN_CLAUSE.match(rest)["what"] if _WHEN_CLAUSE.match(rest) else "")


_OPENING_YEAR = re.compile(r"\s*(?:In|Back in)\s+", re.IGNORECASE)  # a year that opens its sentence: "In 2015, "
_WHEN_CLAUSE = re.compile(r",\s+when\b(?P<what>[^;:]*)")


def _event_named(text: str) -> str | None:
    """The event the first word of an event in `text` names, as data/event_verbs.csv reads it or its lemma."""
    events = event_words()
    for word in (w.lower() for w in WORD.findall(text)):
        event = events.get(word) or events.get(lemma(word))
        if event:
            return event
    return None


def _own_period(c: Claim) -> tuple[dt.date, dt.date]:
    """The days of a bounded date's own words ("January 2016" of "since January 2016")."""
    span = whole(c.mention.grain, c.mention.date) if c.mention.date else None
    return (span.start, span.end) if span else c.time


# the event words (data/event_verbs.csv) that date an event's first and last day: "began filming", "the trial ended"
_BOUNDARIES = ("begin", "end")


def _boundary(c: Claim) -> str | None:
    """"begin" or "end" when a date says when its event began or ended, by the event words just around it."""
    return next((w for w in c.attribute[:_BOUNDARY_WORDS] if w in _BOUNDARIES), None)


_BOUNDARY_WORDS = 3  # the nearest words of a date's attribute that say it is an event's first or last day


def _without_boundary(a: Claim, b: Claim) -> tuple[Claim, Claim]:
    """The two claims, the word that makes one an end of the other's period left out of its attribute: "began
    filming in June" against "was shot from March to May" is the first day of that shoot, not another event."""
    out = [a, b]
    for i, (point, period) in enumerate(((a, b), (b, a))):
        word = _boundary(point)
        if word is not None and interval_ends(period.mention.canonical) and not interval_ends(point.mention.canonical):
            out[i] = dataclasses.replace(point, attribute=tuple(t for t in point.attribute if t != word))
    return out[0], out[1]


def _with_event_term(a: Claim, b: Claim) -> tuple[Claim, Claim]:
    """The two claims, each with the word of the event both date among its words when its sentence names it
    elsewhere: "Norvessa launched its first satellite on Tuesday" keeps "satellite" of its object, not the verb
    before it, yet dates the launch as much as "the satellite was launched on Monday" does. A day with a bound
    ("after Friday's quake") and an event long past are compared by their own words only."""
    event = a.frame.event
    if event is None or event != b.frame.event or event == GENERIC_EVENT:
        return a, b
    if any(c.mention.hedge or is_history(c.mention, c.published) for c in (a, b)):
        return a, b  # "after Friday's quake" is no day of the quake; "the 2004 quake" is told in passing
    terms = list(content_terms(event))
    if not terms:
        return a, b
    return tuple(
        dataclasses.replace(c, attribute=c.attribute + tuple(t for t in terms if t not in c.attribute)) for c in (a, b)
    )


@cache
def _act_noun_terms() -> dict[str, str]:
    """The term of an act's noun → the term of its verb: "victory" → "won" (data/act_nouns.csv)."""
    return {content_terms(r["noun"])[0]: content_terms(r["participle"])[0] for r in rows("act_nouns.csv")}


def _acts_as_verbs(a: Claim, b: Claim) -> tuple[Claim, Claim]:
    """The two claims, an act told by its noun written as its verb among their words: "his victory in the Tour of
    Flanders in 2025" dates what "won the Tour of Flanders in 2024" does."""
    nouns = _act_noun_terms()
    return tuple(dataclasses.replace(c, attribute=tuple(nouns.get(t, t) for t in c.attribute)) for c in (a, b))


def _written_day(c: Claim) -> tuple[int, int] | None:
    """The month and day of a date written without its year ("June 3", "after November 4"), else None."""
    canonical = c.mention.canonical
    if not canonical or not canonical.startswith("--"):
        return None
    month, day = canonical[2:].split("-")
    return int(month), int(day)


def _fits_year(yearless: Claim, dated: Claim) -> bool:
    """Whether a day written without its year, with its bound ("before June 3"), overlaps a dated claim
    once placed in a year that claim names: the year of its first or its last day, where not open."""
    first, last = dated.time
    years = {d.year for d in (first, last) if dt.date.min < d < dt.date.max}
    placed = (_placed(yearless, year) for year in years)
    return not years or any(p is not None and ranges_overlap(p, dated.time) for p in placed)


_EVERY_DAY_YEAR = 2000  # two days written without their years compare in a year that has them all (29 February)


def _placed(c: Claim, year: int) -> tuple[dt.date, dt.date] | None:
    """The days a day written without its year stands for in `year`, with its bound ("before June 3")."""
    month, day = _written_day(c)
    return day_in_year(month, day, c.mention.hedge, year)


_LATEST = "latest"


@cache
def _series_positions() -> dict[str, str]:
    return {r["word"]: r["position"] for r in rows("series_positions.csv")}


@cache
def _series_position_word() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternatives(_series_positions())})\b", re.IGNORECASE)


def _series_position(c: Claim) -> str | None:
    """Which of a series the event a date's sentence tells of is, by the last word of position before the date
    ("the latest case was confirmed on", "The first, at a turkey farm, was confirmed on"; data/series_positions.csv)."""
    found = list(_series_position_word().finditer(c.sentence.text[: c.start - c.sentence.start]))
    return _series_positions()[" ".join(found[-1].group().lower().split())] if found else None


def _possessive_of_its_event(a: Claim, b: Claim) -> bool:
    """Whether `a` is a day's possessive that dates the event its noun names ("last week's armed robbery"), and
    `b`'s sentence names no such event: whatever else `a`'s clause tells of, its day is the event's."""
    if not told_as_possessive(a.mention) or a.frame.event is None or b.frame.event is not None:
        return False
    return not any(_names_its_event(w.lower(), a.frame.event) for w in WORD.findall(b.sentence.text))


def _one_named_day(a: Claim, b: Claim) -> bool:
    """Whether `a` is a day's possessive right before a name ("Sunday's Derby", "Saturday's Cup final") that `b`'s
    sentence names as well: the day of that named occurrence, which a day of `b` also dates."""
    if not told_as_possessive(a.mention) or a.mention.grain != "day" or b.mention.grain != "day":
        return False
    after = a.sentence.text[a.mention.end - a.sentence.start :].lstrip()
    return any(after.startswith(name) and name in b.subject for name in a.subject)


_THING_WORDS = 3  # words of the noun a day is written before: "Friday's individual time trial"
_ATTRIBUTIVE_LEAD = re.compile(r"\b(?:the|a|an|its|their|this)\s+$", re.IGNORECASE)


def _thing_dated(c: Claim) -> tuple[str, ...]:
    """The words of the noun a day is written right before, as its possessive ("Friday's time trial") or after an
    article ("the 6 August time trial"): the one occurrence of that thing the day dates; () when none."""
    m, rel = c.mention, c.sentence.start
    if m.grain != "day" or not (told_as_possessive(m) or _ATTRIBUTIVE_LEAD.search(c.sentence.text[: m.start - rel])):
        return ()
    words = []
    for w in WORD.findall(c.sentence.text[m.end - rel :])[:_THING_WORDS]:
        if not w.islower() or w in stopwords() or verb_kind(w):
            break  # "the 6 August time trial turned a deficit into a lead": the noun ends before its verb
        words.append(w)
    return tuple(words)


def _one_thing_by_its_day(a: Claim, b: Claim) -> bool:
    """Whether two days are each written right before a noun that ends alike, one thing of its kind and not many
    ("Friday's individual time trial", "the 6 August time trial"): that one occurrence, dated twice. A thing that
    recurs (data/recurring_events.csv: a strike, a protest) or told in the plural is many."""
    ta, tb = _thing_dated(a), _thing_dated(b)
    if not ta or not tb or ta[-1] != tb[-1] or lemma(ta[-1]) != ta[-1]:
        return False
    return not ({ta[-1], " ".join(ta[-2:]), " ".join(tb[-2:])} & _recurring_events())


# a thing told as done once a year: "the annual clean-up", "a yearly audit"
_YEARLY = re.compile(r"\b(?:annual|annually|yearly|every\s+year)\b", re.IGNORECASE)


def _of_a_yearly_thing(c: Claim) -> bool:
    """Whether a year dates one edition of a thing done every year: a year's possessive ("last year's clean-up",
    "2023's festival") or a clause that calls the thing annual ("the annual clean-up in 2023"). Two such years are
    two editions, whatever each did."""
    if c.mention.grain != "year":
        return False
    return told_as_possessive(c.mention) or _YEARLY.search(clause_before(c)) is not None


# the days a speaker tells from the day they speak: "today", "yesterday", "this morning", "last night"
_SPEAKERS_DAY = re.compile(
    r"\b(?:today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)|last\s+night)\b", re.IGNORECASE
)


def _quoted_spans(ctx: Context) -> dict[str, list[tuple[int, int]]]:
    """Where each document quotes someone's words: (start, end) of each quotation."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for c in ctx.claims:
        if c.mention.kind == "quote":
            spans.setdefault(c.doc, []).append((c.mention.start, c.mention.end))
    return spans


def _speakers_own_day(c: Claim, quoted: dict[str, list[tuple[int, int]]]) -> bool:
    """Whether a day is told from the speaker's own day inside their quoted words ("'Today's result gives us a clear
    mandate,' said the chief executive"): the words may have been said a day or more before the report, which
    need not say when; the day is the speaker's, not the report's."""
    return _SPEAKERS_DAY.search(c.mention.text) is not None and any(
        start <= c.mention.start and c.mention.end <= end for start, end in quoted.get(c.doc, ())
    )


# a day counted from the day of an event named after it: "some 22 hours after Tuesday's tremor"
_FROM_AN_EVENTS_DAY = re.compile(r"\b(?:after|before)\s+\S+['’]s$", re.IGNORECASE)


def _counted_from_an_events_day(c: Claim) -> bool:
    """Whether a date is counted from the day of the event its words go on to name ("the survivors were brought up
    some 22 hours after Tuesday's tremor"): the moment of its sentence's own act, not the day of the event it
    names, whose words it reads as its own."""
    return _FROM_AN_EVENTS_DAY.search(c.mention.text) is not None


def _two_of_a_series(a: Claim, b: Claim) -> bool:
    """Whether two dates are of two events of a series: said at two positions ("the first case", "the latest
    case"), or each the latest in reports of two days (each report's latest is its own day's)."""
    pa, pb = _series_position(a), _series_position(b)
    if pa is None or pb is None:
        return False
    return pa != pb or (pa == _LATEST and a.published != b.published)


def _act_only_wanted(a: Claim, b: Claim) -> bool:
    """Whether the act `b` is the day of is named in `a`'s clause only after "to" ("faced calls to resign on
    Monday", "refused to resign on Friday"): an act called for, planned or refused, not done that day."""
    act = b.frame.event
    if act is None or a.frame.event == act:
        return False
    words = WORD.findall(clause_before(a).lower())
    return any(words[i - 1] == "to" and act_of(w) == act for i, w in enumerate(words) if i)


QUARTER = "quarter"  # the grain of a quarter of a year ("its third quarter", "Q3")


def event_score(ctx: Context, a: Claim, b: Claim, one_figure: bool = False) -> float:
    """How surely two dates are given for one event: the same event, shared named subject and event words.

    With `one_figure` both dates say when the same figure held ("4.6 million containers in 2021" and
    "in 2023"): one fact, never another occurrence of its kind however far apart the two dates lie.
    """
    if not _subjects_related(ctx, a, b) or not frames_compatible(a.frame, b.frame):
        return 0.0
    if (a.mention.grain == QUARTER) != (b.mention.grain == QUARTER):
        return 0.0  # "sales for its third quarter": a company's quarter is of its own financial year, no calendar's
    if a.frame.event and b.frame.event and not same_event(a.frame.event, b.frame.event):
        return 0.0  # a quake's Friday is not its aftershock's Sunday
    if a.frame.event == b.frame.event and a.frame.event in _daily_events():
        return 0.0  # "after the market closed on Tuesday" and "shares closed yesterday": two days of trading
    if _other_activity(a, b) or _other_activity(b, a):
        return 0.0  # "salvage teams began pumping oil on Friday" is not the day the tanker ran aground
    if _other_things_begun(a, b):
        return 0.0  # "the shellfish season, which began last week" is not the day the leak began
    if _other_act(a, b) or _other_act(b, a):
        return 0.0  # "the opposition on Thursday attacked the budget" is not the day it was presented
    if not (a.frame.event and a.frame.event == b.frame.event) and two_acts(a, b):
        return 0.0  # "the bank detected the intrusion on Sunday" and "disclosed the intrusion on Tuesday": two acts
    if _possessive_of_its_event(a, b) or _possessive_of_its_event(b, a):
        return 0.0  # "charged in connection with last week's robbery" is no day of the charge "on Monday"
    if _of_a_yearly_thing(a) or _of_a_yearly_thing(b):
        return 0.0  # "the annual beach clean-up in 2023" and "last year's clean-up" (2024): two years, two clean-ups
    if _two_of_a_series(a, b):
        return 0.0  # "the first case was confirmed on Thursday" and "the latest case on Wednesday": two cases
    if _act_only_wanted(a, b) or _act_only_wanted(b, a):
        return 0.0  # "faced calls to resign on Monday" is not the day she resigned
    if _incident_and_another_act(a, b) or _incident_and_another_act(b, a):
        return 0.0  # "the eruption on Sunday" and "the airport reopened on Monday after the eruption": two days
    if called_off(a) != called_off(b) and stage_of(b if called_off(a) else a) != "ended":
        # "the launch had been called off on June 3" is not the day of the launch; "the strike was called off on
        # Tuesday" is the day another report says it ended
        return 0.0
    if agents_differ(a, b) and not _one_place(ctx, a.frame.agent, b.frame.agent):
        return 0.0  # "Texas holds its primary on March 3" and "Ohio holds its primary on March 17": each state's own
    if ctx.different_people(a, b) or _two_named_acts(ctx, a, b):
        return 0.0  # "Rell was named Player of the Year in 2019" and "Marek ... in 2018": each person's own year
    last_a, last_b = _last_occurrence(a), _last_occurrence(b)
    if last_a is not None and last_b is not None:
        # "the first shark attack at Carrawong since 1998" and "the last fatal attack at Carrawong was in 1993": one
        # attack before the story's, dated twice
        return NAMED_EVENT if same_event(last_a, last_b) else 0.0
    for last, other in ((last_a, b), (last_b, a)):
        if last is not None and other.frame.event and same_event(last, other.frame.event) and is_history(
            other.mention, other.published
        ):
            # "the last comparable blackout in the region, in August 2011" and "the blackout of 2014": no later one
            return NAMED_EVENT
    if _record_set(a) is not None and _record_set(b) is not None:
        # "the previous record, set in 1988" and "a mark that had stood since 1984": one record; "his previous best,
        # set in Berlin last autumn" and "the course best, set by Haile Dembelu in 2021": two
        return NAMED_EVENT if _one_old_record(a, b) else 0.0
    if _another_occurrence(a) != _another_occurrence(b):
        return 0.0  # "a second quake struck on Monday" is not the quake of Friday
    if (stage := stage_of(a)) and (other := stage_of(b)) and stage != other:
        return 0.0  # "the Kessel fire broke out on Monday" and "firefighters contained it on Wednesday": two days of it
    if a.frame.event in _recurring_events() and same_event(a.frame.event, b.frame.event) and _one_day(a) != _one_day(b):
        return 0.0  # "the 1.1 million who marched in January" is an earlier march, not Thursday's
    if not one_figure and ((_plan_period(a) and _taken_place(b)) or (_plan_period(b) and _taken_place(a))):
        return 0.0  # "a buyback over the next 12 months" is a plan's time, not the day the shares closed up 3%
    if _missed_plan(a, b) or _missed_plan(b, a):
        return 0.0  # "the line was originally due to open in June 2024" is no day it, or anything, opened
    if _hoped_for(a) != _hoped_for(b) and _taken_place(b if _hoped_for(a) else a):
        return 0.0  # "hoped to reopen the network on Friday" is no day it reopened ("reopened on Saturday")
    if _deadline(a) != _deadline(b) and not (_to_come(a) and _to_come(b)):
        # "hopes to reconnect the remaining homes by the end of Friday" is no day they were reconnected; two plans
        # ("will close before 1 June", "will close on 15 October") are still compared
        return 0.0
    if _plan_told_anew(a, b) or _plan_told_anew(b, a):
        return 0.0  # "is due to leave on Friday" and, days later, "will now leave at 6pm today": the plan changed
    if _still_to_come_after(a, b) or _still_to_come_after(b, a):
        return 0.0  # "the court heard on Friday" and, three days later, "a hearing is listed for 22 June": the next
    if a.attribute in _LIVES and b.attribute in _LIVES and a.subject and b.subject and not (
        name_tokens(a.subject) & name_tokens(b.subject)
    ):
        return 0.0  # "Scream 4 (2011)" and "Blackcoat's Daughter (2016)": each name's own year
    if _state_and_its_onset(a, b) or _state_and_its_onset(b, a):
        return NAMED_EVENT  # "Ines Duarte, in office since May 2022" and "Ines Duarte took office in September 2022"
    if _relative_years_apart(a, b):
        return 0.0  # "won on Sunday" and "finished ninth in this race last year": two runnings of it
    if not one_figure and is_history(a.mention, a.published) != is_history(b.mention, b.published):
        if not set(a.subject) & set(b.subject):
            return 0.0  # "after the Al Hoceima quake in 2004" is not this story's quake unless both name it
        if _apart(a, b) > OTHER_OCCURRENCE and not (_written_day(a) or _written_day(b)):  # a day without its year is of no year
            return 0.0  # "in 2021 the party had won 71 seats" is the last election, not Sunday's
    attr = attribute_similarity(*_with_event_term(*_without_boundary(*with_one_act(*_acts_as_verbs(a, b)))), ctx.corpus)
    if _two_past_occurrences(a, b):
        return attr  # "a flood three years ago" and "the great flood of 1998": one by their own words alone
    if other_objects(a, b):
        return 0.0  # "approved the takeover on Tuesday" and "approved a share buyback on Friday": two approvals
    if _one_named_day(a, b) or _one_named_day(b, a):
        return max(NAMED_EVENT, attr)  # "Sunday's Derby" and "won the Derby on Saturday": one race, two days
    if _one_thing_by_its_day(a, b):
        return max(NAMED_EVENT, attr)  # "Friday's individual time trial" and "the 6 August time trial": one trial
    if (_named_event(a, b, ctx.people) or _story_incident(a, b)) and not (_running_period(a) or _running_period(b)):
        return max(NAMED_EVENT, lifted_by_context(a, b, attr, ctx.corpus))  # "the Amara sank", "the Amara capsized"
    if attr < DIFFERENT_MEASURES:
        return attr
    score = lifted_by_context(a, b, attr, ctx.corpus)
    if not a.subject or not b.subject:
        score *= UNNAMED  # an event with no named subject on one side needs more shared words
    return score


# words from a record's noun to the verb of its setting ("record of 2:06:55, set"), and from that verb to its date
# ("set by his countryman Wilfred Korir in")
_RECORD_TO_VERB, _VERB_TO_DATE = 8, 7


@cache
def _record_setting() -> re.Pattern[str]:
    """A record's noun, then the verb of its setting or of its standing since, then the date (data/record_settings.csv)."""
    def words(part: str) -> str:
        return "|".join(r"\s+".join(map(re.escape, r["word"].split())) for r in rows("record_settings.csv") if r["part"] == part)

    return re.compile(
        rf"\b(?:{words('noun')})\b(?:\W+\w+){{0,{_RECORD_TO_VERB}}}?\W+(?:{words('verb')})\b(?:\W+[\w'’-]+){{0,{_VERB_TO_DATE}}}\W*$",
        re.IGNORECASE,
    )


_KIND_WORDS = 2  # words before a record's noun that say which record it is: "the course record", "his previous best"


@dataclasses.dataclass(frozen=True)
class _OldRecord:
    """Which record a date says was set then: the words before its noun ("course", "national"; "personal" for "his
    best") and the names told with it ("set by Daniel Rono", "Korir's course best")."""

    kind: frozenset[str]
    holders: frozenset[str]


def _record_set(c: Claim) -> _OldRecord | None:
    """Which record, when a date is the day a record that a new one beat was set: "the previous course record, set
    by Daniel Rono in 2019", "a high-water mark that had stood since a flood in 1984" (data/record_settings.csv);
    else None. The date lies before its report (a record set on the story's day is the new one) or bounds the
    record's standing ("since")."""
    lead = c.sentence.text[: c.start - c.sentence.start]
    found = _record_setting().search(lead)
    if found is None:
        return None
    if not (is_history(c.mention, c.published) or re.search(r"\bsince\W+(?:\w+\W+){0,3}$", lead, re.IGNORECASE)):
        return None
    before = WORD.findall(lead[: found.start()])[-_KIND_WORDS:]
    plain, personal = (_record_words(part) for part in ("plain", "personal"))
    kind = {"personal" if w.lower() in personal else w.lower() for w in before if w.lower() not in plain and not w[:1].isupper()}
    named = [w for w in before if w[:1].isupper() and w.lower() not in plain | personal]
    return _OldRecord(frozenset(kind), frozenset(named + re.findall(r"\b[A-Z][\w'’-]+", found.group())))


@cache
def _record_words(part: str) -> frozenset[str]:
    return frozenset(r["word"] for r in rows("record_settings.csv") if r["part"] == part)


def _one_old_record(a: Claim, b: Claim) -> bool:
    """Whether two dates are each the day the record a new one beat was set, and of one record: the kinds of record
    they name, if both name one, are the same ("the course record", "the national record" are two), and so are
    the holders they name, if both name one ("set by Daniel Rono", "set by Anna Lisk")."""
    set_a, set_b = _record_set(a), _record_set(b)
    if set_a is None or set_b is None:
        return False
    if set_a.kind and set_b.kind and not set_a.kind & set_b.kind:
        return False
    return not (set_a.holders and set_b.holders and not set_a.holders & set_b.holders)


def _subjects_related(ctx: Context, a: Claim, b: Claim) -> bool:
    """Whether two dates' subjects are related (Context.subjects_related), the places their acts were done in set
    aside only when one of the two says none: "a cargo ship sank off the coast of Kerrow on Sunday" and "the Amara
    sank on Saturday" tell of one sinking, while "schools across Germany closed on Tuesday" and "schools in
    Bavaria closed on Tuesday" each stay of their place."""
    if a.frame.places and b.frame.places:
        a, b = (dataclasses.replace(c, frame=dataclasses.replace(c.frame, places=())) for c in (a, b))
    return ctx.subjects_related(a, b)


_OCCURRENCE_REACH = 2  # words between a word of another occurrence and its event: "a second, smaller quake"


@cache
def _other_occurrence_words() -> frozenset[str]:
    return frozenset(row["word"] for row in rows("other_occurrences.csv") if row["event"] == "yes")


def _another_occurrence(c: Claim) -> bool:
    """Whether a date's event is told as another of its kind (data/other_occurrences.csv): "a second quake
    struck on Monday", "fresh protests broke out on Sunday", by the words just before its event word in the
    date's own clause ("the deadliest since an earlier quake" tells of another, not of its date's); a date with no
    event word, or one of an act (data/act_verbs.csv: an arrest, a launch), also by its act done again
    (`act_done_again`: "arrested two more suspects on Friday")."""
    event = c.frame.event
    if event is None or act_of(event) == event:
        return act_done_again(c) or (event is not None and _event_told_again(c, event))
    return _event_told_again(c, event)


def _event_told_again(c: Claim, event: str) -> bool:
    """Whether a word of another occurrence stands just before the date's event word in its clause."""
    words = [w.lower() for w in WORD.findall(clause_before(c))]
    markers = _other_occurrence_words()
    return any(
        _names_its_event(w, event) and markers & set(words[_occurrence_reach(words, i) : i])
        for i, w in enumerate(words)
    )


def _occurrence_reach(words: list[str], at: int) -> int:
    """Where the words that may mark event word `at` as another occurrence begin: the `_OCCURRENCE_REACH` words
    before its noun ("a second, smaller quake"), or the whole subject before its verb ("a second tunnel at the
    mine collapsed"), back to a verb or a word that opens a clause ("close to where the roof fell")."""
    if verb_kind(words[at]) != "past":
        return max(0, at - _OCCURRENCE_REACH - 1)
    start = at
    while start > 0 and not verb_kind(words[start - 1]) and words[start - 1] not in _SUBJECT_ENDS:
        start -= 1
    return start


_SUBJECT_ENDS = frozenset({"where", "when", "which", "that", "who", "after", "before", "as", "while", "and", "but"})


def _names_its_event(word: str, event: str) -> bool:
    """Whether a word names the date's own event, by its noun or verb ("quake", "struck" of a quake's day):
    "a second worker close to where the roof fell" says nothing of another roof fall."""
    if not names_an_event(word):
        return False
    return event == GENERIC_EVENT or event in (event_words().get(word), act_of(word), event_term(word))


def _one_place(ctx: Context, a: str, b: str) -> bool:
    """Two places one lies within (knowledge/places.csv): what befell them on a day befell one place ("Ukraine was
    struck by a quake on Friday", "Kharkiv was shaken by a quake on Saturday": one quake's day, told twice)."""
    return ctx.knowledge.place_within(a, b) or ctx.knowledge.place_within(b, a)


def _other_activity(a: Claim, b: Claim) -> bool:
    """Whether `a`'s sentence dates an activity it says began ("began pumping") that `b`'s sentence does not
    tell of, by its verb or its noun: "began filming in June" is of the film that "was shot from March to May",
    "began recording" of "the recording"."""
    act = activity_begun(a.sentence.text)
    return act is not None and not set(content_terms(act)) & set(b.context)


def _other_things_begun(a: Claim, b: Claim) -> bool:
    """Whether the two sentences each say a thing began, two things by their nouns, neither named in the other's
    sentence: "the leak, which began on 9 April" and "the shellfish season, which began last week"; two nouns of
    one event ("the stoppage began on", "the strike, which began on") are one thing."""
    begun = [thing_begun(c.sentence.text) for c in (a, b)]
    if None in begun or (a.frame.event and a.frame.event == b.frame.event):
        return False
    terms = [set(content_terms(thing)) for thing in begun]
    return not (terms[0] & terms[1] or terms[0] & set(b.context) or terms[1] & set(a.context))


def _other_act(a: Claim, b: Claim) -> bool:
    """Whether `a`'s date is followed by the act it dates ("the opposition on Thursday attacked the budget"), or
    its own clause tells of an act (see align.times.clause_act: "Over the weekend, 4,300 people came to see",
    "said after a check-up on Thursday"), and `b`'s sentence does not tell of that act, in its words or in other
    words for it (`one_act`: "released the results", "the results were announced"): "the plan was presented
    on Wednesday" is another act's day."""
    found = dated_act(a.sentence, a.mention)
    if found is not None and _dates_its_incident(a):
        found = None  # "The blast on Sunday shattered windows": the blast's day, its harm told after it
    act = found["act"] if found is not None else clause_act(a.sentence, a.mention)
    return act is not None and not set(content_terms(act)) & set(b.context) and one_act(a, b) is None


def _dates_its_incident(c: Claim) -> bool:
    """Whether a date closes the noun phrase of the story's incident (data/story_incidents.csv) that is its
    clause's subject: "The blast on Sunday shattered windows", "The collapse of the car park early on Tuesday
    trapped three cars", "The explosion at the Tarven plant on Sunday injured 14" date the incident, and the verb
    after tells what it did. A preposition before the noun ("Rescuers at the collapse site on Tuesday pulled out
    two survivors") or a verb ("The opposition on Thursday attacked the budget") leaves the date the verb's."""
    event = c.frame.event
    if event not in _story_incidents() or act_verb(c) is not None:
        return False
    words = [w.lower() for w in WORD.findall(clause_before(c))][:-1]  # the words before "on", "in"
    at = next((i for i, w in enumerate(words) if names_an_event(w)), None)
    if at is None or event_words().get(words[at]) != event or _PREPOSITIONS & set(words[:at]):
        return False
    return words[at + 1 : at + 2] == [] or words[at + 1] in _PREPOSITIONS | {_OF}


_OF = "of"
# the words that open a phrase after a noun or put one before it in a phrase ("at the Tarven plant", "Rescuers at
# the collapse site"): a noun after one is no head of its clause
_PREPOSITIONS = frozenset({"at", "in", "on", "near", "from", "to", "with", "by", "for", "after", "before", "over"})


@cache
def _past_occurrences() -> frozenset[str]:
    return frozenset(row["event"] for row in rows("past_occurrences.csv"))


def _two_past_occurrences(a: Claim, b: Claim) -> bool:
    """Whether two dates long before their reports are of a kind of event that befalls a place again and again
    (data/past_occurrences.csv: a flood, a quake, a strike) and lie more than a year apart: the place both name
    makes them no one occurrence ("the river burst its banks at Tolvern in a flood three years ago" and "the great
    flood of 1998, when the river burst its banks at Tolvern" tell of two floods of one town); only their own
    words can ("the great flood of 1998", "the great flood of 1988"). One occurrence dated to neighbouring years
    ("the 2004 quake", "the 2003 quake") is compared as any other."""
    return (
        a.frame.event is not None and a.frame.event == b.frame.event and a.frame.event in _past_occurrences()
        and is_history(a.mention, a.published) and is_history(b.mention, b.published)
        and _apart(a, b) > OTHER_OCCURRENCE
    )


@cache
def _recurring_events() -> frozenset[str]:
    return frozenset(row["event"] for row in rows("recurring_events.csv"))


@cache
def _daily_events() -> frozenset[str]:
    """Events that come every day (data/recurring_events.csv `every`: a market's day of trading)."""
    return frozenset(row["event"] for row in rows("recurring_events.csv") if row["every"] == "day")


def _one_day(c: Claim) -> bool:
    """A date of one day, or the day a state has held since ("on strike since Monday"). A report dates its own day
    of a kind of event that recurs (data/recurring_events.csv: a march, a strike) by the day; one it names by its
    month or year alone is another of its days."""
    return c.mention.grain == "day" and (c.mention.date_end in (None, c.mention.date) or _state_since(c))


_RUNS_ON_DAYS = 7  # days a stretch begun on its report's day runs on before it is a forecast's, not a day's ("the rest of the year")


def _plan_period(c: Claim) -> bool:
    """A period that begins after its report was written ("over the next 12 months", "next year") or on its day
    and runs on ("for the rest of the year"), or one that runs on after it in a clause told as still to come ("a successor will be named later this year"): the time
    a plan or a forecast runs over, not the day of something that happened."""
    if c.published is None or c.time is None:
        return False
    if c.mention.grain != "day" and c.time[0] > c.published:
        return True
    if c.time[0] == c.published and (c.time[1] - c.time[0]).days > _RUNS_ON_DAYS:
        return True  # "a weaker forecast for the rest of the year": a stretch begun on its report's day
    return c.time[1] > max(c.time[0], c.published) and told_as_future(c.sentence, c.mention)


def _missed_plan(a: Claim, b: Claim) -> bool:
    """Whether `a` dates a plan made before (see align.times.told_as_past_plan: "was originally due to open in June
    2024") and `b` no plan at all: a plan's date is compared with another's ("is due to open in 2024", "was due to
    open in 2022"), not with the day an act took place."""
    return told_as_past_plan(a.sentence, a.mention) and not (
        told_as_past_plan(b.sentence, b.mention) or told_as_future(b.sentence, b.mention)
    )


def _hoped_for(c: Claim) -> bool:
    """Whether a date is the day an act is hoped for or expected in its clause ("the company hoped to reopen the
    network on Friday", "officials expected the road to reopen by Thursday"; data/hope_words.csv): a forecast,
    which the day the act was done may miss without contradicting it. A date after a word of another time
    between ("expects the refinery to stay offline following the 8 June fire") is that other event's."""
    words = [w.lower() for w in WORD.findall(clause_before(c))]
    hoped = max((i for i, w in enumerate(words) if w in _hope_words()), default=None)
    return hoped is not None and not _OTHER_TIME_WORDS & set(words[hoped:])


_OTHER_TIME_WORDS = frozenset({"after", "following", "since", "before", "despite"})  # "to stay shut following the fire"


@cache
def _hope_words() -> frozenset[str]:
    return frozenset(row["word"] for row in rows("hope_words.csv"))


def _to_come(c: Claim) -> bool:
    return told_as_future(c.sentence, c.mention)


def _plan_told_anew(later: Claim, earlier: Claim) -> bool:
    """Whether `later` tells a plan as it now stands ("will now leave at 6pm today", data/present_words.csv) in a
    report written after `earlier`'s report told a plan: the plan has changed since, no contradiction."""
    return (
        _to_come(later) and _to_come(earlier) and present_word_in(later.sentence.text)
        and later.published is not None and earlier.published is not None and later.published > earlier.published
    )


def _deadline(c: Claim) -> bool:
    """Whether a date is a bound of a thing still to come (a bound, "by", "until", "before", in a clause of the
    future, data/future_words.csv): "the network hopes to reconnect the remaining homes by the end of Friday", "the
    repairs will be finished by Friday", "the road was not expected to reopen before Sunday evening". Such a day is
    compared with another deadline, not with the day the thing was done, which may come later."""
    hedge = c.mention.hedge
    return hedge is not None and vocabulary().kind("bound").get(normalise(hedge)) is not None and _to_come(c)




def _still_to_come_after(coming: Claim, past: Claim) -> bool:
    """Whether `coming` gives its event a day after its own report's, in a report written when `past`'s day had
    passed: that writer tells of an occurrence still to come, not of one the other report saw take place ("Leeds
    Crown Court heard on Friday" against "a confiscation hearing is listed for 22 June", written the Monday after).
    The day must be told as still to come (data/future_words.csv: "is listed for", "will be held on"): "the first
    case was confirmed on Sept. 12" in a report of Sept. 11 is a wrong day of the past, not a plan. A day still to
    come in a report written before the other's day ("the council will vote on Wednesday", "the council voted on
    Thursday night") may be the same occurrence, and the two days then conflict. A bound ("postponed until
    Sunday") is no day that passed."""
    return (
        coming.published is not None and coming.time is not None and past.time is not None and not past.mention.hedge
        and coming.time[0] > coming.published and past.time[1] < coming.published
        and told_as_future(coming.sentence, coming.mention)
    )


def _taken_place(c: Claim) -> bool:
    """A date no later than its report's: of something that has happened, or a statement of it."""
    return c.published is not None and c.time is not None and c.time[1] <= c.published


_LIVES = (("born",), ("death",))  # the attributes of a life's dates in parentheses after a name (claim_building)


def _relative_years_apart(a: Claim, b: Claim) -> bool:
    """Whether two dates told from their reports' days, in words with no figure ("on Sunday", "last year"), one of
    them a year, fall in two years: "won the race on Sunday" and "finished ninth in this race last year" tell two
    runnings of it, not one misdated (a year mistyped is written in figures: "in 1987", "in 1991")."""
    if any(_DIGIT.search(c.mention.text) for c in (a, b)) or "year" not in (a.mention.grain, b.mention.grain):
        return False
    return a.time is not None and b.time is not None and not ranges_overlap(a.time, b.time)


_DIGIT = re.compile(r"\d")


def _apart(a: Claim, b: Claim) -> dt.timedelta:
    """The time between two claims' ranges (none when they overlap)."""
    return max(b.time[0] - a.time[1], a.time[0] - b.time[1], dt.timedelta(0))


_RUNNING_SPAN = dt.timedelta(days=7)


def _running_period(c: Claim) -> bool:
    """Whether a date is a period longer than a week still running at its report's date ("avalanche deaths this
    winter", "so far this year"): it holds the event's day without dating it, so it is no other day for one."""
    return (
        c.time is not None and c.published is not None and c.time[1] - c.time[0] > _RUNNING_SPAN
        and c.time[0] <= c.published <= c.time[1]
    )


def _named_event(a: Claim, b: Claim, people: frozenset[str]) -> bool:
    """The same kind of event ("sank", "capsized", "the sinking") of the same named thing, in words of either.
    An act its doer repeats on other things (data/repeated_acts.csv: a launch) is one event only by its words:
    a yard that launched two ships is named in both launches; one told of the same named person whenever it is
    one (`named_alike`: "Orlov was arrested", "Orlov was caught") is one when both name that person."""
    ea, eb = a.frame.event, b.frame.event
    if ea is None or ea != eb or ea == GENERIC_EVENT:
        return False
    shared = set(a.subject) & set(b.subject)
    # one person, one report misspelling the name ("Corinne Ashdown", "Corrine Ashdown"; name-variant tells it)
    shared |= {
        name for x in a.subject for y in b.subject if (x in people or y in people) and may_be_one_person(x, y)
        for name in (x, y)
    }
    if ea in _acts_named_alike():
        return bool(shared & people)
    return ea not in _repeated_acts() and bool(shared)


@cache
def _story_incidents() -> frozenset[str]:
    return frozenset(row["event"] for row in rows("story_incidents.csv"))


def _story_incident(a: Claim, b: Claim) -> bool:
    """The incident a story is about, dated by two reports in any words (data/story_incidents.csv: an avalanche,
    a blackout, a mine collapse): an incident of that kind befalls the story once, on one day, unless a report tells
    of another (`_another_occurrence`, checked before), so "an avalanche swept over the climbers on Tuesday" and
    "the avalanche that tore down the north face on Wednesday" date one avalanche though they share no name; so
    does a word for any incident ("the accident on 13 May", "the tram derailed on Tuesday"). Both
    days are past at their reports' dates, neither is long past (`is_history`: "the 2004 quake") nor a bound
    ("after Friday's quake") nor told as still to come."""
    event = a.frame.event if a.frame.event != GENERIC_EVENT else b.frame.event
    return (
        event is not None and event in _story_incidents() and {a.frame.event, b.frame.event} <= {event, GENERIC_EVENT}
        and _dates_an_incident(a) and _dates_an_incident(b) and all(map(_dates_the_incident_named, (a, b)))
    )


# a word for any incident said with its date: "the accident on 13 May", "the tragedy of 8 August", "Saturday's accident"
_GENERIC_BEFORE = re.compile(r"\b(?:the|this|that)\s+([a-z]+)\s+(?:on|of)\s+(?:the\s+)?$", re.IGNORECASE)
_GENERIC_AFTER = re.compile(r"^['’]s\s+(?:[a-z-]+\s+)?([a-z]+)\b", re.IGNORECASE)


def _dates_the_incident_named(c: Claim) -> bool:
    """Whether a date of a word for any incident is said with that word, which then names the story's own: "the
    accident on 13 May", "Saturday's tragedy"; one told further off ("after an accident involving two lorries on
    Monday") may be another incident. A date of an incident named by its kind needs no such word."""
    if c.frame.event != GENERIC_EVENT:
        return True
    rel = c.sentence.start
    before = _GENERIC_BEFORE.search(c.sentence.text[: c.mention.start - rel])
    after = _GENERIC_AFTER.match(c.sentence.text[c.mention.end - rel :])
    return any(found and event_words().get(found.group(1).lower()) == GENERIC_EVENT for found in (before, after))


def _incident_and_another_act(incident: Claim, other: Claim) -> bool:
    """Whether `incident` dates the story's incident (data/story_incidents.csv) and `other` dates a known act its
    own clause's verb tells (`clause_acts`: "the airport reopened on Monday after the eruption") of no such event:
    the day of that act, not of the incident it may name."""
    event = incident.frame.event
    return event in _story_incidents() and other.frame.event != event and bool(clause_acts(other))


def _dates_an_incident(c: Claim) -> bool:
    """Whether a date can be the day an incident befell: past at its report's date, not long past, no bound, not
    told as still to come ("a blackout will cut power on Monday"), not the day it ended ("the blackout ended on
    Wednesday": see `stage_of`)."""
    return (
        _taken_place(c) and not c.mention.hedge and not is_history(c.mention, c.published)
        and not told_as_future(c.sentence, c.mention) and stage_of(c) != _ENDED
    )


_ENDED = "ended"  # the stage of an event its sentence tells the end of (see rules.times.stage_of)


@cache
def _repeated_acts() -> frozenset[str]:
    return frozenset(row["event"] for row in rows("repeated_acts.csv"))


@cache
def _acts_named_alike() -> frozenset[str]:
    """The repeated acts told of one named subject whenever they are one act (data/repeated_acts.csv `named_alike`)."""
    return frozenset(row["event"] for row in rows("repeated_acts.csv") if row["named_alike"] == "yes")


def _two_named_acts(ctx: Context, a: Claim, b: Claim) -> bool:
    """Two acts of a kind done to many (an arrest) told of named subjects of one kind (people, places, or other
    bodies) that share no name: two acts. Names of other kinds say nothing of it ("arrested the mayor of Benivar" and
    "Mayor Jordi Pla was arrested": a town, a person), nor does the body whose word a sentence gives."""
    if not (a.frame.event == b.frame.event and a.frame.event in _acts_named_alike()):
        return False

    def kind(name: str) -> str:
        return "person" if name in ctx.people else "place" if ctx.is_place(name) else "body"

    def named(c: Claim) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for name in c.subject:
            if not (c.frame.attribution and same_source(name, c.frame.attribution)):
                out.setdefault(kind(name), set()).add(name)
        return out

    na, nb = named(a), named(b)
    return any(na[k] and nb.get(k) and not na[k] & nb[k] for k in na)


@rule(
    "date-conflict",
    Severity.error,
    example='"Putin met Trump on 12 March" (a) vs "Putin met Trump on 14 March" (b)',
)
def date_conflict(ctx: Context) -> Iterator[Discrepancy]:
    """One event, or one speaker's same remarks, dated differently by two sources.

    Two event dates must date the same event (a quake is not its aftershock),
    share their named subjects and most of the event words of their
    sentences, or give the same distinctive figure ("4,318 cases as of 12
    May", "4,318 cases before 12 May"); a date that says when the figure
    before it held ("revenue of $2bn in 2023", "the toll rose to 44 on
    Saturday") dates no event, and is compared only with another date of
    the same figure ("handled 4.6 million containers in 2021" / "in 2023":
    one of the two years is wrong). The year a record a new one beat was set
    ("the previous record, set in 1988", "a mark that had stood since 1984")
    is one past event of the story, unless the two name other records or
    holders. A day written without its year ("born after
    November 4") is compared with a dated one in that one's year. Two
    statement dates ("the ministry said on Tuesday") must give the same named
    speaker and most of the same words. A statement's date is never compared
    with an event's. Both dates must be resolved (a relative date in an
    undated document is never compared), and no other date that the other
    source gives for it may agree. Times of day of one event are compared as
    well (part time-of-day), and a person's age with their birth date (part
    age-birth).
    """
    dates = [c for c in ctx.claims if c.mention.kind == "date" and c.mention.date and c.time and not is_caption(c.sentence)]
    # a day an undated report gives without its year compares with the dated days of its event
    undated_days = [c for c in ctx.claims if _month_day(c) and c.frame and not is_caption(c.sentence)]
    # the day a state held ('the span lay on the riverbed on Thursday') dates no event: no one's day to dispute; nor
    # does a speaker's own "today" in their quoted words, said on a day the report need not give
    quoted = _quoted_spans(ctx)
    events = [
        c for c in dates + undated_days
        if not c.frame.statement and not dates_a_state(c.sentence, c.mention) and not _speakers_own_day(c, quoted)
        and not _counted_from_an_events_day(c)
    ]
    statements = [c for c in dates if c.frame.statement]
    figures = _distinctive_figures(ctx)
    # a figure's own date ("revenue of $2bn in 2023", "the toll rose to 44 on Saturday") dates no event: it is
    # compared only with a date of the same figure
    by_sentence: dict[tuple[str, int], list[Claim]] = {}
    for f in ctx.figures:
        by_sentence.setdefault(_sentence_of(f), []).append(f)
    dated = {id(c): f for c in events if (f := _dated_figure(c, by_sentence.get(_sentence_of(c), ()))) is not None}

    def score(a: Claim, b: Claim) -> float:
        if not (a.time or b.time):
            return 0.0  # two undated days: see month-day
        fa, fb = dated.get(id(a)), dated.get(id(b))
        if (fa or fb) and not _one_old_record(a, b):
            # "the previous record of 6.6 metres, set in 1988" dates the record's setting as well as its figure
            return event_score(ctx, a, b, one_figure=True) if _one_figure(fa, fb) else 0.0
        return _with_shared_figure(ctx.scored_once(event_score, a, b), a, b, figures)

    # "Thursday night" and "the early hours of Friday": one night, told from either side of midnight
    times = times_of_days(ctx.claims)

    listed = _listed_days(dates + undated_days)

    def agree(a: Claim, b: Claim) -> bool:
        return (
            _agree(a, b) or one_night(a, b, times) or _declared_after_its_vote(a, b) or _declared_after_its_vote(b, a)
            or _one_of_the_days_listed(a, b, listed) or _one_of_the_days_listed(b, a, listed)
        )

    found = list(
        mutual_conflicts(
            events,
            date_keys(ctx),
            score=score,
            agree=agree,
            threshold=SAME_EVENT,
            close=CLOSE_SECOND,
            reading=ctx.reading,  # what a date's score reads of its sentence (its figures) is in its reading
        )
    )
    acts = _announced_figures(ctx)
    found += mutual_conflicts(
        statements,
        date_keys(ctx),
        score=lambda a, b: _with_announced_figure(remarks_score(ctx, a, b), a, b, acts),
        agree=agree,
        threshold=SAME_REMARKS,
        close=CLOSE_SECOND,
        reading=ctx.reading,
    )
    found += _report_days(ctx, events, statements, figures)
    found += _announced_acts(ctx, events, statements)
    timed = list(time_conflicts(ctx))
    told = _days_told_odd(timed)
    found = [f for f in found if (f[0].doc, f[0].mention.date) not in told and (f[1].doc, f[1].mention.date) not in told]
    # (the time of day on that day is at odds already: "late on Saturday night" against "11:15 pm Sunday")
    for a, b, score, agreeing in _one_row_per_odd_date(found):
        what = (
            "the same report" if a.frame.statement != b.frame.statement
            else "the same remarks" if a.frame.statement else "the same event"
        )
        yield Discrepancy(
            kind="date-conflict",
            severity=Severity.error,
            summary=f"{a.doc} dates it {_date_text(a)}, {b.doc} {_date_text(b)}",
            claims=(a, b),
            explanation=(
                f"Both sentences speak of {what}{_about(a)} and share their words "
                f"(match {score:.2f}); the dates do not overlap{_also_against(agreeing)}."
            ),
        )
    yield from timed
    yield from month_day_conflicts(ctx)
    yield from age_birth_conflicts(ctx)


# what stands between two days listed as the days of one event: "on Tuesday and Wednesday", "on 3, 4 and 5 June"
_LIST_JOIN = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:on\s+)?$", re.IGNORECASE)


def _listed_days(dates: list[Claim]) -> dict[int, tuple[tuple[dt.date, dt.date], ...]]:
    """Each date listed with others in its sentence ("schools will close on Tuesday and Wednesday"), by its id →
    the times of all the days of its list: the days of one event, each of which another report may give alone."""
    by_sentence: dict[tuple[str, int], list[Claim]] = {}
    for c in dates:
        by_sentence.setdefault((c.doc, c.sentence.start), []).append(c)
    out: dict[int, tuple[tuple[dt.date, dt.date], ...]] = {}
    for told in by_sentence.values():
        told.sort(key=lambda c: c.start)
        run = told[:1]
        for c in [*told[1:], None]:
            if c is not None and _LIST_JOIN.match(c.sentence.text[run[-1].end - c.sentence.start : c.start - c.sentence.start]):
                run.append(c)
                continue
            if len(run) > 1:
                for member in run:
                    out[id(member)] = tuple(m.time for m in run if m.time)
            run = [c]
    return out


def _one_of_the_days_listed(listed_with: Claim, day: Claim, listed: dict) -> bool:
    """Whether a day is one of the days another date is listed with: "the strike on Tuesday and Wednesday" and
    "the strike continues on Wednesday"."""
    return day.time is not None and any(ranges_overlap(t, day.time) for t in listed.get(id(listed_with), ()))


def _one_row_per_odd_date(found: list[tuple[Claim, Claim, float]]) -> list[tuple[Claim, Claim, float, list[str]]]:
    """The conflicting pairs, one row for a date at odds with several documents that agree among themselves: "the
    ground gave way on Monday" against Tuesday in three other reports is one disagreement, told against the
    best-matched of them, the others named (`_also_against`). A date whose partners disagree among themselves
    keeps a row with each."""
    pairs: dict[int, list[int]] = {}
    for i, (a, b, _) in enumerate(found):
        pairs.setdefault(id(a), []).append(i)
        pairs.setdefault(id(b), []).append(i)
    dropped: set[int] = set()
    agreeing: dict[int, list[str]] = {}
    for claim, rows_of in pairs.items():
        if len(rows_of) < 2:
            continue
        partners = [found[i][1] if id(found[i][0]) == claim else found[i][0] for i in rows_of]
        if len({p.time for p in partners}) != 1:
            continue
        best = max(rows_of, key=lambda i: found[i][2])
        dropped.update(i for i in rows_of if i != best)
        agreeing.setdefault(best, []).extend(p.doc for i, p in zip(rows_of, partners, strict=True) if i != best)
    return [(a, b, score, agreeing.get(i, [])) for i, (a, b, score) in enumerate(found) if i not in dropped]


def _also_against(docs: list[str]) -> str:
    """How an explanation names the other documents a date disagrees with as well: "; 01-wire and 06-wire agree
    with the other side"."""
    return f"; {' and '.join(dict.fromkeys(docs))} agree with the other side" if docs else ""


def _days_told_odd(timed: Iterable[Discrepancy]) -> frozenset[tuple[str, dt.date]]:
    """The documents and days whose time of day the time-of-day part found at odds with the others' (its first
    claim is the odd one, see rules.times) by more than the day ("late on Saturday night" against "11:15 pm" on
    Sunday): a date of that day in that document repeats the same disagreement. Two times that differ by their
    day alone ("Sunday night", "Saturday night") leave the days to be told as days too."""
    return frozenset(
        (odd.doc, odd.mention.date) for odd, other in (d.claims[:2] for d in timed)
        if odd.mention.date and (odd.mention.low, odd.mention.high) != (other.mention.low, other.mention.high)
    )


def _report_days(ctx: Context, events: list[Claim], statements: list[Claim], figures: Figures) -> list:
    """A report's day told as its possessive ("Thursday's jobs report, which showed 187,000 jobs") against the
    day a statement gave the same distinctive figure ("added 187,000 jobs, the department said on Friday"): both
    are the day the figure came out. A report day that another report day of the other source agrees with, by
    the same figure, leaves it agreed."""
    reports = [c for c in events if _report_day(c) and figures.get(_sentence_of(c))]
    if not reports:
        return []

    def keys(c: Claim):
        return ((ctx.story_of(c.doc), value) for value in figures.get(_sentence_of(c), ()))

    def score(a: Claim, b: Claim) -> float:
        if a.frame.statement and b.frame.statement:
            return 0.0  # two statements: see remarks_score
        return SAME_EVENT if figures.get(_sentence_of(a), set()) & figures.get(_sentence_of(b), set()) else 0.0

    shared = [c for c in statements if figures.get(_sentence_of(c))]
    found = mutual_conflicts(reports + shared, keys, score=score, agree=_agree, threshold=SAME_EVENT, close=CLOSE_SECOND)
    return [(a, b, s) for a, b, s in found if a.frame.statement != b.frame.statement]


def _announced_acts(ctx: Context, events: list[Claim], statements: list[Claim]) -> list:
    """The day an act was announced told by its noun ("Ravenholt confirmed the signing of Tomas Varga on Friday")
    against a statement of the same act ("Ravenholt have signed Tomas Varga, the club said on Monday"): both are
    the day it was made known. The statement must tell of the act by its verb, give it no day of its own, and
    name all that the announcement names (another player's signing is another act)."""
    announced = {id(c): act for c in events if (act := _announced_act(c)) is not None and c.subject}
    if not announced:
        return []

    dated: dict[tuple[str, int], int] = {}
    for c in (*events, *statements):
        dated[_sentence_of(c)] = dated.get(_sentence_of(c), 0) + 1

    def keys(c: Claim):
        return ((ctx.story_of(c.doc), name) for name in c.subject)

    def score(a: Claim, b: Claim) -> float:
        told, statement = (a, b) if id(a) in announced else (b, a)
        if id(statement) in announced or not statement.frame.statement or dated[_sentence_of(statement)] > 1:
            return 0.0  # "signed him in July, the club said on Monday": the act has a day of its own
        said = statement.sentence.text
        if announced[id(told)] in statement.context and all(name in said for name in told.subject):
            return SAME_EVENT
        return 0.0

    pool = [c for c in events if id(c) in announced] + statements
    found = mutual_conflicts(pool, keys, score=score, agree=_agree, threshold=SAME_EVENT, close=CLOSE_SECOND)
    return [(a, b, s) for a, b, s in found if a.frame.statement != b.frame.statement]


@cache
def _announcing() -> re.Pattern[str]:
    """An announcing verb (data/announcing_verbs.csv), its object's article and noun, up to the date."""
    verbs = "|".join(re.escape(row["verb"]) for row in rows("announcing_verbs.csv"))
    return re.compile(rf"\b(?:{verbs})\s+(?:the|its|their|his|her)\s+(?P<noun>[^\W\d_]+)\b[^,;:.]*$", re.IGNORECASE)


def _announced_act(c: Claim) -> str | None:
    """The act a date is the announcement of, when its clause names it by its noun (data/event_verbs.csv) as the
    object of an announcing verb: "confirmed the signing of Tomas Varga on Friday" → sign."""
    lead = c.sentence.text[: c.mention.start - c.sentence.start]
    found = _announcing().search(lead)
    return event_term(found["noun"]) if found else None


_REPORT_REACH = 3  # words from a day's possessive to the report it names: "Thursday's monthly jobs report"
_POSSESSIVE_END = re.compile(r"['’]s$")


@cache
def _report_nouns() -> frozenset[str]:
    return frozenset(row["word"] for row in rows("report_nouns.csv"))


def _report_day(c: Claim) -> bool:
    """Whether a day is written in the possessive before the report it names (data/report_nouns.csv: "Thursday's
    jobs report", "Monday's trade figures"): the day the report came out. A month's is the period a report
    covers ("October's jobs report"), and an event word between makes the day the event's ("Sunday's
    election results")."""
    m = c.mention
    if m.grain != "day" or m.date_end not in (None, m.date) or not _POSSESSIVE_END.search(m.text):
        return False
    after = WORD.findall(c.sentence.text[m.end - c.sentence.start :])[:_REPORT_REACH]
    events = event_words()
    for word in after:
        if word.lower() in events:
            return False
        if lemma(word) in _report_nouns() or word.lower() in _report_nouns():
            return True
    return False


def _sentence_of(c: Claim) -> tuple[str, int]:
    return c.doc, c.sentence.start


Figures = dict[tuple[str, int], set[tuple[float, str | None]]]


def _dated_figure(c: Claim, figures: Iterable[Claim]) -> Claim | None:
    """The figure a date says the time of ("4.6 million containers in 2021": 4.6 million), else None:
    the date dates an event, or no figure was read just before it. A period written before its measure
    ("third-quarter revenue of $1.2bn") is the time of the figure after it."""
    if periods_a_figure_after(c.sentence, c.mention):
        return min((f for f in figures if f.start >= c.end), key=lambda f: f.start, default=None)
    if not dates_a_figure(c.sentence, c.mention):
        return None
    return max((f for f in figures if f.end <= c.start), key=lambda f: f.end, default=None)


def _one_figure(a: Claim | None, b: Claim | None) -> bool:
    """Two figures given alike: the same value in the same unit, of a quantity nothing tells apart."""
    return (
        a is not None and b is not None
        and (a.mention.value, a.mention.unit) == (b.mention.value, b.mention.unit)
        and frames_compatible(a.frame, b.frame)
    )


def _distinctive_figures(ctx: Context) -> Figures:
    """(document, sentence start) → the figures it gives exactly and with `DISTINCTIVE_DIGITS` or more."""
    out: Figures = {}
    for c in ctx.figures:
        m = c.mention
        if m.hedge is None and _distinctive(m.value):
            out.setdefault(_sentence_of(c), set()).add((m.value, m.unit))
    return out


def _distinctive(value: float) -> bool:
    """A value written with `DISTINCTIVE_DIGITS` or more significant digits: no coincidence."""
    return len(significant_digits(value)) >= DISTINCTIVE_DIGITS


def _with_shared_figure(score: float, a: Claim, b: Claim, figures: Figures) -> float:
    """An event match lifted to `SAME_EVENT` when both sentences give the same distinctive figure:
    "138,078 cases as of 23 April" and "138,078 cases were confirmed before 23 April" date one count."""
    if score >= DIFFERENT_MEASURES and figures.get(_sentence_of(a), set()) & figures.get(_sentence_of(b), set()):
        return max(score, SAME_EVENT)
    return score


def _announced_figures(ctx: Context) -> dict[tuple[str, int], set[tuple[float, str | None, str]]]:
    """(document, sentence start) → the distinctive figures its sentence gives as something added or taken away
    ("would cut 1,240 jobs", "would get rid of about 1,240 employees": Frame.holding), with that holding: a
    hedge ("about") rounds no digit of such a figure away."""
    out: dict[tuple[str, int], set[tuple[float, str | None, str]]] = {}
    for c in ctx.figures:
        m = c.mention
        if c.frame.holding and m.value is not None and _distinctive(m.value):
            out.setdefault(_sentence_of(c), set()).add((m.value, m.unit, c.frame.holding))
    return out


def _with_announced_figure(score: float, a: Claim, b: Claim, acts) -> float:
    """A remarks match lifted to `SAME_REMARKS` when the one speaker's two statements announce the same act with the
    same distinctive figure ("Acme said on Monday it would cut 1,240 jobs" / "When Acme announced on Tuesday that it
    would get rid of 1,240 employees"): one announcement, told with another verb. A figure the statement only
    mentions ("said the 1,240 job cuts would be completed by June") is no act announced."""
    if score > 0 and any(
        (va, ha) == (vb, hb) and same_count_unit(ua, ub)
        for va, ua, ha in acts.get(_sentence_of(a), ()) for vb, ub, hb in acts.get(_sentence_of(b), ())
    ):
        return max(score, SAME_REMARKS)
    return score


def _month_day(c: Claim) -> str | None:
    """The month and day of a date whose year is unknown ("--04-07"), else None."""
    m = c.mention
    return m.canonical if m.kind == "date" and m.date is None and m.canonical else None


@part(
    "date-conflict",
    "month-day",
    example='"opened the Harbour Street bridge on June 3" (a) vs "opened the Harbour Street bridge on June 5" (b), both undated',
)
def month_day_conflicts(ctx: Context) -> Iterator[Discrepancy]:
    """One event dated on different days by two undated reports that give no year ("April 7" / "April 8").

    A day without its year cannot be placed in time, but two of them for the
    same event still compare on month and day, each with its bound ("before
    June 12" agrees with "June 10"). The event is matched as for full dates
    (same named subject, most of the event words); such a day against a
    dated one is compared in that one's year by the rule itself.
    """
    days = [c for c in ctx.claims if _month_day(c) and c.frame and not c.frame.statement and not is_caption(c.sentence)]
    figures = _distinctive_figures(ctx)
    for a, b, score in mutual_conflicts(
        days,
        date_keys(ctx),
        score=lambda a, b: _with_shared_figure(_day_event_score(ctx, a, b), a, b, figures),
        agree=_agree,
        threshold=SAME_EVENT,
        close=CLOSE_SECOND,
    ):
        yield Discrepancy(
            kind="date-conflict",
            severity=Severity.error,
            summary=f"{a.doc} dates it {_as_written(a)}, {b.doc} {_as_written(b)} (no year given)",
            claims=(a, b),
            explanation=(
                f"Both sentences speak of the same event{_about(a)} and share their words "
                f"(match {score:.2f}); neither gives a year, and the month and day differ."
            ),
        )


def _date_text(c: Claim) -> str:
    """A date as a summary gives it: its days, else (no year to place it) as written."""
    return c.mention.value_text if c.mention.date else f"{_as_written(c)} (no year given)"


def _as_written(c: Claim) -> str:
    """A date with its bound word, as the report gives it: "before June 3"."""
    return f"{c.mention.hedge} {c.mention.text}" if c.mention.hedge else c.mention.text


def _day_event_score(ctx: Context, a: Claim, b: Claim) -> float:
    """As event_score; a day written before its event's words ("on the April 7 episode, ...") holds
    no event words of its own, so two sentences naming the same subject compare by all their words."""
    score = event_score(ctx, a, b)
    if set(a.subject) & set(b.subject) and frames_compatible(a.frame, b.frame):
        score = max(score, context_similarity(a, b, ctx.corpus))
    return score


def _about(c: Claim) -> str:
    names = c.subject[:3] or ((c.frame.attribution,) if c.frame.attribution else ())
    return f" ({', '.join(names)})" if names else ""


def remarks_score(ctx: Context, a: Claim, b: Claim) -> float:
    """How surely two statement dates date one speaker's same remarks: the same named speaker, the same words."""
    sa, sb = a.frame.attribution, b.frame.attribution
    if not (sa and sb and same_source(sa, sb)):
        return 0.0  # "officials said on Monday" may be any officials' remarks
    return context_similarity(a, b, ctx.corpus)


# a sentence that compares with another event of the same kind: "the deadliest since the 2004 quake"
_COMPARING = re.compile(r"\b(?:since|than|previous|last|earlier|before|prior|anniversary|recalls?|recalled)\b", re.I)


@part(
    "internal-conflict",
    "event-dates",
    example='"The ferry Aurora sank in the Vell estuary on April 14, 1910" and, later, "the 1912 sinking of the Aurora"',
)
def internal_event_dates(ctx: Context) -> Iterator[Discrepancy]:
    """One document dates one event differently in two places.

    The two dates must date the same kind of event ("sank", "the sinking",
    "the disaster") of the same named subject, in sentences that do not
    compare it with another event ("the deadliest since the 2004 quake").
    The first date the document gives for the event is paired with each
    later one that disagrees with it.
    """
    by_doc: dict[str, list[Claim]] = {}
    for c in ctx.claims:
        if c.mention.kind == "date" and c.time and c.frame and c.frame.event and not c.frame.statement:
            # "the toll from the explosion rose to seven on Wednesday" dates the toll, not the explosion
            if c.subject and not _COMPARING.search(c.sentence.text) and not dates_a_figure(c.sentence, c.mention):
                by_doc.setdefault(c.doc, []).append(c)
    for claims in by_doc.values():
        claims.sort(key=lambda c: c.start)
        for i, first in enumerate(claims):
            if any(_same_dated_event(earlier, first) for earlier in claims[:i]):
                continue  # only the first date of an event is paired
            for later in claims[i + 1 :]:
                if later.sentence.start != first.sentence.start and _same_dated_event(first, later) and not _agree(first, later):
                    yield Discrepancy(
                        kind="internal-conflict",
                        severity=Severity.error,
                        summary=f"{first.doc} dates it {first.mention.value_text} and, later, {later.mention.value_text}",
                        claims=(first, later),
                        explanation=(
                            f"Both dates are of the {later.frame.event if later.frame.event != 'disaster' else first.frame.event} "
                            f"of {', '.join(sorted(set(first.subject) & set(later.subject)))}; they do not overlap."
                        ),
                    )


def _same_dated_event(a: Claim, b: Claim) -> bool:
    named_a, named_b = _named_events(a), _named_events(b)
    if named_a and named_b and not named_a & named_b:
        return False  # "Storm Ulla hit on Monday" and "Storm Dagny, which hit in 2019": two storms
    if is_history(a.mention, a.published) != is_history(b.mention, b.published) and _apart(a, b) > OTHER_OCCURRENCE:
        return False  # "The quake hit on 11 November" and "the earthquake that struck L'Aquila on 6 April 2009"
    return same_event(a.frame.event, b.frame.event) and bool(set(a.subject) & set(b.subject))


def _named_events(c: Claim) -> set[str]:
    """The names of the claim's subject that name an event of its kind: "Storm Ulla", "Hurricane Ida"."""
    words = event_words()
    return {n for n in c.subject if any(words.get(w.lower()) == c.frame.event for w in n.split())}
