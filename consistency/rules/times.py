"""Times of day: one event at times that cannot both be right (date-conflict, part "time-of-day").

"The quake struck at 11:11 pm on Friday" and "the earthquake that struck in
the early hours of Friday" cannot both be right. A time of day is compared
when it says when an event happened: align.event_of finds the event, and the
clause says it began then (a verb of onset from data/onset_verbs.csv:
"struck", "broke out", "made landfall"; or the day in the possessive:
"Friday night's quake"). A time the text gives for something else (a
statement "announced on Saturday evening", a toll "as of Saturday morning")
is not compared.

Times compare as intervals of minutes: on one timeline when both name their
day, else by the clock alone (an event happens once, at one time of day). A
time given on the hour ("11 pm", "22:00") is as often rounded as not, so it
stands for `ON_THE_HOUR` minutes either side. Times written in different
zones ("2211 GMT" and "11:11 pm local time") are not compared; a time with
no zone is local time.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import math
import re
from collections.abc import Callable, Iterator, Sequence
from functools import cache
from importlib import resources

from ..align import consensus_conflicts, event_of
from ..align.frames import verb_kind
from ..caches import bounded
from ..data import rows
from ..intervals import clock_text, overlap
from ..model import Claim, Discrepancy, Severity
from ..terms import WORD, stopwords
from .base import Context, as_do, part

__all__ = [
    "activity_begun", "called_off", "thing_begun", "clause_before", "clause_reaching_back", "one_night", "time_conflicts", "times_agree", "times_of_days",
    "verbs_in",
]

ON_THE_HOUR = 30  # minutes either side of a time given on the hour: "at 11 pm" is often 11:11 pm rounded
_DAY = 1440  # minutes
EARLY_HOURS = 360  # minutes: a time the night before may run into, "the early hours of Friday"
_LEAD = 120  # characters before a time in which its clause says the event began
_LOCAL = (None, "local")


@cache
def _onset() -> re.Pattern[str]:
    return verbs_in("onset_verbs.csv")


@cache
def _ending() -> re.Pattern[str]:
    return verbs_in("ending_verbs.csv")


@cache
def _peak() -> re.Pattern[str]:
    return verbs_in("peak_verbs.csv")


@cache
def _called_off() -> re.Pattern[str]:
    return verbs_in("called_off_verbs.csv")


# where a date's own clause begins: a clause break before it ("The launch, delayed twice, lifted off on Tuesday"), or
# a "since" that opens a clause ("cancelled since the walkout began on"; not "in office since" before the date itself)
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]—–]|\s(?:and|but|while|whereas|after|before|when|as)\s|\ssince\s(?=\S)", re.I)


def clause_before(c: Claim) -> str:
    """The words of a date's own clause before it: "the launch had been called off on" in "..., but the launch had
    been called off on June 3"."""
    lead = c.sentence.text[: c.start - c.sentence.start]
    breaks = list(_CLAUSE_BREAK.finditer(lead))
    return lead[breaks[-1].end() :] if breaks else lead


def clause_reaching_back(c: Claim, done: Callable[[str], bool]) -> str:
    """`clause_before`, reaching back over phrases set off by commas until its words tell what was `done`: "found
    the body in the collapsed section, some 420 metres underground, at around 11 a.m. on" for a date whose own
    phrase ("at around 11 a.m. on") holds no verb."""
    lead = c.sentence.text[: c.start - c.sentence.start]
    breaks = list(_CLAUSE_BREAK.finditer(lead))
    at = len(breaks) - 1
    while at >= 0 and breaks[at].group() == "," and not done(lead[breaks[at].end() :]):
        at -= 1
    return lead[breaks[at].end() :] if at >= 0 else lead


# the words before a day an event was put off to: "postponed until Sunday", "put back to Friday"
_NEW_DAY = re.compile(r"\b(?:until|till|to|for)\s+(?:the\s+)?$", re.I)


