"""What a rule is, the registry, and the context every rule reads.

A rule is a small function registered under its stable kind name. It takes
the aligned corpus (`Context`) and yields Discrepancies; its docstring is its
documentation (`consistency rules` prints it) and `example` shows one case.
A kind found by several algorithms names each as a `Part` (its own name,
docstring and example), so that each can be listed, documented and tested.
Every rule's must-flag and must-pass cases live in `rules/cases/<kind>.toml`.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property

from ..align import (
    Corpus,
    cluster_stories,
    fixed_measure,
    frame_keys,
    is_common,
    same_measure,
    same_source,
    story_signature,
    subjects_compatible,
    word_alike,
    writings,
)
from ..align.frames import (
    AGE,
    DURATION,
    act_lasted,
    alternatives,
    change_words,
    final_words,
    generic_source,
    lead_pattern,
    names_a_study,
    numbered_siblings,
    outcome_measure,
    revisable_measure,
    sizes_its_thing,
    thing_measured,
    thing_sized,
    told_with_earlier_value,
    verb_kind,
)
from ..align.times import HISTORY, future_in, told_as_future
from ..caches import bounded
from ..claim_building import change_direction, contrasted_clause, counted_group, heads_match, present_word_in
from ..data import rows
from ..intervals import ranges_overlap
from ..knowledge import KnowledgeBase, builtin
from ..model import Claim, Discrepancy, Document, Severity, claim_time, document_date
from ..parse.figures.numbers import unit_factor
from ..parse.figures.vocabulary import vocabulary
from ..parse.names.lexicon import speech_verbs
from ..parse.scores import moment_word
from ..terms import WORD, content_terms, stem, stopwords
from .stand_ins import kinds

__all__ = ["Rule", "RULES", "STANDING_DAYS", "rule", "Part", "part", "Context", "as_do", "told_as_now"]

# a sentence of this many different content words, given again by another report, is one sentence
# reworded only in its figures and dates; shorter ones ("It opened on Monday") are phrases any report writes
SENTENCE_KEY_WORDS = 4


class _DocumentedCheck:
    """The documentation of a rule or part: the docstring of its `check` function."""

    __slots__ = ()
    check: Callable[[Context], Iterable[Discrepancy]]

    @property
    def doc(self) -> str:
        return (self.check.__doc__ or "").strip()

    @property
    def summary(self) -> str:
        return self.doc.splitlines()[0] if self.doc else ""


@dataclass(frozen=True, slots=True)
class Part(_DocumentedCheck):
    """One of the algorithms a rule runs under its kind: named, documented by its docstring, with an example."""

    kind: str
    name: str
    check: Callable[[Context], Iterable[Discrepancy]]
    example: str


@dataclass(frozen=True, slots=True)
class Rule(_DocumentedCheck):
    kind: str
    severity: Severity
    check: Callable[[Context], Iterable[Discrepancy]]
    example: str

    @property
    def parts(self) -> tuple[Part, ...]:
        """The named algorithms the rule runs, in the order they were registered (none for most rules)."""
        return tuple(PARTS.get(self.kind, {}).values())


RULES: dict[str, Rule] = {}
PARTS: dict[str, dict[str, Part]] = {}  # kind → part name → Part


def rule(kind: str, severity: Severity, example: str) -> Callable:
    """Register a rule function under its kind name."""

    def register(func: Callable[[Context], Iterable[Discrepancy]]):
        if kind in RULES:
            raise ValueError(f"rule {kind!r} registered twice")
        RULES[kind] = Rule(kind, severity, func, example)
        return func

    return register


def part(kind: str, name: str, example: str) -> Callable:
    """Register a function as a named part of the rule `kind`; the rule's own function runs it.

    Its discrepancies carry the rule's kind: the part's name is for the
    documentation and the cases, not for the output.
    """

    def register(func: Callable[[Context], Iterable[Discrepancy]]):
        parts = PARTS.setdefault(kind, {})
        if name in parts:
            raise ValueError(f"part {name!r} of rule {kind!r} registered twice")
        parts[name] = Part(kind, name, func, example)
        return func

    return register


_YEAR_DAYS = 366
_MONTH_DAYS = 31
_TO_DATE_DAYS = 7  # days before its report a stretch may end and still run up to the report: "over the past decade"


def _summed_to_date(c: Claim) -> bool:
    """Whether a figure's own words give it a stretch of more than a year that runs up to its report ("over the
    past decade", "since 2016", "in the past five years"), or a season still running at it ("this winter"): a sum or
    a mean of that stretch, no value of one day. A
    stretch that ended before ("built between 2019 and 2024 at a cost of") dates the thing's making, not a sum; one
    still to come ("will save 2.8 billion euros a year by the middle of the next decade") is a target's date."""
    if c.time is None or c.published is None:
        return False
    days = (c.time[1] - c.time[0]).days
    if days > _YEAR_DAYS and abs((c.published - c.time[1]).days) <= _TO_DATE_DAYS:
        return True
    # "killed in avalanches in Switzerland this winter": a season begun over a month before the report and still
    # running at it, summed so far ("a 9% rise over three years" begins at its report: a plan's stretch; "690 staff
    # will lose their jobs this year" and "plans to hire 300 engineers this year" are what is to come in it)
    return (
        (c.published - c.time[0]).days > _MONTH_DAYS and c.published < c.time[1]
        and not (future_in(" ".join(_clause_of(c))) or told_as_planned(c))
    )


def _own_times_apart(a: Claim, b: Claim) -> bool:
    """Whether both claims' own words give them times, and the times do not overlap."""
    return bool(a.time and b.time and not ranges_overlap(a.time, b.time))


def _from_after_age(c: Claim) -> str | None:
    """The place a person told by their age is said to be from, right after it ("the 26-year-old from Zwolle"),
    else None."""
    found = _FROM_AFTER_AGE.match(c.sentence.text, c.end - c.sentence.start)
    return found.group(1).strip() if found else None


_FROM_AFTER_AGE = re.compile(r"-old\s+(?:[a-z]+\s+){0,2}?from\s+((?:[A-Z][\w'’-]*\s?)+)")  # "-old man from Leeds"


def _changes_over_other_stretches(
    a: Claim, b: Claim, ta: tuple[dt.date, dt.date] | None, tb: tuple[dt.date, dt.date] | None
) -> bool:
    """Whether two changes in percent of a price are told over stretches of other lengths, one a day and the other
    longer than a week ("shares rose 6.4% on Tuesday", "the shares are down 14% over the past year"): two moves,
    though the one stretch holds the other. A pay rise told on the day it was agreed is no price's day's move."""
    if ta is None or tb is None or "percent" not in (a.mention.kind, b.mention.kind):
        return False
    if not (a.frame and b.frame and a.frame.measure == b.frame.measure and a.frame.measure in _PRICES_THAT_MOVE):
        return False
    if change_direction(a.sentence, a.mention) is None or change_direction(b.sentence, b.mention) is None:
        return False
    days = sorted(((ta[1] - ta[0]).days, (tb[1] - tb[0]).days))
    return days[0] == 0 and days[1] > _WEEK_DAYS


_WEEK_DAYS = 7
_PRICES_THAT_MOVE = frozenset({"share price", "price"})  # measures traded from day to day (data/measures.csv)


def _narrowing(c: Claim) -> tuple[str, ...]:
    """The words after a count that narrow what it counts to a part (`counted_group`: "working from home"), or ()."""
    group = counted_group(c.sentence, c.mention)
    return group.narrowing if group is not None and group.narrowed else ()


def _past(c: Claim) -> bool:
    """A claim its own words date well before its report ("measuring 5.7 ... in 1960"): of another event."""
    return c.time is not None and c.published is not None and c.published - c.time[1] > HISTORY


def _after_report(a: Claim, b: Claim) -> bool:
    """Whether a claim's own words put it on a day after the other claim's report was written, that claim undated:
    the report of 20 May that says a bill "was approved by 84 votes to 71" cannot tell of a vote "on 3 June". A
    period to come is no such day: a budget "for 2027" is told in the autumn before."""
    return (
        a.time is not None and a.time[0] == a.time[1] and b.time is None and b.published is not None
        and a.time[0] > b.published
    )


_SENTENCE_GAP = 2  # characters between a sentence and the next one: a space, or the two line breaks of a paragraph


def _relative_change(c: Claim) -> bool:
    """Whether a figure is a percentage told as the amount something changed by ("rose 7%", "a 13% drop"): one
    change, not a level of a rising series (as "the toll rose to 63" is)."""
    return c.mention.kind == "percent" and change_direction(c.sentence, c.mention) is not None


def _counted_in_unit(c: Claim) -> bool:
    """A count no measure word names, in a unit that says what it counts ("1,204,311 votes")."""
    return c.mention.kind == "quantity" and c.mention.unit is not None and c.mention.unit != "person"


def _one_kind(a: Claim, b: Claim) -> bool:
    """Two figures of one measure, or, when neither names one, two counts in one unit that says what they count."""
    if same_measure(a.frame, b.frame):
        return True
    no_measure = not (a.frame and a.frame.measure) and not (b.frame and b.frame.measure)
    return no_measure and _counted_in_unit(a) and a.mention.unit == b.mention.unit


def run_parts(ctx: Context, kind: str) -> Iterator[Discrepancy]:
    """The discrepancies of every part registered for rule `kind`."""
    for p in PARTS.get(kind, {}).values():
        yield from p.check(ctx)
def as_do(sides: Sequence[Claim], reference: Claim) -> str:
    """The other documents that side with `reference` against a claim, as a summary ends: ", as do b, c"."""
    others = list(dict.fromkeys(s.doc for s in sides if s.doc != reference.doc))
    return f", as do {', '.join(others)}" if others else ""


_NAMES_KEPT = 1 << 14  # the last names asked for; an archive's stories name many more, each only while it is checked


@bounded(maxsize=_NAMES_KEPT)
def _name_words(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w.lower() for n in names for w in n.split() if len(w) >= 4)


def _series_family(c: Claim) -> str:
    """What kind of value a series holds: a percent or a sum of money is a quantity of its own (a rising toll
    does not make the fatality rate a series); a count is a count with or without its noun ("672 injured", "1,832")."""
    family = c.mention.family
    return family if family in ("money", "percent") else "count"


def may_be_one_person(name: str, other: str) -> bool:
    """Whether two people's names may be one person's: they share a name word ("Paul Ridley" and "Ridley"), and
    not merely a surname under two given names ("Rosa Varga" and "Tomas Varga", a grandmother and her grandson).
    A given name cut to its initial ("P. Ridley") or spelt nearly alike ("Katharina" / "Katharine") may still be
    the same."""
    if not _name_words((name,)) & _name_words((other,)):
        return False
    words, others = name.lower().split(), other.lower().split()
    if len(words) < 2 or len(others) < 2 or words[-1] != others[-1]:
        return True
    first, other_first = words[0].rstrip("."), others[0].rstrip(".")
    initial = len(first) == 1 or len(other_first) == 1
    return (initial and first[0] == other_first[0]) or (not initial and word_alike(first, other_first))


