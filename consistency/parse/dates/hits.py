"""What a reader returns (a Hit) and what it may consult (the Context), with the helpers readers share."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from ...model import DEFAULT_DATE_ORDER
from ..names.lexicon import speech_verbs
from ..scan import lowered
from . import periods
from .periods import Span
from .vocabulary import alternation, normalise, rows, vocabulary

__all__ = [
    "STEPS",
    "Hit",
    "Context",
    "Reader",
    "compile_pattern",
    "count_number",
    "day_hit",
    "day_in_words",
    "day_number",
    "full_year",
    "is_capitalised",
    "month_number",
    "put_off_until",
    "unit_name",
    "word_sense_lowercase",
]


@dataclass(slots=True)
class Hit:
    """A date expression found at text[start:end]; `span` None when it cannot be resolved."""

    start: int
    end: int
    span: Span | None
    grain: str
    rank: int = 0
    month: int | None = None  # set when the year was inferred, so that a range can lend its own
    day: int | None = None
    needs_part: bool = False  # "the year" is a date only as "the end of the year"
    hedge: str | None = None  # the bound word that opens it: "by", "before", "since" (dates.bounds)
    ends: str | None = None  # a range written with both ends, as an ISO 8601 interval: "1970-12/1971-03"


@dataclass(slots=True)
class Context:
    """The text being read: patterns run on `lowered` (same offsets); case is read from `text`."""

    text: str
    published: dt.date | None
    lowered: str = ""
    date_order: str = DEFAULT_DATE_ORDER  # how all-number dates are written: MDY, DMY or YMD

    def __post_init__(self) -> None:
        if not self.lowered:
            self.lowered = lowered(self.text)

    def written(self, m: re.Match[str], group: str) -> str:
        """A matched group as the document writes it (patterns see the lower-cased copy)."""
        return self.text[m.start(group) : m.end(group)]

    def clause_before(self, pos: int, width: int = 80) -> str:
        """The words of the clause that leads up to `pos` (at most `width` characters)."""
        piece = self.text[max(0, pos - width) : pos]
        cut = max((m.start() for m in _CLAUSE_MARK.finditer(piece)), default=-1)
        return piece[cut + 1 :]

    def lean(self, pos: int) -> str:
        """Which way the words around `pos` point: "future" when the clause before speaks of what will
        happen ("will meet on Friday"), "past" when the sentence tells what happened or has happened
        ("struck on", "was held", "have risen since"), "" when it has no tense at all (a heading, a list,
        a bare date, or only a verb of speech: "runs July 13 to 15, organisers said")."""
        if _backward_words().search(self.text, max(0, pos - 20), pos):
            return "past"  # "the third strike since Monday" looks back, whatever the clause's tense
        if put_off_until(self, pos):
            return "future"  # "has been postponed until 9 May": the new day, still to come when it was put off
        clause = self.clause_before(pos, _SENTENCE_WIDTH)
        future = [m.end() for m in _future_words().finditer(clause)]
        if future and not any(_past_act(clause, future[-1], v) for v in _past_words().finditer(clause, future[-1])):
            return "future"  # "would recover after they went down on Saturday": the date is of the past verb's act
        if _LEADING_PREPOSITION.fullmatch(clause) and self._main_clause_to_come(pos):
            return "future"  # "From Monday, residents will be limited to 50 litres": the clause the date leads
        verbs = (normalise(m.group()) for m in _past_forms(self.sentence_around(pos)))
        return "past" if any(verb not in _speech_verbs() for verb in verbs) else ""

    def _main_clause_to_come(self, pos: int) -> bool:
        """Whether the rest of the sentence a date opens speaks of what will happen before it tells anything done:
        "On Monday, the council will vote", not "On Monday, officials said the dam will open"."""
        rest = self.text[pos : pos + _SENTENCE_WIDTH]
        end = _SENTENCE_END.search(rest)
        rest = rest[: end.start() if end else len(rest)]
        future = _future_words().search(rest)
        past = next(_past_forms(rest), None)
        return future is not None and (past is None or future.start() < past.start())

    def told_to_come(self, pos: int) -> bool:
        """Whether the sentence that holds `pos` speaks of what is to come, in any clause, and tells nothing done
        but what was said ("Thursday's stage will run from Llangollen to Aberystwyth, before Friday's time trial",
        "organisers said Saturday's concert will go ahead")."""
        sentence = self.sentence_around(pos)
        past = (normalise(m.group()) for m in _past_forms(sentence))
        return bool(_future_words().search(sentence)) and all(verb in _speech_verbs() for verb in past)

    def sentence_around(self, pos: int) -> str:
        """The words of the sentence that holds `pos` (at most `_SENTENCE_WIDTH` characters either side)."""
        low = max(0, pos - _SENTENCE_WIDTH)
        before = self.text[low:pos]
        after = self.text[pos : pos + _SENTENCE_WIDTH]
        # a stop right before `pos` ends a sentence when the capital after it does, which lies past `pos`: "She swam
        # there. From September, it will be shut" is read without the sentence before
        ends = _SENTENCE_END.finditer(self.text, low, min(len(self.text), pos + _SENTENCE_WIDTH))
        start = max((m.end() - low for m in ends if m.end() <= pos), default=0)
        end = _SENTENCE_END.search(after)
        return before[start:] + after[: end.start() if end else len(after)]

    def token_before(self, pos: int) -> str:
        """Whatever is written just before `pos` and the spaces before it ("5%", "$10,000", "said,")."""
        found = _TOKEN_BEFORE.search(self.text, max(0, pos - 40), pos)
        return found.group(1) if found else ""

    def word_before(self, pos: int) -> str:
        """The word just before `pos` (as written), or "" when punctuation comes first."""
        found = _WORD_BEFORE.search(self.text, max(0, pos - 40), pos)
        return found.group(1) if found else ""


# "have" straight after a word of the future: a future perfect ("will have finished", "expected to have
# reopened"), whose participle is done by a day still to come ("would have" is no future: see _future_words)
_SENTENCE_END = re.compile(r"[!?;\n]|\.(?=\s+[A-Z\"“])")  # not the dot of "Nov. 5"
_SENTENCE_WIDTH = 120  # how far from a date the verb that tells its tense may stand, either side

# Modifier words -> how many periods away from publication's they point.
STEPS = {"last": -1, "past": -1, "previous": -1, "prior": -1, "this": 0, "current": 0, "present": 0,
         "next": 1, "coming": 1, "upcoming": 1, "after next": 1, "before last": -1}


_TOKEN_BEFORE = re.compile(r"(\S+)[ \t]+$")
# a mark that ends a clause, not the colon of a time ("at 00:01 on Friday")
# a date that leads its sentence's clause, after its preposition at most: "From Monday, ...", "On Friday the ..."
_LEADING_PREPOSITION = re.compile(r"\s*(?:(?:on|from|by|starting|beginning)\s+)?", re.IGNORECASE)
_CLAUSE_MARK = re.compile(r'[.;!?,()"“”\n]|:(?!(?<=\d:)\d)')


Reader = tuple[re.Pattern[str], Callable[[re.Match[str], Context], Iterable[Hit]]]

_WORD_BEFORE = re.compile(r"([\w'’.-]+)[ \t]+$")


_UNTIL = re.compile(r"\b(?:until|till)\s+$", re.IGNORECASE)


@functools.cache
def _putting_off() -> re.Pattern[str]:
    """The verbs that put a thing off to a later day (data/called_off_verbs.csv): "adjourned", "postponed"."""
    return re.compile(rf"\b(?:{alternation(row['verb'] for row in rows('called_off_verbs.csv'))})\b", re.IGNORECASE)


def put_off_until(ctx: Context, start: int) -> bool:
    """Whether the date at `start` is the day a thing was put off until ("the judge adjourned sentencing until
    Friday", "the vote was postponed until 9 May"): the new day, no bound, and still to come when it was put
    off, however past the verb."""
    return bool(_UNTIL.search(ctx.text, max(0, start - 8), start) and _putting_off().search(ctx.clause_before(start)))


@functools.cache
def _future_words() -> re.Pattern[str]:
    """A word that says a clause speaks of what will happen: "will", "due to" (date_words.csv "future"), or of
    what was to happen when it was said: "said he would meet them on Friday" ("conditional"), unless a perfect
    after it puts it in the past ("would have met them on Friday")."""
    future = alternation(vocabulary().spellings("future"))
    conditional = alternation(vocabulary().spellings("conditional"))
    return re.compile(
        rf"(?<!\w)(?:{future})(?!\w)|(?<!\w)(?:{conditional})(?!\w)(?!\s+(?:not\s+|never\s+)?have\b|['’]ve\b)", re.I
    )


_ONLY_ADVERBS = re.compile(r"\s*(?:(?:not|never|also|then|soon|now|still|only|[a-z]+ly)\s+)*")


def _past_act(clause: str, future: int, verb: re.Match[str]) -> bool:
    """Whether a past form after a word of the future tells of an act done before: "would recover after they went
    down", not a participle of the future's own verbs ("expected to have all roads cleared by Friday", "will be
    reopened", date_words.csv "future_chain") unless a clause of its own leads to it ("will be raised after it sank",
    "clause_link")."""
    if normalise(verb.group()) in _speech_verbs():
        return False
    if _ONLY_ADVERBS.fullmatch(clause, future, verb.start()):
        return False  # "will shut by 29 March", "would not cut": a verb right after the word of the future is its own
    between = clause[future : verb.end()]
    return _future_chain().search(between) is None or _clause_link().search(between) is not None


@functools.cache
def _future_chain() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(vocabulary().spellings('future_chain'))})(?!\w)", re.I)


@functools.cache
def _clause_link() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(vocabulary().spellings('clause_link'))})(?!\w)", re.I)


@functools.cache
def _backward_words() -> re.Pattern[str]:
    """A word right before a date that points back from the report ("since Monday"; date_words.csv "backward")."""
    return re.compile(rf"(?<!\w)(?:{alternation(vocabulary().spellings('backward'))})\s+$", re.I)


@functools.cache
def _speech_verbs() -> frozenset[str]:
    """ "said", "announced": their tense is the statement's, not the tense of what the sentence dates."""
    return frozenset(speech_verbs())