def called_off(c: Claim) -> bool:
    """Whether a date's own clause says its event was called off or put back that day (data/called_off_verbs.csv):
    "the launch had been called off on June 3", "the abandoned Saturday race" is no day of the launch or the race;
    nor is a day the clause opens with and then calls off ("The 12 May hearing was postponed", "On 12 May the
    hearing was postponed"). "postponed until Sunday" gives its new day, which is."""
    clause = clause_before(c)
    if _NEW_DAY.search(clause):
        return False
    return _called_off().search(clause) is not None or _opens_what_is_called_off(c, clause)


# the words a clause may open with before its date and still have the date in its subject: "The", "On", "The
# scheduled", "Saturday's"; a verb among them ("The hearing held on") makes the date that verb's
_SUBJECT_LEAD = re.compile(r"^\s*(?:(?:the|a|an|its|his|her|their|on|in|at|of)\s+)*(?:[a-z]+ed\s+)?$", re.IGNORECASE)
# what stands between a subject and its passive called-off verb: "was", "had been", "has now been"
_PASSIVE = re.compile(r"\b(?:is|are|was|were|has|have|had)(?:\s+(?:now|since|also|already|again))?(?:\s+been)?\s+$", re.IGNORECASE)


def _opens_what_is_called_off(c: Claim, clause: str) -> bool:
    """Whether a date stands in the words its clause opens with, and the clause goes on to say, in the passive,
    that what it dates was called off (data/called_off_verbs.csv): "The scheduled 12 May hearing of Daniel Orme
    was put back", "On 12 May, the hearing was postponed". "The hearing held on 2 June had been postponed from 12
    May" dates the hearing by "held", and a verb between the date and the called-off verb ("the talks that began
    on Monday were suspended") makes the date that verb's."""
    if not _SUBJECT_LEAD.match(clause):
        return False
    rest = c.sentence.text[c.mention.end - c.sentence.start :].lstrip(" ,")
    cut = _CLAUSE_BREAK.search(rest)
    rest = rest[: cut.start()] if cut else rest
    verb = _called_off().search(rest)
    if verb is None or not _PASSIVE.search(rest[: verb.start()]):
        return False
    subject = WORD.findall(rest[: _PASSIVE.search(rest[: verb.start()]).start()])
    return not any(verb_kind(w.lower()) or w.lower() in _RELATIVE for w in subject)


_RELATIVE = frozenset({"that", "which", "who"})  # "the talks that began on Monday": the date is another verb's


def verbs_in(name: str) -> re.Pattern[str]:
    """Any verb of a data file's "verb" column, as a whole word; a space in it stands for any spaces."""
    with resources.files("consistency.data").joinpath(name).open(encoding="utf-8", newline="") as f:
        verbs = sorted((row["verb"] for row in csv.DictReader(f)), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in verbs) + r")(?![\w-])", re.I)


# Sentences whose stage is kept: the date rules ask for it once per pair of claims, and a story's reports
# repeat one another's sentences.
_STAGES_KEPT = 1 << 12


def stage_of(c: Claim) -> str | None:
    """Whether a sentence tells of an event's start ("the fire broke out", data/onset_verbs.csv), its peak ("the
    flood peaked", data/peak_verbs.csv) or its end ("firefighters contained the fire", data/ending_verbs.csv); None
    when it tells of none. A sentence that tells of several is read by the date's own clause: "reconnected this
    morning, ending an outage that began on Monday evening" dates the start."""
    return _stage_of_text(c.sentence.text) or _stage_of_text(clause_before(c))


# what stands before a noun, never before a verb: an article, a possessive, a compound modifier ("three-day")
_NOUN_LEAD = re.compile(r"(?:\b(?:the|a|an|this|its|their|his|her|our)|['’]s|\w-\w+)\s+$", re.IGNORECASE)