_AGE_WORDS = frozenset({"old", "year", "years", "aged", "age"})  # the words of an age, not of whose it is
# an age said after the noun "the" brings back, in commas: "the boy, aged nine,", "the driver, 52,"
_APPOSITIVE_AGE = re.compile(r"\b(?:the|this)\s+((?:[^\W\d_][\w'’-]*\s+){0,2}[^\W\d_][\w'’-]*),\s*(?:aged\s+)?$", re.IGNORECASE)
_INDEFINITE = re.compile(r"\b(?:an?|another)\s+$", re.IGNORECASE)
# "The 24-year-old has won two of his five meetings with Brenner": an age that stands for its person, no name after it
_THE_AGED = re.compile(r"\b(?:the|this)\s+$", re.IGNORECASE)
# what puts a name past the noun phrase of an age: a verb's auxiliary or a preposition of its complement ("has now won
# two of his five meetings with Brenner"), not a name in apposition ("the 34-year-old mother of two, Anna Berg,")
_PAST_ITS_PHRASE = re.compile(r"\b(?:has|have|had|is|was|were|will|would|said|says|with|against|over)\b")
# the last word of a name, then an age in years set off after it: "Mara Lind, a 52-year-old", "Lind, now a 52-year-old",
# "Peter Hallam, a retired postman aged 81"
_APPOSED_TO_NAME = re.compile(
    r"(?P<name>[A-Z][\w'’-]*)\s*,\s*(?:now\s+)?an?\s+(?:(?:[a-z][\w'’-]*\s+){1,3}aged\s+)?$"
)
# an age's noun phrase, then a name set off after it: "a 34-year-old British man, Thomas Hale,"
_NAME_APPOSED_AFTER = re.compile(
    r"(?:-?years?)?(?:-old)?(?:\s+[\w-]+){1,3},\s+(?:[A-Z][\w'’-]*\s+)*(?P<name>[A-Z][\w'’-]*)\s*[,.]"
)
# an age's noun phrase, then the name it is given after it: "a 57-year-old grandfather from Leek named locally as
# Tom Hale", "a 34-year-old man, who was identified by police as Tom Hale,"
_NAMED_AS_AFTER = re.compile(
    r"(?:-?years?)?(?:-old)?(?:\s+[\w'’-]+){0,5}?,?\s+(?:who\s+(?:was|has\s+been|had\s+been)\s+)?"
    r"(?:named|identified)(?:\s+(?:locally|officially|by\s+(?:the\s+)?[\w'’-]+))?\s+as\s+"
    r"(?:[A-Z][\w'’-]*\s+)*(?P<name>[A-Z][\w'’-]*)"
)
# a clause a participle opens its sentence with, up to a claim in it: "Visiting the village on " (its doer is the
# subject of the clause after it, whoever that speaker is); not a preposition in -ing ("During the flood on")
_OPENING_PARTICIPLE = re.compile(
    r"\s*(?!(?:During|Following|Including|According|Regarding|Concerning|Excluding|Pending|Barring)\b)[A-Z][a-z]+ing\b"
    r"[^,;:]*$"
)
# a name, then an age set off after it: "Earl Brandt, 66,", "June Brandt, aged 64,"
_NAME_THEN_AGE = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}),\s+(?:aged\s+)?$")


@cache
def _pronoun_sexes() -> dict[str, str]:
    """A subject pronoun that tells its person's sex → the sex (data/subject_pronouns.csv): "he", "she"."""
    return {row["word"]: row["sex"] for row in rows("subject_pronouns.csv") if row["sex"]}


def _opening_sex(c: Claim) -> str | None:
    """The sex of the pronoun a claim's sentence opens with ("She died aged 44"), if it opens with one."""
    first = WORD.search(c.sentence.text)
    return _pronoun_sexes().get(first.group().lower()) if first is not None and first.start() < 2 else None


def _name_before_age(c: Claim) -> str | None:
    """The name of the person an age set off right after it is of ("June Brandt, 64,"), when the sentence names
    them; None for an age said otherwise."""
    found = _NAME_THEN_AGE.search(c.sentence.text[: c.mention.start - c.sentence.start])
    if found is None:
        return None
    return next((name for name in c.subject if found["name"].endswith(name) or name.endswith(found["name"])), None)


# an age after the noun an indefinite article brings in: "an elephant calf just ten days old", "a foal four days old"
_INDEFINITE_NOUN = re.compile(r"\b(?:an?|another)\s+((?:[^\W\d_][\w'’-]*\s+){1,3})$", re.IGNORECASE)


def first_said_of(seen: set[tuple[str, str, str]], a: Claim, b: Claim) -> str | None:
    """The shorter of the names two claims give one person, the first time a pair of reports is found to say
    something of them ("Claeskens" for "Pieter-Jan Claeskens"); None every later time, so one pair of reports
    gives one row a person."""
    who = min(a.mention.canonical, b.mention.canonical, key=len)
    key = (*sorted((a.doc, b.doc)), who)
    if key in seen:
        return None
    seen.add(key)
    return who


@cache
def personal_measures() -> frozenset[str]:
    """Measures one person holds, given them by one act (data/personal_measures.csv): a term in prison, a fine."""
    return frozenset(row["measure"] for row in rows("personal_measures.csv"))


@cache
def kin_forms() -> dict[str, str]:
    """Kin word → the kind of kin it names ("wife" → spouse): data/kin_words.csv."""
    return {row["form"]: row["kin"] for row in rows("kin_words.csv")}


# whose a kin word is: "his", "whose", "the victim's"
_KIN_OWNER = re.compile(r"(?:\b(?:his|her|their|whose|its|our|my|your)|\w['’]s)\s+$", re.IGNORECASE)


@cache
def _aged_kin() -> re.Pattern[str]:
    """The rest of an age written before a kin word: "-old father", " years old son"."""
    kin = "|".join(re.escape(f) for f in sorted(kin_forms(), key=len, reverse=True))
    return re.compile(rf"^(?:[-\s]*years?)?[-\s]*old[-\s]+(?:{kin})(?![\w'’-])", re.IGNORECASE)


def kins_age(c: Claim) -> bool:
    """Whether an age is that of someone's kin, written before the kin word after whose it is ("whose
    88-year-old father", "his 3-year-old son", "the pilot's 19-year-old brother"): the kin's age, not the age
    of the person the sentence names. "The 34-year-old mother of two" has no one before it: her own."""
    rel = c.sentence.start
    return _KIN_OWNER.search(c.sentence.text[: c.mention.start - rel]) is not None and (
        _aged_kin().match(c.sentence.text[c.mention.end - rel :]) is not None
    )


def _stands_in_by_age(c: Claim) -> bool:
    """Whether an age in years is said as the noun of its person: "The 24-year-old has now won"."""
    return c.mention.unit is not None and _THE_AGED.search(c.sentence.text[: c.mention.start - c.sentence.start]) is not None


@cache
def _plain_person_nouns() -> dict[str, str]:
    """Nouns that tell only a person's sex or age ("man", "girl"; data/plain_person_nouns.csv), as content terms,
    each with the sex it tells ("" for none)."""
    return {t: row["sex"] for row in rows("plain_person_nouns.csv") for t in content_terms(row["noun"])}


# the noun of a role an age is set off after: "The driver, a 52-year-old man", "The first victim, a 64-year-old"
_ROLE_BEFORE_AGE = re.compile(r"\b(?:the|this)\s+((?:[^\W\d_][\w'’-]*\s+){0,2}[^\W\d_][\w'’-]*),\s*an?\s+$", re.IGNORECASE)


def _described(c: Claim) -> set[str]:
    """What a sentence says of the person an age is of: its words, and the role the age is set off after."""
    role = _ROLE_BEFORE_AGE.search(c.sentence.text[: c.mention.start - c.sentence.start])
    return set(c.attribute) | (set(content_terms(role.group(1))) if role else set())


def _named_past_age(c: Claim) -> list[str]:
    """The names an age's sentence gives past the age's own noun phrase, after a verb or a preposition of its
    complement: "The 24-year-old has now won two of his five meetings with Brenner" names Brenner, someone else."""
    text, end = c.sentence.text, c.mention.end - c.sentence.start
    written = {s: text.find(s.split()[-1], end) for s in c.subject}  # "Brenner" for "Lukas Brenner"
    return [s for s, at in written.items() if at >= 0 and _PAST_ITS_PHRASE.search(text, end, at)]


@cache
def _whole_words() -> re.Pattern[str]:
    """Words after a count that say it is the whole (data/whole_words.csv): "in all competitions", "in total"."""
    phrases = alternatives(r["phrase"] for r in rows("whole_words.csv"))
    return re.compile(rf"^[^.;:]{{0,40}}?\b(?:{phrases})\b", re.IGNORECASE)


def told_as_whole(c: Claim) -> bool:
    """Whether a count says it is the whole of what it counts: "27 goals in all competitions", "in total"."""
    return _whole_words().match(c.sentence.text[c.end - c.sentence.start :]) is not None


def introduced_unnamed(c: Claim) -> bool:
    """Whether a figure brings someone in without a name: "a 29-year-old from the valley", "another 34-year-old",
    or an age said after the noun an indefinite article brings in ("a calf just ten days old"), when the words
    between are the noun's and those that may open a figure, not a clause's ("a statement the 58-year-old" is
    the named one's); or the age of someone's kin ("whose 88-year-old father", see kins_age)."""
    if kins_age(c):
        return True
    lead = c.sentence.text[: c.mention.start - c.sentence.start]
    if _INDEFINITE.search(lead) is not None:
        return True
    noun = _INDEFINITE_NOUN.search(lead)
    return noun is not None and c.frame is not None and c.frame.measure == AGE and not (
        {w.lower() for w in WORD.findall(noun.group(1))} & (stopwords() - _figure_lead_words())
    )


@cache
def _figure_lead_words() -> frozenset[str]:
    """The words that may stand before a figure (data/count_openers.csv, data/hedges.csv): "just", "only", "about"."""
    phrases = [r["word"] for r in rows("count_openers.csv")] + [r["phrase"] for r in rows("hedges.csv")]
    return frozenset(w.lower() for p in phrases for w in WORD.findall(p))


def _contrasted_part(c: Claim) -> str:
    """The part of a claim's sentence its figure or date stands in, when the sentence sets two clauses side by side
    ("X was found on 10 March, while Y was arrested on Thursday"); the whole sentence when it does not."""
    own = contrasted_clause(c.sentence, c.mention)
    return c.sentence.text if own is None else c.sentence.text[own[0] - c.sentence.start : own[1] - c.sentence.start]


def listed_age(c: Claim) -> bool:
    """Whether an age is one of a list of ages ("they are four, six and nine years old", "the children, aged 3, 7
    and 12"): several people's, none of them alone the age of one person named in the story."""
    rel = c.sentence.start
    lead, rest = c.sentence.text[: c.mention.start - rel], c.sentence.text[c.mention.end - rel :]
    before, after = _listed_patterns()
    return before.search(lead) is not None or after.match(rest) is not None


_AGE_NUMBER_ROLES = frozenset({"digit", "teen", "tens"})  # the number words an age is written in ("nine", "forty")