@functools.cache
def _past_words() -> re.Pattern[str]:
    """A verb in a past tense: a regular one ("reported", "killed", not "need") or one of date_words.csv's
    "past" words ("was", "struck", "risen"); not a participle of the present passive ("is held", "are
    expected"), nor one that describes the noun after an article or a possessive ("will play the rearranged
    match on 21 March", "a delayed flight")."""
    irregular = alternation(vocabulary().spellings("past"))
    present = "".join(rf"(?<!\b{word}\s)" for word in ("is", "are", "am", "be", *_DETERMINERS))
    return re.compile(rf"(?<!\w){present}(?:{irregular}|[a-z]{{2,}}(?<!e)ed)(?!\w)", re.I)


_DETERMINERS = ("the", "a", "an", "its", "their", "his", "her", "our", "whose")  # a participle after one describes a noun
# a passive's auxiliary and an adverb before its participle: "will be closely watched", "is widely expected"
_PASSIVE_WITH_ADVERB = re.compile(r"\b(?:is|are|am|be)\s+[a-z]+ly\s+$", re.IGNORECASE)


def _past_forms(text: str) -> Iterator[re.Match[str]]:
    """The verbs of `text` in a past tense (`_past_words`), not a participle of a present or future passive with an
    adverb before it ("the next meeting on 5 August will be closely watched")."""
    for m in _past_words().finditer(text):
        if not _PASSIVE_WITH_ADVERB.search(text, max(0, m.start() - 30), m.start()):
            yield m