def _names_the_event(text: str, onset: re.Match[str]) -> bool:
    """Whether a word of onset is a noun naming the event, not a verb saying it began: "the three-day strike
    ended on Thursday", "a strike by dock workers was called off"."""
    return _NOUN_LEAD.search(text, 0, onset.start()) is not None


@bounded(maxsize=_STAGES_KEPT)
def _stage_of_text(text: str) -> str | None:
    stages = {
        "began": any(not _names_the_event(text, found) for found in _onset().finditer(text)),
        "peaked": _peak().search(text) is not None,
        "ended": _ending().search(text) is not None,
    }
    told = [stage for stage, found in stages.items() if found]
    return told[0] if len(told) == 1 else None


_GERUND = re.compile(r"\s+(?P<act>[a-z]+ing)\b")


@bounded(maxsize=_STAGES_KEPT)
def activity_begun(text: str) -> str | None:
    """The activity a sentence says began, when it names it by its -ing form after a verb of onset: "salvage
    teams began pumping oil on Friday" → "pumping" (that day is the pumping's, not the grounding's)."""
    for found in _onset().finditer(text):
        act = _GERUND.match(text, found.end())
        if act is not None:
            return act["act"].lower()
    return None


@cache
def _beginnings() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A noun said to begin, by a verb that says only that ("The leak, which began on 9 April", "the season
    started"), or after a noun of beginning ("the start of the season"): data/beginning_words.csv."""
    def words(part: str) -> str:
        return "|".join(re.escape(r["word"]) for r in rows("beginning_words.csv") if r["part"] == part)

    verb = re.compile(
        rf"\b(?P<thing>[a-z][a-z-]+)(?:\s+of\s+(?:the\s+)?[a-z-]+(?:\s+[a-z-]+)?)?"  # "the outbreak of bird flu began"
        rf"(?:\s*,\s*(?:which|that)|\s+(?:which|that))?(?:\s+(?:has|had|have))?"
        rf"\s+(?:{words('verb')})\b"
    )
    noun = re.compile(
        rf"\b(?:{words('noun')})\s+of\s+(?:(?:the|its|this|their|a)\s+)?(?P<thing>[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)\b"
    )
    return verb, noun


@bounded(maxsize=_STAGES_KEPT)
def thing_begun(text: str) -> str | None:
    """The noun a sentence says began, when a verb or noun of beginning alone tells it: "the shellfish season,
    which began last week" → "season", "since the start of the season in October" → "season"; None if it says
    none or names what began only by a pronoun or an act ("it began", "began pumping")."""
    for pattern in _beginnings():
        for found in pattern.finditer(text):
            if _GERUND.match(text, found.end()):
                continue  # "salvage teams began pumping oil": an activity begun (`activity_begun`)
            # "the start of the season in October", "the start of the shellfish season": the noun, not its modifier
            words = [w for w in found["thing"].split() if w not in stopwords()]
            if words:
                return words[-1]
    return None


_POSSESSIVE = re.compile(r"^['’]s\b")


def _when_it_began(c: Claim) -> bool:
    """Whether the time's clause says the event began then: "struck at 11:11 pm", "Friday night's quake"."""
    rel = c.sentence.start
    lead = c.sentence.text[max(0, c.start - rel - _LEAD) : c.start - rel]
    return _onset().search(lead) is not None or _POSSESSIVE.match(c.sentence.text[c.end - rel :]) is not None


def _zone(c: Claim) -> str:
    return "local" if c.mention.unit in _LOCAL else c.mention.unit


def _same_zone(a: Claim, b: Claim) -> bool:
    return _zone(a) == _zone(b)


def _minutes(c: Claim) -> tuple[float, float]:
    """The time's minutes from its day's midnight, [low, high); a time on the hour widened by `ON_THE_HOUR`."""
    low, high = c.mention.low, c.mention.high
    if c.mention.hedge is None and math.isfinite(low) and high - low <= 1 and low % 60 == 0:
        return low - ON_THE_HOUR, low + ON_THE_HOUR
    return low, high


def times_of_days(claims: Sequence[Claim]) -> dict[int, tuple[float, float]]:
    """id of each date claim told with its time of day ("Thursday night", "the early hours of Friday") → the
    time's minutes from that day's midnight (`_minutes`)."""
    dates: dict[tuple[str, int], list[Claim]] = {}
    for c in claims:
        if c.mention.kind == "date" and c.time is not None and c.time[0] == c.time[1]:
            dates.setdefault((c.doc, c.sentence.start), []).append(c)
    out: dict[int, tuple[float, float]] = {}
    for t in claims:
        if t.mention.kind != "time" or t.mention.low is None or t.mention.high is None or t.mention.date is None:
            continue
        for d in dates.get((t.doc, t.sentence.start), ()):
            if t.mention.start <= d.mention.start and d.mention.end <= t.mention.end and d.time[0] == t.mention.date:
                out[id(d)] = _minutes(t)
    return out


def one_night(a: Claim, b: Claim, times: dict[int, tuple[float, float]]) -> bool:
    """Whether two days a day apart may be one night told from either side of midnight: the later told by its
    early hours, the earlier by a time of day that runs to midnight ("Thursday night" and "the early hours of
    Friday", "late on Saturday night" and "the early hours of Sunday"). A whole day against the early hours of
    the next ("detected on March 8", "discovered in the early hours of March 9"), a night against the whole next
    day, and two whole days are two days (`times`: `times_of_days`)."""
    if a.time is None or b.time is None or a.time[0] != a.time[1] or b.time[0] != b.time[1]:
        return False
    if abs((a.time[0] - b.time[0]).days) != 1:
        return False
    earlier, later = sorted((a, b), key=lambda c: c.time[0])
    if id(later) not in times or id(earlier) not in times:
        return False
    _, high = times[id(earlier)]
    later_low, _ = times[id(later)]
    return high >= _DAY and later_low < EARLY_HOURS


def _day(c: Claim) -> dt.date | None:
    """The day the time is on: the day named beside it, else its sentence's one day, else none."""
    if c.mention.date is not None:
        return c.mention.date
    if c.time is not None and c.time[0] == c.time[1]:
        return c.time[0]
    return None


def _spans(a: Claim, b: Claim) -> list[tuple[float, float, float, float]]:
    """The two times as intervals to compare: on one timeline when both name a day, else by the clock
    (the second shifted a day either way, since "23:30" and "00:10" are forty minutes apart)."""
    (la, ha), (lb, hb) = _minutes(a), _minutes(b)
    da, db = _day(a), _day(b)
    if da is not None and db is not None:
        oa, ob = da.toordinal() * _DAY, db.toordinal() * _DAY
        return [(oa + la, oa + ha, ob + lb, ob + hb)]
    return [(la, ha, lb + shift, hb + shift) for shift in (-_DAY, 0, _DAY)]


def times_agree(a: Claim, b: Claim) -> bool:
    """Whether two times of one event overlap (a clock time with no day and an open bound may be any time)."""
    spans = _spans(a, b)
    if len(spans) > 1 and not all(map(math.isfinite, (*_minutes(a), *_minutes(b)))):
        return True  # "after 11 pm" on no named day may be any time of some day
    return any(overlap(*s) for s in spans)


def _hours_apart(a: Claim, b: Claim) -> float:
    gaps = [max(lb - ha, la - hb, 0.0) for la, ha, lb, hb in _spans(a, b)]
    return min(gaps) / 60


def _hours_text(hours: float) -> str:
    """ "17 hours", "1 hour", "under an hour"."""
    if hours < 1:
        return "under an hour"
    return f"{hours:.0f} hour{'' if round(hours) == 1 else 's'}"


_ON = re.compile(r"\s+on\s+")  # "at about 2.40am on 7 June": a time, then the day it is on


def _with_its_day(ctx: Context, c: Claim) -> Claim:
    """A time as its report writes it, with the day written right after it ("2.40am on 7 June"), so that a row of
    two days quotes which day, not only the clock; the time alone when no day follows it."""
    rel = c.sentence.start
    found = _ON.match(c.sentence.text, c.end - rel)
    day = found and next(
        (d for d in ctx.claims if d.doc == c.doc and d.mention.kind == "date" and d.start == found.end() + rel), None
    )
    if not day:
        return c
    text = c.sentence.text[c.start - rel : day.end - rel]
    return dataclasses.replace(c, mention=dataclasses.replace(c.mention, text=text, end=day.end))


def _when(c: Claim) -> str:
    day = _day(c)
    zone = f" {c.mention.unit}" if c.mention.unit and c.mention.unit != "local" else ""
    return f"{clock_text(*_minutes(c))}{zone}{' on ' + day.isoformat() if day else ''}"


def _timed_events(ctx: Context) -> dict[tuple[int, str], list[Claim]]:
    groups: dict[tuple[int, str], list[Claim]] = {}
    for c in ctx.claims:
        if c.mention.kind != "time" or c.mention.low is None or c.mention.high is None:
            continue
        event = event_of(c.sentence, c.mention)
        if event is not None and _when_it_began(c):
            groups.setdefault((ctx.story_of(c.doc), event), []).append(c)
    return groups


PRECISE = 120  # minutes: a time of day no wider names a moment ("at about 11:15 pm"), not a part of the day


def _conflicts(claims: list[Claim]) -> Iterator[tuple[Claim, list[Claim]]]:
    """The sources at odds with the time most others agree with: first among the moments given, so that a part
    of the day ("Sunday night's explosion"), which agrees with "9:30 pm" and "11:15 pm" alike, does not stand
    between them; then among all, for the sources not yet found at odds."""
    moments = [c for c in claims if _width(c) <= PRECISE]
    found = set()
    for odd, sides in consensus_conflicts(moments, _same_zone, times_agree):
        found.add(odd.doc)
        yield odd, sides
    for odd, sides in consensus_conflicts(claims, _same_zone, times_agree):
        if odd.doc not in found:
            yield odd, sides


def _width(c: Claim) -> float:
    low, high = _minutes(c)
    return high - low


@part(
    "date-conflict",
    "time-of-day",
    example='"the quake struck at 11:10 pm on Friday" (a) vs "the quake that struck in the early hours of Friday" (b)',
)
def time_conflicts(ctx: Context) -> Iterator[Discrepancy]:
    """One event at times of day that do not overlap, summarised in hours apart.

    Times on named days compare on one timeline; a time with no day compares
    by the clock. The source most others agree with is the reference: each
    source that disagrees with it is one row against the reference, naming
    the other agreeing sources it contradicts.
    """
    for (_, event), claims in sorted(_timed_events(ctx).items(), key=lambda kv: kv[0][1]):
        for odd, sides in _conflicts(claims):
            # against a time on a named day when the odd one names its day: the hours apart are then exact
            reference = next((s for s in sides if _day(odd) and _day(s)), sides[0])
            hours = _hours_apart(odd, reference)
            also = as_do(sides, reference)
            # the days written beside the times when the days differ: those are what disagree
            quoted = (odd, reference) if _day(odd) == _day(reference) else (
                _with_its_day(ctx, odd), _with_its_day(ctx, reference)
            )
            yield Discrepancy(
                kind="date-conflict",
                severity=Severity.error,
                summary=(
                    f"{odd.doc} has the {event} {quoted[0].mention.text}, {reference.doc} "
                    f"{quoted[1].mention.text}{also}: {_hours_text(hours)} apart"
                ),
                claims=quoted,
                explanation=(
                    f"Both give the time the {event} happened: {_when(odd)} in {odd.doc} against "
                    f"{'; '.join(f'{_when(s)} in {s.doc}' for s in sides)}; at least {_hours_text(hours)} apart."
                ),
            )