@cache
def _listed_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A figure before another in a list ("four, six and", "3, 7 and"), and one after it (", 7 and 12", " and 9")."""
    words = sorted((w for w, n in vocabulary().words.items() if n.role in _AGE_NUMBER_ROLES), key=len, reverse=True)
    number = rf"(?:\d+|{'|'.join(map(re.escape, words))})"
    return (
        re.compile(rf"\b{number}\s*(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)$", re.IGNORECASE),
        re.compile(rf"^\s*(?:,\s*|,?\s+(?:and|or)\s+){number}\b", re.IGNORECASE),
    )


@dataclass
class Context:
    """The corpus as the rules see it: documents, their claims, the reference facts, the knowledge base."""

    documents: dict[str, Document]
    claims: Sequence[Claim]
    references: Sequence[Claim] = ()
    story_date: dt.date | None = None
    sentence_terms: dict[str, list[tuple[int, frozenset[str]]]] = field(default_factory=dict)
    tolerance: float = 0.0  # relative widening of every figure interval before figures are compared
    knowledge: KnowledgeBase = field(default_factory=builtin)  # what the documents were read by
    one_story: bool = False  # the documents are one story already (the engine runs the rules story by story)
    # subject names → the documents that name any of their words (see _docs_naming_any)
    _naming_cache: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict, init=False, repr=False)
    # score function → (reading of one claim, reading of the other, same document) → its score (see scored_once)
    _pair_scores: dict[Callable, dict[tuple[int, int, bool], float]] = field(default_factory=dict, init=False, repr=False)
    # id of a claim → the number of what a score reads of it (see reading); what each number stands for → it
    _readings: dict[int, int] = field(default_factory=dict, init=False, repr=False)
    _reading_numbers: dict[tuple, int] = field(default_factory=dict, init=False, repr=False)
    # id of a figure → its blocking keys (see figure_keys)
    _figure_keys: dict[int, tuple[tuple, ...]] = field(default_factory=dict, init=False, repr=False)

    def scored_once(self, score: Callable[[Context, Claim, Claim], float], a: Claim, b: Claim) -> float:
        """`score(self, a, b)`, computed once for each pair of this story's claims as they read (`reading`),
        however many rules and passes (value-conflict, the timelines, coverage) ask for it, and however many
        reports give the two sentences again on the same days. `score` is a pure function of the story and of
        what `reading` keeps of the two claims (and whether they are of one document), which are claims the
        story holds (so that their ids stay theirs)."""
        scores = self._pair_scores.setdefault(score, {})
        key = (self.reading(a), self.reading(b), a.doc == b.doc)
        found = scores.get(key)
        if found is None:
            found = scores[key] = score(self, a, b)
        return found

    def reading(self, c: Claim) -> int:
        """What a score of two claims (`scored_once`, align.mutual_conflicts) may read of one, as a number: claims
        of one number read alike.

        That is the claim as written (`model.as_written`); every claim of its sentence as written, since the
        story notes facts of a sentence (the figures that mark an update, its time of day, how many figures
        of a measure it gives); the day the claim and its document speak from; and its story. Copies of one
        sentence in reports of one day read alike: the story scores them once.
        """
        found = self._readings.get(id(c))
        if found is None:
            writing = self.writings
            sentence = self._sentence_writings[(c.doc, c.sentence.start)]
            read = (writing[id(c)], sentence, c.published, self.date_of(c), self.story_of(c.doc))
            found = self._readings[id(c)] = self._reading_numbers.setdefault(read, len(self._reading_numbers))
        return found

    @cached_property
    def writings(self) -> dict[int, int]:
        """id of each claim and reference fact → the number of its writing (align.writings): made once for the
        story, for the rules that read a sentence once however many reports give it (entity-conflict) and for
        `reading`."""
        return writings((*self.claims, *self.references))

    @cached_property
    def _sentence_writings(self) -> dict[tuple[str, int], tuple[int, ...]]:
        """(document, sentence start) → the writings of the sentence's claims, in order."""
        out: dict[tuple[str, int], list[int]] = {}
        for c in (*self.claims, *self.references):
            out.setdefault((c.doc, c.sentence.start), []).append(self.writings[id(c)])
        return {where: tuple(numbers) for where, numbers in out.items()}

    @cached_property
    def corpus(self) -> Corpus:
        return Corpus(self.claims)

    @cached_property
    def figures(self) -> tuple[Claim, ...]:
        """The claims that are figures with a value: what the figure and timeline rules compare (a moment of a
        match, "in the 12th minute", is compared by the rule of its match: rules/scores.py)."""
        return tuple(c for c in self.claims if c.mention.is_figure and c.mention.value is not None and not match_moment(c))

    @cached_property
    def timelines(self) -> list[list[Claim]]:
        """Groups of figures about one quantity across dated documents, oldest first (see
        timeline.figure_timelines): what the update and superseded rules both read."""
        from .timeline import figure_timelines  # the timeline rules build on this module

        return figure_timelines(self)

    @cached_property
    def pronouns(self) -> tuple[Claim, ...]:
        """The sentences that open with "He" or "She", as claims standing for the person named before (see
        pronouns.pronoun_claims): read once for the rules that ask (occupation, party, denied)."""
        from .pronouns import pronoun_claims  # the pronoun claims build on this module

        return tuple(pronoun_claims(self))

    @cached_property
    def stories(self) -> dict[str, int]:
        """Document id → story number (see align.cluster_stories); the reference facts belong to every story."""
        docs = {d: doc for d, doc in self.documents.items() if d in self.sentence_terms}
        if self.one_story:
            return {d: 0 for d in docs}
        signatures = {d: story_signature(doc.text, doc.title) for d, doc in docs.items()}
        return cluster_stories(signatures, {d: doc.published for d, doc in docs.items()})

    def story_of(self, doc: str) -> int:
        return self.stories.get(doc, -1)

    @cached_property
    def _story_topics(self) -> frozenset[tuple[int, str]]:
        """(story, word) for the words most of a story's documents use: its topic, useless for blocking."""
        sizes: Counter[int] = Counter(self.stories.values())
        df: Counter[tuple[int, str]] = Counter()
        for doc, sentences in self.sentence_terms.items():
            story = self.story_of(doc)
            df.update({(story, w) for _, words in sentences for w in words})
        return frozenset(k for k, n in df.items() if is_common(n, sizes[k[0]]))

    def claim_keys(self, c: Claim, words: Iterable[str]) -> Iterator[tuple]:
        """Blocking keys within the claim's story: its distinctive `words`, its subjects' names, its frame's
        measure and rare words (see align.frame_keys), and its sentence's words all together: a sentence
        another report gives again with other figures or dates ("The settlement was approved by a federal
        judge on June 6") pairs its claims however common its words are to the story."""
        story = self.story_of(c.doc)
        for t in words:
            if self.blocks_on(c.doc, t):
                yield (story, "t", t)
        for s in c.subject:
            yield (story, "s", s)
        for key in frame_keys(c):  # "killed 41", "the death toll", "a recount": however common the words
            yield (story, *key)
        if len(set(c.context)) >= SENTENCE_KEY_WORDS:
            yield (story, "sentence", frozenset(c.context))

    def figure_keys(self, c: Claim) -> tuple[tuple, ...]:
        """A figure's blocking keys: `claim_keys` of its attribute and context words, and the level a change it is the
        amount of reached (`_one_change`). Kept for each figure: the figure rules, the timelines and coverage each
        pair the story's figures by them."""
        found = self._figure_keys.get(id(c))
        if found is None:
            found = tuple(self.claim_keys(c, c.attribute + c.context))
            level = self._levels_reached.get(id(c))
            if level is not None:  # "a rise of 22 per cent" and "a 25 per cent increase", each to £2.20: one change
                found += ((self.story_of(c.doc), "level", level),)
            self._figure_keys[id(c)] = found
        return found

    def topic_pairs(self, c: Claim) -> Iterator[tuple]:
        """Keys of each two words of a figure's attribute that its story uses throughout: "Nurses in the area have
        been offered a pay rise of 3.5%" and "Nurses have been offered a rise of 3.2 per cent" share no word rare in
        a story of a nurses' pay offer, but both say "offer" and "rise" right by their figures."""
        story = self.story_of(c.doc)
        topics = sorted({w for w in c.attribute if (story, w) in self._story_topics})
        for pair in itertools.combinations(topics, 2):
            yield (story, "topics", pair)

    def blocks_on(self, doc: str, term: str) -> bool:
        """Whether a word can pair claims of this document's story: not common to the corpus or the story."""
        return not self.corpus.is_common(term) and (self.story_of(doc), term) not in self._story_topics

    @cached_property
    def _docs_naming(self) -> dict[str, frozenset[str]]:
        out: dict[str, set[str]] = {}
        for c in self.claims:
            for word in _name_words(c.subject):
                out.setdefault(word, set()).add(c.doc)
        return {word: frozenset(docs) for word, docs in out.items()}

    @cached_property
    def _roles(self) -> dict[str, frozenset[str]]:
        """What the documents take each name for: person, place, organisation (a name may be read as several)."""
        roles: dict[str, set[str]] = {}
        for c in self.claims:
            if c.mention.kind == "entity" and c.mention.canonical and c.mention.role:
                roles.setdefault(c.mention.canonical, set()).add(c.mention.role)
        return {name: frozenset(r) for name, r in roles.items()}

    @cached_property
    def _people(self) -> frozenset[str]:
        """The names the documents give to people (not places, organisations or offices)."""
        return frozenset(name for name, roles in self._roles.items() if "person" in roles)

    @property
    def people(self) -> frozenset[str]:
        """The names the documents give to people."""
        return self._people

    def roles_of(self, name: str) -> frozenset[str]:
        """What the documents take a name for: person, place, organisation, or nothing told."""
        return frozenset(self._roles.get(name, ()))

    def is_place(self, name: str) -> bool:
        """Whether the documents take a name for a place ("Morocco", "Kos")."""
        return "place" in self._roles.get(name, ())

    def _people_of(self, c: Claim) -> tuple[str, ...]:
        """The people a claim's sentence is about: its named persons, not the one it quotes as its source, unless
        the claim stands in a clause a participle opens the sentence with ("Visiting Leeds on Monday, Ana Ruiz
        said": she visited)."""
        source = c.frame.attribution if c.frame else None
        if source and _OPENING_PARTICIPLE.match(c.sentence.text[: c.mention.start - c.sentence.start]):
            source = None  # "Visiting the village on Wednesday, Minister Ana Ruiz said": she is the one who visited
        people = tuple(s for s in c.subject if s in self._people and not (source and same_source(s, source)))
        if len(people) < 2:
            return people
        part = _contrasted_part(c)  # "Weber was found on 10 March, while Brandt was arrested on Thursday": Brandt's
        own = tuple(p for p in people if _name_words((p,)) & set(WORD.findall(part.lower())))
        return own or people

    def same_person(self, a: Claim, b: Claim) -> bool:
        """Both sentences are about one named person ("Paul Ridley, 67," and "Ridley (64)"); a sentence that
        names no one is about the names of the sentence before."""
        pa = self._people_of(a) or tuple(s for s in (a.frame.owner if a.frame else ()) if s in self._people)
        pb = self._people_of(b) or tuple(s for s in (b.frame.owner if b.frame else ()) if s in self._people)
        return bool(_name_words(pa) & _name_words(pb))

    def one_persons_age(self, a: Claim, b: Claim) -> bool:
        """Whether two ages may be one person's. An age said of someone brought in unnamed ("a 29-year-old from
        the valley", "the second guide, a 29-year-old") is no named person's, whoever the sentence before names:
        it is compared only with another such age described alike ("a 47-year-old woman" and "a 74-year-old
        woman"). An age said as its person's noun ("The 24-year-old") is not the age of a name its sentence gives
        past it, and in a sentence that names no one it is the age of the first person the sentence before names."""
        if listed_age(a) or listed_age(b):
            return False  # "they are four, six and nine years old": the children's ages, not the rower's
        if None not in (sexes := (_opening_sex(a), _opening_sex(b))) and sexes[0] != sexes[1]:
            return False  # "She died aged 44" and "He died in 2023 at the age of 91": two people
        for x, y in ((a, b), (b, a)):
            if not _stands_in_by_age(x):
                continue
            if any(_name_words((p,)) & _name_words(self._people_of(y)) for p in _named_past_age(x)):
                return False  # "The 24-year-old has won two of five meetings with Brenner" is not "Brenner, 29"
            if not self._people_of(x) and (named := self._people_of(y)):
                # "Mateo Villaraga beat Lukas Brenner. The 24-year-old won in two hours": the sentence before's
                # subject, the first person it names, is the one the age stands for
                first = next((p for p in (x.frame.owner if x.frame else ()) if p in self._people), None)
                if first is not None and not _name_words((first,)) & _name_words(named):
                    return False
        origins = [_from_after_age(c) for c in (a, b)]
        if None not in origins and origins[0] != origins[1]:
            return False  # "the 23-year-old from Zulte" and "the 26-year-old from Zwolle": two people
        named = [_name_before_age(c) for c in (a, b)]
        if None not in named and not may_be_one_person(*named):
            return False  # "Earl Brandt, 66," and "June Brandt, 64,": two people's ages, whatever else is said
        holders = [self._age_holders(c) for c in (a, b)]
        if all(holders) and not _name_words(holders[0]) & _name_words(holders[1]):
            return False  # "The 29-year-old Spaniard" after Aldecoa's sentence, "The 36-year-old" after Rennie's
        unnamed = [self._unnamed(c) for c in (a, b)]
        if not any(unnamed):
            return True
        if not all(unnamed):
            return self.unnamed_met_again(a, b)
        # "A 46-year-old man was killed" and "The driver, a 52-year-old man,": a man each, two people; "the victim"
        # and "a 64-year-old man who died" may be one
        described = [_described(c) for c in (a, b)]
        sexes = [{_plain_person_nouns()[t] for t in d if _plain_person_nouns().get(t)} for d in described]
        if all(sexes) and not sexes[0] & sexes[1]:
            return False  # "a 46-year-old man" and "a 71-year-old woman", though both died
        return bool((described[0] & described[1]) - _AGE_WORDS - _plain_person_nouns().keys())

    def earlier_in_its_report(self, c: Claim) -> bool:
        """Whether a figure is told in the past perfect by a report that tells another value of its measure
        otherwise ("jailed for seven years on Tuesday", then "At first instance, a panel of three judges had
        sentenced him to eight years"): the report tells it as the value before, no rival of another report's
        value now."""
        return id(c) in self._earlier_in_reports

    @cached_property
    def _earlier_in_reports(self) -> frozenset[int]:
        by_measure: dict[tuple[str, str], list[Claim]] = defaultdict(list)
        for c in self.figures:
            # an age is its person's as the report stands ("Jayden Moretti was 21 and had grown up in Merrigal")
            if c.frame is not None and c.frame.measure and c.frame.measure != AGE:
                by_measure[(c.doc, c.frame.measure)].append(c)
        out: set[int] = set()
        for claims in by_measure.values():
            before = [c for c in claims if told_in_past_perfect(c)]
            now = {c.mention.value for c in claims if not told_in_past_perfect(c)}
            out.update(id(c) for c in before if now - {c.mention.value})
        return frozenset(out)

    def one_age_holder(self, a: Claim, b: Claim) -> bool:
        """Whether two ages are said of one named person, by name or standing for the person the sentence before
        names ("Mateo Alvarez won the Open. The 29-year-old Spaniard ...")."""
        holders = [self._age_holders(c) for c in (a, b)]
        return all(holders) and bool(_name_words(holders[0]) & _name_words(holders[1]))

    def _age_holders(self, c: Claim) -> tuple[str, ...]:
        """The people an age is said of: those its sentence names, else, for an age that stands for its person
        ("The 24-year-old, who grew up on the estate,"), the first person the sentence before names."""
        people = self._people_of(c)
        if people or not _stands_in_by_age(c):
            return people
        first = next((p for p in (c.frame.owner if c.frame else ()) if p in self._people), None)
        return (first,) if first else ()

    def _unnamed(self, c: Claim) -> bool:
        """Whether an age is of someone brought in unnamed (see introduced_unnamed), and not set off right after
        the name of the person its sentence is about, nor given that name after it: "Mara Lind, a 52-year-old
        nurse," and "a 52-year-old nurse named locally as Mara Lind" are Lind's age."""
        if not introduced_unnamed(c):
            return False
        lead = c.sentence.text[: c.mention.start - c.sentence.start]
        after = c.mention.end - c.sentence.start
        apposed = (_APPOSED_TO_NAME.search(lead) or _NAME_APPOSED_AFTER.match(c.sentence.text, after)
                   or _NAMED_AS_AFTER.match(c.sentence.text, after))
        return apposed is None or not any(
            apposed["name"] in name.split() for name in c.subject if self._roles.get(name, {"person"}) & {"person"}
        )  # a name the documents take for no place or body: "In Brenn, a 45-year-old man" brings in someone new

    def unnamed_met_again(self, a: Claim, b: Claim) -> bool:
        """Whether one age is of someone an article brings in unnamed ("a seven-year-old boy") and the other of the
        same noun brought back by "the", its age in commas ("the boy, aged nine,"), with no one named: one
        person's age told twice."""
        unnamed = [self._unnamed(c) for c in (a, b)]
        if unnamed[0] == unnamed[1]:
            return False
        new, again = (a, b) if unnamed[0] else (b, a)
        noun = _APPOSITIVE_AGE.search(again.sentence.text[: again.mention.start - again.sentence.start])
        return noun is not None and not self._people_of(again) and bool(
            set(content_terms(noun.group(1).split()[-1])) & (set(new.attribute) - _AGE_WORDS)
        )

    @cached_property
    def _holders(self) -> dict[tuple[int, str], frozenset[str]]:
        """(story, measure one person holds) → the people its claims name (data/personal_measures.csv)."""
        held = personal_measures()
        out: dict[tuple[int, str], set[str]] = {}
        for c in self.figures:
            if c.frame is not None and c.frame.measure in held:
                out.setdefault((self.story_of(c.doc), c.frame.measure), set()).update(self._people_of(c))
        return {key: frozenset(people) for key, people in out.items()}

    def one_holders(self, a: Claim, b: Claim) -> bool:
        """Whether two figures of a measure one person holds (a term in prison, a fine: data/personal_measures.csv),
        one naming no one, are of the one person their story names with it: "A former care home manager has been
        jailed for six years" and "Deborah Kinsella was given a four-year jail term", in a story in which no
        figure of a term names anyone else."""
        measure = a.frame.measure if a.frame else None
        if measure not in personal_measures() or measure != (b.frame.measure if b.frame else None):
            return False
        if bool(self._people_of(a)) == bool(self._people_of(b)):
            return False  # two named people: `same_person` tells; two unnamed: nothing ties them
        return len(self._holders.get((self.story_of(a.doc), measure), frozenset())) == 1

    def different_people(self, a: Claim, b: Claim) -> bool:
        """Both sentences are about named people, and not about any of the same.

        "Okafor was jailed for seven years" and "Lindqvist, the developer, was
        jailed for four years" are two people's sentences, however often one
        report names both; "Judge Marsh told Okafor" is still Okafor's.
        """
        pa, pb = self._people_of(a), self._people_of(b)
        return bool(pa and pb) and not any(may_be_one_person(x, y) for x in pa for y in pb)

    def subjects_related(self, a: Claim, b: Claim) -> bool:
        """Subjects agree (see align.subjects_compatible), or are named together in one document.

        Within one story "Northwind Air" and "Lake Varna" name the same event:
        a document that names both ties them.
        """
        if subjects_compatible(a, b):
            return True
        if numbered_siblings(a.subject, b.subject):
            return False  # "Vela-1" and "Vela-2", named in one report, are two of a series
        return bool(self._docs_naming_any(a.subject) & self._docs_naming_any(b.subject)) and not self._counted_apart(a, b)

    def _counted_apart(self, a: Claim, b: Claim) -> bool:
        """Whether a report gives the measure both figures count to each of their names on its own, as two values:
        "the Unity Party won 27 seats" and "the Civic Front held 22 seats" are two owners' counts, though every
        report of the election names both parties."""
        measure = a.frame.measure if a.frame else None
        if measure is None or measure != (b.frame.measure if b.frame else None):
            return False
        sa, sb = self._owners_named(a), self._owners_named(b)
        for counted in self._counts_by_name[measure].values():
            of_a = {value for names, value in counted if names & sa and not names & sb}
            of_b = {value for names, value in counted if names & sb and not names & sa}
            if of_a and of_b and not of_a & of_b:
                return True
        return False

    @cached_property
    def _counts_by_name(self) -> defaultdict[str, defaultdict[str, list[tuple[frozenset[str], float]]]]:
        """measure → document → the names and value of each of its figures of that measure that names someone."""
        out: defaultdict[str, defaultdict[str, list[tuple[frozenset[str], float]]]] = defaultdict(lambda: defaultdict(list))
        for c in self.figures:
            names = self._owners_named(c)
            if c.frame is not None and c.frame.measure and names and c.mention.value is not None:
                out[c.frame.measure][c.doc].append((names, c.mention.value))
        return out

    def _owners_named(self, c: Claim) -> frozenset[str]:
        """The names of a figure's sentence that may own it: not its source ("the USGS put it at 6.8"), nor a
        place it is counted in."""
        source = c.frame.attribution if c.frame else None
        return frozenset(s for s in c.subject if s != source and not self.is_place(s))

    def docs_writing(self, doc: str, name: str) -> frozenset[str]:
        """The documents of `doc`'s story whose sentences write `name` as it is written (a name that opens a
        sentence too, which the name reader may set aside)."""
        return frozenset(d for d, text in self._story_sentences[self.story_of(doc)] if name in text)

    @cached_property
    def _story_sentences(self) -> dict[int, tuple[tuple[str, str], ...]]:
        """Each story's sentences that hold a claim, once each, with their documents."""
        out: dict[int, dict[tuple[str, str], None]] = {}
        for c in self.claims:
            out.setdefault(self.story_of(c.doc), {})[(c.doc, c.sentence.text)] = None
        return {story: tuple(found) for story, found in out.items()}

    def _docs_naming_any(self, subject: tuple[str, ...]) -> frozenset[str]:
        """The documents that name any word of these names (cached per subject)."""
        found = self._naming_cache.get(subject)
        if found is None:
            docs = self._docs_naming
            found = frozenset().union(*(docs.get(w, frozenset()) for w in _name_words(subject)))
            self._naming_cache[subject] = found
        return found

    @cached_property
    def _series(self) -> frozenset[tuple[int, str, str]]:
        """(story, measure, family) of each quantity that some report of the story gives as a rise or the latest
        count: a rising death toll does not make the fatality rate (a percent of deaths) a series."""
        return frozenset(
            (self.story_of(c.doc), c.frame.measure, _series_family(c))
            for c in self.figures if c.rising and c.frame and c.frame.measure and not self._bare_change(c)
        )

    def _bare_change(self, c: Claim) -> bool:
        """A percentage told as a change with no level reached beside it ("the risk of stroke rose 7%"): one
        change, no count of a series; "rose 11% to 612 million euros" tells the series' new level as well."""
        return _relative_change(c) and id(c) not in self._levels_reached

    def is_series(self, c: Claim) -> bool:
        """Whether a figure's quantity is one some report of its story gives as a rise or the latest count."""
        return c.frame is not None and (self.story_of(c.doc), c.frame.measure, _series_family(c)) in self._series

    def in_series(self, a: Claim, b: Claim) -> bool:
        """Whether two figures are counts of a rising series ("the toll rose to 63"): they may differ on one day.

        The judgement is per quantity, not per sentence: one report's "rose to"
        makes every report's toll of that story a series. Two figures of one
        update of the series (see `same_update`) are one moment of it, not two;
        so are two figures with no time at all (two undated reports, neither
        dating its figure): nothing orders them into updates.
        """
        measure = (a.frame and a.frame.measure) or (b.frame and b.frame.measure)
        return (
            measure is not None
            and (self.story_of(a.doc), measure, _series_family(a)) in self._series
            and not self.same_update(a, b)
            and not (self.time_of(a) is None and self.time_of(b) is None)
            and not self._one_day_count(a, b)
            and not self.closed_period(a, b)
            and not self.standing_state(a, b)  # neither told as changed: one stock, which another report says grew
        )

    def closed_period(self, a: Claim, b: Claim) -> bool:
        """Two figures each given for a period that had ended when its report was written ("third-quarter
        profit rose to $186m", "net profit for the three months to September was $168m"): the period's one
        figure, settled, not moments of a rising count."""
        def closed(c: Claim) -> bool:
            written = self.date_of(c)
            return c.time is not None and c.time[0] != c.time[1] and written is not None and c.time[1] <= written

        return closed(a) and closed(b) and ranges_overlap(a.time, b.time)

    @cached_property
    def _timed_sentences(self) -> frozenset[tuple[str, int]]:
        """(document, sentence start) of each sentence that names a time of day ("on Thursday evening")."""
        return frozenset((c.doc, c.sentence.start) for c in self.claims if c.mention.kind == "time")

    def _one_day_count(self, a: Claim, b: Claim) -> bool:
        """Two counts of a rising series that each date themselves to one same day, with no hour or part of
        the day: "rose to 31 on Friday" and "said on Friday that 13 had died" give the day's one count, while
        "12 in the morning" and "19 on Thursday evening" are two moments of it."""
        if a.time is None or a.time != b.time or a.time[0] != a.time[1]:
            return False
        return not {(a.doc, a.sentence.start), (b.doc, b.sentence.start)} & self._timed_sentences

    def alone_in_sentence(self, c: Claim) -> bool:
        """Whether a figure is its sentence's only figure of its measure in its unit: the sentence's time is then
        surely its ("a premium of 27% to Friday's close and of 35% to the 30-day average" gives two)."""
        measure = c.frame.measure if c.frame is not None else None
        return self._measure_counts.get((c.doc, c.sentence.start, measure, c.mention.unit), 0) == 1

    def only_value_of_its_measure(self, c: Claim) -> bool:
        """Whether a figure's report gives its measure, with its qualifiers, in its unit, one value only, however
        often it repeats it ("the stadium holds 42,000" and nowhere another capacity): the report's one such
        quantity, which another report's one figure of that measure is most likely told of too."""
        if c.frame is None or not c.frame.measure:
            return False
        return len(self._values_by_measure[(c.doc, c.frame.measure, c.frame.qualifiers, c.mention.unit)]) == 1

    def each_reports_only(self, a: Claim, b: Claim) -> bool:
        """Two reports' one figure each of one measure with the same qualifiers, of one owner: "the stadium holds
        42,000" and "the 45,000-capacity stadium" tell the one capacity, however else their words differ. The owner
        is what the sentences name but a place: one they share, or none named, or one named by one sentence that
        the other's report names too ("passed by 121 votes in the Assembly" and "approved with 120 votes in
        favour"); of two that each name some, what one names is all named by the other too. A count narrowed to
        a part ("staff working from home") is one only with one narrowed alike. An age is a person's, and a story
        tells many; a count told as it stood ("150 pulled from the water by the afternoon") is one moment of it."""
        if a.doc == b.doc or a.frame is None or b.frame is None or a.frame.measure != b.frame.measure:
            return False
        if a.frame.qualifiers != b.frame.qualifiers or a.frame.measure == AGE or told_as_it_stood(a) or told_as_it_stood(b):
            return False
        if not (self.only_value_of_its_measure(a) and self.only_value_of_its_measure(b)):
            return False
        if _narrowing(a) != _narrowing(b):
            return False  # "Norvik employs 5,200 staff" and "1,900 staff working from home": a whole and a part

        def owners(c: Claim) -> set[str]:
            return {s for s in c.subject or c.frame.owner if not self.is_place(s)}

        oa, ob = owners(a), owners(b)
        if oa and ob:  # "won the Brell time trial by 1min 12sec" and "beat Ines Marto by 1min 04sec in the Tour of Varn"
            return oa <= ob or ob <= oa
        named, other = (oa, b) if oa else (ob, a)
        return not named or any(name in self.documents[other.doc].text for name in named)

    @cached_property
    def _values_by_measure(self) -> dict[tuple, set[tuple[float | None, float | None]]]:
        """(document, measure, qualifiers, unit) → the values the document gives it."""
        out: dict[tuple, set[tuple[float | None, float | None]]] = defaultdict(set)
        for c in self.figures:
            if c.frame is not None and c.frame.measure:
                out[(c.doc, c.frame.measure, c.frame.qualifiers, c.mention.unit)].add((c.mention.low, c.mention.high))
        return out

    def one_time_count(self, c: Claim) -> bool:
        """A figure no measure word makes a kept count, told as the count of an act done once (see
        `one_time_count`), in a sentence that counts no one befallen: "1,832 were injured, of whom 1,220 were in a
        serious condition" counts the injured as they go, and its 1,220 with them. What the figure's sentence says
        of it is read once for each way it is written (`writings`), however many pairs and reports ask."""
        written = self.writings.get(id(c))
        if written is None:  # a claim the story does not hold (a pronoun's stand-in): read as it comes
            counted = one_time_count(c)
        elif written in self._one_time_counts:
            counted = self._one_time_counts[written]
        else:
            counted = self._one_time_counts[written] = one_time_count(c)
        return counted and (c.doc, c.sentence.start) not in self._outcome_sentences

    @cached_property
    def _one_time_counts(self) -> dict[int, bool]:
        """The number of a figure's writing → whether it is told as the count of an act done once, filled as
        figures are asked about."""
        return {}

    def _may_have_grown(self, a: Claim, b: Claim) -> bool:
        """Whether the later report's count of an act is the higher: "the storm felled 2,300 trees" on Monday and
        "felled 4,100 trees" on Wednesday may both be true, the felling went on; a count of acts done never falls,
        so a lower one later ("enrolled 412 patients", then "398") is no update. Reports of one day, or of days
        not known, give no order: an undated report's count may be any day's."""
        first, second = self.date_of(a), self.date_of(b)
        if a.mention.kind == "percent":
            return False  # "12.6% of patients" is a share of them, not a count that goes on
        if price_paid(a) and price_paid(b):
            return False  # "signed him for 62 million euros": a price is paid once, it does not add up
        if first is None or second is None:
            return True
        if first == second:
            return False
        early, late = (a, b) if first < second else (b, a)
        return _size(late) > _size(early)

    @cached_property
    def _outcome_sentences(self) -> frozenset[tuple[str, int]]:
        """(document, sentence start) of each sentence that counts people befallen (see `outcome_measure`)."""
        return frozenset(
            (c.doc, c.sentence.start) for c in self.figures if c.frame is not None and outcome_measure(c.frame.measure)
        )

    @cached_property
    def _measure_counts(self) -> Counter[tuple[str, int, str | None, str | None]]:
        return Counter(
            (c.doc, c.sentence.start, c.frame.measure if c.frame is not None else None, c.mention.unit)
            for c in self.figures
        )

    @cached_property
    def _update_marks(self) -> dict[tuple[str, int], frozenset[tuple[str, float]]]:
        """(document, sentence start) → the exact figures the sentence gives, as (measure, value)."""
        out: dict[tuple[str, int], set[tuple[str, float]]] = {}
        for c in self.figures:
            if c.frame is not None and c.frame.measure and _marks_an_update(c):
                out.setdefault((c.doc, c.sentence.start), set()).add((c.frame.measure, c.mention.value))
        return {key: frozenset(marks) for key, marks in out.items()}

    def same_update(self, a: Claim, b: Claim) -> bool:
        """Whether two reports give figures of one update: each beside the same exact figure of another quantity.

        "2,946 people were confirmed dead and 5,674 injured" and "the authorities
        had announced a toll of 2,946 and 6,125 injuries" restate one
        announcement, whatever day each report was written: their injured
        figures should agree.
        """
        if a.doc == b.doc or a.frame is None or b.frame is None or not a.frame.measure or a.frame.measure != b.frame.measure:
            return False  # two figures that name no measure are of no one quantity, whatever figures stand beside them
        marks_a = self._update_marks.get((a.doc, a.sentence.start), frozenset())
        marks_b = self._update_marks.get((b.doc, b.sentence.start), frozenset())
        return any(measure != a.frame.measure for measure, _ in marks_a & marks_b)

    @cached_property
    def _usual_sources(self) -> dict[tuple[int, str], tuple[float, str]]:
        """(story, measure) → the value most of the story's documents give, and the source they name for it.

        Only where that value is named to a source somewhere: "the USGS put it at 6.8", and most reports say 6.8.
        """
        docs: dict[tuple[int, str], Counter[float]] = {}
        named: dict[tuple[int, str, float], Counter[str]] = {}
        seen: set[tuple[str, str, float]] = set()
        for c in self.figures:
            if c.frame is None or not c.frame.measure or (c.doc, c.frame.measure, c.mention.value) in seen:
                continue
            seen.add((c.doc, c.frame.measure, c.mention.value))
            key = (self.story_of(c.doc), c.frame.measure)
            docs.setdefault(key, Counter())[c.mention.value] += 1
            if c.frame.attribution:
                named.setdefault((*key, c.mention.value), Counter())[c.frame.attribution] += 1
        out = {}
        for key, values in docs.items():
            (value, n), *rest = values.most_common()
            sources = named.get((*key, value))
            if sources and (not rest or rest[0][1] < n):
                out[key] = (value, sources.most_common(1)[0][0])
        return out

    def source_of(self, c: Claim) -> str | None:
        """Whose figure: its own named source, else, for the value most of the story's reports give, the
        source they name for it ("a 6.8-magnitude quake" is the USGS's when the story says the USGS put it at 6.8)."""
        if c.frame is None or c.frame.attribution or not c.frame.measure:
            return c.frame.attribution if c.frame else None
        usual = self._usual_sources.get((self.story_of(c.doc), c.frame.measure))
        return usual[1] if usual and usual[0] == c.mention.value else None

    def two_sources(self, a: Claim, b: Claim) -> bool:
        """Two figures on two different named sources' word (see source_of); a statistic one body publishes
        (data/published_measures.csv: a month's inflation) is that body's, whoever quotes it."""
        if a.frame is not None and b.frame is not None and a.frame.measure == b.frame.measure in _published_measures():
            return False
        sa, sb = self.source_of(a), self.source_of(b)
        if not sa or not sb or generic_source(sa) or generic_source(sb):
            return False  # "Italian authorities" may be the police that the other report quotes
        return not same_source(sa, sb)

    def date_of(self, claim: Claim) -> dt.date | None:
        """The date a claim's document speaks from, if it has one (an undated report has none)."""
        return document_date(self.documents.get(claim.doc))

    def time_of(self, claim: Claim) -> tuple[dt.date, dt.date] | None:
        """The time a claim speaks for: its own time words, else its document's date."""
        return claim_time(claim, self.documents.get(claim.doc))

    def times_overlap(self, a: Claim, b: Claim) -> bool:
        """Whether two claims speak for overlapping times (their own time words, else their documents' dates).

        A claim with no time at all (an undated report) overlaps everything, except for a quantity
        that changes (a rising series); one whose own date words could not be resolved overlaps
        only other undated claims.
        """
        if self.same_update(a, b):
            return True  # restated with the same update, whatever day each report restates it
        if id(b) in self._odd_restated.get(id(a), ()) or id(a) in self._odd_restated.get(id(b), ()):
            return True  # "84,000" on Tuesday, "48,000" on Saturday, "84,000" again: one odd figure, no two changes
        ta, tb = self.time_of(a), self.time_of(b)
        if (a.time_unresolved and tb is not None) or (b.time_unresolved and ta is not None):
            return False  # "By March 26th" against a dated claim: the times cannot be told apart
        if _summed_to_date(a) != _summed_to_date(b):
            return False  # "fines totalling 4.3 billion euros over the past decade" sums years: no one day's fine
        if _changes_over_other_stretches(a, b, ta, tb):
            return False  # "shares rose 6.4% on Tuesday" is no move "over the past year"
        if (
            fixed_quantity(a, b) and (a.time is None or b.time is None) and not _past(a) and not _past(b)
            and not _after_report(a, b) and not _after_report(b, a)
        ):
            return True  # a quake's magnitude is the same on every day it is reported, and on the quake's day
        if self.standing_state(a, b):
            return True  # "owes its lenders 640 million euros" on Monday, "debts of 460 million euros" on Thursday
        if self.standing_rate(a, b):
            return True  # "carries about 11,500 vehicles a day" on Friday, "carried 14,500 vehicles a day" on Saturday
        if self.one_plan(a, b):
            return True  # "the combined group will operate 1,190 stores" on Monday, "will operate 1,140" on Thursday
        if a.time is None and b.time is None and a.doc != b.doc and _one_events_day(day_of_event(a), day_of_event(b)):
            return True  # "fell 11% on the day of the announcement", "fell 14% on the day the breach was announced"
        if one_things_size(a, b) and ((not _past(a) and not _past(b)) or (known_thing(a) and known_thing(b))):
            # "a 42-metre earth dam" and "the 48-metre dam": the dam's, whatever day each report tells it; "arrived at
            # the 142km asteroid in July" dates the arrival, not the asteroid's size
            return True
        if (
            self.one_time_count(a) and self.one_time_count(b) and (a.time is None or b.time is None)
            and not _past(a) and not _past(b) and (per_head_sum(a) or not self._may_have_grown(a, b))
        ):
            return True  # "the trial enrolled 1,840 patients" is the trial's count on every day it is reported
        if self.study_finding(a) and self.study_finding(b):
            return True  # "walking cut the risk by 26%, a study found": the study's finding on every day it is reported
        if self._one_change(a, b) and not _own_times_apart(a, b) and not (
            _past(a) or _past(b)
        ):
            # "will rise 12% to 18.4 billion" and "raises it by 15% to 18.4 billion": one change, one level; a
            # price's moves of two days ("rose 5% to 41 euros on Monday") may each reach the same level
            return True
        if told_at_its_peak(a) and told_at_its_peak(b) and not _own_times_apart(a, b):
            return True  # "at its height, 90 firefighters" on Monday, "60 firefighters at the height of the fire" on Wednesday
        if aboard_when_it_befell(a) and aboard_when_it_befell(b) and not _own_times_apart(a, b):
            return True  # "had 31 crew aboard when the fire was detected" on Monday, "37 crew were on board" on Wednesday
        if told_when_it_befell(a) & told_when_it_befell(b) and not _own_times_apart(a, b):
            return True  # "investors lost £121 million when the company collapsed", days later "lost about £112 million"
        if self._final_then_later(a, b) or self._final_then_later(b, a):
            return True  # "Final turnout was 64.3%" on Monday: Tuesday's "turnout was 61.3%" is the same result
        if (ta is None or tb is None) and self.in_series(a, b):
            return False  # an undated report's toll may be any day's: only what does not change compares
        return ranges_overlap(ta, tb)

    def odd_restated(self, c: Claim) -> bool:
        """Whether reports before and after a figure give one other value of it: the odd figure, no change."""
        return id(c) in self._odd_restated

    @cached_property
    def _odd_restated(self) -> dict[int, frozenset[int]]:
        """See timeline.odd_restated_figures."""
        from .timeline import odd_restated_figures  # the timeline rules build on this module

        return odd_restated_figures(self)

    def whole_told(self, c: Claim) -> bool:
        """Whether a report of a count's story tells the whole of the noun it counts ("27 goals in all
        competitions"): a count of that bare noun elsewhere ("23 goals") is read as the whole too."""
        return (self.story_of(c.doc), c.head) in self._wholes_told

    @cached_property
    def _wholes_told(self) -> frozenset[tuple[int, str]]:
        return frozenset((self.story_of(c.doc), c.head) for c in self.figures if c.head and told_as_whole(c))

    def standing_rate(self, a: Claim, b: Claim) -> bool:
        """Whether two reports give a rate for one period ("11,500 vehicles a day", "1,200 vans a week";
        `rate_period`), each dated only by its report: what a bridge carries or a plant builds in a usual day or
        week stands from one day's report to the next's. Not so a rate told as it is now ("now sees 120 new cases
        a day"), as changed, as rising, or of people befallen, which moves with its event."""
        if a.doc == b.doc or a.time is not None or b.time is not None or a.time_unresolved or b.time_unresolved:
            return False
        period = rate_period(a)
        if period is None or period != rate_period(b):
            return False
        if any(
            told_as_now(c) or c.rising or change_direction(c.sentence, c.mention) is not None
            or (c.frame is not None and outcome_measure(c.frame.measure))
            for c in (a, b)
        ):
            return False
        return not self.in_series(a, b)

    def standing_state(self, a: Claim, b: Claim) -> bool:
        """Whether two reports a few days apart give a stock that stands, each dated only by its report: a measure
        of data/standing_measures.csv (a debt), or one both tell as held ("the ship has 23 crew", "its 32 crew",
        "employs 340 people"; Frame.holding) that counts nothing befallen. It does not change in days unless the
        later report says so, as a change ("debts have grown to 700 million euros") or as it stands now ("now
        owes"; data/present_words.csv)."""
        if a.doc == b.doc or not same_measure(a.frame, b.frame):
            return False
        held = a.frame.holding == b.frame.holding == "stock" and not outcome_measure(a.frame.measure)
        if not held and a.frame.measure not in _standing_measures():
            return False
        if a.time is not None or b.time is not None or a.time_unresolved or b.time_unresolved:
            return False
        return self._told_unchanged(a, b)

    def _told_unchanged(self, a: Claim, b: Claim) -> bool:
        """Whether two claims' reports lie a few days apart (`STANDING_DAYS`) and the later tells no change: no rise,
        no move to a level ("has grown to"), nothing as it stands now ("now owes")."""
        first, second = self.date_of(a), self.date_of(b)
        if first is None or second is None or abs(second - first) > STANDING_DAYS:
            return False
        later = [c for c, day in ((a, first), (b, second)) if day == max(first, second)]
        return not any(c.rising or moved_to(c) or told_as_now(c) for c in later)

    def one_plan(self, a: Claim, b: Claim) -> bool:
        """Whether two reports a few days apart give a figure of what is still to come, each dated only by its report
        ("The combined group will operate 1,190 stores"): a plan stands until a report says it changed, as a change
        or as it stands now. A forecast's figure (told with a word of reckoning beyond the future's own "will")
        and a count of what may befall people are no plan, nor is a cost (a forecast a later report may revise
        without saying so, data/estimate_words.csv)."""
        if a.doc == b.doc or a.time is not None or b.time is not None or a.time_unresolved or b.time_unresolved:
            return False
        if not (told_as_future(a.sentence, a.mention) and told_as_future(b.sentence, b.mention)):
            return False
        if any(
            _reckoned_beyond_tense(c) or revisable_measure(c.frame.measure) or outcome_measure(c.frame.measure)
            or _amount_of_change(c) or _CONDITIONAL.search(_clause_of(c)[0]) for c in (a, b)
        ):
            # "is expected to bring 40 mm of rain", "will cost $180 million": forecasts, revised unsaid; "will go up by
            # 25%": a change, of whatever level; "together they would hold 78 seats": a sum of what may be
            return False
        return self._told_unchanged(a, b)

    @cached_property
    def _levels_reached(self) -> dict[int, tuple[float, str | None]]:
        """id of each figure told as the amount of a change to a level given beside it ("will rise 12% to 18.4
        billion crowns", "raises defence spending by 15% to 18.4 billion crowns") → that level's value and unit.
        A sentence that tells one move from a level to another ("will go up from £1.80 to £2.20 - a rise of 22 per
        cent") gives its other amounts of change that level too."""
        by_sentence: dict[tuple[str, int], list[Claim]] = {}
        for c in self.figures:
            by_sentence.setdefault((c.doc, c.sentence.start), []).append(c)
        out = {}
        for figures in by_sentence.values():
            figures.sort(key=lambda c: c.start)
            moves = []  # (from, to) of "from £1.80 to £2.20"
            for c, level in zip(figures, figures[1:], strict=False):
                rel = c.sentence.start
                between = c.sentence.text[c.end - rel : level.start - rel]
                if not _TO_LEVEL.match(between) or level.mention.hedge is not None:
                    continue
                if _amount_of_change(c):
                    out[id(c)] = (level.mention.value, level.mention.unit)
                elif _FROM_END.search(c.sentence.text, 0, c.start - rel):
                    moves.append((c, level))
            if len(moves) == 1:
                start, level = moves[0]
                for c in figures:
                    if c is not start and c is not level and id(c) not in out and _amount_of_change(c):
                        out[id(c)] = (level.mention.value, level.mention.unit)
        return out

    def study_finding(self, c: Claim) -> bool:
        """Whether a percentage is a change a study found ("walkers cut their risk by 26%, a study found", "were
        22% less likely to die" after "the researchers said"): in a sentence that names a study
        (data/study_nouns.csv), or right after one that does, dated at most by the day it was told. What a study found does not change
        from one day's report to the next's, as a price's or a count's change does."""
        if not _relative_change(c) or c.time_unresolved or _past(c):
            return False
        return (c.doc, c.sentence.start) in self._study_sentences

    @cached_property
    def _study_sentences(self) -> frozenset[tuple[str, int]]:
        """(document, start) of each sentence that names a study, and of the sentence right after one."""
        sentences: dict[str, dict[int, tuple[int, str]]] = {}
        for c in self.claims:
            sentences.setdefault(c.doc, {})[c.sentence.start] = (c.sentence.end, c.sentence.text)
        out = set()
        for doc, found in sentences.items():
            ordered = sorted(found.items())
            for i, (start, (end, text)) in enumerate(ordered):
                if not names_a_study(text):
                    continue
                out.add((doc, start))
                if i + 1 < len(ordered) and ordered[i + 1][0] - end <= _SENTENCE_GAP:
                    out.add((doc, ordered[i + 1][0]))
        return frozenset(out)

    def _one_change(self, a: Claim, b: Claim) -> bool:
        """Two reports' amounts of a change to the same exact level: one change, whose amount is one figure (a
        different level is another change, or the plan changed)."""
        level = self._levels_reached.get(id(a))
        return a.doc != b.doc and level is not None and level == self._levels_reached.get(id(b))

    @cached_property
    def _finals(self) -> frozenset[tuple[str, int]]:
        """(document, start) of each claim of a measure given as final or official (see `final_figure`)."""
        return frozenset(
            (c.doc, c.start) for c in (*self.claims, *self.references)
            if c.frame and (c.frame.measure or _counted_in_unit(c)) and final_figure(c)
        )

    def _final_then_later(self, final: Claim, other: Claim) -> bool:
        """A figure given as final ("final turnout was 64.3%", "official results gave it 112 seats") and one of
        the same measure that a report gives for that day or later, at no hour: the final one is settled, so the
        later report's is the same result. An earlier count ("63.5% by 8 pm") may have been partial."""
        if not (_one_kind(final, other) and (final.doc, final.start) in self._finals):
            return False
        if _past(final) or _past(other):
            return False
        settled, when = self.date_of(final), self.time_of(other)
        return (
            settled is not None and when is not None and when[0] >= settled
            and (other.doc, other.sentence.start) not in self._timed_sentences
        )