@functools.cache
def fragments() -> dict[str, str]:
    """Regex pieces shared by the readers, written @NAME@ in their patterns."""
    v = vocabulary()
    full_weekdays = [w for w in v.weekdays if w not in v.weekday_abbreviations]
    full_months = [m for m in v.months if m not in v.month_abbreviations]
    return {
        "MON": rf"(?:(?:{alternation(full_months)})(?![a-z])|(?:{alternation(v.month_abbreviations)})(?![a-z])\.?)",
        "WDFULL": rf"(?:{alternation(full_weekdays)})(?![a-z])",
        "WDNAME": rf"(?:{alternation(full_weekdays)})",
        "WDALONE": rf"(?:{alternation(v.lone_weekday_abbreviations)})(?![a-z])\.?",
        "WD": rf"(?:(?:{alternation(full_weekdays)})(?![a-z])|(?:{alternation(v.weekday_abbreviations)})(?![a-z])\.?)",
        "ORD": rf"(?:{alternation(v.spellings('ordinal'))})(?![a-z])",
        "DAYWORD": rf"(?:{alternation(v.spellings('day_word'))})(?![a-z-])",
        "NUM": rf"(?:\d{{1,3}}|{alternation(v.spellings('count'))})(?![\w])",
        "UNIT": rf"(?:{alternation(v.spellings('unit'))})",
        # the units a period is named by in the singular ("last week", "this qtr"); a day is no period ("the next
        # day" is the story's), nor an hour ("the last hour"), and "the past centuries" no one period
        "PERIODUNIT": rf"(?:{alternation([w for w in v.spellings('unit') if v.kind('unit')[normalise(w)] not in ('day', 'hour') and not w.endswith('s')])})",
        "CUE": rf"(?:{alternation(v.spellings('year_cue'))})",
        "OFCUE": rf"(?:{alternation(v.spellings('year_of_cue'))})",
        "DET": rf"(?:{alternation(v.spellings('year_determiner'))})",
        "FY": rf"(?:{alternation(v.spellings('fiscal_abbreviation'))})",
        "DECADE": rf"(?:{alternation(v.spellings('decade'))})",
        "SERIES": rf"(?:{alternation(v.spellings('series'))})",
        "SEASON": rf"(?:{alternation(v.seasons)})(?![a-z])",
        "PART": rf"(?:{alternation(v.spellings('part'))})(?![a-z])",
        "SPANNOUN": rf"(?:{alternation(v.spellings('span_noun'))})(?![a-z])",
        "HOL": rf"(?:{alternation(v.spellings('holiday'))})",
        "DAY": r"(?:[0-3]?\d(?!\d)(?:st|nd|rd|th)?)",
        "YEAR": r"(?:1[5-9]\d\d|20\d\d|2100)",
    }