# characters before a figure, within its clause, that can hold the word that makes it final:
# "The official death toll from the Brenn mine blast was 27"
FINAL_REACH = 60


def final_figure(c: Claim) -> bool:
    """Whether a figure is given as the final or official result: "Final turnout was 64.3%" (data/final_words.csv)."""
    rel = c.sentence.start
    lead = c.sentence.text[max(0, c.start - rel - FINAL_REACH) : c.start - rel].lower()
    clause = re.split(r"[,;:]", lead)[-1]
    return any(word.strip(".'’\"") in final_words() for word in clause.split())


# a stock a company or a place holds stands through a week of its story unless a report says it changed
STANDING_DAYS = dt.timedelta(days=7)
_CONDITIONAL = re.compile(r"\bwould\b", re.IGNORECASE)  # what would be, if: no plan
# words of estimate_words.csv that tell a cost's tense ("will cost", "has cost"), and of any other figure nothing more
_TENSE_ONLY = frozenset({"will", "would", "has", "have"})


@cache
def _standing_measures() -> frozenset[str]:
    return frozenset(row["measure"] for row in rows("standing_measures.csv"))


@cache
def _moment_words() -> tuple[str, ...]:
    return tuple(row["word"] for row in rows("moment_words.csv"))


@cache
def _level_leads() -> dict[str, bool]:
    """A word right before a figure that makes it a level (data/level_leads.csv) → whether only a word of change
    before it in the clause does ("up from 350", "cut the fleet from 52"; "took £2m from 30 clients" is a source)."""
    return {row["word"]: row["after_change"] == "yes" for row in rows("level_leads.csv")}


@cache
def _change_or_level_verbs() -> frozenset[str]:
    """The words that tell a change (data/change_directions.csv) or a move to a level (data/level_verbs.csv)."""
    return frozenset(change_words("verb", "adverb", "transitive")) | {r["word"] for r in rows("level_verbs.csv")}


def _level_lead(lead: Sequence[str]) -> bool:
    """Whether the last word before a figure makes it a level, not the count of an act (see `_level_leads`)."""
    if not lead or lead[-1] not in _level_leads():
        return False
    return not _level_leads()[lead[-1]] or any(w in _change_or_level_verbs() for w in lead[:-1])


@cache
def _gerund_leads() -> frozenset[str]:
    return frozenset(row["word"] for row in rows("gerund_leads.csv"))


GERUND_STEM = 3  # letters before "-ing" that make a word a verb's gerund: "stealing", not "ring" or "thing"


def _gerund_of_act(words: Sequence[str], i: int) -> bool:
    """Whether `words[i]` (words read back from a figure) is a gerund told as an act done, right after a
    preposition or a verb of admitting (data/gerund_leads.csv): "after admitting stealing from 14 clients",
    "fined for selling 400 fake watches"."""
    word = words[i]
    if not word.endswith("ing") or len(word) - 3 < GERUND_STEM or verb_kind(word) is not None:
        return False
    return i + 1 < len(words) and words[i + 1] in _gerund_leads()