def compile_pattern(pattern: str) -> re.Pattern[str]:
    """Compile a reader's pattern after putting the shared @PIECES@ in; it reads lower-cased text."""
    for name, piece in fragments().items():
        pattern = pattern.replace(f"@{name}@", piece)
    return re.compile(pattern)


def month_number(word: str) -> int:
    return vocabulary().months[normalise(word)]


def day_in_words(word: str) -> int | None:
    """A day of the month as a cardinal in words after its month: "twenty one" of "May twenty one"."""
    value = vocabulary().kind("day_word").get(normalise(word))
    return int(value) if value else None


def day_number(word: str) -> int | None:
    """1-31 from "24", "24th" or "twenty-fourth"."""
    word = normalise(word)
    digits = word.rstrip("stndrh")
    if digits.isdigit():
        return int(digits)
    value = vocabulary().kind("ordinal").get(word)
    return int(value) if value else None


def count_number(word: str) -> float | None:
    word = normalise(word)
    if word.isdigit():
        return float(word)
    value = vocabulary().kind("count").get(word)
    return float(value) if value else None


def full_year(word: str, published: dt.date | None) -> int:
    """A written year: "2025", or "'87" / "87" read within twenty years ahead of publication."""
    digits = word.lstrip("'’")
    if len(digits) == 4:
        return int(digits)
    pivot = (published.year if published else 2000) + 20
    year = 2000 + int(digits)
    return year if year <= pivot else year - 100


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def word_sense_lowercase(month_word: str) -> bool:
    """A month name that is also an ordinary word, written in lower case ("may", "march")."""
    return normalise(month_word) in vocabulary().word_sense_months and not is_capitalised(month_word)


def unit_name(word: str) -> str:
    """ "weeks" -> "week", "yr" -> "year", "centuries" -> "century": the unit periods.shift and
    periods.period_span know."""
    word = normalise(word)
    return vocabulary().kind("unit").get(word) or word


def day_hit(start: int, end: int, day: dt.date | None) -> Hit:
    """A hit for one day (None when it could not be resolved)."""
    return Hit(start, end, periods.day_span(day) if day else None, "day")