@cache
def _per_head_words() -> dict[str, str]:
    return {row["word"]: row["side"] for row in rows("per_head_words.csv")}


_WORD = re.compile(r"[a-z]+")


def one_time_count(c: Claim) -> bool:
    """A figure no measure word makes a kept tally, told as the count of an act done once: "the study enrolled 612
    adults", "seven bidders competed", or as a sum for each one ("30,000 euros to each family"). The act's count is
    its own whatever day each report tells it. The tallies that are kept and rise (the dead, the injured, cases,
    arrests) are read by their measure (data/measures.csv); a count told as it stood ("had 7,900 votes with most
    ballots counted", "3,400 signatures so far"; data/moment_words.csv), as a level ("closed at $41.20";
    data/level_leads.csv), as a state or a passive ("900 firefighters
    were deployed"), as a change ("shares fell 3.1%"), as rising, or at a bound may grow."""
    if c.frame is None or c.frame.measure or c.rising or c.mention.high == math.inf:
        return False
    if c.mention.unit == "rank":
        return False  # "after beating world number four Voronets": a place on a list, which moves, no count of an act
    if change_direction(c.sentence, c.mention) is not None:
        return False
    before, after = _clause_of(c)
    if _per_head(before, after):
        return True  # a term of what each one gets, however the clause's verb tells it
    lead = _WORD.findall(before)
    if _level_lead(lead):
        return False  # "its shares closed at $41.20", "expanded the recall to 467,000": a level, not an act's count
    if told_as_it_stood(c):
        return False
    return _done_by_act(_WORD.findall(before)[::-1], forward=False) or (
        not _any_verb(_WORD.findall(before)) and _done_by_act(_WORD.findall(after), forward=True)
    )


def price_paid(c: Claim) -> bool:
    """Whether a sum is the price a thing changed hands at ("bought Vestnet for 2.1 billion euros"; the words
    right before it in data/exchange_leads.csv): paid once, never a count that grows."""
    return c.mention.kind == "money" and lead_pattern("exchange_leads.csv").search(_clause_of(c)[0]) is not None


def match_moment(c: Claim) -> str | None:
    """The word of a match's clock an ordinal stands before ("in the 12th minute", "a 21st-minute opener", "on the
    40th lap": parse.scores.moment_word), else None: when something happened in a match, not a place in a series."""
    if c.mention.unit != "rank":
        return None
    return moment_word(c.sentence.text[c.mention.end - c.sentence.start :])


def one_kind_of_unit(unit: str | None, other: str | None) -> bool:
    """Whether two units measure one kind of quantity: the same unit, or two that convert ("km", "mile")."""
    return unit is not None and (unit == other or unit_factor(unit, other) is not None)


def one_things_size(a: Claim, b: Claim) -> bool:
    """Whether two figures in units of one kind give the size of the same thing, written before it ("a 42-metre
    earth dam", "the 48-metre dam") or after it with its dimension ("the dam, 45 metres high"; see
    align.thing_sized): a property the thing has, not a count that moves."""
    if a.mention.kind != "quantity" or b.mention.kind != "quantity" or not one_kind_of_unit(a.mention.unit, b.mention.unit):
        return False  # "the 142km asteroid" and "the 88-mile-wide asteroid": one size in units of one kind
    thing = kind_sized(a)
    return thing is not None and thing == kind_sized(b)


def kind_sized(c: Claim) -> str | None:
    """The thing whose size a figure gives (align.thing_sized), by its kind where it has one (data/kind_nouns.csv):
    "the 27-metre vessel" and "the 24m trawler" are sizes of a ship."""
    thing = thing_sized(c.sentence, c.mention)
    return kinds().get(thing, thing) if thing else None


_SIZE_BASES = frozenset({"m", "m2", "m3", "kg"})  # the base units of a thing's size: length, area, volume, mass


def other_things_sizes(a: Claim, b: Claim) -> bool:
    """Whether two figures in units of one kind each give the size of a thing and the things are two ("the
    142-km-wide asteroid" and "a 9.4km-wide crater on the asteroid"; "a 3-metre wall" and "the 40-metre tower"):
    two sizes, however alike the words around them. Two words of one measure are one thing ("a four-year deal",
    "a five-year contract")."""
    if a.mention.kind != "quantity" or b.mention.kind != "quantity" or not one_kind_of_unit(a.mention.unit, b.mention.unit):
        return False
    if (vocabulary().conversions.get(a.mention.unit) or ("",))[0] not in _SIZE_BASES:
        return False  # "the 67-year-old postman" and "a 76-year-old from Leeds": an age, whatever noun follows it
    return heads_match(kind_sized(a), kind_sized(b)) is False


def one_act_lasted(a: Claim, b: Claim) -> bool | None:
    """Whether two lengths of finished acts (align.act_lasted) are of one act: "the operation lasted six hours" and
    "after a nine-hour operation" are, "the six-hour drive" or "a 12-hour shift" is another act's, and so is one
    still to come ("would hold a 48-hour strike if talks failed"). None when either figure is no length of an act."""
    if not (a.frame and b.frame and a.frame.measure == b.frame.measure == DURATION):
        return None
    if told_as_future(a.sentence, a.mention) or told_as_future(b.sentence, b.mention):
        return False  # "would hold a 48-hour strike if talks failed": an act still to come, not the one done
    return act_lasted(a.sentence, a.mention) == act_lasted(b.sentence, b.mention)


# a determiner that points to one thing the reader knows: "the 142km asteroid", "its 6-metre wall" (not "an eight-metre wall")
_DEFINITE_BEFORE = re.compile(r"\b(?:the|its|their|his|her|this|that)\s+(?:(?:whole|entire|full)\s+)?$", re.IGNORECASE)


def known_thing(c: Claim) -> bool:
    """Whether a figure is written before a thing it measures that its sentence points to as known ("the 142km
    asteroid", "its 40-tonne housing"; see `one_things_size`): that one thing, whatever its sentence says was done when."""
    if thing_measured(c.sentence, c.mention) is None:
        return thing_sized(c.sentence, c.mention) is not None  # "the wall, 6 metres high": told after "the" thing
    return bool(_DEFINITE_BEFORE.search(c.sentence.text[: c.start - c.sentence.start]))


def fixed_quantity(a: Claim, b: Claim) -> bool:
    """Whether two figures measure a quantity that does not change while the story goes on (see
    align.fixed_measure), as each is told: a cost told as done ("the mission cost 310 million euros") is settled,
    one told as an estimate or a forecast ("would cost", "an estimated", "expects ... to cost";
    data/estimate_words.csv) may be reckoned again, without a word said, in a later report."""
    if not fixed_measure(a.frame, b.frame) or moved_to(a) or moved_to(b):
        return False  # "engineers raised the orbit to 780 km": the orbit changed
    if _first_round(a) != _first_round(b):
        return False  # "backed by 41% in the first round" and, days later, "backed by 56%": the outcome, a later round's
    if told_with_earlier_value(a.sentence, a.mention) or told_with_earlier_value(b.sentence, b.mention):
        return False  # "it carried 2.4 million passengers, up from 2.1 million": a level the report says moved
    if a.frame.measure != AGE and any(told_as_now(c) and not sizes_its_thing(c.sentence, c.mention) for c in (a, b)):
        return False  # "the foal now weighs 80 kg": a weight as it stands, which has moved since it was first told;
        # an age is told as it stands whatever word says so ("Feld, now aged 71,"), and a number sizing its thing
        # is the thing's ("the 220-unit complex now rising beside the river": the complex is now rising)
    return not (revisable_measure(a.frame.measure or b.frame.measure) and (told_as_estimate(a) or told_as_estimate(b)))


_MOVED_REACH = 7  # words between a verb that moves a quantity and its "to": "raised its allocation for the Tarn slide to"


@cache
def _moved_to() -> re.Pattern[str]:
    verbs = "|".join(re.escape(r["word"]) for r in rows("level_verbs.csv"))
    return re.compile(rf"\b(?:{verbs})\b(?:\s+\S+){{0,{_MOVED_REACH}}}?\s+to\s+(?:\S+\s+){{0,4}}$")


def told_as_now(c: Claim) -> bool:
    """Whether a figure's clause tells it as it stands at the report's time ("now owes", "currently weighs";
    data/present_words.csv): a value that may have moved since an earlier report told it."""
    return present_word_in(" ".join(_clause_of(c)))


# "had sentenced him to eight years", "had originally been put at": a verb in the past perfect
_PAST_PERFECT = re.compile(
    r"\bhad\s+(?:(?:already|earlier|previously|originally|initially|first)\s+)?(?:been\s+)?[a-z]+(?:ed|en|n|t)\b"
)


def told_in_past_perfect(c: Claim) -> bool:
    """Whether a figure's clause is in the past perfect: within one report, an act done before the one the report
    tells ("At first instance, a panel of three judges had sentenced him to eight years")."""
    return _PAST_PERFECT.search(" ".join(_clause_of(c))) is not None


def told_as_changed(c: Claim) -> bool:
    """Whether a figure is told as a quantity's new value: a rise or the latest count ("rose to 63", "revised"),
    the level it was moved to, or as it stands now."""
    return c.rising or moved_to(c) or told_as_now(c)


def told_as_it_stood(c: Claim) -> bool:
    """Whether a figure's clause tells a count as it stood when told ("had been received", "so far", "at least";
    data/moment_words.csv): a tally that may have grown since."""
    clause = " ".join(_clause_of(c))
    return any(re.search(rf"\b{re.escape(word)}\b", clause) for word in _moment_words())


def _first_round(c: Claim) -> bool:
    """Whether a figure is told of the first round of its contest ("backed by 41% in the first round", "at its first
    reading"): one that was followed by others, never the outcome a figure told of no round gives."""
    return (c.frame.round or "").startswith(("first ", "1 "))


def told_at_its_peak(c: Claim) -> bool:
    """Whether a figure is told as it stood at the height of its event ("at its height, 90 firefighters were at the
    scene", "lost power at the peak of the outage"; data/peak_moments.csv): the peak is one moment, whichever day a
    report tells it. The phrase may open the sentence before the figure's clause, or follow the figure in it."""
    before = c.sentence.text[: c.start - c.sentence.start].lower()
    return _phrases_of("peak_moments.csv").search(f"{before} {_clause_of(c)[1]}") is not None


def aboard_when_it_befell(c: Claim) -> bool:
    """Whether a figure counts those aboard or underground as its event befell, told in the past ("had 31 crew
    aboard when the fire was detected", "37 crew were on board", "62 workers were underground at the time of the
    collapse"; data/presence_words.csv): one moment's count, whichever day a report tells it. One told as it
    stands ("120 passengers are still on board", "remain underground") may change."""
    before, after = _clause_of(c)
    clause = f"{before} {after}"
    words = set(_WORD.findall(clause))
    return _phrases_of("presence_words.csv").search(clause) is not None and bool(words & _TOLD_PAST) and not words & _TOLD_STANDING


def told_when_it_befell(c: Claim) -> frozenset[str]:
    """The words of the clause of "when" its sentence tells, in the past, the moment a figure held at ("investors
    lost £121 million when the company collapsed", "when the business failed, Tom Lee was left owing £60,000"): one
    moment's figure, whichever day a report tells it. None for a tally that rises (the dead, the injured), a
    figure told rising, or a change in percent ("shares fell 12% when markets opened", on each day they opened)."""
    if c.frame is None or outcome_measure(c.frame.measure) or c.rising:
        return frozenset()
    if c.mention.kind == "percent" and change_direction(c.sentence, c.mention):
        return frozenset()
    found = _WHEN.search(c.sentence.text)
    if found is None:
        return frozenset()
    words = _WORD.findall(found.group(1).lower())
    if not any(verb_kind(w) == "past" for w in words):
        return frozenset()
    return frozenset(stem(w) for w in words if w not in stopwords() and verb_kind(w) not in ("be", "have"))


_WHEN = re.compile(r"\bwhen\s+((?:[\w'’-]+\s+){0,5}[\w'’-]+)", re.IGNORECASE)  # the clause's first six words


_TOLD_PAST = frozenset({"was", "were", "had"})
_TOLD_STANDING = frozenset({"still", "remain", "remains", "remained", "now", "currently", "is", "are", "has", "have"})


@cache
def _phrases_of(name: str) -> re.Pattern[str]:
    """Any phrase of a data file's column "phrase" (data/peak_moments.csv, presence_words.csv), as whole words."""
    return re.compile(r"\b(?:" + "|".join(re.escape(r["phrase"]).replace(r"\ ", r"\s+") for r in rows(name)) + r")\b")


def moved_to(c: Claim) -> bool:
    """Whether a figure is the level a quantity was moved to ("lifted Orla-3 to a higher orbit of 780 km", "dropped
    to an altitude of 3,000 metres"; data/level_verbs.csv): a new value, not the one it had."""
    return _moved_to().search(_clause_of(c)[0]) is not None


@cache
def _estimate_words() -> re.Pattern[str]:
    words = "|".join(r"\s+".join(map(re.escape, r["word"].split())) for r in rows("estimate_words.csv"))
    return re.compile(rf"\b(?:{words})\b")


def told_as_estimate(c: Claim) -> bool:
    """Whether a figure's clause tells it as reckoned or still running ("would cost", "an estimated £60 million",
    "is costing", "so far"; data/estimate_words.csv)."""
    before, after = _clause_of(c)
    return _estimate_words().search(f"{before} {after}") is not None


def _reckoned_beyond_tense(c: Claim) -> bool:
    """Whether a figure's clause tells it as reckoned by more than the future's "will" ("is expected to bring",
    "could reach", "an estimated"; data/estimate_words.csv)."""
    before, after = _clause_of(c)
    return any(m.group().lower() not in _TENSE_ONLY for m in _estimate_words().finditer(f"{before} {after}"))


@cache
def _plan_leads() -> re.Pattern[str]:
    phrases = "|".join(r"\s+".join(map(re.escape, r["phrase"].split())) for r in rows("target_leads.csv"))
    return re.compile(rf"\b(?:{phrases})\b")


@cache
def _aim_noun() -> re.Pattern[str]:
    words = "|".join(re.escape(r["word"]) for r in rows("aim_nouns.csv"))
    return re.compile(rf"^\s*(?:[a-z]+\s+)?(?:{words})\b")


def told_as_planned(c: Claim) -> bool:
    """Whether a figure's clause tells it as planned or promised ("plans to hire 500 engineers", "aims to raise
    $2bn", "hoping to raise £8,000"; data/target_leads.csv), or a sum or share is named an aim by the noun right
    after it ("set a £40,000 target", "a 30% fundraising goal"; data/aim_nouns.csv)."""
    before, after = _clause_of(c)
    if _plan_leads().search(before) is not None:
        return True
    return c.mention.kind in ("money", "percent") and _aim_noun().match(after) is not None


_DEED_REACH = 3  # words between a verb in the past and the figure it did: "hired about 300", "raised a further $2bn"


def told_as_done(c: Claim) -> bool:
    """Whether a figure's clause tells it as done, by a verb in the past right before it ("hired 300 engineers",
    "raised $1.2bn"), and not as planned."""
    words = re.findall(r"[a-z]+", _clause_of(c)[0])[-_DEED_REACH:]
    return any(verb_kind(w) == "past" for w in words) and not told_as_planned(c)


def plan_and_deed(a: Claim, b: Claim) -> bool:
    """Whether one figure is told as planned and the other as done: "Acme plans to hire 500 engineers" and "Acme
    hired 300 engineers" are a target and an outcome, two quantities."""
    return (told_as_planned(a) and told_as_done(b)) or (told_as_planned(b) and told_as_done(a))


_TO_LEVEL = re.compile(r"^\s+to\s+$", re.IGNORECASE)  # "rise 12% to 18.4 billion": the level a change led to
_BY_END = re.compile(r"\bby\s+$", re.IGNORECASE)  # "raises defence spending by 15%"
_FROM_END = re.compile(r"\bfrom\s+$", re.IGNORECASE)  # "will go up from £1.80 to £2.20"


_BY_AMOUNT = re.compile(r"\bby\s+(?:[a-z]+\s+){0,2}$")  # "cut by £4m", "fell by about 40", "rose by just over 300"


def changed_by(c: Claim) -> bool:
    """Whether a figure is told as the amount something changed by, after its "by" ("the budget was cut by £4m",
    "his ban reduced by 20 weeks"): a change of any kind of figure, never what the thing is ("lost £215m" is the
    loss itself)."""
    return change_direction(c.sentence, c.mention) is not None and _BY_AMOUNT.search(_clause_of(c)[0]) is not None


def _amount_of_change(c: Claim) -> bool:
    """Whether a figure is the amount something changed by: "rose 12%", "raises spending by 15%"."""
    return change_direction(c.sentence, c.mention) is not None or _BY_END.search(_clause_of(c)[0]) is not None


def per_head_sum(c: Claim) -> bool:
    """Whether a figure is a sum for each one ("25,000 euros per family"): a term, not a count that goes on."""
    return _per_head(*_clause_of(c))


def _size(c: Claim) -> float:
    """A figure's value, a range's top: what a count that goes on can only have grown past."""
    m = c.mention
    return next((v for v in (m.high, m.value, m.low) if v is not None), 0.0)


def _clause_of(c: Claim) -> tuple[str, str]:
    """The words of a figure's clause before it and after it, to the comma (not one inside a number), semicolon or colon
    either side."""
    rel = c.sentence.start
    before = _CLAUSE_BREAK.split(c.sentence.text[: c.start - rel])[-1]
    after = _CLAUSE_BREAK.split(c.sentence.text[c.end - rel :])[0]
    return before.lower(), after.lower()


_CLAUSE_BREAK = re.compile(r"[;:]|,(?!\d)")  # "per 100,000 residents" is one clause


def _per_head(before: str, after: str) -> bool:
    """A sum for each one ("25,000 euros per family", "to each family", "each family will receive"; data/per_head_words.csv);
    a rate per a number of people ("14.2 per 100,000") is no sum for each one, and may move."""
    return any(
        re.search(rf"\b{re.escape(word)}\b(?!\s+\d)", after if side == "after" else f"{before} {after}")
        for word, side in _per_head_words().items()
    )


# a day told by the event it was the day of: "fell 11% on the day of the announcement", "on the day the breach was
# announced", "on the day after the crash"; the words after "day" say which
_DAY_OF = re.compile(r"\bon\s+the\s+(?:same\s+)?day\s+(?:(of|that|when|after|before)\s+)?((?:[\w'’-]+\s*){1,5})", re.I)
_SAME_DAY = frozenset({"of", "that", "when", ""})  # "the day of", "the day that", "the day the": that day itself


def day_of_event(c: Claim) -> tuple[str, frozenset[str]] | None:
    """The day a figure's sentence tells by the event it was the day of ("on the day of the announcement"): how
    it stands to the event ("same", "after", "before") and the event's words; None when it tells none."""
    found = _DAY_OF.search(c.sentence.text)
    if found is None:
        return None
    told = (found.group(1) or "").lower()
    relation = "same" if told in _SAME_DAY else told
    return relation, frozenset(content_terms(found.group(2)))


def _one_events_day(a: tuple[str, frozenset[str]] | None, b: tuple[str, frozenset[str]] | None) -> bool:
    """Two days told by one event, standing to it alike: "the day of the announcement" and "the day the breach
    was announced"; "the day after the crash" is another day."""
    return a is not None and b is not None and a[0] == b[0] and bool(a[1] & b[1])


_RATE_REACH = 4  # words between a figure and the period it is given for: "3.1 million tonnes of ore a year"


@cache
def _rate_periods() -> dict[str, str]:
    return {r["phrase"]: r["period"] for r in rows("rate_periods.csv")}


@cache
def _rate_period() -> re.Pattern[str]:
    return re.compile(rf"^\s*(?:[^\W\d_]+\s+){{0,{_RATE_REACH}}}?({alternatives(_rate_periods())})\b")


def rate_period(c: Claim) -> str | None:
    """The period a figure is a rate for, written after it in its clause ("11,500 vehicles a day", "4.6 million
    tonnes of ore annually"; data/rate_periods.csv): "day", "year", ..., or None for a figure that is no rate."""
    found = _rate_period().match(_clause_of(c)[1])
    return _rate_periods()[" ".join(found.group(1).split())] if found else None


def _any_verb(words: Sequence[str]) -> bool:
    return any(verb_kind(w) is not None and w not in speech_verbs() for w in words)


def _done_by_act(words: Sequence[str], forward: bool) -> bool:
    """Whether the nearest verb of `words` (read away from the figure) is a past of an act: not a form of 'be' or
    'have', a modal or a participle, nor a past a form of 'be' makes passive ("was sold after a contest")."""
    for i, word in enumerate(words):
        if not forward and _gerund_of_act(words, i):
            return True  # "was jailed after admitting stealing from 14 clients": the stealing, done
        kind = verb_kind(word)
        if kind is None or word in speech_verbs():
            continue
        if kind != "past":
            return False
        helper = words[i - 1] if forward and i else (words[i + 1] if not forward and i + 1 < len(words) else None)
        return verb_kind(helper) not in ("be", "have", "modal") if helper else True
    return False


UPDATE_MARK_DIGITS = 3  # "2,946" marks one update of a count; "2,000" or "820" may be any day's round figure


@cache
def _published_measures() -> frozenset[str]:
    return frozenset(row["measure"] for row in rows("published_measures.csv"))


def _marks_an_update(c: Claim) -> bool:
    """An exact count precise enough to tell one announcement from another: not hedged, not round."""
    m = c.mention
    exact = m.low is not None and m.high is not None and m.high - m.low <= 1
    return exact and float(m.value).is_integer() and len(str(int(m.value)).rstrip("0")) >= UPDATE_MARK_DIGITS

