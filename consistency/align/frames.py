"""What a figure measures, of what, on what terms, and on whose word: its frame.

"820" means nothing until it is "820 people killed". Two figures are the
same quantity only when their frames agree:

- **measure**: the counted noun or the measure word, normalised ("killing
  112", "112 dead", "a death toll of 112" → death; "86 rescuers" →
  rescuer; "a magnitude of 6.8" → magnitude). Words come from a data file
  (consistency/data/measures.csv), matched by lemma; a counted noun the file
  does not know leaves the measure open (the attribute words still weigh).
  A sum given for one unit ("€38.50 a share") is a price a share, and the
  deal's offer price in a sentence about a deal (data/unit_prices.csv,
  deal_terms.csv).
- **event**: what a property belongs to ("a 4.9-magnitude aftershock" is
  not the "6.8-magnitude quake"), from consistency/data/frame_words.csv.
- **qualifiers**: words that make it another quantity ("1,404 critically
  injured" is not "2,059 injured"; "on board", "in cash", "preliminary").
- **attribution**: the named source whose figure it is ("according to the
  US Geological Survey", "the Interior Ministry said"). Two different named
  sources may each give their own figure (reported as attributed-figures);
  an unattributed figure or a generic one ("officials said") is compared
  with any. Where a figure was published ("on the review website X") is its
  source too. A company that reports its own revenue or profit
  ("Acme reported revenue of $1.4bn", data/own_measures.csv) owns the
  figure: it is not on its word.
- **owner**: whose figure. The sentence's names, but its source and the
  places it is counted in ("$9 million in France"); when the sentence names
  no one, the names the sentence before is about (its subject's: not a
  name after its verb, not a speaker's, and no person unless the sentence
  speaks of one), or for a report's first sentence the headline's ("A fire
  swept through Lisbon. The damage was put at €40 million."). A measure of
  the event itself (data/event_measures.csv: turnout) takes no owner from
  the sentence before; nor is a place the event happened near or off
  ("off Tavira island") an owner. A name that opens the figure's clause
  before its verb, or whose possessive stands before it, is the figure's
  own owner (its agent): "Portugal has sent 40 firefighters" and "Norway's
  25 firefighters" are two teams, never compared; a source ("Acme said"),
  a place of the event ("In Texas, the storm killed 40") is no agent. A
  source is the agent when the subject of what it said is a pronoun that
  stands for it ("Acme said it would cut 300 jobs", data/subject_pronouns.csv)
  or the noun of its kind ("Acme said the company would cut 300 jobs",
  data/post_modifiers.csv generic body), and a name is when a group of it opens the clause ("Officials in Texas
  reported 40 deaths", data/group_nouns.csv) but not when the group only
  says what happened ("Rescuers in Texas said 40 died"). A date is its
  clause's name's as a figure is ("Texas holds its primary on March 3",
  "Texas's primary is on March 3", "On March 3, Texas holds its primary"),
  and so is a name in a slot ("Acme Corp opened a factory in Leeds"); names
  joined as one subject ("Texas and Ohio reported 40 deaths") own nothing
  alone.

Frames are read from the figure's clause: its counted noun, else the word
just before it ("a death toll of 820", "magnitude 6.8"), else the words after
it ("were killed"; past what a share is of: "3.2% of gross domestic product"), else the clause before it ("the toll ... rose to 2,000");
and the sentence's named entities for the attribution and the owner.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from functools import cache

import simplemma

from ..caches import bounded
from ..data import rows
from ..knowledge import builtin
from ..model import Claim, Frame, Mention, Sentence
from ..parse.dates.vocabulary import vocabulary as date_vocabulary
from ..parse.figures.context import VOTES_AGAINST, VOTES_FOR
from ..parse.figures.numbers import unit_factor
from ..parse.figures.vocabulary import DURATION_BASE, vocabulary
from ..parse.names.lexicon import speech_verbs
from ..parse.scores import result_told
from ..parse.times import day_part_words, past_day_part
from ..terms import WORD, WORDS_KEPT, stem, stopwords

__all__ = [
    "BOUND_MEASURES",
    "participles",
    "past_participle",
    "ADJUSTED",
    "act_of",
    "body_act_lemmas",
    "AGE",
    "FIRST_STEP",
    "OPENING_DATE",
    "DURATION",
    "reckoned_of",
    "act_lasted",
    "Frame",
    "aged",
    "at_a_first_step",
    "aged_person",
    "bodies_spoken_for",
    "body_speakers",
    "as_written",
    "describe_frame",
    "dates_a_figure",
    "dates_a_state",
    "subject_clause_before",
    "claim_agent",
    "REACHED_BY",
    "periods_a_figure_after",
    "places_a_part",
    "places_a_part_of_a_series",
    "revised_in_clause",
    "told_with_earlier_value",
    "event_word",
    "event_words",
    "frame_of",
    "fixed_measure",
    "written_before_its_thing",
    "sizes_its_thing",
    "thing_sized",
    "final_words",
    "thing_measured",
    "frames_compatible",
    "GENERIC_EVENT",
    "same_event",
    "measure_in",
    "name_tokens",
    "one_name",
    "names_bracketed_owner",
    "of_the_members",
    "YEAR_ON_YEAR",
    "alternatives",
    "change_words",
    "FIRST_COUNT",
    "GENERIC_BODY",
    "SECOND_COUNT",
    "tally_count",
    "change_base",
    "of_the_event",
    "own_measure",
    "owners_compatible",
    "agents_differ",
    "owners_differ",
    "places_near",
    "generic_source",
    "post_modifiers",
    "same_actor",
    "same_event_property",
    "undated_measure",
    "revisable_measure",
    "same_frame",
    "same_measure",
    "same_source",
    "same_unit_family",
    "subjects_compatible",
    "two_sources",
    "leads_to_whole",
]

_NEAR = 4  # words on either side of a figure that can say what it measures
# a full stop ends a clause, the stop of an initial does not ("Portsmouth F.C. is", "the U.S. toll")
_STOP = r"(?:,|(?<!\b[^\W\d_])\.)\s"
# a colon between digits is a time of day ("4:30 a.m."), no clause break
_CLAUSE_END = re.compile(rf"[;()\[\]—–]|(?<!\d):|:(?!\d)|{_STOP}|\s(?:and|but|while|whereas|or|after|before|as)\s", re.IGNORECASE)
# what a source said ends where its figure's clause begins: "Rescuers said [265 people were killed]"
_SPEECH = re.compile(r"\b(?:said|says|say|told|reported|announced|stated|added|that)\b", re.IGNORECASE)


@cache
def _measures() -> dict[str, str]:
    return {row["word"]: row["measure"] for row in rows("measures.csv")}


@cache
def _measure_values() -> frozenset[str]:
    return frozenset(_measures().values())


@cache
def _frame_words() -> dict[str, tuple[str, str]]:
    return {row["word"]: (row["role"], row["value"]) for row in rows("frame_words.csv")}


@cache
def event_words() -> dict[str, str]:
    """The words that name an event, and the event each names: "earthquake" → "quake", "blast" → "explosion"."""
    return {word: value for word, (role, value) in _frame_words().items() if role == "event"}


@bounded(maxsize=WORDS_KEPT)
def lemma(word: str) -> str:
    """The dictionary form of an English word ("rescuers" → "rescuer", "killed" → "kill")."""
    return simplemma.lemmatize(word, lang="en").lower()


# Clauses whose words are kept: a figure's frame reads the clauses around it, and a story's reports repeat
# one another's sentences.
_WORDS_KEPT = 1 << 14


def _words(text: str) -> list[str]:
    """The words of a text in lower case, a measure of two words as one ("interest rates" → "interest rate"); a
    month capitalised as one ("rose 3.4% in March") is no word of its other sense (a march, an event)."""
    return list(_words_kept(text))


@bounded(maxsize=_WORDS_KEPT)
def _words_kept(text: str) -> tuple[str, ...]:
    words: list[str] = []
    heads, months = _compound_heads(), _months_of_two_senses()
    for m in WORD.finditer(text):
        if (w := m.group())[:1].isupper() and w.lower() in months:
            continue
        word = w.lower().strip("'’-")
        compound = f"{words[-1]} {lemma(word)}" if words and lemma(word) in heads else None
        if compound in _measures():
            words[-1] = compound  # "the bank's benchmark rate": a rate the other words of a rate do not name
        else:
            words.append(word)
            _join_act_phrase(words)
    return tuple(words)


@cache
def _acts() -> dict[str, str]:
    """Each form of an act, as its lemmas ("pass", "vote through", "take effect", "passage"), with the act it names:
    one act told in other words is one ("passed", "approved", "adopted", "voted through": approval;
    data/act_verbs.csv)."""
    return {row["verb"].lower(): row["act"] for row in rows("act_verbs.csv") if row["act"]}


@cache
def _act_phrase_lengths() -> tuple[int, ...]:
    """The lengths in words of the acts' forms of more than one word, longest first ("come into force", "put forward")."""
    return tuple(sorted({len(f.split()) for f in _acts() if " " in f}, reverse=True))


def act_of(word: str) -> str | None:
    """The act a word or a joined phrase names, by its lemma ("tabled" → introduction, "came into force" → entry into
    force), else None (data/act_verbs.csv)."""
    acts = _acts()
    return acts.get(word) or acts.get(lemma(word)) or acts.get(" ".join(lemma(w) for w in word.split()))


@cache
def _separable_acts() -> frozenset[str]:
    """The acts of two words whose object may stand between them ("voted the bill through", "found all three
    guilty"; data/act_verbs.csv `separable`), as their lemmas."""
    return frozenset(row["verb"].lower() for row in rows("act_verbs.csv") if row["separable"] == "yes")


# words an act of two may hold between its verb and its last word: its object ("found all three guilty", "voted
# the bill through")
_OBJECT_WORDS = 3
_NEGATIONS = frozenset({"not", "no", "never"})  # "found him not guilty" is no conviction


def _join_act_phrase(words: list[str]) -> None:
    """Join the last words into one when they are an act of several words: "took effect", "voted through", "put
    forward" are one act each, as "passed" is; so is an act of two words with its object between them ("found
    all three guilty", "voted the bill through"), its object then told before it."""
    for n in _act_phrase_lengths():
        if len(words) >= n and " ".join(lemma(w) for w in words[-n:]) in _acts():
            words[-n:] = [" ".join(words[-n:])]
            return
    last = lemma(words[-1])
    for gap in range(1, _OBJECT_WORDS + 1):
        if len(words) < gap + 2 or _NEGATIONS & set(words[-gap - 1 : -1]):
            return
        verb = words[-gap - 2]
        if " " not in verb and f"{lemma(verb)} {last}" in _separable_acts():
            words[-gap - 2 :] = [*words[-gap - 1 : -1], f"{verb} {words[-1]}"]
            return


@cache
def body_act_lemmas() -> frozenset[str]:
    """The lemmas of the verbs of an act a body does by its vote or its ruling ("pass", "overturn", "strike" of
    "strike down"; data/act_verbs.csv `body`), not of one done to a thing ("the Tern was launched")."""
    return frozenset(row["verb"].split()[0] for row in rows("act_verbs.csv") if row["body"] == "yes")


@cache
def _months_of_two_senses() -> frozenset[str]:
    return frozenset(row["name"] for row in rows("months.csv") if row["word_sense"] == "yes" and row["abbreviation"] == "no")


@cache
def _compound_heads() -> frozenset[str]:
    """The last words of the measures written in two words (data/measures.csv: "policy rate")."""
    return frozenset(word.split()[-1] for word in _measures() if " " in word)


def _measure_of(word: str) -> str | None:
    return _measures().get(word) or _measures().get(lemma(word))


def measure_in(text: str) -> str | None:
    """The first measure a phrase names: "share of rare-earth refining" → refining (a reference row's frame)."""
    return next(filter(None, map(_measure_of, _words(text))), None)


_NEXT_FIGURE = re.compile(r"(?<![\w.,])(?!(?:1[89]|20)\d\d\b)\d")  # the next figure's first digit (a year is no figure)


def _up_to_next_figure(words: list[str], text: str) -> list[str]:
    """The `words` after a figure that are still its own: those before the phrase that leads to the next figure
    of its clause. "The deficit target of 1.9% of GDP depends on pension cuts of 800 million euros": "pension
    cuts" are the 800 million's words, and no qualifier of the 1.9%."""
    end = _own_words_end(text)
    return words if end is None else words[: min(len(words), end)]


def _own_words_end(text: str) -> int | None:
    """How many of the words of `text` after a figure are its own (see `_up_to_next_figure`); None when its clause
    holds no other figure."""
    found = _NEXT_FIGURE.search(_clause_after(text))
    if found is None:
        return None
    lead = _words(text[: found.start()])
    stop = stopwords()
    end = len(lead)
    while end and lead[end - 1] in stop:  # "savings of", "rose to"
        end -= 1
    while end and lead[end - 1] not in stop:  # "pension cuts"
        end -= 1
    return end


def _before_next_figure(words: list[str], skipped: int, text: str) -> list[str]:
    """The `words` read after a figure (`skipped` of the words of `text` before them) that are still its own: before
    the phrase that leads to the next figure of its clause by a word such as "of" ("the deficit target of 2.1% of
    GDP depends on pension savings of 900 million euros": the savings are the 900 million's), else all before the
    next figure ("2,059 more people were injured - 1,404 critically"), all of them if there is none."""
    found = _NEXT_FIGURE.search(_clause_after(text))
    if found is None:
        return words
    lead = _words(text[: found.start()])
    led = bool(lead) and lead[-1] in stopwords()
    end = _own_words_end(text) if led else len(lead)
    return words[: max(0, (end or 0) - skipped)]


def _clause_after(text: str) -> str:
    cut = _CLAUSE_END.search(text)
    return text[: cut.start()] if cut else text


# where a figure's own clause ends: a clause "when" opens, or a day told by another thing done on it ("tumbled 5.3% on
# the day the fine was announced", "the day of the fine")
_WHEN = re.compile(r"\swhen\s|\s(?:on\s+)?the\s+(?:same\s+)?day\s+(?:of|that|when|after|before|the|its|their)\s", re.IGNORECASE)


def _own_clause_after(text: str) -> str:
    """A figure's clause after it, up to a clause "when" opens or a day told by what was done on it ("fell 6.2% on
    Tuesday when the fine was announced", "fell 5.3% on the day the fine was announced": the fine is the clause's,
    no word of the fall)."""
    clause = _clause_after(text)
    cut = _WHEN.search(clause)
    return clause[: cut.start()] if cut else clause


def _clause_before(text: str) -> str:
    cuts = list(_CLAUSE_END.finditer(text)) + list(_SPEECH.finditer(text))
    return text[max(c.end() for c in cuts) :] if cuts else text


def _since_last_figure(text: str) -> str:
    """The text of a figure's clause before it that follows the clause's figure before it, if any."""
    clause = _clause_before(text)
    ends = [f.end() for f in _LAST_FIGURE.finditer(clause)]
    return clause[ends[-1] :] if ends else clause


OWN_QUALIFIER = "own qualifier"  # the role of a qualifier that holds for its figure's own words only
# the role of a qualifier that holds only said before its noun after an article or an owner ("its raised offer", "the
# improved terms": another value than the first), not as a verb ("raised its offer to 335p", "raised £3m")
ATTRIBUTIVE_QUALIFIER = "attributive qualifier"
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this"})


def revised_in_clause(sentence: Sentence, m: Mention) -> frozenset[str]:
    """The qualifiers a date's clause says its thing with, before its noun ("the board last night rejected the
    improved terms": a revised offer's rejection, not the first offer's)."""
    rel = sentence.start
    words = _words(_clause_before(sentence.text[: m.start - rel])) + _words(_clause_after(sentence.text[m.end - rel :]))
    return _attributive_qualifiers(words, _frame_words())


def _attributive_qualifiers(words: Sequence[str], roles: dict) -> frozenset[str]:
    """The qualifiers of words said before their noun, right after an article or an owner: "its raised offer"."""
    return frozenset(
        roles[w][1] for before, w in zip(words, words[1:], strict=False)
        if roles.get(w, ("",))[0] == ATTRIBUTIVE_QUALIFIER and (before in _DETERMINERS or before.endswith(("'s", "’s")))
    )
_LAST_FIGURE = re.compile(r"(?<![\w.,])(?!(?:1[89]|20)\d\d\b)\d[\d.,]*(?:[-–—]\d+)?")  # (a year is no figure)


def _opens_only(clause: str) -> bool:
    """Whether a clause holds only function words ("who was", "(") or is a relative clause ("who has died at 87,
    was"): it tells of the noun before it."""
    words = _words(clause)
    return not set(words) - stopwords() or words[0] in _RELATIVE


def subject_clause_before(text: str) -> str:
    """The clause that ends `text` with the subject of its last verb: cut at clause breaks, reaching back over
    a clause that holds only function words ("Maria Quell, who was", "Arlo Venn (") or that a relative word
    opens ("Ada Rusk, who has died at 87, was") to the noun it tells of.
    In "Lena lay down in the straw - and the foal was" the subject is the foal, not Lena."""
    cuts = [0] + [c.end() for c in _CLAUSE_END.finditer(text)]
    start = cuts.pop()
    while cuts and _opens_only(text[start:]):
        start = cuts.pop()
    return text[start:]


# another figure with the words that belong to it: "measured 6.8 on", "the 7 magnitude"
_OTHER_FIGURE = re.compile(r"(?:[^\W\d_]+\s+)?(?<![\d.,])(?!(?:1[89]|20)\d\d\b)\d[\d.,]*(?:[\s-]+[^\W\d_]+)?")  # (a year is no figure)
# where the subject of a clause begins: after a clause break or a verb of speech ("officials say the toll ...")
_SUBJECT_START = re.compile(rf"[;:()\[\]—–]|{_STOP}|\b(?:said|says|say|told|reported|announced|stated|added)\b", re.I)


# a phrase that opens a sentence and ends at its first comma: "Adjusted for restructuring costs, profit was ..."
_OPENING = re.compile(r"\s*([^\W\d_]+)[^,;:]*,\s")


@cache
def _qualifier_compounds() -> tuple[tuple[tuple[str, ...], re.Pattern], ...]:
    """Names of things that hold a qualifier word (data/qualifier_compounds.csv): "initial public offering",
    "board of directors", "cash flow", "gross domestic product"."""
    return tuple(
        (tuple(row["phrase"].lower().split()), re.compile(rf"\b{re.escape(row['phrase'])}\b", re.IGNORECASE))
        for row in rows("qualifier_compounds.csv")
    )


def _compounded_words(text: str) -> frozenset[str]:
    """The qualifier words a sentence uses only inside a name of a thing: "priced its initial public offering at
    $21" is no initial price, "the board of directors approved" no count on board, "3% of gross domestic product"
    no domestic share."""
    return frozenset(word for words, phrase in _qualifier_compounds() if phrase.search(text) for word in words)


def _word_runs(words: list[str]) -> list[str]:
    """Each two and three words that stand together, for the qualifiers of several words: "jobs at risk", "44 seats
    between them", "killed on the ground" (not "seats in the new ground")."""
    return [f"{a} {b}" for a, b in itertools.pairwise(words)] + [" ".join(words[i : i + 3]) for i in range(len(words) - 2)]


_SET_AGAINST = re.compile(r",\s+(?:while|whereas)\s|;\s", re.IGNORECASE)  # a clause set against the one before


def _opening_qualifier(text: str, roles: dict) -> frozenset[str]:
    """The qualifier a sentence's opening phrase puts on the clause after it: "Adjusted for restructuring
    costs, profit was 705 million euros" is an adjusted profit, though a comma parts the word from its figure."""
    opening = _OPENING.match(text)
    word = opening.group(1).lower() if opening else ""
    return frozenset({roles[word][1]}) if roles.get(word, ("",))[0] == "qualifier" else frozenset()


def _subject_clause(text: str) -> str:
    """The clause that ends `text`, cut at clause breaks and verbs of speech but not at "that"."""
    cuts = list(_SUBJECT_START.finditer(text))
    return text[cuts[-1].end() :] if cuts else text


_MODIFIERS = frozenset({"more", "other", "additional", "new", "extra", "further"})
_NOUN_ROLES = ("person", "event")  # "2,000 people", "a 5.9 tremor": nouns, not words that describe one
_NOUN_PHRASE = 3  # words of a noun phrase after a figure: "300 Red Cross volunteers", "54 confirmed cases"


_NOUN_NEXT = re.compile(r"[^\S\n]+[a-z]")  # a word in lower case right after a figure: "£14m reserves draw"


def _counted_noun(m: Mention, after: list[str], roles: dict, stop: frozenset[str]) -> str | None:
    """The noun a figure counts: "86 rescuers", "2,000 people", "672 injured" (None after a preposition).

    Words that only describe it may stand between: a name ("56 COVID-19
    cases", "12 UN peacekeepers"), an adjective or a participle ("54
    confirmed cases", "26 positive cases"). The counted noun is then the
    first measure word of the phrase, unless a plural noun comes before it:
    "40 homes damaged" counts homes, not damage.
    """
    if m.unit and m.kind == "quantity":  # "260 dead", "230 passengers": the parser read the counted noun
        return m.unit
    phrase: list[str] = []
    for word in after:
        if word in _MODIFIERS and not phrase:
            continue
        if (word in stop and word not in roles) or len(phrase) == _NOUN_PHRASE:
            break
        phrase.append(word)
    for word in phrase:
        if _measure_of(word) or roles.get(word, ("",))[0] in _NOUN_ROLES or _is_plural_noun(word):
            return word
    return phrase[0] if phrase else None


def _past_whole(after: list[str], stop: frozenset[str]) -> list[str]:
    """The words after a share once the noun phrase of its whole ("of gross domestic product") is passed."""
    if not after or after[0] != "of":
        return after
    i = 1
    while i < len(after) and after[i] in stop:
        i += 1
    end = i
    while end < len(after) and end - i < _NOUN_PHRASE and after[end] not in stop:
        end += 1
    return after[end:]


def _is_plural_noun(word: str) -> bool:
    """"homes", "businesses": a noun in the plural, which is what a figure counts, not a word describing it."""
    return word.endswith("s") and not word.endswith("ss") and lemma(word) != word


_HARM_REACH = 9  # words after a count's noun that may tell what befell those it counts, past a phrase about them


@cache
def _harm_measures() -> frozenset[str]:
    """What befalls people, told by a verb before the noun that counts them (data/harm_measures.csv)."""
    return frozenset(row["measure"] for row in rows("harm_measures.csv"))


@cache
def _measure_phrases() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """Phrases that tell what befell those a count counts (data/measure_phrases.csv), right after the count's noun,
    each its own group (p0, p1, ...) of one pattern, and the measure each tells; a "*" of a phrase stands for a
    name ("taken to * Hospital": "taken to Port Averly General Hospital")."""
    found = sorted(rows("measure_phrases.csv"), key=lambda r: len(r["phrase"]), reverse=True)
    said = "|".join(
        f"(?P<p{i}>" + r"\s+".join(_A_NAME if w == "*" else re.escape(w) for w in r["phrase"].split()) + ")"
        for i, r in enumerate(found)
    )
    return re.compile(rf"^[^.;:]{{0,40}}?\b(?:{said})\b", re.IGNORECASE), tuple(r["measure"] for r in found)


_A_NAME = r"(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,4}"  # "Port Averly General", "St Mary's"


_OF_THE_VOTE = re.compile(
    r"\s+of\s+(?:the\s+)?(?:vote|votes|ballots)\b(?!\s+(?:were|was|had|have|has|being|counted|tallied)\b)", re.IGNORECASE
)
VOTE_SHARE = "vote share"  # a share of the votes cast ("53.4% of the vote"), not a vote split's count
PART_COUNTED = "initial"  # a share of the vote told while the count went on: an early result, not the outcome
_PART_COUNTED = re.compile(
    r"\b(?:after|with)\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?\d[\d.,]*\s*(?:%|per\s*cent)\s+of\s+"
    r"(?:the\s+)?(?:ballots|votes|polling\s+stations|precincts)\s+(?:had\s+been\s+|have\s+been\s+|were\s+)?"
    r"(?:counted|tallied|reported|in)\b",
    re.IGNORECASE,
)


def _phrase_told_after(after: str) -> str | None:
    """The measure a phrase after a count tells ("140 people were forced out of their homes": evacuated), else None."""
    pattern, measures = _measure_phrases()
    found = pattern.match(_clause_after(after))  # "rises to 10 as a woman dies in hospital": another clause's
    return measures[int(found.lastgroup[1:])] if found else None


def _harm_told_after(sentence: Sentence, m: Mention) -> str | None:
    """What befell those a count counts, told in its clause after the noun, past a phrase about them: "690 staff at
    the factory will lose their jobs" (data/harm_measures.csv)."""
    rest = _words(_clause_after(sentence.text[m.end - sentence.start :]))[1:_HARM_REACH]
    return next((x for w in rest if (x := _measure_of(w)) in _harm_measures()), None)


# a preposition of where before a figure and its own noun: "in three neighbouring counties", "from 40 countries",
# "across 12 states" count places or things of their own, not the measure their clause's subject names
_WHERE_LED = re.compile(r"\b(?:in|across|from|within|throughout)\s+(?:(?:the|some|about|around|nearly|almost)\s+)?$", re.I)


def _is_person(word: str, roles: dict) -> bool:
    """"people", "residents": a count of persons, which says nothing of what happened to them."""
    return roles.get(word, ("",))[0] == "person"


def _nearest_content(before: list[str], stop: frozenset[str]) -> str | None:
    """The content word nearest before a figure: "toll" in "a death toll of 820"."""
    return next((w for w in reversed(before) if w not in stop), None)


_HOLDING_REACH = 3  # words between a verb of holding or of adding and taking away and its figure: "has about"


@cache
def _holding_verbs() -> dict[str, str]:
    return {row["word"]: row["holding"] for row in rows("holding_verbs.csv")}


@cache
def participles() -> dict[str, str]:
    """Irregular past tenses and the participle a passive uses (data/past_participles.csv): "wrote" → "written"."""
    return {row["past"]: row["participle"] for row in rows("past_participles.csv")}


def past_participle(word: str) -> bool:
    """Whether a word is a past participle: "directed", "written" (data/past_participles.csv)."""
    return word.endswith("ed") or word in participles().values()


def _holding(before: Sequence[str]) -> str | None:
    """Whether the words right before a figure tell of what is held ("has about", "its"), or of what is added
    or taken away ("plans to hire", "get rid of") (data/holding_verbs.csv); None when they tell neither. A
    participle nearer the figure is its verb, and "had" before it an auxiliary: "the stock had dropped 4.7%"."""
    verbs = _holding_verbs()
    for w in reversed(before[-_HOLDING_REACH:]):
        if w in verbs:
            return verbs[w]
        if past_participle(w):
            return None
    return None


_RECKONED_WORDS = 3  # words of what a figure after a participle of reckoning is the value of: "the final's attendance"


@cache
def _reckoned_by_participle() -> re.Pattern[str]:
    """What a figure is the value of, written before a participle of reckoning and the "at" before the figure
    (data/reckoning_verbs.csv, participle), set off by a comma or after a form of "be": "The deal, valued at",
    "attendance was put at", "damage estimated at", "turnout, officially put at", perhaps a hedge between ("put at
    about")."""
    verbs = "|".join(re.escape(r["word"]) for r in rows("reckoning_verbs.csv") if r["participle"])
    hedges = _hedges_before()
    between = r"(?:was|were|is|are|has|have|had|been|being|now|first|later|[a-z]+ly)"  # "was first", "officially"
    word = rf"(?!{between}\b)[^\W\d_][\w'’-]*"
    return re.compile(
        rf"(?P<what>(?:{word}\s+){{0,{_RECKONED_WORDS - 1}}}{word})(?:\s*,\s*|\s+)(?:{between}\s+)*"
        rf"(?:{verbs})\s+at\s+(?:(?:{hedges})\s+)?$",
        re.IGNORECASE,
    )


def reckoned_of(lead: str) -> str | None:
    """The words of the measure a figure is the value of when a participle of reckoning after them leads to it:
    "The deal, valued at €240m," → "The deal"; "Attendance was put at 41,000" → "Attendance". None otherwise, and
    for a thing's appraisal ("The painting, estimated at $40 million,"), which is no measure of it."""
    found = _reckoned_by_participle().search(lead)
    return found["what"] if found and any(_measure_of(w) for w in _words(found["what"])) else None


def frame_of(
    sentence: Sentence, m: Mention, entities: Sequence[Mention] = (), owner: tuple[str, ...] = (), *, rising: bool = False
) -> Frame:
    """The frame of figure `m` in its sentence; `entities` are the sentence's name mentions, `owner` the names
    the figure belongs to when its sentence names no one (those the sentence before is about, or the headline's).

    A figure given as a rise (`rising`: "the death toll in the quake that
    measured 6.8 has gone up to 2,497") is the value of its clause's
    subject, so its measure is read from the subject forward.
    """
    rel = sentence.start
    qualifiers_since: frozenset[str] = frozenset()
    # "900 residents from the surrounding area were evacuated": an area told by its kind is where they are, no measure
    after = _words(_area_told().sub(" ", _own_clause_after(sentence.text[m.end - rel :])))[: _NEAR + 2]
    if m.kind == "percent":
        after = _past_change_word(after)  # "a 13% drop in sales": what changed follows the word of change
    # "the toll of the 7 magnitude quake has risen to 2,960": "magnitude" is the 7's, not the 2,960's;
    # "the quake that measured 6.8 ... has gone up to 2,497": so is "measured"
    # "Nurses in the area have been offered a pay rise of 3.5%": an area told by its kind is where, not what, is measured
    clause_before = _words(_area_told().sub(" ", _OTHER_FIGURE.sub(" ", _clause_before(sentence.text[: m.start - rel]))))
    reckoned = reckoned_of(sentence.text[: m.start - rel])
    if reckoned is not None and not set(_words(reckoned)) & set(clause_before):
        clause_before = _words(reckoned) + clause_before  # "The deal, valued at €240m,": the deal's value
    before = clause_before[-_NEAR:]
    roles = _frame_words()
    stop = stopwords()

    counted = _counted_noun(m, after, roles, stop)
    measure = _measure_of(counted) if counted is not None and not _is_person(counted, roles) else None
    if measure is None and m.unit == VOTE and m.kind == "quantity" and (
        _vote_side(after) is not None or _side_that_carried(sentence.text[: m.start - rel]) is not None
    ):
        # "121 votes in favour", "passed with 64 votes": a side's votes, a count of the vote (a candidate's "14,210
        # votes" is told by whose)
        measure = VOTE
    if measure is None and m.kind in _COUNTS and _voters_side(after) is not None:
        measure = VOTE  # "187,342 people voted No": the votes of one side, as "187,342 votes against" are
    if measure is not None and measure not in _harm_measures():
        # "killing seven passengers", "injuring 12 crew": what befell them, whoever they were; a word across a
        # preposition ("the toll of the 7 magnitude quake", "injured in the 4.8 magnitude aftershock") is not the verb
        verb = _nearest_content(before, stop)
        between = before[len(before) - before[::-1].index(verb) :] if verb else []
        done = _measure_of(verb) if verb and not _MODIFYING.intersection(between) else None
        if done not in _harm_measures():  # "52 passengers were injured": the harm told right after the noun
            # (which is the figure's own when the parser read it with the figure: "Three passengers died")
            past_noun = after if m.unit and m.kind == "quantity" else after[1:]
            told = next((w for w in past_noun if w not in stop), None)
            done = _measure_of(told) if told else None
        if done not in _harm_measures():  # "690 staff at the factory will lose their jobs": told past a phrase
            done = _harm_told_after(sentence, m)
        measure = done if done in _harm_measures() else measure
    # "sets budget with £14m reserves draw": a sum written before its noun is that noun's, whatever the clause names
    noun_sum = m.kind == _MONEY and counted is not None and _NOUN_NEXT.match(sentence.text, m.end - rel) is not None
    counted_measure = measure
    if measure is None and (aged(sentence, m) or aged_person(sentence, m, entities) is not None or aged_role(sentence, m)):
        measure, counted = AGE, None  # "the 56-year-old", "Daniel Okafor, 58, was convicted"
    # "a magnitude 6.8 earthquake", "a death toll of 820", "killing 112 people": the word just before
    nearest = _nearest_content(before, stop) if measure is None else None
    if nearest is not None:
        measure = _in_its_units(m, _measure_of(nearest))  # "shares closed down 4.2%": no count of sites closed
    # "112 people were killed", "the death toll rose to 2,000"
    # "a nine-year prison sentence": a unit says how it is counted, not what is counted
    counts_units = counted is not None and counted == m.unit and m.kind == "quantity"
    # "the deficit will narrow to 3.2% of gross domestic product": what a share is of is its whole, and the
    # measure the clause names comes first; "62% of rare-earth mining" names nothing else
    told = _past_whole(after, stop) if m.kind == "percent" else after
    whole = after[: len(after) - len(told)]
    reads_after = counted is None or _is_person(counted, roles) or counts_units
    # "The survey of 14,200 workers found 3,150 had been hurt": what is told after the next figure is that figure's
    for word in _before_next_figure(told, len(whole), sentence.text[m.end - rel :]) if measure is None and reads_after else ():
        measure = _measure_of(word)
        if measure:
            break
    if measure is None and not reads_after and counted is not None and _is_plural_noun(counted):
        # "Two skiers were killed", "three climbers were injured": what befell them, whoever they were (a harm of
        # data/harm_measures.csv; "40 homes were damaged" is no harm of this kind)
        measure = next(
            (x for w in _before_next_figure(told, len(whole), sentence.text[m.end - rel :]) if (x := _measure_of(w)) in _harm_measures()),
            None,
        )
    if _unit_base(m) == AREA_BASE:
        # "21,000 hectares of crops were damaged across 34 communes", "12,000 hectares of vines and orchards had
        # been hit": what was done to the land is what an area of it measures (data/area_acts.csv), whatever grew
        # on it, told up to the clause's next punctuation, or the verb before it ("the storm damaged 11,000
        # hectares of crops")
        told_after = _words(_TO_PUNCTUATION.match(sentence.text, m.end - rel).group())[: _NEAR + 4]
        verb = _nearest_content(before, stop)  # "the storm flattened 11,000 hectares of crops"
        measure = next((x for w in told_after if (x := _area_act(w))), None) or (_area_act(verb) if verb else None) or measure
    if rising:
        subject = _words(_subject_clause(sentence.text[: m.start - rel]))
    elif _unit_base(m) == DURATION_BASE and _stretch_led(clause_before):
        subject = _stretch_act_words(sentence.text[: m.start - rel], stop)
    else:
        subject = clause_before[::-1]
    if counted is not None and not _is_person(counted, roles) and _WHERE_LED.search(sentence.text[: m.start - rel]):
        subject = []  # "The injured were taken to hospitals in three neighbouring counties": counties, no injured
    if measure is None and m.kind in _COUNTS:
        # "rescuers in boats brought 64 people to safety", "15 riders were taken to Harrogate District Hospital":
        # what befell those counted, whoever they are, told after them, before the subject of the clause that did it
        measure = _phrase_told_after(sentence.text[m.end - rel :])
    for i, word in enumerate(subject if measure is None else ()):  # "the toll ... has risen to 2,000"
        measure = _in_its_units(m, _measure_of(word))  # "shares in the bank closed down 4.2%": the shares' measure
        if measure:
            if rising and i + 1 < len(subject) and _measure_of(subject[i + 1]):
                measure = _measure_of(subject[i + 1])  # "the budget deficit rose to": the compound's last noun
            break
    for word in whole if measure is None and reads_after else ():
        measure = _measure_of(word)
        if measure:
            break
    if measure is None and any(roles.get(w, ("",))[0] == "change" for w in before):
        # "the number of fatalities from the quake that hit three provinces has risen to 2,862":
        # a figure the sentence's subject rose to measures that subject, however far back it is named
        measure = measure_in(sentence.text[: m.start - rel])
    if measure is None and m.kind == "percent" and any(w in change_words("verb", "adverb") for w in before):
        # "Shares in Acme fell 7%", "the stock had dropped 4%": a percent change of its clause's subject
        measure = _changed_subject(sentence.text[: m.start - rel])
        if measure is not None and after[:1] == ["since"]:
            qualifiers_since = frozenset({SINCE})  # "the shares have risen 31% since the results": not a day's move

    if noun_sum:
        measure = PAID if lemma(counted) in _acquisition_nouns() else counted_measure  # "its $6.8bn takeover of X"
    # a qualifier may stand before the measure word, anywhere in the figure's clause: "the maximum sentence for
    # bribery is 10 years", "prosecutors had asked for a sentence of nine years"
    measure = _unit_price(sentence, m, measure) or measure
    if measure is None and m.kind == _MONEY and nearest in _prize_verbs():
        measure = PRIZE  # "has won £3.2 million on the lottery": the prize, as "a jackpot of £3.2 million" is
    if measure is None and m.kind == _MONEY and nearest is not None:
        measure = _money_verbs().get(nearest)  # "the fund lost £340 million": its loss, as "a loss of £340m" is
    if measure is None and m.kind == _MONEY and _sale_lead().search(sentence.text[: m.start - rel]):
        measure = PAID  # "the painting sold for $48.6 million", "fetched $48.6 million": what it changed hands at
    if measure is None and m.kind == _MONEY and (
        _paid_for(sentence.text[: m.start - rel], clause_before)
        or _paid_to_for(sentence.text[: m.start - rel], sentence.text[m.end - rel :])
    ):
        measure = PAID  # "signed striker Tom Hale from Orm for 30 million euros": the price paid for him
    if measure == PRICE and m.kind == _MONEY and any(lemma(w) in _acquisition_verbs() for w in clause_before):
        measure = PAID  # "sold for a record price of $48.6 million": the price a told sale was made at
    if m.kind in _COUNTS and _capacity_lead().search(sentence.text[: m.start - rel]):
        measure = CAPACITY  # "the jet, which can carry 180 passengers": what it can hold, not who was on board
    # "the town, home to 18,000 people": its population, whatever befell others in the clause ("killed three
    # people in this town of 2,300")
    led = _lead_measure(sentence.text[: m.start - rel]) if m.kind in _COUNTS else None
    measure = led or measure
    if m.kind == "percent" and (measure == CAPACITY or _FULL_AFTER.match(sentence.text, m.end - rel)):
        measure = FILL  # "at 54% of capacity", "17 per cent full": how full a thing is now, not what it can hold
    near = clause_before + _up_to_next_figure(after, sentence.text[m.end - rel :])
    compounded = _compounded_words(sentence.text)
    qualifiers = frozenset(
        roles[w][1] for w in near + _word_runs(near) if roles.get(w, ("",))[0] == "qualifier" and w not in compounded
    )
    if not _SET_AGAINST.search(sentence.text[: m.start - rel]):
        # "Core inflation ... ran at 3.9%, while headline inflation stood at 3.4%": the opening's word is of its own
        # clause only
        qualifiers |= _opening_qualifier(sentence.text[: m.start - rel], roles)
    qualifiers |= qualifiers_since
    qualifiers |= _attributive_qualifiers(near, roles)
    if measure != AGE:
        # "61,000 retired members": a group of those counted; "the 61-year-old retired nurse" is one person's age
        qualifiers |= frozenset(roles[w][1] for w in near if roles.get(w, ("",))[0] == GROUP_QUALIFIER)
    if measure in _harm_measures():
        # "three people died on the mountain", "four died at the scene": where the harm befell, a part of the toll
        # (not "stranded for 19 hours on the mountain", nor "18 fire engines at the scene")
        qualifiers |= frozenset(roles[w][1] for w in _word_runs(near) if roles.get(w, ("",))[0] == HARM_QUALIFIER)
    # "averaged 9,400 fans a game", "the highest attendance at the ground is 51,300": a qualifier of the words that
    # lead to the figure only, from the figure before it ("averaging 18,900 this season, drew a crowd of 22,400":
    # the 22,400 is no average; "a crowd of 6,420, above the average": nor is the 6,420)
    own = _words(_since_last_figure(sentence.text[: m.start - rel]))
    qualifiers |= frozenset(roles[w][1] for w in own if roles.get(w, ("",))[0] == OWN_QUALIFIER)
    # "Among the dead was a 34-year-old British man": an age is its person's, whatever group the clause counts him in
    qualifiers |= _part_or_whole(sentence, m) | (frozenset() if measure == AGE else _group_of(sentence, m))
    qualifiers |= _remainder(sentence, m)
    if m.kind != "date":
        qualifiers |= _said_of_the_figure(sentence)  # "..., although police said the figure was provisional"
    if _said_of_several_owners(_clause_before(sentence.text[: m.start - rel])):
        qualifiers |= {COMBINED}  # "the three parties hold 81 seats": no one party's count
    if measure in _standing_measures():
        # what a place holds is no count of what happened there: "home to 48,000 people" is never the 11,000 people
        # an eruption forced "to leave their homes", though only the 48,000 names its measure
        qualifiers |= {measure}
    if _names_a_threshold(sentence, m):
        qualifiers |= {LIMIT}  # "above the 2,500 rating mark": a level to pass, not the rating she has
    if is_earlier_value(sentence, m):
        qualifiers |= {EARLIER_VALUE}  # "expanded the recall to 467,000 vehicles from 412,000": what it was before
    if change_base(sentence, m) is not None:
        # "revenue rose 14% from a year earlier": the revenue's change over the year, a measure of its own
        qualifiers |= {YEAR_ON_YEAR}
        measure = _growth_of(measure if own_measure(measure) else _last_measure(sentence.text[: m.start - rel]))
    if m.kind == "percent" and _target_lead().search(_clause_before(sentence.text[max(0, m.start - rel - _CLAUSE_REACH) : m.start - rel])):
        qualifiers |= {TARGET}  # "aims to cut emissions by 40% by 2030": what is planned, not what was done
    if m.kind == "percent" and YEAR_ON_YEAR not in qualifiers and _relative().match(sentence.text[m.end - rel :]):
        # "opened 31% above the IPO price", "slowed decline by 31% compared with a placebo": how far a value
        # stands from another, not either value
        measure, qualifiers = None, qualifiers | {RELATIVE}
    if measure is None and (m.kind in _COUNTS or m.kind == "percent"):
        # "140 people were forced out of their homes", "45 per cent of voters took part"
        measure = _phrase_told_after(sentence.text[m.end - rel :])
    if measure is None and m.kind == "percent" and _OF_THE_VOTE.match(sentence.text, m.end - rel):
        measure = VOTE_SHARE  # "took 53.4% of the vote": a share of the votes cast, not of the voters who cast them
        if _PART_COUNTED.search(sentence.text):
            qualifiers |= {PART_COUNTED}  # "with 37.9% of the vote after 90% of ballots had been counted"
    if measure is None and m.kind in _COUNTS and (counted is None or _is_person(counted, roles)):
        # "a vessel carrying 223 people": people counted on terms that are themselves a measure (on board); a sum
        # is no one counted ("the painting had carried a high estimate of $40 million")
        measure = next((q for q in sorted(qualifiers) if q in _measure_values()), None)
    if sizes_its_thing(sentence, m):
        measure = CAPACITY  # "the 150-seat parliament" holds 150 seats; no party won them
    modifier = _modifier_measure(sentence, m)
    if modifier is not None:
        # "a rocket carrying the 1,850 kg satellite", "salvage crews refloated the 84,000-tonne tanker": the thing's
        # own property, whatever the clause says of the thing
        measure = modifier
        qualifiers = frozenset(roles[w][1] for w in after if roles.get(w, ("",))[0] == "qualifier")
    if measure == CLOSURE and (counted is None or _is_person(counted, roles)):
        measure = None  # "closed with a 67", "a strike by 2,100 workers shut two terminals": no sites closed
    unit_measure = _in_its_units(m, measure, after)
    if unit_measure is None and measure is not None and m.kind == _MONEY:
        # "awarded $21 million in the case against Acme": a count's word after a sum gives way to the sum's word
        # before it
        unit_measure = next((x for w in clause_before[::-1] if (x := _in_its_units(m, _measure_of(w))) is not None), None)
    measure = unit_measure
    lead = sentence.text[: m.start - rel]
    if measure == FOLLOW_UP and not _follows_its_participants(lead):
        measure = None  # "a 25-minute pause followed": no study's follow-up
    if measure is None and act_lasted(sentence, m) is not None:
        measure = DURATION  # "the operation lasted six hours", "after a nine-hour operation": how long the act went on
    if measure is None and _between_two_acts(sentence, m):
        measure = INTERVAL  # "sirens sounded 17 minutes before the tornado reached the town": how long between
    if _unit_base(m) == DURATION_BASE and _TO_SERVE.search(sentence.text[: m.start - rel]):
        measure = MINIMUM_TERM  # "told he must serve at least 22 years": the term set before parole, not the sentence
    if measure == MINIMUM_TERM:
        qualifiers -= {LIMIT}  # "a minimum term of 24 years" is the term set, not a law's bound on it
    sequel = _length_sequel(sentence, m)
    if _unit_base(m) == _LENGTH_BASE and thing_measured(sentence, m) is not None:
        # "orbiting the 142-km-wide comet", "will map the 124-km comet from orbit": the comet's size, whatever the
        # clause around it does
        measure = sequel if sequel in _DIMENSIONS else (measure if measure in _DIMENSIONS else None)
    elif measure is None or measure in _DIMENSIONS:
        # "the comet is 300 million km from the Sun" and "the comet, about 140 km across": how far, and how big
        measure = sequel or measure
    if measure is None and _fall_told(sentence, m):
        measure = FALL  # "fell almost 30 metres onto the slope", "a fall of about 30 metres": how far it fell
    tally = tally_count(m)
    if tally is not None:  # "approved the bill by 61 votes to 54", "the committee voted 7-2": votes, whatever
        # was voted on; the votes for are not the votes against. A qualifier that is itself a measure is some other
        # count's ("the motion was carried by 41 to 12" carries no one on board)
        measure, qualifiers = VOTE, (qualifiers - _measure_values()) | {tally}
    elif measure == VOTE and (
        side := _vote_side(after) or _voters_side(after) or _side_that_carried(sentence.text[: m.start - rel])
    ):
        qualifiers = qualifiers | {side}  # "passed with 121 votes in favour": the votes for, as "by 121 votes to 104"
    elif VOTE in (measure, m.unit) and (_BY.search(sentence.text[: m.start - rel]) or _margin_of().search(
        sentence.text[: m.start - rel]
    )):
        # "won the district by 312 votes", "won with 41,870 votes to 37,950, a margin of 3,920 votes": how far the
        # winner was ahead, not its votes; a finished race's ("lost the race by 3,920 votes") is settled, a lead
        # while ballots are counted ("was leading by 3,120 votes") or a margin a recount gave may yet change
        qualifiers = qualifiers | {MARGIN}
        measure = WON_BY if result_told(sentence.text[: m.start - rel]) else LEAD
    elif m.kind not in ("money", "percent") and tally is None and _won_by(sentence.text[: m.start - rel], sentence.text[m.end - rel :]):
        # "won the title by nine seconds", "his victory, by two strokes", "the final margin was 19 seconds": how far a
        # winner finished ahead, in whatever unit the contest is scored (votes are read above); a part's margin
        # ("won the fourth stage by 38 seconds") is not the whole contest's
        measure, qualifiers = MARGIN_OF_VICTORY, qualifiers | {MARGIN} | _contest_part(sentence.text[: m.start - rel])
    elif m.kind not in ("money", "percent") and tally is None and _finished_behind(
        sentence.text[: m.start - rel], sentence.text[m.end - rel :]
    ):
        # "Wild Petrel finished two hours and 40 minutes behind", "which finished three hours later", "came home
        # three shots behind the winner": how far behind a finisher of a finished contest came in
        measure = BEHIND
    elif m.kind not in ("money", "percent") and tally is None and _GAP_AFTER.match(sentence.text[m.end - rel :]):
        # "fought back from six strokes behind", "was two points clear at the top": a gap between two in a contest
        # at some moment of it, no score or count of either; one a winner finished with ("finishing 38 seconds ahead
        # of Owain Prydderch") is the margin of victory, as "won by 38 seconds" is
        qualifiers = qualifiers | {MARGIN}
        if _FINISHED.search(sentence.text[: m.start - rel]) and _AHEAD_AFTER.match(sentence.text[m.end - rel :]):
            measure = MARGIN_OF_VICTORY
    if measure == AREA and _unit_base(m) not in (None, AREA_BASE) or (
        measure == AREA and m.kind == "percent"
    ):
        measure = None  # "rainfall in its Solent and South Downs area at 42%": where, not how large
    if m.kind == _MONEY and measure is not None:
        # "sales of £4.6bn" and "revenue of £4.2bn": a sum of one line of a company's accounts, said by either word
        # (data/own_measures.csv, line); a count of sales ("sold 40,000 copies") stays a count
        measure = _own_lines().get(measure, measure)
    if measure == AGE and m.unit is None and not (aged(sentence, m) or aged_person(sentence, m, entities) or aged_role(sentence, m)):
        measure = None  # "two men aged 54 and 61": a count of the men, whose ages are the figures after "aged"
    if measure == AGE and at_a_first_step(sentence, m):
        qualifiers |= {FIRST_STEP}  # "began working at the age of 16": an age of the past, not "Lopes, 88,"
    # "the quake struck with a magnitude of 7.2": the event its clause tells of, however far back it is named
    event = _event_in(after + clause_before[::-1])
    if event is None and _one_of_the_noun_before(clause_before):
        # "120 aftershocks, the strongest of magnitude 4.2", "300 aftershocks, including one of magnitude 4.8": one
        # of the things the clause before counts, and of its event
        lead = sentence.text[: m.start - rel]
        named = _words(_clause_before(lead[: len(lead) - len(_clause_before(lead))].rstrip(" ,;")))
        event = _event_in([lemma(w) for w in named[::-1]])
    holding = _holding(before)
    attribution = attribution_of(sentence, entities, m)
    if attribution is not None and measure in _own_measures() and _reports_own(sentence, entities, attribution, measure):
        attribution = None  # "Acme reported revenue of $1.4bn": Acme's own revenue, not a figure on Acme's word
    places = places_in(sentence, entities)
    if of_the_event(measure):
        owner = ()  # "Final turnout was 64.3%" after a sentence on the Greens is the election's turnout
    agent = _agent(sentence, m, entities, attribution, set(places))
    return Frame(
        measure=measure,
        event=event,
        qualifiers=qualifiers,
        attribution=attribution,
        owner=owner,
        places=places,
        agent=agent,
        holding=holding,
    )


_AGENT_GAP = 4  # words between a clause's named subject and its figure: "Acme Corp has so far cut 300 jobs"
# words between a clause's named subject and the date of what it does: "Acme Corp will open its new plant on May 4"
_DATED_GAP = 6
_LOWER_WORD = re.compile(r"[a-z]+")
# what may stand before a clause's subject: nothing, or a clause break ("On Tuesday, Portugal sent ...")
_CLAUSE_OPEN = re.compile(r"(?:^|[,;:—–]|\band)\s*(?:the\s+)?$", re.IGNORECASE)  # "The Netherlands has sent"
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})  # "Portugal's 40 firefighters": the name owns the figure
GENERIC_BODY = "generic body"  # the kind of the nouns that name a body of any name (data/post_modifiers.csv)


def claim_agent(sentence: Sentence, m: Mention, entities: Sequence[Mention]) -> str | None:
    """The name whose date or name `m` is, as a figure's agent is its owner: "Texas holds its primary on March 3",
    "Texas's primary is on March 3", "Acme Corp opened a factory in Leeds" (see `_agent`)."""
    return _agent(sentence, m, entities, attribution_of(sentence, entities, m), set(places_in(sentence, entities)))


def _agent(sentence: Sentence, m: Mention, entities: Sequence[Mention], source: str | None, places: set) -> str | None:
    """The name a figure's clause opens with, followed only by its verb: "Portugal has sent 40 firefighters",
    "Ana Ruiz scored 3 goals", "On Monday, Acme Corp cut 300 jobs" — whose figure it is. A date's clause opens
    with its name, its verb and its object, before the word that leads the date: "Texas holds its primary on
    March 3", and a possessive's thing may stand for the name: "Texas's primary is on March 3"; so does a
    name's clause ("Acme Corp opened a factory in Leeds", "Acme Corp's factory in Leeds").

    A source is no agent ("Acme said 300 jobs would go"), unless the reported clause's subject is a pronoun that
    stands for it ("Acme Corp said it would cut 300 jobs"); nor a place the figure was counted in, nor a name
    that is not the clause's subject ("In Texas, the storm killed 40 people", "Floods in Texas killed 40"), nor
    one of names joined as the clause's subject ("Texas and Ohio reported 40 deaths": theirs together). A
    group the name makes its own opens the clause for it ("Officials in Texas reported 40 deaths"), but not
    when it only says what happened ("Rescuers in Texas said 40 died": where they are is the event's place).
    """
    rel = sentence.start
    dated = not m.is_figure  # a date's or a name's clause: "holds its primary on March 3", "opened a factory in Leeds"
    if dated and m.kind == "date" and _OPENING_TIME.fullmatch(sentence.text[: m.start - rel]):
        return _subject_after(sentence, m, entities, source)  # "On March 3, Texas holds its primary"
    named = [e for e in entities if e.end <= m.start and e.canonical]
    if not named:
        return None
    e = max(named, key=lambda n: n.end)
    between = sentence.text[e.end - rel : m.start - rel]
    if between.strip() in _POSSESSIVE:
        return None if e.canonical == source or e.canonical in places else e.canonical
    if not dated and _PARTICIPLE_ASIDE.fullmatch(between) and e.canonical not in places:
        return e.canonical  # "Krelling Pharma, fined €156 million as the ringleader, said": the fine is its own
    words = _undated(between.split())
    if dated and words and words[0] in _POSSESSIVE:
        words = words[1:]  # "Texas's primary is on March 3": the thing the name owns is the clause's subject
    if dated and words and words[-1] in stopwords() and lemma(words[-1]) == words[-1]:
        words = words[:-1]  # "holds its primary on": the word that leads the date is no part of the clause's verb
    own_word = _said_of_itself(words, e.role)
    gap = _before_listed(words if own_word is None else own_word)
    if not 0 < len(gap) <= (_DATED_GAP if dated else _AGENT_GAP) or not all(_LOWER_WORD.fullmatch(w) for w in gap):
        return None
    if dated and _befallen(gap):
        return None  # "Morocco was struck by a powerful quake on Friday": the quake's day, not Morocco's
    verb = gap[-1]
    if own_word is not None and re.fullmatch(_SOURCE_VERB, verb):
        return None  # "Acme said it had counted 40 deaths": still the figure's source, not its owner
    if (verb in stopwords() and lemma(verb) == verb) or any(_measure_of(w) for w in gap[:-1]):
        return None  # "Acme's toll rose to 40", "Acme workers numbered 300": not a verb's subject ("has", "reported" are)
    opening = sentence.text[: e.start - rel]
    if _joined_name(opening, [n.end - rel for n in named if n is not e]):
        return None  # "Texas and Ohio reported 40 deaths": no one name's
    told = own_word is None and any(w in speech_verbs() for w in gap)  # "said he arrested": another's deed
    if _group_opening().search(opening) and not told and verb not in speech_verbs():
        return e.canonical  # "Officials in Texas reported 40 deaths", "Police in Lagos said they arrested 40 people"
    if (e.canonical == source and own_word is None) or e.canonical in places or not _CLAUSE_OPEN.search(opening):
        return None
    return e.canonical


# a participle set off after a name, right before its figure: ", fined ", ", valued at ", ", jailed for "
_PARTICIPLE_ASIDE = re.compile(r",\s+[a-z]{2,}[a-df-z]ed(?:\s+(?:at|to|for|by|with))?\s+")
# a date that opens its sentence before the clause it dates: "On March 3, ", "In 2019, ", "Early on Friday, "
_OPENING_TIME = re.compile(r"\s*(?:[A-Z][a-z]*(?:\s+[a-z]+)?\s+)?")
_SUBJECT_AFTER = re.compile(r"\s*,\s+(?:the\s+)?$", re.IGNORECASE)
_VERB_AFTER = re.compile(r"(?:['’]s\s+)?(?:[a-z]+\s+)?([a-z]+)\b")  # "holds", "Texas's primary is", "will hold"


def _subject_after(sentence: Sentence, m: Mention, entities: Sequence[Mention], source: str | None) -> str | None:
    """The name that opens the clause a date opening its sentence dates, followed by its verb: Texas in "On March 3,
    Texas holds its primary"; None for names joined as one subject ("On March 3, Texas and Ohio vote"), a source
    ("On Friday, Acme said") or any other word after the comma."""
    rel = sentence.start
    after = [e for e in entities if e.start >= m.end and e.canonical]
    if not after:
        return None
    e = min(after, key=lambda n: n.start)
    if not _SUBJECT_AFTER.fullmatch(sentence.text[m.end - rel : e.start - rel]) or e.canonical == source:
        return None
    verb = _VERB_AFTER.match(sentence.text[e.end - rel :].lstrip())
    if verb is None or verb[1] in ("and", "or") or verb[1] in speech_verbs():
        return None
    return None if _befallen(sentence.text[e.end - rel :].split()) else e.canonical


_BY_REACH = 3  # words of a passive's verb before its "by": "has been badly hit by"


def _befallen(words: Sequence[str]) -> bool:
    """Whether a clause tells what befell its subject, its doer after "by": "was struck by a powerful quake",
    "has been hit by": the day is the doer's, and the name only where it struck."""
    verb = list(words[: _BY_REACH + 1])
    return "by" in verb and any(lemma(w.lower()) == "be" for w in verb[: verb.index("by")])


_JOINED = re.compile(r"\s+(?:and|or|&)\s+$", re.IGNORECASE)  # "Texas and " before "Ohio"


def _joined_name(opening: str, ends: Sequence[int]) -> bool:
    """Whether the text before a name ends with another name (that ends at one of `ends`) joined to it by "and"
    or "or": "Texas and" before "Ohio", "Acme's and" before "Birch's"."""
    joined = _JOINED.search(opening)
    return joined is not None and any(
        end <= joined.start() and opening[end : joined.start()] in ("", *_POSSESSIVE) for end in ends
    )


def _undated(words: list[str]) -> list[str]:
    """Words with the weekday they name left out: "said on Tuesday it would cut" → "said it would cut"."""
    weekdays = date_vocabulary().weekdays
    kept: list[str] = []
    for word in words:
        if kept and kept[-1].lower() == "on" and word.lower().strip(",") in weekdays:
            kept.pop()
        else:
            kept.append(word)
    return kept


def _said_of_itself(words: list[str], role: str | None) -> list[str] | None:
    """The words after the pronoun that stands for the speaker as the subject of what it said: "would cut" in
    "said it would cut", "announced that she would pledge"; None when the reported clause has another subject,
    or a pronoun that cannot stand for a speaker of its known kind (`role`): "Ana Ruiz said they found 40 bodies". A
    second reported clause opened by "and that" has its own subject ("said sales fell and that it would cut").
    The noun of a body of any name stands for a body as "it" does: "Acme Corp said the company would cut"
    (data/post_modifiers.csv, kind "generic body"); never for a person ("Ana Ruiz said the company would")."""
    if not words or words[0] not in speech_verbs():
        return None
    rest = words[2:] if words[1:2] == ["that"] else words[1:]
    later = [i for i, w in enumerate(words[1:-1], 1) if w == "that" and words[i - 1] == "and"]
    if later:
        rest = words[later[-1] + 1 :]  # "said 9,000 units were affected and that it had received": its second clause
    if rest[:1] == ["the"] and len(rest) > 1 and post_modifiers().get(rest[1]) == GENERIC_BODY:
        person, rest = False, rest[1:]  # "said the company would cut": the speaker, named again by its kind's noun
    else:
        person = _subject_pronouns().get(rest[0]) if rest else None
    if person is None or (role is not None and person != (role == "person")):
        return None
    return rest[1:]


@cache
def _subject_pronouns() -> dict[str, bool]:
    """Subject pronoun → whether it stands for a person (data/subject_pronouns.csv)."""
    return {row["word"]: row["person"] == "yes" for row in rows("subject_pronouns.csv")}


@cache
def _group_opening() -> re.Pattern[str]:
    """A group of a name that opens a clause: "Officials in ", "Health officials in ", "Police from the "
    (data/group_nouns.csv)."""
    nouns = "|".join(re.escape(row["noun"]) for row in rows("group_nouns.csv"))
    opener = r"(?:^|[,;:—–]|\band)\s*(?:the\s+)?(?:[^\W\d_]+\s+)?"  # "Health officials in ", "local authorities in "
    return re.compile(rf"{opener}(?:{nouns})\s+(?:in|of|from)\s+(?:the\s+)?$", re.IGNORECASE)


def _before_listed(gap: list[str]) -> list[str]:
    """The words before a figure's verb's first object when the figure is listed after it: "has sent" in "has sent
    40 firefighters and" (before "six dogs"); any other gap as it is."""
    if not gap or gap[-1] != "and":
        return gap
    first = next((i for i, w in enumerate(gap) if any(ch.isdigit() for ch in w) or w in vocabulary().words), None)
    if first is None or len(gap) - first > _NOUN_PHRASE + 1:
        return gap
    return gap[:first]


def agents_differ(a: Claim, b: Claim) -> bool:
    """Two claims' clauses open with two different names: "Portugal has sent 40 firefighters" and "Norway has sent
    25 firefighters" are two countries' teams, "Texas holds its primary on March 3" and "Ohio ... on March 17" two
    states' days, however the rest of either sentence names the other ("two weeks after Texas"); "Acme cut 300
    jobs" and "Acme Corp cut 120 jobs" one company's cuts, and a claim whose clause names no subject ("the
    company cut 120 jobs") is compared with either."""
    return owners_differ(a.frame.agent if a.frame else None, b.frame.agent if b.frame else None)


def owners_differ(a: str | None, b: str | None) -> bool:
    """Two owners named, and by no word of one name: "Acme" and "Acme Corp" are one, "Acme Corp" and "Birch Ltd"
    two, and an owner not named (None) is anyone's. A word many names of one kind open with (data/
    generic_name_words.csv) makes no one name of two: "Mount Karsa" and "Mount Vela" are two mountains."""
    return bool(a and b and a != b) and not (name_tokens((a,)) & name_tokens((b,))) - _generic_name_words()


@cache
def _generic_name_words() -> frozenset[str]:
    """The stems of words many names of one kind open with (data/generic_name_words.csv): "mount", "lake"."""
    return frozenset(stem(row["word"]) for row in rows("generic_name_words.csv"))


PART = "part of"
WHOLE = "whole"
_COUNTS = ("number", "quantity")  # the kinds of mention that count things (not a sum, a share or a date)
LISTED = "one of several"
# "in the 12th and 58th minutes", "the 3rd and 5th floors": figures joined before the plural noun they share
_FIGURE_WORD = r"\d[\d,.]*(?:st|nd|rd|th)?"
_LISTED_NEXT = re.compile(rf"^\s+and\s+{_FIGURE_WORD}\s+([^\W\d_]+)")
_LISTED_FIRST = re.compile(rf"(?<![\w.,-]){_FIGURE_WORD}\s+and\s+$")
_NOUN_AFTER = re.compile(r"^(?:st|nd|rd|th)?\s+([^\W\d_]+)")


# what stands between a part's count and its whole's: "six of the 11", "seven of its nine", "five of the train's 11"
_WHOLE_LEAD = r"\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[^\W\d_][\w-]*['’]s\s+)?"
_WHOLE_GAP = re.compile(_WHOLE_LEAD)


def leads_to_whole(gap: str) -> bool:
    """Whether the words between two counts make the first a part of the second: " of the train's " in "five of
    the train's 11 carriages"."""
    return _WHOLE_GAP.fullmatch(gap) is not None


@cache
def _part_of_whole() -> tuple[re.Pattern[str], re.Pattern[str]]:
    count = _figure_pattern().removesuffix(_PERCENT)  # "7% of 105 critics" is a share, not a part counted
    return re.compile("^" + _WHOLE_LEAD + count), re.compile(count + _WHOLE_LEAD + "$")


_DIGIT = re.compile(r"\d")


@cache
def _part_of_told() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A count of a part of a whole told before, by a pronoun (data/partitive_pronouns.csv): after the figure
    ("2,140 of them") or opening its sentence or clause ("Of those, about 2,140", ", of which €180m"); or of a group
    a determiner names after the figure ("14 of the clients"; not "of the 40", a whole counted, nor "of its members",
    the whole membership)."""
    pronouns = "|".join(re.escape(r["word"]) for r in rows("partitive_pronouns.csv") if r["kind"] == "pronoun")
    determiners = "|".join(re.escape(r["word"]) for r in rows("partitive_pronouns.csv") if r["kind"] == "determiner")
    return (
        re.compile(rf"^\s+of\s+(?:(?:{pronouns})\b|(?P<determiner>{determiners})\s+[^\W\d_])", re.IGNORECASE),
        # opening its sentence or a clause after a comma: "Of those, 310 were children", "debts of €412m, of which
        # €180m is owed to lessors"
        re.compile(rf"(?:^|[,;:(])\s*(?:of|among)\s+(?:{pronouns})\s*,?\s*(?:[^\W\d_]+\s+){{0,2}}$", re.IGNORECASE),
    )


def of_those_told(rest: str) -> bool:
    """Whether the text right after a count makes it some of those told before by a pronoun ("five of them",
    "35 of whom"; data/partitive_pronouns.csv)."""
    told = _part_of_told()[0].match(rest)
    return told is not None and not told["determiner"]


@cache
def finding_verbs() -> frozenset[str]:
    """The verbs by which a study, a survey or a count tells what it found (data/finding_verbs.csv): they say
    where a figure comes from, not what it measures."""
    return frozenset(row["verb"] for row in rows("finding_verbs.csv"))


# words a whole's count and its finding verb may stand apart by: "The survey of 14,200 warehouse workers found"
_FINDER_REACH = 80


@cache
def _found_part() -> re.Pattern[str]:
    """A count a verb of finding opens, whose subject counts a whole before it: "The survey of 14,200 workers
    found 3,150 had been hurt", "a study of 48,600 adults found that about 2,140 developed the disease"."""
    verbs = "|".join(re.escape(v) for v in sorted(finding_verbs(), key=len, reverse=True))
    count = _figure_pattern().removesuffix(_PERCENT)
    return re.compile(
        rf"{count}[^\d,;:.!?()]{{1,{_FINDER_REACH}}}?\b(?:{verbs})\s+(?:that\s+)?(?:[^\W\d_]+\s+){{0,2}}$",
        re.IGNORECASE,
    )


@cache
def _study_finding() -> re.Pattern[str]:
    """A count a study, survey or census tells as what it found (data/study_nouns.csv): "The census found that
    870 households had no car" counts some of the households it counted, not all of them. The study is the
    verb's subject, perhaps with an aside ("The survey, by the transport union, found that"); not "During the
    trial, prosecutors showed that"."""
    verbs = "|".join(re.escape(v) for v in sorted(finding_verbs(), key=len, reverse=True))
    nouns = "|".join(re.escape(r["word"]) for r in rows("study_nouns.csv"))
    return re.compile(
        rf"\b(?:{nouns}),?(?:\s+[^,\d;:.!?()]{{1,{_FINDER_REACH}}},)?\s+(?:(?:has|have|had)\s+)?(?:{verbs})\s+that\s+"
        r"(?:[^\W\d_]+\s+){0,2}$",
        re.IGNORECASE,
    )


_CLAUSE_SUBJECT = 3  # words of a noun phrase a found count may open its clause with: "2,140 adult participants developed"


def _opens_a_clause(rest: str) -> bool:
    """Whether a found count is the subject of a clause of its own ("found 3,150 had been hurt", "showed 6,920
    passed"), and not the object found ("found 212 defects in the brakes", "found 12 bodies")."""
    words = _words(_clause_after(rest))[: _CLAUSE_SUBJECT + 1]
    return any(verb_kind(w) in ("be", "have", "past", "modal") for w in words)


def _listed(lead: str, rest: str) -> bool:
    """Whether a figure is one of two joined before the plural noun they share ("in the 12th and 58th minutes"):
    each is one of the values, and neither is the value of the thing counted alone ("the 21st minute")."""
    nxt = _LISTED_NEXT.match(rest)
    if nxt is not None:
        return _is_plural_noun(nxt[1].lower())
    noun = _NOUN_AFTER.match(rest)
    return bool(_LISTED_FIRST.search(lead) and noun and _is_plural_noun(noun[1].lower()))


def _part_or_whole(sentence: Sentence, m: Mention) -> frozenset[str]:
    """What a count is one side of, that makes it another quantity than the same thing counted alone.

    One of a list is one of its values ("the 12th and 58th minutes"); in
    "guilty on seven of nine counts" or "six of the 11 ministers" the first
    figure counts a part and the second the whole, and neither is "convicted on
    seven counts" nor "nine counts". A sum "of the" thing it is paid from
    ("£4 million of the new fund") is a part of that thing's sum. (A tally's
    counts are `tally_count`'s.)
    """
    rel = sentence.start
    lead, rest = sentence.text[: m.start - rel], sentence.text[m.end - rel :]
    if m.kind == "money" and m.value is not None:
        # "£4 million of the new fund", "Of that, €180m is owed to lessors": a part of a sum told before
        after_pronoun, before_pronoun = _part_of_told()
        return frozenset({PART}) if after_pronoun.match(rest) or before_pronoun.search(lead) else frozenset()
    if m.kind not in ("number", "quantity") or m.value is None:
        return frozenset()
    if re.fullmatch(_FIGURE_WORD, m.text) and _listed(lead, rest):  # "76 deaths and 1,870 cases" share no noun
        return frozenset({LISTED})
    part, whole = _part_of_whole()
    own_noun = m.kind == "quantity" and m.unit is not None  # "4,200 residents": the parser read the noun with it
    if part.match(rest) and not own_noun:  # "4,200 residents of the three villages" are no part of the three
        return frozenset({PART})
    after_pronoun, before_pronoun = _part_of_told()
    told_after = after_pronoun.match(rest)
    if told_after and told_after["determiner"] and m.value < 1:
        told_after = None  # "Half of the members": a share in words, not a count of a part
    if told_after and told_after["determiner"] and own_noun:
        told_after = None  # "4,200 residents of the villages": the figure's own noun, whose they are after it
    opening = before_pronoun.search(lead)
    if (told_after and not _DIGIT.search(lead)) or (opening is not None and opening.start() == 0):
        # "Of those, 2,140 fell ill", "2,140 of them": a part of a whole told in a sentence before (a whole in
        # the same sentence, "210 were injured, 35 of them seriously", says by its own words what the part is)
        return frozenset({PART})
    if (_found_part().search(lead) or _study_finding().search(lead)) and _opens_a_clause(rest):
        return frozenset({PART})  # "a survey of 14,200 staff found 3,150 had been hurt": some of those it studied
    return frozenset({WHOLE}) if whole.search(lead) else frozenset()


REMAINDER = "remaining"  # the rest of a group: "the last three hostages", "nine villages remain cut off"
_REMAINDER_REACH = 3  # words of a noun phrase between a figure and "remain": "two other workers remain trapped"
# words that end the figure's noun phrase: "14 died and others remain missing" leaves the 14 the whole
_CLAUSE_JOINERS = "(?:and|but|or|while|whereas|who|which|that|as|after|when|where)"


@cache
def _remainder_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A word before a count that makes it the rest of a group ("the last", "the remaining", "the ship's other", or
    opening a headline: "Last two miners rescued"), and one right after it ("three other injured skiers") or a verb
    after its noun ("remain"): data/remainder_words.csv."""
    def alternation(position: str) -> str:
        return "|".join(re.escape(r["word"]) for r in rows("remainder_words.csv") if r["position"] == position)
    return (
        re.compile(rf"(?:^\s*|\b(?:the|its|their|his|her)\s+|['’]s\s+)(?:{alternation('before')})\s+$", re.IGNORECASE),
        re.compile(
            rf"^(?:\s+(?:{alternation('next')})\b"
            rf"|(?:\s+(?!{_CLAUSE_JOINERS}\b)[^\W\d_][\w-]*){{0,{_REMAINDER_REACH}}}?\s+(?:{alternation('after')})\b)",
            re.IGNORECASE,
        ),
    )


def _remainder(sentence: Sentence, m: Mention) -> frozenset[str]:
    """A count of those left of a group, which is another quantity than the group: "the last three hostages were
    freed" after "gunmen seized 14 hostages", "nine villages remain cut off" after "the floods cut off 40"; and
    those besides one named before it ("from Valdecorzo and three neighbouring villages": four in all)."""
    if m.kind not in ("number", "quantity"):
        return frozenset()
    before, after = _remainder_patterns()
    rel = sentence.start
    lead, rest = sentence.text[: m.start - rel], sentence.text[m.end - rel :]
    return frozenset({REMAINDER}) if before.search(lead) or after.match(rest) or besides_a_name(lead, rest) else frozenset()


def besides_a_name(lead: str, rest: str) -> bool:
    """Whether a count, between the text before it and the text after it, counts those besides one named right
    before it: "Valdecorzo and three neighbouring villages", "Leeds and two other cities"."""
    return _NAMED_AND.search(lead) is not None and _beside_words().match(rest) is not None


_NAMED_AND = re.compile(r"(?-i:[A-Z])[\w'’-]+\s+and\s+$")  # "Valdecorzo and " before "three neighbouring villages"


@cache
def _beside_words() -> re.Pattern[str]:
    """The words right after a count that make it those besides a name before it (data/remainder_words.csv
    "beside": "neighbouring", "other")."""
    words = "|".join(re.escape(r["word"]) for r in rows("remainder_words.csv") if r["position"] == "beside")
    return re.compile(rf"^\s+(?:{words})\b", re.IGNORECASE)


# a figure measured among a group of those the measure counts: "the unemployment rate among Black workers rose
# to 7.1%", "turnout among young voters was 41%" (not "among them", a part's lead: data/part_leads.csv)
# (the group's own count may stand before its noun: "among the 2,896 candidates with special needs")
_AMONG = re.compile(
    r"\bamong\s+(?:the\s+)?(?:\d[\d,.]*\s+)?(?!them\b|those\b|others\b)([^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?)[^,;:]*$", re.I
)
# the same group opening the sentence, before its comma: "Among voters under 30, only one in five back Lind"
_AMONG_OPENING = re.compile(
    r"^\W*among\s+(?:the\s+)?(?:\d[\d,.]*\s+)?(?!them\b|those\b|others\b)([^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?)[^,;:]*,[^;:]*$",
    re.I,
)


COMBINED = "combined"  # the qualifier of a sum of several ("a combined $1.9 billion"; data/frame_words.csv)
# a clause said of several named or counted owners at once: "the three parties", "both clubs", "the two firms"
# "the three parties", "both clubs", or a bare plural opening the sentence ("Airlines had cancelled 400 flights";
# not "said teams were working", the teams of one effort)
_SEVERAL = re.compile(
    r"(?:\b(?:the|these|those|both|all)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?"
    r"|^\s*(?=(?-i:[A-Z])))([^\W\d_]+s)\b",
    re.IGNORECASE,
)


@cache
def _owner_nouns() -> frozenset[str]:
    """The nouns of those that own figures of their own (data/owner_nouns.csv): parties, clubs, firms."""
    return frozenset(row["noun"] for row in rows("owner_nouns.csv"))


def _said_of_several_owners(clause: str) -> bool:
    """Whether a figure's clause is said of several owners at once ("the three parties hold 81 seats", "both
    clubs scored"): their sum, which is none of theirs, however each of them is named elsewhere."""
    return any(lemma(found[1]) in _owner_nouns() for found in _SEVERAL.finditer(clause))


# a group's noun right before its own count: "a crowd of 44,862", "a crowd of about 45,000"
_GROUPS_OWN_COUNT = re.compile(r"\bamong\s+(?:a|an|the)?\s*[^\W\d_][\w-]*\s+of\s+(?:[a-z]+\s+)?$", re.IGNORECASE)


def _group_of(sentence: Sentence, m: Mention) -> frozenset[str]:
    """The group a figure's clause measures among, as a qualifier ("among black workers"): a group's rate is
    another quantity than the whole's, and than another group's. A group of people told after "in", "among" or
    "for" (data/population_groups.csv) is one too, after the figure ("31% lower in women") or opening its clause
    ("in men, 18%"); so is any group "among" that opens the sentence ("Among voters under 30, one in five ...")."""
    rel = sentence.start
    lead = sentence.text[max(0, m.start - rel - _CLAUSE_REACH) : m.start - rel]
    found = _AMONG.search(lead) or _AMONG_OPENING.match(sentence.text[: m.start - rel])
    if found and _GROUPS_OWN_COUNT.search(lead):
        found = None  # "among a crowd of 44,862": the figure counts the group, which it is not a part of
    if found:
        words = found[1].lower().split()
        if len(words) > 1 and (words[1] in change_words("verb", "adverb", "transitive") or verb_kind(words[1])):
            words = words[:1]  # "the risk among walkers fell 7%": the group is the walkers
        return frozenset({f"among {' '.join(words)}"})
    after, before = _population_group()
    found = after.match(sentence.text[m.end - rel : m.end - rel + _CLAUSE_REACH]) or before.search(lead)
    if found:
        return frozenset({f"among {found['group'].lower()}"})
    aged_group = _OF_A_GROUP_BY_AGE.match(sentence.text, m.end - rel) if m.kind == "percent" else None
    if aged_group is not None:  # "74% of five-year-olds" and "88% of two-year-olds": two groups' shares
        age = _spelled_or_digits(aged_group["age"])
        return frozenset({f"among those aged {age:g}"}) if age is not None else frozenset()
    return frozenset()


# a share of a group named by its age: "74% of five-year-olds", "12 per cent of 16-year-olds"
_OF_A_GROUP_BY_AGE = re.compile(r"\s+of\s+(?:all\s+)?(?P<age>\w+)-year-olds\b", re.IGNORECASE)


def _spelled_or_digits(word: str) -> float | None:
    """A whole number in digits or spelled out ("16", "five"); None for any other word."""
    if word.isdigit():
        return float(word)
    found = vocabulary().words.get(word.lower())
    return found.value if found is not None and found.role not in ("scale",) else None


@cache
def _population_group() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A group of people right after a figure, perhaps after the comparative of its change ("31% lower in
    women", "a 12% rise among pensioners"), and one that opens a figure's clause ("in men, 18%", "For smokers the
    risk was 40% higher"): data/population_groups.csv."""
    groups = "|".join(re.escape(r["noun"]) for r in rows("population_groups.csv"))
    comparatives = "|".join(map(re.escape, change_words("comparative")))
    group = rf"(?:in|among|for)\s+(?:the\s+)?(?:[^\W\d_][\w-]*\s+)?(?P<group>{groups})\b"
    after = re.compile(rf"^\s+(?:(?:{comparatives})\s+)?{group}", re.IGNORECASE)
    before = re.compile(rf"(?:^|[,;:]\s*|\b)(?<![\w-]){group}(?:[^,;:]*|,\s*)$", re.IGNORECASE)
    return after, before


VOTE = "vote"  # the measure of a vote split's counts (data/measures.csv)
# the qualifiers of a vote split's two counts, the votes for written first: "by 61 votes to 54", "passed 218-214"
FIRST_COUNT, SECOND_COUNT = f"votes {VOTES_FOR}", f"votes {VOTES_AGAINST}"


_IN_FAVOUR = (("in", "favour"), ("in", "favor"))
_CLAUSE_GOES_ON = frozenset({"and", "with", "in", "on", "at", "while", "after"})


def _vote_side(after: list[str]) -> str | None:
    """The side of a vote a count of votes is said to be cast for, by the words after it: "121 votes in favour",
    "104 votes against" (not "14,210 votes against 12,005", one candidate's votes set beside another's)."""
    if tuple(after[:2]) in _IN_FAVOUR:
        return FIRST_COUNT
    if after[:1] == ["against"] and (len(after) == 1 or after[1] in _CLAUSE_GOES_ON):
        return SECOND_COUNT
    return None


# the side a count of people voted for, said right after "voted": "Yes" and "in favour", "No" and "against" ("voted for"
# may name a candidate, whose votes are no side's)
_VOTERS_SIDES = {"yes": FIRST_COUNT, "no": SECOND_COUNT, "against": SECOND_COUNT}


def _voters_side(after: list[str]) -> str | None:
    """The side of a vote a count of people is said to have voted for, by the words after it, past the noun that
    counts them: "187,342 people voted No", "117,766 voted Yes", "two members voted against"."""
    words = after if after[:1] == ["voted"] else after[1:]
    if words[:1] != ["voted"] or len(words) < 2:
        return None
    return FIRST_COUNT if tuple(words[1:3]) in _IN_FAVOUR else _VOTERS_SIDES.get(words[1])


# "the law passed with 64 votes", "was approved with just 64 votes": the votes that carried it
_CARRIED_WITH = re.compile(r"\b([a-z]+)\s+with\s+(?:only\s+|just\s+)?$", re.IGNORECASE)


def _side_that_carried(lead: str) -> str | None:
    """The side of a vote a count of votes said to have carried a measure is ("the law passed with 64 votes"; an act
    of approval, data/act_verbs.csv): the votes for it, as "64 votes in favour" are."""
    found = _CARRIED_WITH.search(lead)
    return FIRST_COUNT if found is not None and act_of(found.group(1).lower()) == "approval" else None


LIMIT = "limit"  # the qualifier of a bound or a level to pass ("the maximum sentence", "the $50 barrier")
_THRESHOLD_REACH = 3  # words from a figure to the noun of a threshold it names: "the 2,500 rating mark"
_DETERMINER = re.compile(r"\bthe\s+$", re.IGNORECASE)


@cache
def _threshold_nouns() -> frozenset[str]:
    return frozenset(row["word"] for row in rows("threshold_nouns.csv"))


def _names_a_threshold(sentence: Sentence, m: Mention) -> bool:
    """Whether a figure names a level to pass, "the" before it and a noun of one within its phrase after it (data/
    threshold_nouns.csv): "above the 2,500 rating mark", "broke through the $50 barrier"; "the new mark beat the
    previous high of 44.5C" gives the record itself."""
    rel = sentence.start
    if not _DETERMINER.search(sentence.text[max(0, m.start - rel - 8) : m.start - rel]):
        return False
    return bool(_threshold_nouns() & set(_words(_clause_after(sentence.text[m.end - rel :]))[:_THRESHOLD_REACH]))


ADJUSTED = "adjusted"  # the qualifier of a result counted otherwise ("adjusted profit"; data/frame_words.csv)
MARGIN = "margin"  # the qualifier of the votes a winner won by: "won by 312 votes" is not "won 4,312 votes"
WON_BY = "winning margin"  # the measure of the votes a finished race was won by (data/fixed_measures.csv)
# the measure of how far the winner of a finished contest of any other kind finished ahead, in its units: "won by
# nine seconds", "won by two strokes" (data/fixed_measures.csv: dated by its sentence, unlike a vote's)
MARGIN_OF_VICTORY = "margin of victory"
LEAD = "lead"  # the measure of the votes one is ahead by while a count goes on, or after a recount
MINIMUM_TERM = "minimum term"  # the time a prisoner must serve before parole may be considered (data/measures.csv)
# measures that are bounds by their nature: "at least" or "a minimum of" before their figures says what they are,
# not that the figure is uncertain
BOUND_MEASURES = frozenset({MINIMUM_TERM})
_TO_SERVE = re.compile(
    r"\b(?:must|will|to|should|would|could)\s+serve\s+(?:(?:at\s+least|a\s+minimum\s+of|a\s+minimum\s+term\s+of)\s+)?$",
    re.IGNORECASE,
)
INTERVAL = "interval"  # how long between two acts done, told by "before" or "after" (data/fixed_measures.csv)
# a verb done, a few words of its own, a stretch of time, then "before" or "after" and the other act: "sounded 17
# minutes before", "was rescued six hours after"
_DONE_LEAD = re.compile(r"\b[a-z]+ed\b(?:\s+[a-z]+){0,2}\s+(?:about\s+|some\s+|nearly\s+|just\s+|only\s+)?$")
_BEFORE_OR_AFTER = re.compile(r"^(?:['’]s?)?\s+(?:before|after)\s+(?:it|they|he|she|the|a|an)\b", re.I)


def _between_two_acts(sentence: Sentence, m: Mention) -> bool:
    """Whether a stretch of time is how long between two acts, the one told before it done in the past and the
    other told after "before" or "after": "sirens sounded 17 minutes before it reached the town"."""
    if _unit_base(m) != DURATION_BASE:
        return False
    rel = sentence.start
    return _DONE_LEAD.search(sentence.text[: m.start - rel]) is not None and bool(
        _BEFORE_OR_AFTER.match(sentence.text[m.end - rel :])
    )


HARM_QUALIFIER = "harm qualifier"  # the role of a phrase of where a harm befell (frame_words.csv: "at the scene")
GROUP_QUALIFIER = "group qualifier"  # the role of a word that narrows a count of people to a group (frame_words.csv)
BEHIND = "finished behind"  # how far behind a finisher came in, in the contest's units (data/fixed_measures.csv)
# a verb of finishing a contest right before a figure, perhaps with the place it finished in: "finished",
# "crossed the line", "came home", "finished second,", "came in third place"
_FINISHED = re.compile(
    r"\b(?:finish(?:ed|es|ing)?|crossed\s+the\s+line|came\s+(?:home|in))"
    r"(?:\s+(?:in\s+)?(?:second|third|fourth|fifth|sixth|last|\d+(?:st|nd|rd|th))(?:\s+place)?)?,?\s+$",
    re.I,
)
# "two hours behind", "three hours later", "three shots behind": a word of being behind, the figure's noun before it
_BEHIND_AFTER = re.compile(r"^\W*(?:[a-z]+\s+)?(?:behind|later|adrift|back)\b", re.I)


# "six strokes behind", "two points clear", "three shots ahead of": a word of a gap, the figure's noun before it
_GAP_AFTER = re.compile(r"^[ \t-]*(?:[a-z]+[ \t]+)?(?:behind|ahead|clear|adrift)\b", re.IGNORECASE)
_AHEAD_AFTER = re.compile(r"^[ \t-]*(?:[a-z]+[ \t]+)?(?:ahead|clear)\b", re.IGNORECASE)


def _finished_behind(lead: str, tail: str) -> bool:
    """Whether a figure is how far behind the one before a finisher came in: a verb of finishing before it, a word
    of being behind after it ("finished 38 seconds behind", "which finished three hours and 40 minutes later")."""
    return _FINISHED.search(lead) is not None and _BEHIND_AFTER.match(tail) is not None
@cache
def _margin_of() -> re.Pattern[str]:
    """A noun of how far ahead right before its figure (data/margin_nouns.csv), after "of" or a verb of being, its
    words of the one behind between: "a margin of 3,920 votes", "a majority of 2,900 votes", "her lead over Hale
    was 2,900 votes"."""
    nouns = alternatives(r["noun"] for r in rows("margin_nouns.csv"))
    return re.compile(
        rf"\b(?:{nouns})\s+(?:(?:over|on)\s+[^,;.]{{1,40}}?\s+)?(?:of|was|is|stood\s+at|stands\s+at)\s+"
        rf"(?:just\s+|only\s+)?$",
        re.IGNORECASE,
    )


_BY = re.compile(r"\bby\s+$", re.IGNORECASE)  # "by 312 votes"; "by 61 votes to 54" is a tally (tally_count)
# the noun of a margin and a verb or "of" that gives it: "a winning margin of", "the final margin was"
# ("the winning margin in Sunday's final was", "a margin of victory of")
_MARGIN_GIVEN = re.compile(
    r"\bmargin(?:\s+(?:of\s+victory|(?:in|at|over)\s+[^,;:.()]{1,40}?))?\s+(?:of|was|is)\s+$", re.IGNORECASE
)
_RESULT_REACH = 8  # words before a margin's "by" that may tell the result it is a margin of: "won the regional title by"


@cache
def final_words() -> frozenset[str]:
    """The words that give a figure as the final or official result (data/final_words.csv): "final", "official"."""
    return frozenset(row["word"] for row in rows("final_words.csv"))


@cache
def contest_parts() -> frozenset[str]:
    """The nouns of a contest's parts (data/contest_parts.csv): a stage, a leg, a heat, a round."""
    return frozenset(row["word"] for row in rows("contest_parts.csv"))


@cache
def _parts_in_order() -> frozenset[str]:
    """Nouns of the parts of a whole told by their places, as stems (data/contest_parts.csv, data/series_parts.csv)."""
    return frozenset(stem(word) for word in contest_parts() | {row["word"] for row in rows("series_parts.csv")})


@cache
def _series_parts() -> frozenset[str]:
    return frozenset(stem(row["word"]) for row in rows("series_parts.csv"))


def places_a_part_of_a_series(c: Claim) -> bool:
    """Whether an ordinal names which part of a whole of many parts alike it is, not a contest's round: "the fourth
    floor", "their second dose" (data/series_parts.csv). Two reports' such places are two parts, whoever is told of
    in each; "a 7th-round pick" is one pick's round."""
    return places_a_part(c) and c.head.split()[0] in _series_parts()


def places_a_part(c: Claim) -> bool:
    """Whether an ordinal names which part of a whole it is of, as a report tells several ("won the fourth stage",
    "broke in the seventh game", "their first dose"): no place of the story's own event in a series."""
    return c.mention.unit == "rank" and bool(c.head) and c.head.split()[0] in _parts_in_order()


def _contest_part(lead: str) -> frozenset[str]:
    """The part of a contest a margin was won in, named among the words before it (data/contest_parts.csv): "won
    the fourth stage by" → stage."""
    near = {lemma(w.lower()) for w in WORD.findall(lead)[-_RESULT_REACH:]}
    return frozenset(near & contest_parts())


_MARGIN_AFTER = re.compile(r"^(?:-[^\W\d_]+)?[\s-]+margin\b", re.IGNORECASE)  # "by a 9-second margin", "a three-stroke margin"
_BY_A = re.compile(r"\bby\s+an?\s+$", re.IGNORECASE)


def _won_by(lead: str, rest: str = "") -> bool:
    """Whether the text around a figure gives it as the margin of a settled win: "by" after a word of a result
    ("clung on to win the Tour of Varn by", "his victory, by", "won by a 9-second margin"; data/score_words.csv),
    or the noun of a margin told as a result's or as final ("a winning margin of", "the final margin was";
    data/final_words.csv)."""
    words = WORD.findall(lead)
    near = " ".join(words[-_RESULT_REACH:])
    if _BY_A.search(lead) and _MARGIN_AFTER.match(rest):
        return result_told(near)
    if _BY.search(lead):
        # "was watched by 32,100": a passive's "by" gives its agent, not a margin
        verb = words[-2] if len(words) > 1 else ""
        return (result_told(verb) or not past_participle(verb.lower())) and result_told(near)
    return bool(_MARGIN_GIVEN.search(lead)) and (result_told(near) or bool(final_words() & set(near.lower().split())))


def tally_count(m: Mention) -> str | None:
    """Which count of a vote split a figure is, from the side the parser read (parse/figures/numbers.py): "61" of
    "by 61 votes to 54" the first, "54" the second; None for a figure that stands alone."""
    return {VOTES_FOR: FIRST_COUNT, VOTES_AGAINST: SECOND_COUNT}.get(m.role or "")


AGE = "age"
_AGE_LIMIT = 125  # no one is older: a larger number after a name is no age
# "the 56-year-old", "aged 56 years old": a count of years that says how old someone is
_YEARS_OLD = re.compile(r"^[-\s]?(?:years?[-\s])?old\b", re.IGNORECASE)
# "Daniel Okafor, 58, was convicted", "Okafor (58) was", "Okafor, aged 58,", "Okafor, now 58,", "Okafor, who is 58,":
# a bare number set off just after a name, perhaps after the words of an apposition or a relative clause of age
# "Daniel Okafor, 58,", "Okafor, who is 58,", "Okafor, aged 58", "Jayden Moretti was 21 and", "The man killed, Jayden
# Moretti, was 21."
_AFTER_NAME = re.compile(
    r"^\s*(?:\(|,\s*(?:(?:who\s+(?:is|was|turned|turns)|now(?:\s+aged)?|aged)\s+)?|,?\s+(?:is|was)\s+)\s*$", re.IGNORECASE
)
# "Mara Lind, a 52-year-old nurse,", "Lind, now a 52-year-old grandmother,": an age in years set off after a name
_YEARS_AFTER_NAME = re.compile(r"^\s*,\s*(?:now\s+)?(?:an?\s+)?$", re.IGNORECASE)
_SET_OFF = re.compile(r"^\s*(?:[,)]|\.(?:\s|$)|;|\s+and\b)")


# "aged 54", "at the age of 54", and the later ages of a list that "aged" opens: "men aged 54 and 61"
_AGED_LEAD = re.compile(
    r"\b(?:aged|ages?\s+of)\s+(?:\d{1,3}(?:\s*,\s*\d{1,3})*\s*(?:,\s*)?(?:,|and|or)\s*)?$", re.IGNORECASE
)


def aged(sentence: Sentence, m: Mention) -> bool:
    """Whether a figure says how old someone is in years: "the 56-year-old", "a man, 34 years old", "aged 54",
    the 61 of "men aged 54 and 61"."""
    if (m.value or 0) >= _AGE_LIMIT:
        return False
    rel = sentence.start
    return _YEARS_OLD.match(sentence.text[m.end - rel :]) is not None or (
        m.unit is None and _AGED_LEAD.search(sentence.text[max(0, m.start - rel - 40) : m.start - rel]) is not None
    )


FIRST_STEP = "at a first step"  # the qualifier of an age at which someone took a first step ("joined the club at 17")
# an age's lead that its clause may be set off by: "joined Dunmore in 2008, aged 17", "At the age of 17, he joined"
_AGE_SET_OFF = re.compile(r",\s*(?:aged|at\s+the\s+age\s+of)\s+$", re.IGNORECASE)
_AGE_FRONTED = re.compile(r"^\s*(?:aged|at\s+the\s+age\s+of)\s+$", re.IGNORECASE)


@cache
def _first_steps() -> re.Pattern[str]:
    """A phrase of a first step in a life or a career (data/first_steps.csv: "joined", "left school", "first")."""
    return re.compile(rf"\b(?:{alternatives(r['phrase'] for r in rows('first_steps.csv'))})\b", re.IGNORECASE)


def at_a_first_step(sentence: Sentence, m: Mention) -> bool:
    """Whether an age is the one someone took a first step at (data/first_steps.csv), told in its clause before it
    ("joined the club at 17", "began working at the age of 16", "signed for Rovers in 2008, aged 16") or after it
    when the age opens the sentence ("Aged 17, Hart joined Dunmore"): an age of the past, not the age now that
    "Hart, 34," gives."""
    rel = sentence.start
    lead = sentence.text[: m.start - rel]
    set_off = _AGE_SET_OFF.search(lead)
    clause = _clause_before(lead[: set_off.start()] if set_off else lead)  # the clause an aside is set off from
    if _AGE_FRONTED.match(lead):
        clause = _clause_after(sentence.text[m.end - rel :].lstrip(" ,"))
    return _first_steps().search(clause) is not None or _WHEN_AGED.search(lead) is not None


# "when he was eight years old", "since she was 12", "since he walked into the club aged 11": an age someone was at
# a time past, not their age now
_WHEN_AGED = re.compile(
    r"\b(?:when|since|as|until)\s+(?:he|she|they|I|we)\s+(?:(?:was|were)\s+(?:just\s+|only\s+|about\s+)?"
    r"|[a-z]+ed\b[^,;:.]*\s(?:aged|at\s+the\s+age\s+of)\s+)$"
)


def aged_person(sentence: Sentence, m: Mention, entities: Sequence[Mention]) -> Mention | None:
    """The person whose age a number set off just after their name gives: "Daniel Okafor, 58, was", "Okafor, who
    is 58,", "Okafor, aged 58,", "Mara Lind, a 52-year-old nurse,"."""
    if m.value is None or not 0 < m.value < _AGE_LIMIT or m.value != int(m.value):
        return None
    rel = sentence.start
    tail = sentence.text[m.end - rel :]
    if m.unit is None and _SET_OFF.match(tail) is not None:
        between = _AFTER_NAME
    elif m.unit is not None and _YEARS_OLD.match(tail) is not None:
        between = _YEARS_AFTER_NAME
    else:
        return None
    for e in entities:
        if _may_be_person(e) and e.end <= m.start and between.match(sentence.text[e.end - rel : m.start - rel]):
            return e
    return None


def _may_be_person(e: Mention) -> bool:
    """A person's name, or a name of two or three words that nothing says the kind of ("Kari Berg, 31, won"): a
    number set off after such a name is an age in news copy."""
    return e.role == "person" or (e.role is None and 2 <= len((e.canonical or e.text).split()) <= 3)


@cache
def _person_nouns() -> re.Pattern[str]:
    """A noun of a person's occupation or office at the end of a text (data/occupations.csv: "mayor", "lawyer"),
    or another noun that stands for a person (data/aged_nouns.csv: "man", "minister", "international")."""
    forms = {r["form"].lower() for r in rows("occupations.csv")} | {r["noun"] for r in rows("aged_nouns.csv")}
    ordered = sorted(forms, key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(re.escape(f) for f in ordered)})\s*$", re.IGNORECASE)


# "the Kenyan" before an age: a demonym that stands for a person of that country, after its article
_DEMONYM_NOUN = re.compile(r"\b[Tt]he\s+(?P<demonym>[A-Z][\w'’-]*)\s*$")


def aged_role(sentence: Sentence, m: Mention) -> bool:
    """Whether a bare number set off just after a noun of a person says how old they are: "Carrow's mayor, 61,
    resigned", "the driver (34) was unhurt", "the Kenyan, 28, said" (a demonym, knowledge/demonyms.csv)."""
    return aged_noun(sentence, m) is not None


def aged_noun(sentence: Sentence, m: Mention) -> str | None:
    """The noun of a person a bare number set off just after it is the age of ("mayor" in "Carrow's mayor, 61,
    resigned", "Kenyan" in "the Kenyan, 28, said"); None when the number is no such age ("the 1,500-metre race,
    28 runners")."""
    if m.unit is not None or m.value is None or not 0 < m.value < _AGE_LIMIT or m.value != int(m.value):
        return None
    rel = sentence.start
    lead = sentence.text[: m.start - rel]
    cut = re.search(r"\s*[,(]\s*$", lead)
    if cut is None or _SET_OFF.match(sentence.text[m.end - rel :]) is None:
        return None
    noun = _person_nouns().search(lead[: cut.start()])
    if noun is not None:
        return noun.group().strip()
    demonym = _DEMONYM_NOUN.search(lead[: cut.start()])
    return demonym["demonym"] if demonym and builtin().country_of_demonym(demonym["demonym"]) else None


_IN_PLACE = re.compile(r"\b(?:in|across|throughout)\s+(?:the\s+)?$", re.IGNORECASE)
# a name after these is where an event happened, whether or not it is known as a place: "off Tavira island"
_PLACE_LEAD = 32  # characters before a place name that can hold "throughout the", "near the village of"


@cache
def _near_place() -> re.Pattern[str]:
    """"off", "near", "outside", and "near the village of" (data/bearing_places.csv: the nouns of a kind of place)."""
    nouns = "|".join(re.escape(r["noun"]) for r in rows("bearing_places.csv"))
    return re.compile(rf"\b(?:off|near|outside)\s+(?:the\s+)?(?:(?:{nouns})\s+of\s+)?$", re.IGNORECASE)


def places_in(sentence: Sentence, entities: Sequence[Mention]) -> tuple[str, ...]:
    """Places a sentence puts its figures or acts in ("in India", "off the coast of Brittany"): where they were
    counted or done, not whose they are."""
    rel = sentence.start

    def where(e: Mention) -> bool:
        lead = sentence.text[max(0, e.start - rel - _PLACE_LEAD) : e.start - rel]
        if placed_with_the_rest(sentence, e.canonical or e.text):
            return False  # "71,000 patients in England, with the rest in Scotland and Wales": the rest's places
        if e.role == "place" and _FIGURE_JUST_BEFORE.search(lead) and _NOUN_JUST_AFTER.match(sentence.text, e.end - rel):
            return True  # "84,000 UK patients affected": the country they were counted in, before their noun
        return bool((e.role == "place" and _IN_PLACE.search(lead)) or _near(e, lead))

    return tuple(e.canonical for e in entities if e.canonical and where(e))


_FIGURE_JUST_BEFORE = re.compile(r"(?<![\w.,])\d[\d,.]*(?:\s+(?:thousand|million|billion))?\s+$")
_NOUN_JUST_AFTER = re.compile(r"\s+[a-z][a-z-]+\b")


@cache
def _the_rest_in() -> re.Pattern[str]:
    """The rest of a group placed apart, before a place and the places listed with it: "with the rest in Scotland,
    Wales and", "the remainder across" (data/remainder_words.csv, position "place")."""
    words = "|".join(re.escape(r["word"]) for r in rows("remainder_words.csv") if r["position"] == "place")
    return re.compile(rf"\bthe\s+(?:{words})\s+(?:\w+\s+)?(?:in|across|from)\s+[^.;:()]*$", re.IGNORECASE)


def placed_with_the_rest(sentence: Sentence, name: str) -> bool:
    """Whether a sentence names a place as where the rest of a group is ("71,000 patients in England, with the
    rest in Scotland, Wales and Northern Ireland"): not where its figure was counted."""
    at = sentence.text.find(name)
    return at >= 0 and _the_rest_in().search(sentence.text[:at]) is not None


def _near(e: Mention, lead: str) -> bool:
    return e.role in ("place", None) and _near_place().search(lead) is not None


@cache
def _area_told() -> re.Pattern[str]:
    """"in the county", "across the province", "from the surrounding area" (data/area_nouns.csv), the area's own name
    not said after it."""
    nouns = "|".join(re.escape(r["noun"]) for r in rows("area_nouns.csv"))
    return re.compile(
        rf"\b(?:in|across|throughout|from|around|near|of)\s+the\s+(?:(?:surrounding|wider|whole|entire|local|same)\s+)?"
        rf"(?:{nouns})\b(?!\s+of\b)",
        re.IGNORECASE,
    )


def counted_in_area_told(sentence: Sentence, m: Mention) -> bool:
    """Whether a figure is counted in an area its sentence names only by its kind ("Around 900 farms in the
    county are eligible"): the place its document named last, whose figure it is."""
    rel = sentence.start
    found = _area_told().search(sentence.text, m.end - rel)
    return found is not None and found.start() - (m.end - rel) <= _PLACE_LEAD


def places_near(sentence: Sentence, entities: Sequence[Mention]) -> frozenset[str]:
    """The names a sentence says its event happened near ("started near the village of Monteclaro"): where it
    happened, and not whose the figures of the sentences after it are."""
    rel = sentence.start
    return frozenset(
        e.canonical for e in entities
        if e.canonical and _near(e, sentence.text[max(0, e.start - rel - _PLACE_LEAD) : e.start - rel])
    )


def _one_of_the_noun_before(clause: Sequence[str]) -> bool:
    """Whether a clause opens as one of the things the clause before it named: "the strongest of", "the largest",
    "including one of", "one of them"."""
    first = list(clause[:2])
    return (first[:1] == ["the"] and len(first) == 2 and (first[1].endswith("est") or first[1] == "most")) or (
        first in (["including", "one"], ["one", "of"])
    )


def _event_in(words: Sequence[str], kinds: tuple[str, ...] = ("event",)) -> str | None:
    """The first event word ("quake", "aftershock", "storm") among `words`, normalised (data/frame_words.csv); with
    `kinds` ("event", "act") the words of an act a date is the day of ("launched", "tabled", "came into force") too,
    as their act (data/act_verbs.csv)."""
    roles = _frame_words()
    acts = "act" in kinds
    for w in words:
        if roles.get(w, ("",))[0] in kinds:
            return roles[w][1]
        if acts and (act := act_of(w)) is not None:
            return act
    return None


PAST_STEM = 4  # a word ending in -ed longer than this may be a regular past ("enrolled", "derailed"); "bed" is not


@cache
def _clause_verbs() -> dict[str, str]:
    return {row["word"]: row["kind"] for row in rows("clause_verbs.csv")}


def verb_kind(word: str) -> str | None:
    """What a word is as a verb of a clause (data/clause_verbs.csv: be, have, modal, participle, past), a regular
    past by its ending, else None. A word of two joined by a hyphen is a past only after a prefix ("re-elected");
    after any other word it is an adjective ("a rain-soaked descent", "the long-awaited report")."""
    kind = _clause_verbs().get(word)
    if kind is None and word.endswith("ed") and len(word) > PAST_STEM and _verb_by_its_prefix(word):
        return "past"
    return None if kind in ("no verb", "prefix") else kind


def _verb_by_its_prefix(word: str) -> bool:
    head, hyphen, _ = word.rpartition("-")
    return not hyphen or _clause_verbs().get(head) == "prefix"


# prepositions that put an event word in a phrase about another noun: "a vigil for the victims of the crash"
_MODIFYING = frozenset({"in", "of", "for", "after", "from", "over", "about", "since", "during", "into", "by"})
_MODIFIER_REACH = 6  # words from such a preposition to its event word: "after the Dravik Ridge tunnel collapse"


def _event_in_a_modifier(before: Sequence[str]) -> bool:
    """Whether the event word nearest a date, in the words of its clause before it, sits in a phrase after a
    preposition and a verb stands between it and the date: "a vigil for those killed in the Orsk derailment was
    held on Friday", "rescuers searching the rubble of the quake found survivors on Sunday" date another act. A
    clause about the event ("the quake that struck on Friday") leaves it the event's."""
    at = next((i for i in range(len(before) - 1, -1, -1) if names_an_event(before[i])), None)
    if at is None:
        return False
    between = before[at + 1 :]
    if _RELATIVE & set(between):
        return False
    return _act_past_the_event(before, at) is not None


def event_in_a_phrase(words: Sequence[str], at: int, *, agent: bool = True) -> bool:
    """Whether event word `at` sits in a phrase after a preposition ("pulled two survivors from the landslide",
    "a vigil for the victims of the crash"): what the clause tells of, not what it dates. Without `agent`, "by"
    is the doer of a passive ("Morocco was struck by a powerful quake": the quake's own day), no such phrase."""
    prepositions = _MODIFYING if agent else _MODIFYING - {_AGENT_BY}
    for word in reversed(words[max(0, at - _MODIFIER_REACH) : at]):  # back through the event word's noun phrase
        if word in prepositions:
            return True
        if word in _MODIFYING or verb_kind(word) is not None or word in _RELATIVE:
            return False  # another phrase's, or a clause's: "the mine that collapsed", "was hit by the collapse"
    return False


_AGENT_BY = "by"


def _act_past_the_event(before: Sequence[str], at: int) -> str | None:
    """The verb that stands between event word `at`, told in a phrase or a clause about another thing, and the date
    at the end of `before`: "died" of "the miners hurt when the tunnel collapsed died in hospital on"."""
    if _onset_after(before, at):
        return None  # "prices rose since the quake struck on Friday": the event its clause's subject, its verb its own
    placed = event_in_a_phrase(before, at)
    # "the miners hurt when the tunnel collapsed died in hospital on Wednesday": a clause of its own
    placed = placed or _CLAUSE_OPENERS & set(before[max(0, at - _CLAUSE_REACH) : at])
    verbs = [w for w in before[at + 1 :] if verb_kind(w) in ("be", "have", "past")]
    return verbs[-1] if placed and verbs else None


@cache
def _onset_verbs() -> frozenset[tuple[str, ...]]:
    """The verbs an event begins by, each as its words (data/onset_verbs.csv: "struck", "erupted", "made landfall")."""
    return frozenset(tuple(row["verb"].lower().split()) for row in rows("onset_verbs.csv"))


_SUBJECT_WORDS = 2  # words a verb of onset may stand after its event's noun: "the cyclone crashed", "Cyclone Marud crashed"


def _onset_of_an_event(before: Sequence[str]) -> str | None:
    """The event whose noun a verb of onset follows, where that verb is the last event word before a date and
    names an event of its own: "Cyclone Marud crashed into the coast on Thursday" dates the storm, not a crash
    ("the bus crashed on Thursday" is still a crash)."""
    roles = _frame_words()
    for i in range(len(before) - 1, -1, -1):
        if roles.get(before[i], ("",))[0] == "event":
            if i == 0 or not _onset_after(before, i - 1):  # the event word is no verb of onset ("crashed") after a word
                return None
            subject = [w for w in before[max(0, i - _SUBJECT_WORDS) : i] if roles.get(w, ("",))[0] == "event"]
            return roles[subject[-1]][1] if subject else None
    return None


def _onset_after(words: Sequence[str], at: int) -> bool:
    """Whether a verb of onset follows event word `at`: "the quake struck", "the cyclone made landfall"."""
    return any(tuple(words[at + 1 : at + 1 + len(verb)]) == verb for verb in _onset_verbs())


_CLOCK_TIME = re.compile(r"\b\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)", re.IGNORECASE)  # "at about 2.40am": no verb "am"


def act_past_its_event(sentence: Sentence, m: Mention) -> str | None:
    """The act a date dates when the event its sentence tells of stands before it in a phrase or a clause about
    another thing, and another verb between them: "those hurt when the tunnel collapsed died in hospital on
    Wednesday" dates the deaths (see `_event_in_a_modifier`)."""
    lead = _CLOCK_TIME.sub(" ", _ASIDE.sub(" ", sentence.text[: m.start - sentence.start]))
    cuts = [c for c in _CLAUSE_END.finditer(lead) if not _before_a_time(lead, c)]
    before = _with_cut_preposition(cuts, _relative_clause(_words(lead[cuts[-1].end() :] if cuts else lead)))
    at = next((i for i in range(len(before) - 1, -1, -1) if names_an_event(before[i])), None)
    if at is None or _RELATIVE & set(before[at + 1 :]):
        return None
    return _act_past_the_event(before, at)


def _with_cut_preposition(cuts: Sequence[re.Match[str]], before: list[str]) -> list[str]:
    """A clause's words with the preposition it was cut at, when that is one that opens a phrase about a noun:
    "missing [after] the tunnel collapse were recovered on Friday"."""
    opener = cuts[-1].group().strip().lower() if cuts else ""
    return [opener, *before] if opener in _MODIFYING else before


_CLAUSE_REACH = 5  # words from "when" or "where" to the event its clause tells of: "when the Brask tunnel collapsed"


_ANTECEDENT_WORDS = 2  # the words before a relative word that name what its clause is about: "Hurricane Orla, which"


def _relative_clause(before: list[str]) -> list[str]:
    """The words of a clause before a date from the relative word that opens the date's own clause about a thing
    that is no event: "police arrested the driver of the train that derailed on Sunday" dates the derailment,
    "arrested two of the men who escaped earlier this week" the escape, not the arrest; "the quake that struck on
    Friday" is a clause about the quake, and keeps it."""
    at = next(
        (i for i in range(len(before) - 1, 0, -1)
         if before[i] in _RELATIVE and not any(map(names_an_event, before[max(0, i - _ANTECEDENT_WORDS) : i]))),
        None,
    )
    return before if at is None else before[at + 1 :]


def names_an_event(word: str) -> bool:
    """Whether a word names an event or an act a date may be the day of ("march", "collapse", "launch")."""
    return _frame_words().get(word.lower(), ("",))[0] in _DATED_KINDS or act_of(word.lower()) is not None


# an act names the event of a date only: "launched on Tuesday" is the launch's day, while "cost 310 million
# euros, including the launch" is the mission's cost
_DATED_KINDS = ("event", "act")


def _acts_after(after: list[str]) -> list[str]:
    """The words after a date that may name what it dates: none when a verb of an act in the present opens them
    ("the census results published on 18 June confirm what demographers said": a finding of now, no act of the
    day), else all ("the senate on Tuesday approved the bill")."""
    if after and act_of(after[0]) is not None and verb_kind(after[0]) is None and after[0] in (lemma(after[0]), lemma(after[0]) + "s"):
        return []
    return after


def _outside_phrases(after: list[str]) -> list[str]:
    """The words after a date but an event's told in a phrase about another thing ("made contact on Wednesday
    with the miners trapped by the collapse", "resumed on Monday for the climbers missing since the avalanche"):
    the clause's own act is the date's, not the event its phrase recalls."""
    return [w for i, w in enumerate(after) if not (names_an_event(w) and event_in_a_phrase(after, i))]


def event_word(sentence: Sentence, m: Mention, *, past_figures: bool = True) -> str | None:
    """The event a date or a figure belongs to: the nearest event word of its clause, before it first.

    "A magnitude 3.9 aftershock rattled Moroccans on Sunday" dates the aftershock;
    "on Friday, a storm hit the coast" dates the storm. Without `past_figures`,
    a figure between the event word and the date takes the date: "the toll of
    the storm rose to 265 on Saturday" dates the 265, not the storm (there is
    no event of the date's own).
    """
    rel = sentence.start
    lead = _without_event_modifiers(_without_acts_in_names(_ASIDE.sub(" ", sentence.text[: m.start - rel])))
    if not past_figures and _figure_before().search(lead):
        return None
    # not at "that": "the quake that struck on Friday" dates the quake
    cuts = [c for c in _CLAUSE_END.finditer(lead) if not _before_a_time(lead, c) and not _as_a_role(lead, c)]
    before = _without_infinitives(_relative_clause(_words(lead[cuts[-1].end() :] if cuts else lead)))
    if before[:1] and before[0] in _RELATIVE and cuts:
        # "The fire, which began on Monday": a relative clause tells of the noun before its comma
        before = _words(lead[cuts[-2].end() if len(cuts) > 1 else 0 : cuts[-1].start()]) + before
    if _event_in_a_modifier(_with_cut_preposition(cuts, before)):
        return None  # "a vigil for those killed in the derailment was held on Friday" dates the vigil
    rest = _up_to_another_dates_event(
        _ASIDE.sub(" ", _without_event_modifiers(_without_acts_in_names(past_day_part(sentence.text[m.end - rel :]))))
    )
    found = _light_verbs_subject(before) or _act_on_event(before) or _owned_event(m, rest)
    found = found or _onset_of_an_event(before) or _event_phrase(before)
    found = found or _event_in(before[::-1] + _outside_phrases(_acts_after(_words(_clause_after(rest)))), _DATED_KINDS)
    if found is None and len(before) <= _INTRODUCTORY_WORDS:
        # "Late on Friday, a powerful earthquake shook the valley": an opening date dates the clause after it
        found = _event_in(_words(_clause_after(rest.lstrip(" ,"))), _DATED_KINDS)
    if found is None and _structure_failed(before):
        found = COLLAPSE  # "the dam broke at about 4:30 a.m. on Sunday": the dam's collapse
    one_day = m.grain == "day" and m.date_end in (None, m.date)  # results come out on a day, not over months
    if found in (None, act_of("announce")) and one_day and reports_results(sentence, m):
        found = RESULTS  # "the results were announced on Wednesday" is the day of the results, as "released" is
    return found


@cache
def _event_modifiers() -> re.Pattern[str]:
    """An event's noun right before a noun it makes a compound with (data/event_compounds.csv): "a fire risk
    assessment", "the avalanche warning service", "a strike ballot" name another thing than the event."""
    events = alternatives(event_words())
    heads = alternatives(row["noun"] for row in rows("event_compounds.csv"))
    return re.compile(rf"\b(?:{events})(?=\s+(?:{heads})\b)", re.IGNORECASE)


def _without_event_modifiers(text: str) -> str:
    """A text with the event nouns that only describe the noun after them blanked (see `_event_modifiers`)."""
    return _event_modifiers().sub(lambda w: " " * len(w.group()), text)


# a run of capitalised words: a name ("the Grauwand Pass", "Court of Appeal" aside)
_NAME_RUN = re.compile(r"\b[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)+")


def _without_acts_in_names(text: str) -> str:
    """A text with the words of acts that stand inside a run of capitalised words blanked: "the Grauwand Pass road"
    names a pass, no passing of a bill (an event's noun stays: "Storm Ciaran")."""
    def blank(run: re.Match[str]) -> str:
        return re.sub(r"[\w'’-]+", lambda w: " " * len(w.group()) if act_of(w.group().lower()) else w.group(), run.group())

    return _NAME_RUN.sub(blank, text)


_OWNED_REACH = 3  # words from a day's possessive to the event it owns: "Tuesday's deadly gas explosion"


def _owned_event(m: Mention, rest: str) -> str | None:
    """The event a day written in the possessive owns ("died in Tuesday's rockfall": the rockfall's day, not the
    deaths'), among the few words after it, else None."""
    if not _DAY_OWNS.search(m.text):
        return None
    return _event_in(_words(_clause_after(rest))[:_OWNED_REACH], _DATED_KINDS)


_DAY_OWNS = re.compile(r"['’]s$")


@cache
def _light_phrases() -> tuple[tuple[str, ...], ...]:
    """The verbs that say only that their subject happened (data/subject_verbs.csv, column light: "took place",
    "will be held", "is scheduled for"), as their words."""
    return tuple(tuple(r["phrase"].lower().split()) for r in rows("subject_verbs.csv") if r["light"])


_DATE_LEADS = frozenset({"on", "in", "at", "for", "from"})  # the preposition between a light verb and its date


def _light_verbs_subject(before: Sequence[str]) -> str | None:
    """The event a light verb's subject names when a date follows the verb: "a hearing to decide how much he must
    repay is due to take place on 29 June" dates the hearing, not the deciding. The subject's first event word."""
    words = list(before[:-1] if before[-1:] and before[-1] in _DATE_LEADS else before)
    if not any(tuple(words[-len(p) :]) == p for p in _light_phrases()):
        return None
    return _event_in(words, _DATED_KINDS)


def _act_on_event(before: Sequence[str]) -> str | None:
    """The act done to the event nearest a date, when that event is the act's object: "regulators cleared the takeover
    of Brennet on Wednesday" dates the clearance, "completed its acquisition on Monday" the completion, not the
    takeover itself. No verb may stand between them nor after the event ("confirmed the quake struck on Friday"
    dates the quake)."""
    at = next((i for i in range(len(before) - 1, -1, -1) if names_an_event(before[i])), None)
    if at is None or act_of(before[at]) is not None or any(verb_kind(w) for w in before[at:]):
        return None  # an event told by its verb ("where the roof collapsed on Monday") is the object of no act
    for w in reversed(before[:at]):
        if w in _CLAUSE_OPENERS or w in _RELATIVE:
            return None  # "close to where the roof collapsed": a word before the clause is not its verb
        if (act := act_of(w)) is not None:
            return act
        if verb_kind(w) is not None or names_an_event(w):
            return None
    return None


# words that open a clause of its own about the event: an act before them is not done to it
_CLAUSE_OPENERS = frozenset({"where", "when"})


def _without_infinitives(words: list[str]) -> list[str]:
    """A clause's words with the verb of an act after "to" left out ("faced calls to resign on Monday", "refused to
    resign"): an act called for, planned or refused, not the act the date is the day of."""
    return [w for i, w in enumerate(words) if not (i and words[i - 1] == "to" and act_of(w) is not None)]


def _as_a_role(text: str, cut: re.Match[str]) -> bool:
    """Whether a clause break is "as" before a role and no verb up to the date ("her resignation as housing minister
    on 12 November", "he quit as captain on Friday"): the capacity of the one who acted, not a clause of its own
    ("as police arrived on Friday")."""
    if cut.group().strip().lower() != "as":
        return False
    return not any(verb_kind(w) is not None for w in _words(text[cut.end() :]))


def _before_a_time(text: str, cut: re.Match[str]) -> bool:
    """Whether a clause break is "before" or "after" a part of the day ("collapsed before dawn on Monday"): a
    preposition of the time, not a clause of its own."""
    if cut.group().strip().lower() not in ("before", "after"):
        return False
    following = WORD.match(text, cut.end())
    return following is not None and following.group().lower() in day_part_words()


COLLAPSE = "collapse"  # the event of a structure that gave way (data/structure_failures.csv)
_STRUCTURE_REACH = 6  # words from a structure to the verb of its failure: "a dam on the Orla river burst"


def _event_phrase(words: Sequence[str]) -> str | None:
    """The event a phrase of its own among a date's words tells (data/event_phrases.csv): "the coach left the road on
    8 June" dates a crash, "voters went to the polls on 17 June" an election. The phrase's verb is matched as
    written or by its dictionary form, and a name may stand before its last noun ("left the Passo Vallera road")."""
    lemmas = [lemma(w) for w in words]
    for i, (word, base) in enumerate(zip(words, lemmas, strict=True)):
        for (verb, *middle, noun), event in _event_phrases().items():
            if verb not in (word, base):
                continue
            ahead = lemmas[i + 1 : i + 1 + len(middle) + _NAME_IN_PHRASE + 1]
            if noun in ahead and ahead[: len(middle)] == middle:
                return event
    return None


_NAME_IN_PHRASE = 3  # words of a name that may stand before a phrase's last noun: "left the Passo Vallera road"


@cache
def _event_phrases() -> dict[tuple[str, ...], str]:
    return {tuple(row["phrase"].split()): row["event"] for row in rows("event_phrases.csv")}


def _structure_failed(words: Sequence[str]) -> bool:
    """Whether words tell of a structure giving way, by a verb said of it (data/structure_failures.csv): "the
    dam broke", "a levee on the Sava burst", "the footbridge gave way"; "broke a record" is of no structure."""
    structures, verbs = _structure_failures()
    lemmas = [lemma(w) for w in words]
    for i in range(len(lemmas)):
        if any(" ".join(lemmas[i : i + len(v)]) == " ".join(v) or " ".join(words[i : i + len(v)]) == " ".join(v)
               for v in verbs):
            if structures & set(lemmas[max(0, i - _STRUCTURE_REACH) : i]):
                return True
    return False


@cache
def _structure_failures() -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    table = rows("structure_failures.csv")
    structures = frozenset(r["word"] for r in table if r["role"] == "structure")
    return structures, tuple(tuple(r["word"].split()) for r in table if r["role"] == "verb")


@cache
def _date_possessive() -> re.Pattern[str]:
    """A day or month named as the owner of the noun after it: "Monday's", "March's" (data/weekdays.csv,
    months.csv)."""
    vocabulary = date_vocabulary()
    names = sorted((*vocabulary.weekdays, *vocabulary.months), key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, names))})['’]s\b", re.IGNORECASE)


def _up_to_another_dates_event(rest: str) -> str:
    """The words after a date, up to another date that owns the noun after it: in "gathered on Friday to remember
    those killed in Monday's derailment" the derailment is Monday's, and Friday dates the gathering."""
    found = _date_possessive().search(rest)
    return rest[: found.start()] if found else rest


RESULTS = "results"  # the event of a company's reporting its results for a period
# what a company does with its results (a body that "published" or "released" results gives figures of its own)
_REPORTING_VERB = re.compile(
    r"\b(?:reported|reports|posted|posts|announced|announces|unveiled|published|publishes|released|releases)\s+$",
    re.IGNORECASE,
)
_RESULT_WORDS = 4  # words after a reporting verb that can name what it reported: "third-quarter net profit of"
# words before a reporting verb that can name what it reported, told first: "the first results of the 2024 census
# were published", "the census results published on 18 June"
_RESULTS_BEFORE = 6


def reports_results(sentence: Sentence, m: Mention) -> bool:
    """Whether a date is the day a company or a body reported its results: its clause's reporting verb has its
    results (data/result_words.csv) or a measure the company reports of itself as its object ("Acme reported its
    results on Thursday", "Acme reported third-quarter revenue of $1.2bn on Thursday", "Acme reported on Wednesday
    first-half sales of"), or the results are told before it ("the census results were published on Wednesday").
    That is an act of the story, not a statement."""
    rel = sentence.start
    lead = sentence.text[: m.start - rel]
    cuts = list(_CLAUSE_END.finditer(lead))
    clause = lead[cuts[-1].end() :] if cuts else lead
    text = clause + sentence.text[m.start - rel : m.end - rel] + _clause_after(sentence.text[m.end - rel :])
    words = list(WORD.finditer(text))
    at = len(clause)
    for i, w in enumerate(words):
        if not _REPORTING_VERB.search(text[: w.end()] + " "):
            continue
        # what follows the verb, the date itself aside: "reported on Wednesday third-quarter sales"
        after = [x.group().lower() for x in words[i + 1 :] if not (at <= x.start() < at + len(m.text))]
        after = [x for x in after if x not in ("on", "late", "early")][:_RESULT_WORDS]
        if any(own_measure(_measure_of(x)) or x in _result_words() for x in after):
            return True
        if any(x.group().lower() in _result_words() for x in words[max(0, i - _RESULTS_BEFORE) : i]):
            return True  # "the census results published on 18 June": the results told before their verb
    return False


@cache
def _result_words() -> frozenset[str]:
    return frozenset(row["word"] for row in rows("result_words.csv"))


# a count spelled out is a figure too ("rose to five on Wednesday"); "one" is not, being as often a pronoun
_SPELLED_ROLES = frozenset({"digit", "teen", "tens"})
_PERCENT = r"(?:%|\s+per\s*cent)?"
_LEAST_SPELLED = 2


@cache
def _figure_before() -> re.Pattern[str]:
    """A figure just before a date, with the words that belong to it: "rose to 265 on Saturday", "rose to five
    on Wednesday", "carried 9 million passengers in 2023", "1.9 billion euros in 2023", "$150 million a year by
    2027", "a premium of 27% to Friday's close" (not a name's number, "Covid-19"; not a date's own day, "12
    March"; "season 8 was announced on": a verb between makes the date its clause's)."""
    return re.compile(_figure_pattern() + r"(?:\s+(?!" + _AUXILIARIES + r"\b)" + _WORD + r"){0,5}\s+$")


_AUXILIARIES = r"(?:is|are|was|were|be|been|has|have|had|will|would)"
_WORD = r"[^\W\d_][^\W\d]*(?:['’-][^\W\d]*)*"
_STATE_NOUN_WORDS = 3  # "85,000 homes and businesses were without power": the words of the count's noun
_STATE_AFTER = 5  # "were still without power in the county on Tuesday": the words of the state after its word


@cache
def _figure_pattern() -> str:
    """A figure in digits or spelled out ("265", "1.9", "27%", "five", "a quarter"), not a year ("2023")."""
    spelled = sorted(
        (w for w, n in vocabulary().words.items() if n.role in _SPELLED_ROLES and n.value >= _LEAST_SPELLED),
        key=len,
        reverse=True,
    )
    words = "(?:" + "|".join(spelled) + ")"
    return (
        r"(?<![\w.-])(?:(?!(?:1[89]|20)\d\d\b)\d(?:[\d,]*\d)?(?:\.\d+)?" + _glued_scale() + "|(?i:" + words
        + "(?:-" + words + r")?)\b|" + _FRACTION + ")" + _PERCENT
    )


# a share told in words: "a quarter point", "three quarters of", "half a point"
_FRACTION = r"(?i:(?:(?:an?|one|two|three)[\s-]+(?:quarters?|thirds?)|half)\b)"


@cache
def _glued_scale() -> str:
    """A word of scale written onto a figure's digits, optional: "£612m", "$2.4bn", "40k" (data/scales.csv)."""
    forms = sorted((row for row in rows("scales.csv") if row["attach"] != "word"), key=lambda r: -len(r["form"]))
    return "(?:(?:" + "|".join(
        re.escape(r["form"]) if r["case"] == "exact" else f"(?i:{re.escape(r['form'])})" for r in forms
    ) + r")\b)?"


@cache
def _state_before() -> re.Pattern[str]:
    """A count of those in a state just before a date: "85,000 homes were without power on Tuesday", "38 were
    still missing on Friday" (data/state_words.csv): the date says when the count held, not when anything
    happened to them ("3 people were killed on Friday" dates the killing)."""
    states = "|".join(re.escape(row["word"]) for row in rows("state_words.csv"))
    return re.compile(
        _figure_pattern() + rf"(?:\s+{_WORD}){{0,{_STATE_NOUN_WORDS}}}\s+(?:were|was|are|is|remained|remains|remain)"
        rf"(?:\s+still)?\s+(?i:{states})\b(?:\s+{_WORD}){{0,{_STATE_AFTER}}}\s+$"
    )


_STATE_VERB_GAP = 6  # words between a verb of state and its day: "lay upside down on the riverbed below it on"


@cache
def _state_held_before() -> re.Pattern[str]:
    """A verb of state or position, then where or how, just before a date (data/state_verbs.csv); not a verb a
    particle makes an act ("stood down", "lay off")."""
    words = {kind: "|".join(re.escape(r["word"]) for r in rows("state_verbs.csv") if r["kind"] == kind) for kind in ("verb", "particle")}
    return re.compile(
        rf"\b(?:{words['verb']})(?:\s+still)?(?!\s+(?:{words['particle']})\b)(?:\s+\S+){{1,{_STATE_VERB_GAP}}}"
        rf"\s+(?:on|by|until|through)\s+$",
        re.IGNORECASE,
    )


# what may stand before a date that opens its sentence: a preposition or two ("By this morning,", "Over the weekend,")
OPENING_DATE = re.compile(r"^\W*(?:[^\W\d_]+\s+){0,2}$")
# the clause after an opening date's comma telling a state that still held: "about 61,000 homes were still waiting"
_STILL_HELD = re.compile(
    r"\s*,\s+(?:(?:[^,;:.]|[,.](?=\d))+?\s)?(?:were|was|are|is|remained|remains|remain)\s+still\b", re.IGNORECASE
)
# after an opening date, a clause that gives a value its subject had then: "Three days ago, the hottest temperature
# measured in Britain was 40.3C", "On Monday, the reservoir stood at 54%"
_VALUE_HELD = re.compile(
    r"\s*,\s+[^,;:.]+?\s(?:were|was|stood\s+at)\s+(?:about\s+|around\s+|just\s+|only\s+)?[\d£$€]",
    re.IGNORECASE,
)


def dates_a_state(sentence: Sentence, m: Mention) -> bool:
    """Whether a date says when a state held in its clause, not when anything happened: "The central span lay
    on the riverbed on Thursday", "The airport remained closed on Tuesday", "the ferry sat on its side in the
    harbour on Friday", and a day that opens its sentence before a state that still held ("By this morning,
    about 61,000 homes were still waiting to be reconnected") or a value held then ("Three days ago, the hottest
    temperature measured in Britain was 40.3C"). A state held on one day and on another are both
    true, and the day it began (the span fell, the airport closed) is another day."""
    lead = sentence.text[: m.start - sentence.start]
    if OPENING_DATE.match(lead) and (
        _STILL_HELD.match(sentence.text, m.end - sentence.start) or _VALUE_HELD.match(sentence.text, m.end - sentence.start)
    ):
        return True
    found = _state_held_before().search(_clause_before(lead))
    if found is None:
        return False
    told = _words(found.group())
    # the word right after the verb is the state held ("still lay aground off Skarn on Thursday"); an event named
    # after it is what the date is the day of ("remained closed after the eruption on Tuesday")
    complement = 2 if told[1:2] == ["still"] else 1
    if _event_in(told[complement + 1 :]) is not None:
        return False
    return not (len(told) > 1 and _is_plural_noun(told[1]))  # "lay wreaths on Sunday": an act with its object


# a verb of its own joined after a figure's words: "312 metres long and opened in", "6,000 staff and was founded in"
_ANOTHER_VERB = re.compile(r"\b(?:and|but)\s+(?:was\s+|were\s+|is\s+|has\s+been\s+)?[a-z]+ed\b")


@cache
def _hedge_last() -> re.Pattern[str]:
    """A hedge written before a figure, at the end of the words that lead to it ("at least", "about")."""
    return re.compile(rf"\b(?:{_hedges_before()})\s*$", re.IGNORECASE)


def dates_a_figure(sentence: Sentence, m: Mention) -> bool:
    """Whether a date says when the figure just before it held, not when an event happened.

    "revenue of 1.9 billion euros in 2023", "the toll rose to 44 on
    Saturday", "savings of $150 million a year by 2027", "a premium of 27% to
    Friday's close", "had burned 16,500 hectares by Thursday" (how far a count
    had come by a day), "61,000 homes were still without power on Thursday"
    (the day a count of those in a state held). An event word between the two makes the date the
    event's: "a 6.8 magnitude quake on Friday".
    """
    lead = _ASIDE.sub(" ", sentence.text[: m.start - sentence.start])
    if m.grain == "day" and (state := _state_before().search(lead)) and _event_in(_words(state.group())) is None:
        return True  # "61,000 homes were still without power on Thursday": the day the count held
    found = _figure_before().search(lead)
    if found is None or _event_in(_words(found.group())) is not None:
        return False
    if _ANOTHER_VERB.search(found.group()):
        return False  # "312 metres long and opened in 1946": the year the bridge opened, not when it was that long
    if m.grain != "day" or (m.hedge or "").lower() in REACHED_BY:
        return True  # "carried 18.7 million passengers in 2023": a count over a period; "10% contained by Wednesday"
    # on a day, the figure is a quantity's value ("revenue of", "rose to", "put at"), not the object of a
    # deed ("recalled 4,000 cars before June 3" dates the recall; "reported revenue of $1.2bn on Thursday", the
    # reporting of the results)
    if reports_results(sentence, m):
        return False
    said_of = _words(_hedge_last().sub("", lead[: found.start()]))[-1:]  # "rose to at least 11": "to"
    # "the toll rose to 44 on Saturday", "shares in Acme fell 6% on Monday" (data/change_directions.csv): the day's move
    return bool(said_of) and (
        said_of[0] in _VALUE_OF or _frame_words().get(said_of[0], ("",))[0] == "change" or said_of[0] in change_words("verb")
    )


_PERIOD_OF = frozenset({"in", "for", "during"})  # a measure's period after it: "inflation in May"
_MEASURE_AFTER_PERIOD = 2  # words between a period and its measure: "third-quarter net profit", "2024 revenue"
_A_FIGURE = re.compile(r"\d")


def periods_a_figure_after(sentence: Sentence, m: Mention) -> bool:
    """A period written before the measure it is the period of, with the figure in the same clause:
    "third-quarter revenue of $1.2bn", "2024 sales rose to 3.1 billion euros", "first-half net profit was $80m"."""
    if m.grain == "day":
        return False
    after = _clause_after(sentence.text[m.end - sentence.start :])
    if m.grain in _COUNTED_PERIODS and _counts_over(sentence, m, after):
        return True
    if _A_FIGURE.search(after) is None:
        return False
    words = [w for w in _words(after) if w][:_MEASURE_AFTER_PERIOD]
    # "Inflation in May was 8.3%", "sales for the third quarter rose 9%": the period just after its measure
    before = _words(_clause_before(sentence.text[: m.start - sentence.start]))[-2:]
    of_measure = len(before) == 2 and before[1] in _PERIOD_OF and _measure_of(before[0]) is not None
    return of_measure or any(_measure_of(w) for w in words)


# a season or a year a count or a sum is told over: "killed 14 climbers in the Alps this winter", "last year's
# budget was 40 million euros"; a day or a month more often dates an event
_COUNTED_PERIODS = frozenset({"season", "year"})


def _counts_over(sentence: Sentence, m: Mention, after: str) -> bool:
    """Whether a season or a year is the period the next figure of its clause is counted over, no event nor act
    between them: "brings the toll on the pass this winter to 14", "This season's prize money was 90,000 euros",
    "for next year's festival to 2 million euros"; an opening phrase reaches over its comma ("In all of last
    season, the figure was 23"). "Last year the dam burst, flooding 300 homes" dates the dam's bursting."""
    lead = sentence.text[: m.start - sentence.start]
    if _event_in(_words(_clause_before(lead)), _DATED_KINDS) is not None:
        return False  # "the dam, built in 1962, holds 40 million cubic metres": the period of the building
    opening = _clause_before(lead) == lead and len(_words(lead)) <= _INTRODUCTORY_WORDS + 1
    if opening and not _A_FIGURE.search(after):
        after = _clause_after(sentence.text[m.end - sentence.start :].lstrip(" ,"))
    found = _A_FIGURE.search(after)
    if found is None:
        return False
    between = _words(after[: found.start()])
    return _event_in(between, _DATED_KINDS) is None and not any(verb_kind(w) == "past" for w in between)


REACHED_BY = frozenset({"by"})  # "had burned 16,500 hectares by Thursday": how far a count had come by a day
_VALUE_OF = frozenset({"of", "to", "at", "by", "from"})  # "revenue of", "rose to", "put at", "fell by"
_RELATIVE = frozenset({"which", "who", "that"})  # words that open a clause about the noun before its comma
_INTRODUCTORY_WORDS = 2  # "late on", "early on": a date with no more than this before it opens its clause
_ASIDE = re.compile(r"\([^()]*\)")  # "after 11pm local time (22:00 GMT) on Friday": the aside is not a clause break


# "according to the US Geological Survey", "the Interior Ministry said", "said the ministry"
_ACCORDING = re.compile(r"\b(?:according to|citing|cited by|reported by)\s+(?:the\s+)?$", re.IGNORECASE)
_VENUE_WORDS = 2  # words that describe a venue before its noun: "the film review website"


@cache
def _published_on() -> re.Pattern[str]:
    """Where a figure was published, just before a name: "on Metacritic", "on the review website Metacritic", "via
    the agency's site" (data/publication_venues.csv); not a place the words before a name make it ("rain fell
    on the upper Orla valley")."""
    venues = "|".join(re.escape(row["word"]) for row in rows("publication_venues.csv"))
    return re.compile(
        rf"\b(?:[Oo]n|[Vv]ia)\s+(?:(?:the\s+)?(?:[\w'’-]+\s+){{0,{_VENUE_WORDS}}}(?:{venues})s?\s+)?$"
    )


_SOURCE_LEAD = 45  # characters before a name that can say it is a source
_SAID_AFTER = re.compile(
    # "X said", "X (Reuters) reported", and a relative clause the name opens: "Brennick, which announced on March 4"
    r"^[’'s]*(?:\s+\([^()]{1,20}\))?(?:,\s+(?:which|who))?\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:said|says|reported|reports|announced|estimated|estimates|"
    r"measured|recorded|put|puts|confirmed|stated|told)\b",
    re.IGNORECASE,
)


# a relative clause between a source and its verb: "Regional authorities, who count deaths separately, put it at 44"
_ASIDE_CLAUSE = r"(?:who|which)\s+[^,.;:]{1,80},\s+"
_SOURCE_VERB = r"(?:has\s+|have\s+|had\s+)?(?:said|says|say|reported|reports|announced|estimated|estimates|measured|put|puts|confirmed|stated|counted|recorded|gave)\b"


@cache
def _source_body() -> str:
    """The head nouns of sources named in lower case ("the health ministry", "police", "the unions"), longest first."""
    bodies = sorted((row["body"] for row in rows("source_bodies.csv")), key=len, reverse=True)
    # a body opens its sentence with a capital: "Police said"
    return "|".join(f"[{b[0].upper()}{b[0]}]" + re.escape(b[1:]).replace(r"\ ", r"\s+") for b in bodies)


@cache
def _institution_said() -> re.Pattern[str]:
    """"Norway's geophysical institute said": an institution named in lower case after its owner."""
    return re.compile(
        rf"\b([A-Z][\w-]*['’]s\s+(?:[a-z-]+\s+){{0,3}}(?:{_source_body()}))\b,?(?:\s+\w+,)?\s+{_SOURCE_VERB}"
    )


_BODY_WORDS = 3  # words that may describe a body before its noun: "the regional civil protection agency"


@cache
def _body_source() -> re.Pattern[str]:
    """A body named in lower case as the source of what follows or precedes: "the health ministry said",
    "police said", "according to the interior ministry", "by the unions' count", "the unions put it at"."""
    body = rf"((?:[a-z][\w-]*\s+){{0,{_BODY_WORDS}}}?(?:{_source_body()}))"
    return re.compile(
        rf"\b(?:[Aa]ccording\s+to\s+(?:the\s+)?{body}\b|by\s+(?:the\s+)?{body}['’]s?\s+(?:count|figures|estimate|tally)\b)"
        rf"|(?:^|(?<=[\s,;]))(?:[Tt]he\s+)?{body}['’]?,?\s+(?:{_ASIDE_CLAUSE})?{_SOURCE_VERB}",
    )


def _body_of(found: re.Match[str]) -> str:
    """The body's words back to the first function word: "as the health ministry" → "health ministry",
    "has risen since the ministry" → "ministry"."""
    words = next(g for g in found.groups() if g).lower().split()
    kept = len(words) - 1
    while kept > 0 and words[kept - 1] not in stopwords():
        kept -= 1
    return " ".join(words[kept:])


_SAID_LAST = re.compile(rf"{_SOURCE_VERB}$")
_GIVES_ITS_OWN = re.compile(r"(?:\s+that)?[^.,;:]*?\d")  # "organisers said 200,000": no comma before its figure
_PART_BREAK = re.compile(r"[;:]")  # "According to the police, 42,000 marched; the unions said 150,000"
# a headline that names its source after a colon: "Quake strikes Morocco: USGS"
_HEADLINE_SOURCE = re.compile(r"(?<!\d):(?!\d)\s*(?P<name>[^:]{2,60}?)(?<![.!?])\s*$")


def attribution_of(sentence: Sentence, entities: Sequence[Mention], m: Mention | None = None) -> str | None:
    """The named organisation or person a sentence gives its figures on the word of, if any.

    A name after "according to", or where the figure was published ("on the
    review website Metacritic"), or before "said" / "reported"; an institution
    in lower case before "said" ("Morocco's geophysical centre said"); a
    name after a headline's colon; a body named in lower case
    (consistency/data/source_bodies.csv: "the health ministry said",
    "police said", "by the unions' count"), for figure `m` the one in its
    part of the sentence nearest to it. Generic sources ("officials said")
    name no one: their figures compare with any.
    """
    rel = sentence.start
    headline = _HEADLINE_SOURCE.search(sentence.text)
    if headline:  # the name is all that follows the colon ("BREAKING: Morocco toll passes 2,000" names no source)
        end = len(sentence.text.rstrip(" ."))
        for e in entities:
            if e.canonical and e.start - rel == headline.start("name") and e.end - rel >= end:
                return e.canonical
    for e in entities:
        if _is_source(sentence, e):
            return _body_spoken_for(sentence, e) or e.canonical
    return _institution_source(sentence.text) or _body_source_of(sentence, m)


# Sentences whose sources are kept: each figure of a sentence asks for them, and a story's reports repeat
# one another's sentences.
_SOURCES_KEPT = 1 << 12


@bounded(maxsize=_SOURCES_KEPT)
def _institution_source(text: str) -> str | None:
    """An institution a sentence names in lower case as its source ("Morocco's geophysical centre said")."""
    found = _institution_said().search(text)
    return " ".join(found.group(1).lower().replace("’", "'").split()) if found else None


@cache
def _post_bodies() -> tuple[dict[str, str], re.Pattern[str]]:
    bodies = {row["form"].lower(): row["body"] for row in rows("post_bodies.csv")}
    posts = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(bodies, key=len, reverse=True))
    return bodies, re.compile(rf"(?<![\w'’-])(?P<post>(?i:{posts})),?\s+$")


@cache
def _portfolio_posts() -> frozenset[str]:
    """Posts one of many holders of a body holds, each with a portfolio (data/post_bodies.csv, column portfolio):
    "competition commissioner" speaks for the commission, not for a body "competition"."""
    return frozenset(row["form"].lower() for row in rows("post_bodies.csv") if row["portfolio"])


@cache
def _source_body_nouns() -> frozenset[str]:
    return frozenset(row["body"] for row in rows("source_bodies.csv"))


_POST_WORDS = 3  # words before a post that say whose it is: "the regional civil protection chief"


def _body_spoken_for(sentence: Sentence, e: Mention) -> str | None:
    """The body a person speaks for, as the post before the name says: "health minister Grace Mwale" speaks for
    the health ministry, "police chief Tomas Berg" for the police, "Acme chief executive Jane Doe" for Acme
    (data/post_bodies.csv: a post and its body, none where the words before the post name the body)."""
    lead = sentence.text[max(0, e.start - sentence.start - _SOURCE_LEAD) : e.start - sentence.start]
    bodies, before = _post_bodies()
    found = before.search(lead)
    if found is None:
        return None
    words = re.sub(r"['’]s\b", "", lead[: found.start()]).split()[-_POST_WORDS - 1 :]
    whose: list[str] = []
    for word in reversed(words):
        if not word[-1:].isalnum() or word.lower() in stopwords():
            break
        whose.insert(0, word.lower())
    modifiers = post_modifiers()
    if any(modifiers.get(w) in ("past", "other post") for part in whose for w in part.split("-")):
        return None  # "former health minister X" speaks for no ministry now
    post = " ".join(found["post"].lower().split())
    body = bodies[post]
    whose = [w for w in whose if modifiers.get(w) != "scope"][-_POST_WORDS:]
    if post in _portfolio_posts():
        # "competition commissioner X": the commission's word, whatever her portfolio; "police commissioner X": the police's
        return " ".join(whose) if _source_body_nouns() & set(whose) else body
    if not whose:
        return None  # "the minister said": whose post goes unsaid
    return " ".join([*whose, body]) if body else " ".join(whose)


@cache
def post_modifiers() -> dict[str, str]:
    """Words before a post that make it past or another's ("former", "deputy") or only say its scope ("regional")."""
    return {row["word"].lower(): row["kind"] for row in rows("post_modifiers.csv")}


def _is_source(sentence: Sentence, e: Mention) -> bool:
    """Whether the sentence gives its figures on the word of name `e`: "according to X", "X said"."""
    if not e.canonical or e.role in ("office", "nationality", "place"):
        return False
    rel = sentence.start
    lead = sentence.text[max(0, e.start - rel - _SOURCE_LEAD) : e.start - rel]
    tail = sentence.text[e.end - rel : e.end - rel + _REPORT_OF_REACH]
    return bool(_ACCORDING.search(lead) or _published_on().search(lead) or _SAID_AFTER.match(tail)) or (
        _report_of().match(tail) is not None
    )


_REPORT_OF_REACH = 60  # characters after a name that hold "'s hydrology report for June put"


@cache
def _report_of() -> re.Pattern[str]:
    """A name's report, then a verb of giving a figure: "The Environment Agency's hydrology report for June put
    rainfall at 42%", "the ministry's figures showed" (data/report_nouns.csv): the figures are on its word."""
    nouns = "|".join(re.escape(row["word"]) for row in rows("report_nouns.csv"))
    return re.compile(
        rf"^['’]s\s+(?:[a-z-]+\s+){{0,2}}(?:{nouns})\b[^,;.]{{0,25}}?\s(?:put|puts|showed|shows|found|finds|"
        r"estimated|estimates|gave|gives)\b",
        re.IGNORECASE,
    )


def body_speakers(sentence: Sentence, entities: Sequence[Mention]) -> frozenset[str]:
    """The people a sentence gives its figures on the word of as the voice of a body ("health minister Grace Mwale
    said"): the body is the source, and the person is not whose figures they are."""
    return frozenset(e.canonical for e in entities if _is_source(sentence, e) and _body_spoken_for(sentence, e))


def bodies_spoken_for(sentence: Sentence, entities: Sequence[Mention]) -> dict[str, str]:
    """Each person the sentence names with a post before the name → the body they speak for ("health minister
    Grace Mwale" → "health ministry"): what they say later in the report ("Mwale said") is the body's word."""
    out: dict[str, str] = {}
    for e in entities:
        if e.canonical and e.role == "person" and (body := _body_spoken_for(sentence, e)):
            out[e.canonical] = body
    return out


def _body_source_of(sentence: Sentence, m: Mention | None) -> str | None:
    """The body named in lower case whose word figure `m` is on: in the figure's part of the sentence, the nearest
    to it ("368,000 by the interior ministry's count and 1.2 million by the unions' count"). Dates (no `m`) have none."""
    if m is None:
        return None  # a date's event is compared whoever dates it ("the vaccine arrived on Thursday, the ministry said")
    found, breaks = _body_sources(sentence.text)
    at = m.start - sentence.start
    part = (max((b for b in breaks if b < at), default=-1), min((b for b in breaks if b >= at), default=len(sentence.text)))
    end = m.end - sentence.start
    # a body after the figure that goes on to give a figure of its own speaks for that one: "Police put the crowd
    # at 45,000, while organisers said 200,000 took part"
    near = [f for f in found if part[0] < f[0] < part[1] and not (f[1] > end and f[3])]
    if not near:
        return None
    return min(near, key=lambda f: f[0] - end if f[0] >= end else at - f[1])[2]


@bounded(maxsize=_SOURCES_KEPT)
def _body_sources(text: str) -> tuple[tuple[tuple[int, int, str, bool], ...], tuple[int, ...]]:
    """The bodies a sentence names in lower case as sources, each as (start, end, body, gives its own figure),
    and where its parts break (`_PART_BREAK`)."""
    found = tuple(
        (f.start(), f.end(), _body_of(f), bool(_SAID_LAST.search(f.group()) and _GIVES_ITS_OWN.match(text, f.end())))
        for f in _body_source().finditer(text)
    )
    return found, tuple(b.start() for b in _PART_BREAK.finditer(text))


# a word that names no kind of event ("the disaster", "the accident") may refer to any event of its story
GENERIC_EVENT = "disaster"


def same_event(a: str | None, b: str | None) -> bool:
    """Whether two event words may name one event: the same kind, or a generic word for a named kind."""
    return a == b or (a is not None and b is not None and GENERIC_EVENT in (a, b))


def frames_compatible(a: Frame | None, b: Frame | None, sources: bool = True) -> bool:
    """Whether two figures may be the same quantity: no part of their frames tells them apart.

    A part that only one side states does not separate them ("2,000" and
    "2,000 people killed"); the same part stated differently does. With
    `sources`, two different named sources also do: each gives its own figure.
    """
    if a is None or b is None:
        return True
    if a.measure and b.measure and a.measure != b.measure:
        return False
    if a.event and b.event and not same_event(a.event, b.event):
        return False  # a quake's and its aftershock's; "the accident" may be the derailment
    if (a.event in _following_events()) != (b.event in _following_events()) and not (a.event and b.event):
        return False  # "the strongest aftershock, of magnitude 4.2" and "measured its magnitude at 6.1": the quake's
    if a.qualifiers != b.qualifiers or a.statement != b.statement:
        return False  # a statement's date is never an event's
    if not same_actor(a.actor, b.actor):
        return False  # the committee's vote is not the council's, though both approved the plan
    if a.round and b.round and a.round != b.round:
        return False  # a vote's first round is not its run-off
    if a.holding and b.holding and a.holding != b.holding:
        return False  # "which has 1,100 engineers" is a workforce, "plans to hire 300 engineers" an intake
    return not (sources and two_sources(a, b))


@cache
def _following_events() -> frozenset[str]:
    """Events that follow a story's own and are always named as such (data/following_events.csv: an aftershock)."""
    return frozenset(row["event"] for row in rows("following_events.csv"))


def same_actor(a: str | None, b: str | None) -> bool:
    """Whether two acts' actors (see align/actors.py) may be one body: either unsaid, the same, or one named with
    fewer words of the other's kind ("the court" and "the appeals court"; not "a lower court" and "the appeals
    court", nor "the planning committee" and "the council")."""
    if a is None or b is None or a == b:
        return True
    return a.endswith(f" {b}") or b.endswith(f" {a}")


def two_sources(a: Frame | None, b: Frame | None) -> bool:
    """Two different named sources ("according to the USGS", "the interior ministry said"); a generic body
    ("Italian authorities", data/source_bodies.csv) may be either, and names no other source."""
    if not (a and b and a.attribution and b.attribution) or generic_source(a.attribution) or generic_source(b.attribution):
        return False
    return not same_source(a.attribution, b.attribution)


@cache
def _generic_bodies() -> frozenset[str]:
    return frozenset(row["body"] for row in rows("source_bodies.csv") if row["generic"])


def generic_source(source: str) -> bool:
    """Whether a source is a body that may be any of a country's bodies ("authorities", "regional authorities",
    data/source_bodies.csv generic): its figure is compared with any source's, like "officials said"."""
    words = source.lower().split()
    return bool(words) and words[-1] in _generic_bodies()


_WORDS_DESCRIBED = 4  # words of the attribute a row names when no measure word says what a figure measures


def as_written(c: Claim, terms: Sequence[str]) -> str:
    """Attribute terms (stems) as the claim's sentence writes them: "adult exercis" → "adults exercise"."""
    written: dict[str, str] = {}
    for word in WORD.findall(c.sentence.text):
        written.setdefault(stem(word), word)
    return " ".join(written.get(t, t) for t in terms)


def describe_frame(c: Claim, other: Claim | None = None) -> str:
    """What a figure measures, in words for a row: "death of Lisbon", "magnitude (quake)", else the words of its
    attribute that `other` (the figure it is set against) shares, as the sentence writes them: "adults exercise
    weekly", not the stems, nor a place only one report names."""
    f = c.frame
    if f is None or not f.measure:
        terms = [t for t in c.attribute if other is None or t in other.attribute][:_WORDS_DESCRIBED]
        return as_written(c, terms) or "the same quantity"
    owner = _subject_of(c) or f.owner
    parts = [f.measure]
    if f.qualifiers:
        parts.insert(0, " ".join(sorted(f.qualifiers)))
    if f.event:
        parts.append(f"in the {f.event}")
    if owner:
        parts.append(f"of {owner[0]}")
    return " ".join(parts)


@cache
def _measure_bases() -> dict[str, str]:
    return {row["measure"]: row["base"] for row in rows("measure_units.csv")}


@cache
def _modifier_measures() -> dict[str, str]:
    return {row["base"]: row["measure"] for row in rows("modifier_measures.csv")}


AREA, AREA_BASE = "area", "m2"  # the measure of how large a surface is (data/measures.csv), and its units' base


_TO_PUNCTUATION = re.compile(r"[^,;:.()]*")  # the words after a figure up to its clause's next punctuation


@cache
def _area_acts() -> dict[str, str]:
    return {row["word"]: row["measure"] for row in rows("area_acts.csv")}


def _area_act(word: str) -> str | None:
    """What a verb says was done to land, by its lemma ("hit", "damaged" → damage; "scorched" → burned): the measure
    of an area told as so treated (data/area_acts.csv)."""
    acts = _area_acts()
    return acts.get(word) or acts.get(lemma(word))


def _unit_base(m: Mention) -> str | None:
    found = vocabulary().conversions.get(m.unit) if m.kind == "quantity" else None
    return found[0] if found else None


_STRETCH_REACH = 3  # words between a stretch's "for" and its figure: "for nearly", "for more than"


@cache
def _stretch_leads() -> frozenset[str]:
    return frozenset(r["word"] for r in rows("stretch_leads.csv"))


def _stretch_act_words(text: str, stop: frozenset[str]) -> list[str]:
    """The words a stretch of time told as how long an act went on may take its measure from, nearest first: those
    since the clause's figure before it, and the verb of that figure ("followed 4,100 nurses for nine years": the
    following). A measure named before that verb is another act's: "jailed for six years for taking £2m from savers
    for nearly a decade" gives the decade to the taking, not to the term."""
    clause = _clause_before(text)
    ends = [(f.start(), f.end()) for f in _LAST_FIGURE.finditer(clause)]
    if not ends:
        return _words(clause)[::-1]
    start, end = ends[-1]
    verb = _nearest_content(_words(clause[:start]), stop)
    return _words(clause[end:])[::-1] + ([verb] if verb else [])


@cache
def _study_words() -> re.Pattern[str]:
    nouns = sorted((r["word"] for r in rows("study_nouns.csv")), key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, nouns))})s?\b", re.IGNORECASE)


def names_a_study(text: str) -> bool:
    """Whether a sentence names a study, a trial, a survey or those who ran it (data/study_nouns.csv)."""
    return _study_words().search(text) is not None


@cache
def _other_study() -> re.Pattern[str]:
    words = "|".join(re.escape(r["word"]) for r in rows("other_of_kind.csv"))
    return re.compile(rf"\b(?:{words})\s+(?:[^\W\d_][\w-]*\s+)?{_study_words().pattern}", re.IGNORECASE)


def _follows_its_participants(lead: str) -> bool:
    """Whether the words before a stretch tell a study following the people it counted: "the study followed 4,100
    nurses for", "researchers who tracked 2,300 patients for". Not "police monitored 300 sites for two weeks after the
    study" (no study told before the stretch), "scientists have monitored the volcano for 40 years" (no one counted),
    nor "an earlier study followed 12,000 people for 20 years" (another study's)."""
    counted = _LAST_FIGURE.search(_clause_before(lead)) is not None
    return counted and names_a_study(lead) and not _names_another_study(lead)


def _names_another_study(text: str) -> bool:
    """Whether a sentence tells of a study other than the story's ("an earlier study", "another large trial";
    data/other_of_kind.csv)."""
    return _other_study().search(text) is not None


def _stretch_led(clause_before: Sequence[str]) -> bool:
    """Whether a stretch of time is told as how long an act went on ("for nearly a decade", "over eight years";
    data/stretch_leads.csv), not as what a measure is ("the sentence ... was nine years")."""
    return bool(_stretch_leads().intersection(clause_before[-_STRETCH_REACH:]))


def _in_its_units(m: Mention, measure: str | None, after: Sequence[str] = ()) -> str | None:
    """The measure, unless it names figures of one kind of unit only and this figure is in another
    (data/measure_units.csv): "an orbit 550 km above the Earth" is an altitude, "15 orbits a day" is not; a measure
    with no base counts in no unit ("a crowd of 22,400", never "a crowd ... for six years") and is no sum nor share. A
    number whose unit follows a word that adds to it ("two more years", `after` its words) is in that unit."""
    base = _measure_bases().get(measure)
    if base == "" and m.kind in (_MONEY, "percent"):
        return None  # "awarded $21 million in the case against Acme", "shares closed down 4.2%": no count's measure
    if base is None or _unit_base(m) == (base or None):
        return measure
    if m.kind == "number" and base and len(after) > 1 and after[0] in _MODIFIERS:
        unit = vocabulary().conversions.get(vocabulary().units.get(after[1], ""))
        return measure if unit is not None and unit[0] == base else None
    return None


# the thing a figure in a unit is written before: "the 1,850 kg satellite", "a 90,000-tonne ship"; not what the
# figure counts ("the 3,000 tonnes of oil") nor a verb ("the 3,000 tonnes spilled")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that)\s+(?:(?:whole|entire|full)\s+)?$", re.IGNORECASE)
# the dimension a figure in a unit gives of the thing after it, and a conversion in brackets: "the 142-km-wide (88-mile-wide)
# asteroid"
_DIMENSION_AFTER = re.compile(r"^-(?P<dimension>[a-z]+)(?:\s*\([^()]{1,30}\))?")
_DIMENSIONS = frozenset({"height", "length", "width", "depth"})
# a figure in a unit and the bracket that opens its conversion: "the 142-km-wide (" before "88-mile-wide) asteroid"
_CONVERSION_BEFORE = re.compile(r"\d[\d.,]*(?:[\s-]*[^\W\d_]+){1,3}\s*\(\s*$")
_CONVERSION_CLOSE = re.compile(r"\s*\)\s")
_THING_AFTER = re.compile(
    r"^[\s-]+(?!of\b|and\b|or\b|per\b|a\b|an\b|the\b|in\b|to\b|from\b|for\b|on\b|at\b)([^\W\d_][\w-]*)(?![\w-])(?!\s+of\b)"
)  # "a 40 kg shipment of cocaine" weighs the cocaine: a haul, no thing's own mass


def _modifier_measure(sentence: Sentence, m: Mention) -> str | None:
    """The property a figure in a unit measures of the thing it is written before (data/modifier_measures.csv):
    "the 1,850 kg satellite" gives the satellite's mass, which is the satellite's whatever day it is told."""
    measure = _modifier_measures().get(_unit_base(m))
    return measure if measure is not None and written_before_its_thing(sentence, m) else None


# a number joined by a hyphen to a noun of what a thing holds, before the thing: "the 150-seat parliament"
_SIZE_COMPOUND = re.compile(r"^-([a-z]+)\s+[^\W\d_]")


@cache
def _size_nouns() -> frozenset[str]:
    """The nouns a number before a thing sizes it by (data/size_nouns.csv): "a 300-bed hospital", "a 10-strong team"."""
    return frozenset(row["noun"] for row in rows("size_nouns.csv"))


def sizes_its_thing(sentence: Sentence, m: Mention) -> bool:
    """Whether a number is written as the size of the thing after it: "the 150-seat parliament", "a 12-member
    board" (and not "the 6.8-magnitude quake", a property of another kind)."""
    rel = sentence.start
    joined = _SIZE_COMPOUND.match(sentence.text[m.end - rel :]) if m.kind == "number" else None
    return (
        joined is not None and joined[1] in _size_nouns() and bool(_DETERMINER_BEFORE.search(sentence.text[: m.start - rel]))
    )


def written_before_its_thing(sentence: Sentence, m: Mention) -> bool:
    """Whether a figure in a unit is written between a determiner and the thing it measures: "the 1,850 kg
    satellite", "a 42-metre earth dam" (a property of the thing, not a count of what is done)."""
    return thing_measured(sentence, m) is not None


_NOUN_RUN = re.compile(r"[\s-]+([^\W\d_][\w'’-]*)")
_THING_WORDS = 3  # words of a thing's name after its measure: "a 42-metre earth dam", "the 1,850 kg weather satellite"


def thing_measured(sentence: Sentence, m: Mention) -> str | None:
    """The thing a figure in a unit written before it measures, by its last word, as a lemma: "a 42-metre earth dam
    built in 1971" → dam; None when the figure is not written so (see `written_before_its_thing`)."""
    if m.kind != "quantity":
        return None
    rel = sentence.start
    start = m.end - rel
    dimension = _DIMENSION_AFTER.match(sentence.text[start:])
    if dimension is not None and _measure_of(dimension.group("dimension")) in _DIMENSIONS:
        start += dimension.end()  # "the 142-km-wide asteroid": the asteroid's width
    lead = sentence.text[: m.start - rel]
    converted = _CONVERSION_BEFORE.search(lead)
    if converted is not None and (closing := _CONVERSION_CLOSE.match(sentence.text, start)):
        # "the 142-km-wide (88-mile-wide) asteroid": a conversion in brackets measures the thing its figure does
        lead, start = lead[: converted.start()], closing.end() - 1
    thing = _THING_AFTER.match(sentence.text[start:])
    if thing is None or not _DETERMINER_BEFORE.search(lead):
        return None
    word = thing.group(1).lower()
    if word.endswith("ed") or word in stopwords():
        return None
    at = thing.end() + start
    for _ in range(_THING_WORDS - 1):
        more = _NOUN_RUN.match(sentence.text, at)
        if more is None:
            break
        following = more.group(1)
        if following[:1].isupper() and not thing.group(1)[:1].isupper():
            break  # "the 124-km asteroid Halvorsen": the name of the thing, which is an asteroid
        following = following.lower()
        if following in stopwords() or following in _MODIFYING or following.endswith("ing") or past_participle(following):
            break
        if verb_kind(following) is not None:
            break  # "the 210-metre-long ship sank": the thing is the ship, and its verb follows
        word, at = following, more.end()
    return lemma(word)


# a thing, then the size told after it: "the perimeter wall of Brixley jail, which stands 6 metres high", "the dam,
# 42 metres high", "the tunnel runs 14.6 kilometres"
_SIZED_BEFORE = re.compile(
    r"\b(?i:the|its|their|his|her)\s+(?:[^\W\d_][\w-]*\s+){0,2}?(?P<thing>[a-z][\w-]*)(?:\s+of\s+(?:[A-Z][\w'’-]*\s+)+[a-z]+)?"
    r"(?:\s*,\s*(?:(?:which|that)\s+)?|\s+)(?:(?P<verb>stands|stood|is|was|measures|measured|runs|stretches)\s+)?"
    r"(?:(?:about|some|around|nearly|almost)\s+)?$"
)
_SIZE_AFTER = re.compile(r"^[\s-]+(?P<dimension>[a-z]+)\b")
_RUNNING_VERBS = frozenset({"runs", "stretches"})  # "the line runs 14.6 km": its length, as it stands


def thing_sized(sentence: Sentence, m: Mention) -> str | None:
    """The thing whose size a figure in a unit gives, written before the thing ("the 42-metre dam"; see
    `thing_measured`) or after it with the dimension ("the dam, 42 metres high", "the wall, which stands 6 metres
    high", "the tunnel runs 14.6 kilometres"), as a lemma; None otherwise."""
    before = thing_measured(sentence, m)
    if before is not None or m.kind != "quantity":
        return before
    rel = sentence.start
    lead = _SIZED_BEFORE.search(sentence.text[max(0, m.start - rel - _SIZED_REACH) : m.start - rel])
    if lead is None or lead.group("thing") in stopwords() or lead.group("thing") in _MODIFYING or verb_kind(lead.group("thing")):
        return None  # "the river rose 2 metres": a verb, no thing
    dimension = _SIZE_AFTER.match(sentence.text[m.end - rel :])
    sized = dimension is not None and (
        _measure_of(dimension.group("dimension")) in _DIMENSIONS or dimension.group("dimension") in _SIZE_ADJECTIVES
    )
    return lemma(lead.group("thing")) if sized or lead.group("verb") in _RUNNING_VERBS else None


_SIZED_REACH = 80  # characters before a size told after its thing that may hold the thing and its verb
_SIZE_ADJECTIVES = frozenset({"high", "across"})  # dimension words no measure word list holds: "6 metres high"


DURATION = "duration"  # how long one finished act went on: "the operation lasted six hours", "a 12-hour search"
# the words before a stretch written before its noun that make it a span something else happened in, not an act's
# length: "in a 24-hour period", "during a 12-hour shift", "every six-hour watch"
_SPAN_BEFORE = re.compile(r"\b(?:in|within|over|during|throughout|for|per|every|each)\s+(?:the|a|an)\s+$", re.IGNORECASE)
# "16 hours of talks", "nine hours of tense talks": the act after "of", a word of description perhaps before it
_OF_AN_ACT = re.compile(r"^\s+of\s+([a-z][\w'’-]*)(?:\s+([a-z][\w'’-]*))?")
_ACT_REACH = 120  # characters before a stretch that may hold the act and its verb: "the rescue of the miners at X took"
# a stretch told as still running, not the length of a finished act: "has lasted 14 hours so far"; or as the
# length of the act an infinitive after it names: "the climbers took nine hours to reach the summit"
_NOT_THE_ACTS = re.compile(r"^\s+(?:so\s+far|now|already|to\s+[a-z])\b", re.IGNORECASE)


@cache
def _act_and_its_verb() -> re.Pattern[str]:
    """An act, perhaps a phrase after it, then a verb whose subject is the act a stretch after it is the length of
    (data/duration_verbs.csv, of_act) and perhaps a hedge: "The rescue of the trapped miners at X took about",
    "the search, which took", "a standoff lasting", "the siege, lasting"."""
    verbs = "|".join(re.escape(r["word"]) for r in rows("duration_verbs.csv") if r["of_act"])
    hedges = _hedges_before()
    return re.compile(
        r"\b(?i:the|a|an|its|their|his|her|this|that)\s+(?:[^\W\d_][\w'’-]*\s+){0,2}?(?P<act>[a-z][\w'’-]*)"
        r"(?:\s+(?:of|into|at|in|on|for|with|between|to|by|from|near|off)\s+[^,;:.()]{1,60}?)?"
        rf"(?:\s*,\s*(?:(?:which|that)\s+)?|\s+(?:which|that)\s+|\s+)(?:had\s+)?(?:{verbs})\s+(?:for\s+)?(?:(?:{hedges})\s+)?$"
    )


_ACT_WORD = re.compile(r"[\s-]+([a-z][\w'’-]*)")


def _act_named_after(tail: str) -> str | None:
    """The act a stretch written before its noun is the length of, by the last word of the noun's run, a noun in
    "-ing" among them: "-day inquiry hearing into the failure" → hearing (see `thing_measured`, which reads
    such a word as a participle)."""
    words: list[str] = []
    at = 0
    for _ in range(_THING_WORDS):
        found = _ACT_WORD.match(tail, at)
        if found is None or found.group(1) in stopwords() or verb_kind(found.group(1)) is not None:
            break
        words.append(found.group(1))
        at = found.end()
    return lemma(words[-1]) if words else None


def act_lasted(sentence: Sentence, m: Mention) -> str | None:
    """The finished act a stretch of time is the length of, as a lemma: written before the act's noun ("after a
    nine-hour operation", "the five-day hearing"), before "of" and the act ("16 hours of talks"), or after a verb
    whose subject is the act ("the operation lasted six hours", "the search, which took 14 hours,"). None for any
    other stretch: a span something else happened in ("in a 24-hour period"), one still running ("has lasted 14
    hours so far"), one an infinitive after it tells the act of ("took nine hours to reach the summit"), an age, or
    a stretch not told of an act ("was jailed for six years")."""
    if _unit_base(m) != DURATION_BASE or aged(sentence, m):
        return None
    rel = sentence.start
    lead, tail = sentence.text[: m.start - rel], sentence.text[m.end - rel :]
    if _NOT_THE_ACTS.match(tail):
        return None
    act: str | None = None
    if (thing := thing_measured(sentence, m)) is not None:
        act = None if _SPAN_BEFORE.search(lead) else _act_named_after(tail) or thing
    elif (of := _OF_AN_ACT.match(tail)) is not None:
        described = of.group(2) and of.group(2) not in stopwords() and verb_kind(of.group(2)) is None
        act = lemma(of.group(2) if described else of.group(1))  # "of tense talks", "of talks in X", "of talks ended"
    elif (told := _act_and_its_verb().search(lead[-_ACT_REACH:])) is not None:
        act = lemma(told.group("act"))
    elif (done := _ACT_DONE_IN.search(lead[-_ACT_REACH:])) is not None:
        act = lemma(done.group("act"))  # "completing the crossing in 19 hours": how long the crossing took
    elif _stopped_for().search(lead[-_ACT_REACH:]) is not None:
        act = STOPPAGE  # "the show was halted for 25 minutes": how long the stop lasted
    if act is not None and act in _stoppage_words():
        act = STOPPAGE  # "a 25-minute pause" and "was stopped for 25 minutes": one stoppage
    if act is None or act in stopwords() or verb_kind(act) is not None:
        return None
    return act


STOPPAGE = "stoppage"  # the act a stretch after a verb of stopping is the length of (data/stoppage_words.csv)
# an act finished in a stretch of time, its noun the verb's object: "completing the crossing in", "finished the
# 42-kilometre course of the Varra marathon in"
_ACT_DONE_IN = re.compile(
    r"\b(?:complet|finish)[a-z]*\s+(?:the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?P<act>[a-z]+)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?\s+in\s+$"
)


@cache
def _stoppage_words() -> frozenset[str]:
    return frozenset(row["word"] for row in rows("stoppage_words.csv"))


@cache
def _stopped_for() -> re.Pattern[str]:
    """A verb of stopping, perhaps what was stopped, then "for" right before a stretch: "was halted for", "halted
    Kyte's set for", "play was suspended for about" (data/stoppage_words.csv)."""
    words = alternatives(_stoppage_words())
    return re.compile(
        rf"\b(?:{words})(?:\s+[^,;:.()]{{1,40}}?)?\s+for\s+(?:(?:{_hedges_before()})\s+)?$", re.IGNORECASE
    )


@cache
def _fixed_measures() -> frozenset[str]:
    return frozenset(row["measure"] for row in rows("fixed_measures.csv"))


def undated_measure(measure: str | None) -> bool:
    """A fixed measure that the dates of its sentence do not time (data/fixed_measures.csv, dated "no"): an age
    is its person's at the report's date, a deal's price a share the deal's, whatever days the sentence names."""
    return measure in _undated_measures()


@cache
def _undated_measures() -> frozenset[str]:
    return frozenset(row["measure"] for row in rows("fixed_measures.csv") if row["dated"] == "no")


@cache
def _unit_prices() -> dict[str, tuple[str, str]]:
    """A unit a price is given for ("a share") → the price's measure, and its measure among a deal's terms."""
    return {row["unit"]: (row["price"], row["term_price"]) for row in rows("unit_prices.csv")}


@cache
def _deal_terms() -> frozenset[str]:
    return frozenset(row["word"] for row in rows("deal_terms.csv"))


# "38.50 euros per share", "€38.50 a share", "the 38.50 euro-per-share offer"
_PER_UNIT = re.compile(r"^[\s-]*(?:a|per|each)[\s-]+(?P<unit>[a-z]+)\b", re.IGNORECASE)
# "earnings per share of €1.59": the unit named with the measure, before the sum
_PER_UNIT_BEFORE = re.compile(r"\bper\s+(?P<unit>[a-z]+)\b", re.IGNORECASE)
# "priced its shares at $23 each", "sold the tickets for €40 each": the units named before the sum
_EACH = re.compile(r"^\s+each\b", re.IGNORECASE)
_UNITS_AT = re.compile(r"\b(?P<unit>[a-z]+)\s+(?:at|for)\s+$", re.IGNORECASE)


def _unit_price(sentence: Sentence, m: Mention, measure: str | None = None) -> str | None:
    """The measure of a sum given for one unit ("€38.50 a share", "its shares at $23 each"): a deal's term when
    the sentence speaks of the deal ("the offer of €38.50 a share", "Meridian will pay 38.50 euros per share"), else a market price.

    A measure a company reports of itself, given for one unit, is that measure a unit, whichever side of the sum
    the unit is named: "earnings per share of €1.59" and "earnings were 1.59 euros a share" are a profit a
    share, neither the share's price nor the company's profit (data/own_measures.csv, unit_prices.csv)."""
    if m.kind != _MONEY:
        return None
    rel = sentence.start
    units = [_PER_UNIT.match(sentence.text[m.end - rel :])]
    if _EACH.match(sentence.text[m.end - rel :]):
        units.append(_UNITS_AT.search(sentence.text[: m.start - rel]))
    named = [lemma(f["unit"]) for f in units if f]
    if own_measure(measure):
        named += [lemma(f["unit"]) for f in _PER_UNIT_BEFORE.finditer(_clause_before(sentence.text[: m.start - rel]))]
        unit = next((u for u in named if u in _unit_prices()), None)
        return f"{measure} a {unit}" if unit else None
    prices = next((_unit_prices()[u] for u in named if u in _unit_prices()), None)
    if prices is None:
        return None
    # a word of a measure in two words too: "the IPO price was $19 a share"
    dealt = any(w in _deal_terms() or lemma(w) in _deal_terms() for c in _words(sentence.text) for w in c.split())
    return prices[1] if dealt else prices[0]


PRICE = "price"  # the measure of what a thing costs, told by the word (data/measures.csv): a sale's is PAID


@cache
def lead_pattern(name: str) -> re.Pattern[str]:
    """The phrases of data file `name` (column "phrase") right before a figure, a hedge perhaps between: what the
    phrases make the figure ("sold for" a price, "can carry" a capacity, "for" a price paid)."""
    return _right_before(r["phrase"] for r in rows(name))


@cache
def _hedges_before() -> str:
    """The hedges written before a figure (data/hedges.csv, position "before"), as a regex alternation: "about",
    "more than"."""
    return "|".join(r"\s+".join(map(re.escape, r["phrase"].split())) for r in rows("hedges.csv") if r["position"] == "before")


def _right_before(phrases: Iterable[str]) -> re.Pattern[str]:
    """Any of `phrases` ending a text, a hedge written before a figure perhaps after it ("home to about")."""
    leads = "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in phrases)
    hedges = _hedges_before()
    return re.compile(rf"\b(?:{leads})\s+(?:(?:{hedges})\s+)?$", re.IGNORECASE)


def _sale_lead() -> re.Pattern[str]:
    """The words right before a sum that make it a sale's price (data/sale_leads.csv): "sold for", "fetched"."""
    return lead_pattern("sale_leads.csv")


@cache
def _acquisition_verbs() -> frozenset[str]:
    """Verbs of a thing or a player changing hands, as lemmas (data/acquisition_verbs.csv): "sign", "buy", "join"."""
    return frozenset(lemma(row["verb"]) for row in rows("acquisition_verbs.csv"))


@cache
def _acquisition_nouns() -> frozenset[str]:
    """Nouns of a thing changing hands (data/acquisition_nouns.csv): a sum written right before one is the price
    paid ("a $6.8bn takeover of X")."""
    return frozenset(row["noun"] for row in rows("acquisition_nouns.csv"))


def _paid_for(lead: str, clause: Sequence[str]) -> bool:
    """Whether a sum right after "for" is what a thing changed hands at, its clause telling of the deal by its verb
    in any form ("signed striker Tom Hale from Orm for", "joined Vessa on Monday for", "after signing him for")."""
    if lead_pattern("exchange_leads.csv").search(lead) is None:
        return False
    verbs = _acquisition_verbs()
    return any(lemma(w) in verbs for w in clause)


# "paid Orm City £48m for": a sum right after "paid" and perhaps the name it was paid to, with "for" right after it
# (not "for the first time")
_PAID_TO = re.compile(r"\bpaid(?:\s+(?:[A-Z][\w&'’.-]*|of|and)){0,5}\s+$")
_FOR_AFTER = re.compile(r"\s+for\s+(?!(?:the\s+)?(?:first|second|third|last|next)\b)")


def _paid_to_for(lead: str, tail: str) -> bool:
    """Whether a sum is what a thing changed hands at, told as "Vessa paid Orm City 48 million euros for Tom Hale"
    or "Acme paid $2.4bn for Birch Foods": after "paid" and perhaps the name it was paid to, and before "for"."""
    return _PAID_TO.search(lead) is not None and _FOR_AFTER.match(tail) is not None


CAPACITY = "capacity"  # the measure of what a thing can hold (data/measures.csv)
FILL = "fill level"  # how full a thing is, a share of its capacity: a level, which changes from day to day
_FULL_AFTER = re.compile(r"\s+full\b", re.IGNORECASE)  # "the reservoirs are 17 per cent full"
PRIZE = "prize"  # a sum won (data/measures.csv: jackpot, prize; data/fixed_measures.csv)


@cache
def _prize_verbs() -> frozenset[str]:
    """The verbs a sum won follows (data/prize_verbs.csv): "has won £3.2 million"."""
    return frozenset(row["word"] for row in rows("prize_verbs.csv"))


@cache
def _money_verbs() -> dict[str, str]:
    """The verbs right before a sum that name its measure, as a noun would (data/money_verbs.csv): "lost £340m"
    is a loss, "owes £80m" a debt."""
    return {row["word"]: row["measure"] for row in rows("money_verbs.csv")}


PAID = "price paid"  # the measure of what a thing or a player changed hands at, once (data/fixed_measures.csv)


def _capacity_lead() -> re.Pattern[str]:
    """The words right before a count that make it a capacity (data/capacity_leads.csv): "can carry", "can seat"."""
    return lead_pattern("capacity_leads.csv")


@cache
def _measure_leads() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The words right before a count that name what it measures (data/measure_leads.csv): "home to" a population.
    A phrase of an article, a noun and "of" ("a town of") stands for the noun after any determiner and a word or
    two describing it: "this town of 2,300", "a small farming community of 3,200"."""
    return tuple((_lead_pattern(r["phrase"]), r["measure"]) for r in rows("measure_leads.csv"))


_ARTICLE_NOUN_OF = re.compile(r"^(?:a|an)\s+(?P<noun>[a-z]+)\s+of$")


def _lead_pattern(phrase: str) -> re.Pattern[str]:
    found = _ARTICLE_NOUN_OF.match(phrase)
    if found is None:
        return _right_before([phrase])
    return re.compile(
        rf"\b(?:a|an|this|that|the)\s+(?:[a-z][\w-]*\s+){{0,2}}{found['noun']}\s+of\s+(?:(?:{_hedges_before()})\s+)?$",
        re.IGNORECASE,
    )


@cache
def _standing_measures() -> frozenset[str]:
    """The measures the leads of data/measure_leads.csv name: what a place holds (population), set apart from any
    count that names no measure."""
    return frozenset(r["measure"] for r in rows("measure_leads.csv"))


@cache
def _length_sequels() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The words right after a length that say which length it is (data/length_sequels.csv): "across" a size,
    "from" a distance; a figure after them is where a change started ("rose 3 metres from 2 metres"), no place, and
    a noun phrase after some of them makes them a preposition ("218 kilometres across the flat lanes")."""
    def after(phrase: str, noun_after: bool) -> re.Pattern[str]:
        words = r"\s+".join(map(re.escape, phrase.split()))
        no_noun = "" if noun_after else r"(?!\s+(?:the|a|an|its|their|his|her|this|that)\b)"
        return re.compile(rf"^(?:-|\s+){words}\b(?!\s+\d){no_noun}", re.IGNORECASE)

    return tuple((after(r["phrase"], r["no_noun_after"] != "yes"), r["measure"]) for r in rows("length_sequels.csv"))


_LENGTH_BASE = "m"  # the base unit of lengths (data/unit_conversions.csv): km, miles, feet
FOLLOW_UP = "follow-up"  # how long a study followed its participants (data/measures.csv: "tracked ... for nine years")


def _length_sequel(sentence: Sentence, m: Mention) -> str | None:
    """The measure the words right after a length name (`_length_sequels`): "300 million km from the Sun" is a
    distance, "about 140 km across" a width; None for a figure in no unit of length or with no such word."""
    if _unit_base(m) != _LENGTH_BASE:
        return None
    rest = sentence.text[m.end - sentence.start :]
    return next((measure for sequel, measure in _length_sequels() if sequel.match(rest)), None)


FALL = "fall"  # how far a thing or a person fell in one act (data/fixed_measures.csv)
_LANDING = re.compile(r"^\s+(?:onto|on\s+to|into|to|down)\b", re.IGNORECASE)  # "fell 30 metres onto the slope"


@cache
def _fall_leads() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words right before a length that make it a fall's (data/fall_leads.csv): those that need where it landed
    after the length ("fell", "dropped"), and those that do not ("a fall of")."""
    found = rows("fall_leads.csv")
    return (
        _right_before(r["phrase"] for r in found if r["landing"] == "yes"),
        _right_before(r["phrase"] for r in found if r["landing"] != "yes"),
    )


def _fall_told(sentence: Sentence, m: Mention) -> bool:
    """Whether a length is how far something fell in one act: "fell almost 30 metres onto the slope", "dropped some
    50 metres to the slope below", "after a fall of about 30 metres"; not a level's change ("the river fell 2
    metres overnight")."""
    if _unit_base(m) != _LENGTH_BASE:
        return False
    lead, rest = sentence.text[: m.start - sentence.start], sentence.text[m.end - sentence.start :]
    landing, told = _fall_leads()
    return told.search(lead) is not None or (landing.search(lead) is not None and _LANDING.match(rest) is not None)


# a clause of its own that says what the sentence's figure is: "although they cautioned that the figure was
# provisional", "the toll is still preliminary"
_FIGURE_SAID = re.compile(
    r"\b(?:the|this|that)\s+(?:figure|count|total|number|toll|tally|estimate)s?\s+(?:was|were|is|are|remains|remained)"
    r"\s+(?:still\s+|only\s+)?(?P<word>[a-z]+)",
    re.IGNORECASE,
)


def _said_of_the_figure(sentence: Sentence) -> frozenset[str]:
    """The qualifiers a clause of a sentence says of its figure (data/frame_words.csv: "provisional" an initial one):
    "the robbers escaped with about $80,000, although police cautioned that the figure was provisional"."""
    roles = _frame_words()
    return frozenset(
        roles[word][1] for found in _FIGURE_SAID.finditer(sentence.text)
        if roles.get(word := found["word"].lower(), ("",))[0] == "qualifier"
    )


def _lead_measure(before: str) -> str | None:
    """The measure the phrase ending right before a count names: "home to (about) 18,000 people" → population."""
    return next((measure for lead, measure in _measure_leads() if lead.search(before)), None)


@cache
def _changed_subjects() -> dict[str, str]:
    return {row["word"]: row["measure"] for row in rows("changed_subjects.csv")}


# a phrase in commas after a name that opens with an article or "one of", then the verb: "Acme, one of the UK's
# biggest drugmakers, fell", "Acme, the Leeds-based lender, fell"
_APPOSITION_BEFORE_VERB = re.compile(r",\s+(?:one\s+of|the|a|an)\s+[^,;:()]{1,60},(?=\s+[a-z]+\s*$)")


def _changed_subject(before: str) -> str | None:
    """The measure the subject of a percent change names when it is a holding told by its own noun
    (data/changed_subjects.csv) as the head of its phrase: "Shares in Acme fell" → share price; "the stock market
    fell" is a market's change, the word after the holding's going on with another noun. An apposition between
    the subject and its verb is passed over: "Shares in Acme, one of the biggest drugmakers, fell"."""
    words = _words(_subject_clause(_APPOSITION_BEFORE_VERB.sub("", before))) + [""]
    ends = stopwords() | change_words("verb", "adverb").keys() | {""}
    return next((_changed_subjects()[w] for w, after in zip(words, words[1:], strict=False)
                 if w in _changed_subjects() and after in ends), None)


@cache
def _own_measures() -> frozenset[str]:
    """Measures a company reports of itself (data/own_measures.csv): revenue, profit, sales."""
    return frozenset(row["measure"] for row in rows("own_measures.csv"))


# "Acme reported revenue of", "Acme has posted a net profit of": the reporting verb, then the measure reported
_REPORTS = re.compile(
    r"^[’'s]*\s+(?:has\s+|had\s+)?(?:reported|reports|posted|posts|announced|announces|recorded|records)\s+"
    r"(?P<object>(?:[\w-]+\s+){0,3}[\w-]+)",
    re.IGNORECASE,
)


def _reports_own(sentence: Sentence, entities: Sequence[Mention], name: str, measure: str) -> bool:
    """Whether the sentence has `name` report the measure itself as its object: "Acme reported revenue of"."""
    rel = sentence.start
    for e in entities:
        found = e.canonical == name and _REPORTS.match(sentence.text[e.end - rel :])
        if found and any(_measure_of(w) == measure for w in _words(found["object"])):
            return True
    return False


YEAR_ON_YEAR = "year on year"
_CHANGE_WORDS = 3  # words between a change's figure and its base: "a 14 per cent increase on the same quarter"
_BASE_LEAD = r"(?:from|on|over|compared\s+(?:with|to)|against|versus|than)"


@cache
def _change_bases() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The base a change is measured from after its figure ("up 14% from a year earlier", "rose 14% year on
    year"), and a change over the year said before it ("year-on-year growth of 14%"): data/change_bases.csv."""
    def alternatives(form: str) -> str:
        phrases = sorted((r["phrase"] for r in rows("change_bases.csv") if r["form"] == form), key=len, reverse=True)
        return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)

    bases, adverbs = alternatives("base"), alternatives("adverb")
    after = re.compile(
        rf"^(?:\s+[^\W\d_][\w-]*){{0,{_CHANGE_WORDS}}}?\s+(?:{_BASE_LEAD}\s+(?P<base>{bases})|(?P<adverb>{adverbs}))(?![\w-])",
        re.IGNORECASE,
    )
    before = re.compile(rf"(?<![\w-])(?:{adverbs})\s+(?:[^\W\d_][\w-]*\s+){{0,{_CHANGE_WORDS}}}$", re.IGNORECASE)
    return after, before


RELATIVE = "relative to another value"
TARGET = "target"


def alternatives(phrases: Iterable[str]) -> str:
    """Phrases as one regular expression's alternatives, the longest first, any run of spaces between words."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))


@cache
def _target_lead() -> re.Pattern[str]:
    """Words that tell a change as planned or promised, anywhere in the clause before its amount ("aims to cut
    emissions by 40%", "wants a 40% cut", "toward a goal of a 40% cut"): data/target_leads.csv."""
    return re.compile(rf"\b(?:{alternatives(r['phrase'] for r in rows('target_leads.csv'))})\b", re.IGNORECASE)


@cache
def _relative() -> re.Pattern[str]:
    """A percentage's distance from another value said right after it ("31% above the IPO price", "12% below
    its peak"): data/change_bases.csv, form `relative`."""
    phrases = sorted((r["phrase"] for r in rows("change_bases.csv") if r["form"] == "relative"), key=len, reverse=True)
    return re.compile(r"^\s+(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases) + r")\b", re.IGNORECASE)


def change_base(sentence: Sentence, m: Mention) -> tuple[int, int] | None:
    """Where a percentage says it is a change over a year, the span of the words that say so (offsets in the
    text): "up 14% from a year earlier", "a 14 per cent increase on the same quarter last year", "year-on-year
    growth of 14%". Dates in that span are the base's, not the change's."""
    if m.kind != "percent":
        return None
    rel = sentence.start
    after, before = _change_bases()
    found = after.match(sentence.text[m.end - rel :])
    if found is not None:
        group = "base" if found["base"] else "adverb"
        return m.end + found.start(group), m.end + found.end(group)
    lead = sentence.text[max(0, m.start - rel - _CLAUSE_REACH) : m.start - rel]
    found = before.search(lead)
    return (m.start - len(lead) + found.start(), m.start) if found else None


_CLAUSE_REACH = 80  # characters before a change's figure that can hold "year-on-year growth of"


@cache
def change_words(*parts: str) -> dict[str, str]:
    """The words of change of the given parts of speech and the direction each tells (data/change_directions.csv):
    "fell 13%" (verb), "up 4%" (adverb), "cut emissions by 24%" (transitive), "a 13% drop" (noun), "a 26% lower
    risk" (comparative)."""
    return {r["word"]: r["direction"] for r in rows("change_directions.csv") if r["part"] in parts}


# nouns of how likely something is: "a 26% lower risk of a heart attack" measures heart attacks
_LIKELIHOOD_NOUNS = frozenset({"risk", "chance", "chances", "odds", "likelihood"})


def _past_change_word(after: list[str]) -> list[str]:
    """The words after a percentage once the noun of change that follows it is passed, and the likelihood it
    changes: "a 13% drop in sales" is the sales' change, "a 26% reduction in the risk of stroke" and "a 26% lower
    risk of stroke" the change in strokes ("13% lower sales" reads as a count of sales)."""
    noun = len(after) > 1 and after[0] in change_words("noun") and after[1] in ("in", "of")
    rest = after[2:] if noun else after[1:] if after and after[0] in change_words("comparative") else after
    if rest[:1] == ["the"]:
        rest = rest[1:]
    if len(rest) > 1 and rest[0] in _LIKELIHOOD_NOUNS and rest[1] == "of":
        return rest[2:]
    return after[2:] if noun else after


SINCE = "since"  # a change told over the time since a past moment ("up 31% since the results"), not over one day
EARLIER_VALUE = "earlier value"
CLOSURE = "closure"  # the sites a body closes (data/measures.csv): "will close 47 stores", "14 branch closures"
# a figure a change started from, after the figure it went to or after "up"/"down": "expanded the recall to
# 467,000 vehicles in the United States from 412,000", "the rate fell to 4.1%, down from 4.3%"
_EARLIER_LEAD = re.compile(
    r"(?:\bto\s+\S*\d[^;:.!?]*?|\b(?:up|down)\s+)\bfrom\s+(?:an?\s+|the\s+)?$"
    # the figure a share of change is reckoned on: "up 8.6% on the 109,200 recorded a year earlier"
    r"|\d\s*(?:%|per\s*cent\b|percent\b)\s+(?:on|from|against|over|compared\s+(?:with|to))\s+(?:an?\s+|the\s+)?$"
    # the value a level is set beside, after the level in its clause: "trading at 11.42 per euro, compared with 11.51
    # shortly before", "was at 54% of capacity, compared with 81% that would be normal"
    r"|\d[^;:.!?]*?,\s*compared\s+(?:with|to)\s+(?:an?\s+|the\s+)?$",
    re.IGNORECASE,
)


# a figure's clause going on to the value it changed from: "carried 2.4 million passengers, up from 2.1 million",
# "revised to 6.8 from 7.1"
_CHANGED_FROM = re.compile(r"^[^;:.!?]{0,40}?\b(?:(?:up|down)\s+)?from\s+(?:an?\s+|the\s+)?\d", re.IGNORECASE)


def told_with_earlier_value(sentence: Sentence, m: Mention) -> bool:
    """Whether a figure is told with the value it changed from after it ("carried 2.4 million passengers, up from
    2.1 million"): a level the report says has moved."""
    return _CHANGED_FROM.match(sentence.text[m.end - sentence.start :]) is not None


def is_earlier_value(sentence: Sentence, m: Mention) -> bool:
    """Whether a figure is the value a change started from ("rose to $186m from $152m", "up from 3.4%", "up 8.6% on
    the 109,200 a year earlier"): the quantity as it was, not as it is; the figure it changed to is the quantity
    now."""
    rel = sentence.start
    lead = sentence.text[max(0, m.start - rel - _CLAUSE_REACH) : m.start - rel]
    tail = sentence.text[m.end - rel :]
    return _EARLIER_LEAD.search(lead) is not None or _changed_from_to(lead, tail) or _a_year_before(lead, tail)


# a figure's clause that says it held a year before the time its story speaks of: "Profit a year earlier was €318
# million", "sales were $2.1bn the year before" (not what a change is measured from: "up 14% from a year earlier")
_YEAR_BEFORE = re.compile(
    r"(?<!\bfrom )(?<!\bon )(?<!\bover )(?<!\bwith )(?<!\bagainst )"
    r"\b(?:(?:a|one) year (?:earlier|before)|the (?:previous|prior) year|the year before)\b",
    re.IGNORECASE,
)


def _a_year_before(lead: str, tail: str) -> bool:
    """Whether a figure's own clause, either side of it, says it held a year before (`_YEAR_BEFORE`)."""
    own_tail = _NEXT_FIGURE.split(_CLAUSE_CUT.split(tail)[0], maxsplit=1)[0]  # "to $610m from $540m a year earlier"
    return _YEAR_BEFORE.search(_CLAUSE_CUT.split(lead)[-1] + " FIGURE " + own_tail) is not None


_CLAUSE_CUT = re.compile(r"[;:,]\s|\.\s")


_FROM_BEFORE = re.compile(r"\bfrom\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)
_TO_AFTER = re.compile(r"^\s+to\s+", re.IGNORECASE)


def _changed_from_to(lead: str, tail: str) -> bool:
    """Whether a figure is the value a change was made from, told before the one it was made to: "cut his sentence
    from eight to seven years", "raised the fee from £40 to £55" (data/change_directions.csv verbs)."""
    if not (_FROM_BEFORE.search(lead) and _TO_AFTER.match(tail)):
        return False
    verbs = change_words("verb", "transitive")
    return any(w in verbs for w in _words(_clause_before(lead)))


def _last_measure(text: str) -> str | None:
    """The measure a text names last: "reported third-quarter revenue of $1.2bn, up" → revenue."""
    return next(filter(None, map(_measure_of, reversed(_words(text)))), None)


def _growth_of(measure: str | None) -> str:
    """The measure of a change over a year of `measure`, of the line of a company's accounts it is (sales are
    its revenue): "revenue growth"."""
    line = _own_lines().get(measure or "", measure)
    return f"{line} growth" if line else "growth"


@cache
def _own_lines() -> dict[str, str]:
    return {row["measure"]: row["line"] or row["measure"] for row in rows("own_measures.csv")}


def own_measure(measure: str | None) -> bool:
    """A measure a company reports of itself for a period (data/own_measures.csv): revenue, profit, a margin."""
    return measure in _own_measures()


def periodic_statistic(measure: str | None) -> bool:
    """A statistic an office publishes for a month or a quarter (data/published_measures.csv, `periodic`): the
    jobless rate, inflation; not a rate a bank sets on a day."""
    return measure in _periodic_statistics()


@cache
def _periodic_statistics() -> frozenset[str]:
    return frozenset(r["measure"] for r in rows("published_measures.csv") if r["periodic"] == "yes")


def of_the_event(measure: str | None) -> bool:
    """A measure of the story's event itself (data/event_measures.csv): turnout, the injured."""
    return measure in _event_measures()


@cache
def _event_measures() -> frozenset[str]:
    """Measures of the story's event itself (data/event_measures.csv): never of the names the sentence before gives."""
    return frozenset(row["measure"] for row in rows("event_measures.csv"))


@cache
def _outcome_measures() -> frozenset[str]:
    return frozenset(row["measure"] for row in rows("outcome_measures.csv"))


def outcome_measure(measure: str | None) -> bool:
    """Whether a measure counts what befell people (the dead, the injured, cases) or what an event laid waste (land
    burned, homes destroyed; data/outcome_measures.csv): a count kept as it goes, which may rise from one report to
    the next."""
    return measure in _outcome_measures()


def separate_outcomes(a: str | None, b: str | None) -> bool:
    """Whether two measures are different things that befell people (cases and recoveries, deaths and
    injuries): counts of them are no parts of one total, as crew and passengers are of those on board."""
    outcomes = _outcome_measures()
    return a != b and a in outcomes and b in outcomes


def fixed_measure(a: Frame | None, b: Frame | None) -> bool:
    """Whether two frames measure a property an event or a thing has once and for all (a quake's
    magnitude, a shaft's depth, an age at the event): compared whatever day each report was written."""
    measures = {f.measure for f in (a, b) if f is not None and f.measure}
    if len(measures) == 1 and measures <= _fixed_measures():
        return True
    # "carrying 78 passengers", "87 passengers were on board": those on board, counted by their own noun
    return a is not None and b is not None and a.measure == b.measure and bool(a.qualifiers & b.qualifiers & _fixed_measures())


def revisable_measure(measure: str | None) -> bool:
    """A fixed measure whose estimates may be revised without a word said (data/fixed_measures.csv, estimates
    "revised"): what a mission cost is settled; what a recall "would cost" is reckoned again as work goes on."""
    return measure in _revisable_measures()


@cache
def _revisable_measures() -> frozenset[str]:
    return frozenset(row["measure"] for row in rows("fixed_measures.csv") if row["estimates"] == "revised")


def same_event_property(a: Frame | None, b: Frame | None) -> bool:
    """The same measure of the same named event ("the quake's magnitude", twice), or of the story's event itself
    (data/event_measures.csv: "it had burned 8,000 acres" is the fire's, named or not)."""
    if not same_measure(a, b):
        return False
    if a.measure in _event_measures():
        return not (a.event and b.event and a.event != b.event)
    return a.event is not None and a.event == b.event


def same_measure(a: Frame | None, b: Frame | None) -> bool:
    """Both frames name what they measure, and it is the same measure ("killing 112" and "112 dead")."""
    return a is not None and b is not None and a.measure is not None and a.measure == b.measure


def same_source(a: str, b: str) -> bool:
    """"Interior Ministry" and "Morocco's interior ministry" name one source, and so do "Round Up" and
    "Round-Up", and an acronym and the name it stands for ("CPSC", "the Consumer Product Safety Commission");
    "USGS" and a ministry name two."""
    if _acronym_of(a, b) or _acronym_of(b, a):
        return True
    a, b = _letters(a), _letters(b)
    return a == b or a in b or b in a


_ACRONYM = re.compile(r"[A-Z]{2,8}")  # "CPSC", "NWS": a name written as its initials
_NAME_WORD = re.compile(r"[A-Za-z]+")


def _acronym_of(short: str, name: str) -> bool:
    """Whether `short` is written as the initials of the words of `name` that are not function words ("Consumer
    Product Safety Commission" → CPSC; "the Bureau of Meteorology" → BM)."""
    if not _ACRONYM.fullmatch(short):
        return False
    words = [w for w in _NAME_WORD.findall(name) if w.lower() not in stopwords()]
    return len(words) == len(short) and "".join(w[0] for w in words).upper() == short


# Names whose letters and tokens are kept: a story's claims name the same few again and again, and an
# archive names more than are worth keeping (a document's capitalised words are asked for as one name).
_NAMES_KEPT = 1 << 14


@bounded(maxsize=_NAMES_KEPT)
def _letters(name: str) -> str:
    return "".join(ch for ch in name.lower() if ch.isalnum())


NAME_TOKEN = 4  # letters in the shortest word of a name that tells it from others ("Orsa" tells, "Led" does not)


# A call with more names than this (a document's capitalised words, asked for once) is answered without the
# cache: its key would hold them all, and an archive's documents would fill the cache with their words.
_NAMES_PER_KEY = 8


def name_tokens(names: tuple[str, ...]) -> frozenset[str]:
    """The stems of the words of some names ("Lake Orsa" → lake, orsa): who a figure is of, not what it measures."""
    return _name_tokens(names) if len(names) > _NAMES_PER_KEY else _kept_name_tokens(names)


def _name_tokens(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(stem(t) for n in names for t in n.split() if len(t) >= NAME_TOKEN)


_kept_name_tokens = bounded(maxsize=_NAMES_KEPT)(_name_tokens)


def one_name(x: str, y: str) -> bool:
    """Two names of one thing or person: the words of one are among the other's ("Acme", "Acme Bank"; "Quell",
    "Maria Quell"), not merely a word they share ("Acme Bank", "Borla Bank")."""
    tx, ty = name_tokens((x,)), name_tokens((y,))
    return bool(tx and ty) and (tx <= ty or ty <= tx)


# a name that ends in its number in a series: "Vela-2", "Apollo 13", "Block 4"
_NUMBERED = re.compile(r"^(?P<base>.*?\w)[\s-]+(?P<number>\d+)$")


def numbered_siblings(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two names of one series told apart by their numbers ("Vela-1", "Vela-2"), and none named by both: two
    things of the series, however often one report names both."""
    if set(a) & set(b):
        return False
    def numbered(names: tuple[str, ...]) -> list[tuple[str, str]]:
        return [(m["base"].lower(), m["number"]) for m in map(_NUMBERED.match, names) if m is not None]

    return any(x[0] == y[0] and x[1] != y[1] for x in numbered(a) for y in numbered(b))


def owners_compatible(a: Claim, b: Claim, is_place: Callable[[str], bool] = lambda name: False) -> bool:
    """Whose figures: a sentence that names no one speaks of the names the sentence before is about (a lede, of
    the headline's).

    "A fire swept through Lisbon. The damage was put at €40 million." is
    Lisbon's damage, not Porto's; "These specialists were sent with 4 dogs"
    after a sentence on the British team gives the British team's figure,
    whatever else it names. Two sentences that both name someone are left
    to `subjects_compatible`.
    """
    owner_a = a.frame.owner if a.frame else ()
    owner_b = b.frame.owner if b.frame else ()
    if a.subject and b.subject and not owner_a and not owner_b:
        return True
    oa = owner_a or _named_beyond_places(a)
    ob = owner_b or _named_beyond_places(b)
    if not oa or not ob:
        return True
    ta, tb = name_tokens(oa), name_tokens(ob)
    # the words of a sentence with an owner from the last, the places it names aside ("... to help in Morocco")
    wa = set(a.context) - name_tokens(tuple(filter(is_place, a.subject))) if owner_a else set(a.context)
    wb = set(b.context) - name_tokens(tuple(filter(is_place, b.subject))) if owner_b else set(b.context)
    return bool(set(oa) & set(ob) or ta & tb or ta & wb or tb & wa)


def _named_beyond_places(c: Claim) -> tuple[str, ...]:
    """The sentence's names but the places its figure was counted or its event happened in ("off Tavira") and the
    source it is on the word of ("The mission cost 370 million euros, Marten told reporters" is not Marten's cost)."""
    places = c.frame.places if c.frame else ()
    source = c.frame.attribution if c.frame else None
    return tuple(
        n for n in c.subject
        if n not in places and not (source and same_source(n, source)) and not _in_absolute_clause(c.sentence.text, n)
    )


def _in_absolute_clause(text: str, name: str) -> bool:
    """Whether a name is told in a clause of "with" and a verb in -ing, beside what the sentence counts ("the budget
    went through by 36 votes to 27, with the Liberal Democrats abstaining"): no owner of its figures."""
    return "with" in text and re.search(rf"\bwith\s+(?:the\s+)?{re.escape(name)}\s+[a-z]+ing\b", text) is not None


def same_frame(a: Claim, b: Claim) -> bool:
    """Same measure, of the same owner named in the sentence before or the headline.

    "The damage was put at €40 million" after a sentence on a Lisbon fire,
    and "the Lisbon fire caused damage estimated at €45 million". A sentence
    that names no one has few words of its own to be compared by; its frame
    stands in for them. Two sentences that both name their owner are
    compared by their words. A measure of the story's event itself (`of_the_event`: its injured, the land it
    damaged) that neither sentence names an owner of is the event's in both.
    """
    if (a.subject and b.subject) or not same_measure(a.frame, b.frame):
        return False
    if of_the_event(a.frame.measure) and not (a.subject or b.subject):
        return True  # "Three people were hurt" and "Five people suffered minor injuries": the storm's injured
    oa = set(a.subject or a.frame.owner)
    ob = set(b.subject or b.frame.owner)
    return bool(oa & ob)


def subjects_compatible(a: Claim, b: Claim) -> bool:
    """Named subjects agree when either sentence names none, or they share a name or a name's word,
    or one sentence's subject is a word of the other sentence.

    "Guerrero" and "Eddie Guerrero" share a word; "Broncos" and "Vikings" share nothing.
    A figure's named source is not its subject: "according to the Red Crescent" says
    whose word the figure is on, not whose figure it is.
    """
    sa, sb = _subject_of(a), _subject_of(b)
    if not sa or not sb:
        return True
    if set(sa) & set(sb):
        return True
    if a.mention.is_figure and b.mention.is_figure and _two_full_names(sa, sb):
        return False  # two people's figures (a name's entity claims are compared by the entity rules' own tests)
    ta, tb = name_tokens(sa), name_tokens(sb)
    return bool(ta & tb or ta & set(b.context) or tb & set(a.context))


def _two_full_names(sa: tuple[str, ...], sb: tuple[str, ...]) -> bool:
    """Whether two sentences each name one person or thing in full, and the names differ though they share a word:
    "Anna Lindqvist" and "Erik Lindqvist" are two people, as "Bank of England" and "Bank of Canada" are two banks;
    one name within the other ("Lindqvist", "Erik Lindqvist") is one."""
    if len(sa) != 1 or len(sb) != 1 or " " not in sa[0] or " " not in sb[0]:
        return False
    return bool(name_tokens(sa) & name_tokens(sb)) and not one_name(sa[0], sb[0])


def of_the_members(a: Claim, b: Claim) -> bool:
    """One figure is of a group the other's figure is made of: "Kael reported 54 cases, most of which came from
    Italy" and "Italy has reported 2,000 cases"; "cut 900 jobs, most of which were in Kael" and "600 jobs in Kael"."""
    return bool(set(a.members) & set(b.subject) or set(b.members) & set(a.subject))


def names_bracketed_owner(a: Claim, b: Claim) -> bool:
    """A figure in brackets after its name ("behind Orsa (11.9 million) and Brant (14 million)") is compared only
    with a sentence that names that name: one that names no one may be of any name in the list."""
    for bracketed, other in ((a, b), (b, a)):
        if bracketed.bracketed and not (
            set(bracketed.subject) & set(other.subject) or name_tokens(bracketed.subject) & set(other.context)
        ):
            return False
    return True


def _subject_of(c: Claim) -> tuple[str, ...]:
    """The names a claim is about: its sentence's names but its figure's source and the places it is counted in."""
    if c.frame is None or not (c.frame.attribution or c.frame.places):
        return c.subject
    left_out = {c.frame.attribution, *c.frame.places}
    return tuple(n for n in c.subject if n not in left_out)


_MONEY = "money"


# Counts of people: "people" is the general word, the others name a kind of person.
_PEOPLE = frozenset({"person", "death", "passenger", "soldier", "civilian", "child", "refugee", "worker", "injured"})


def same_unit_family(a: Claim, b: Claim) -> bool:
    """Whether two figures can be compared number to number."""
    ka, kb = a.mention.kind, b.mention.kind
    ua, ub = a.mention.unit, b.mention.unit
    if ka == _MONEY or kb == _MONEY:
        return ka == kb and ua == ub and ua is not None
    if ka == "percent" or kb == "percent":
        return ka == kb and (ua == ub or unit_factor(ua, ub) is not None)  # "25 basis points", "a quarter point"
    if ua == ub:
        return {ka, kb} <= {"number", "quantity"}
    if ka == kb == "quantity" and unit_factor(ua, ub) is not None:
        # "burned 8,000 hectares" and "burned 8,000 acres": one area; "a mirror 8.4 metres across" and "a mirror
        # 8.4 feet across" name no measure, and their sentences weigh them as they weigh figures in one unit
        return same_measure(a.frame, b.frame) or not (_names_a_measure(a) or _names_a_measure(b))
    if a.frame and b.frame and a.frame.measure == b.frame.measure == AGE:
        return {ka, kb} <= {"number", "quantity"}  # "Okafor, 58," and "the 56-year-old": both in years
    if not {ka, kb} <= {"number", "quantity"}:
        return False
    if _counts_what_the_other_counts(a, b) or _counts_what_the_other_counts(b, a):
        return True
    # a plain count or "people" compares with a count of a kind of people ("260 dead", "261 people")
    loose = {ua, ub} - {None, "person"}
    return len(loose) <= 1 and loose <= _PEOPLE


def _names_a_measure(c: Claim) -> bool:
    return c.frame is not None and c.frame.measure is not None


def _counts_what_the_other_counts(plain: Claim, counted: Claim) -> bool:
    """A plain count whose sentence names what it counts, before it ("the number of votes cast was just over
    210,000"), and a count of that thing written after the figure ("some 180,000 votes")."""
    unit = counted.mention.unit
    if plain.mention.unit is not None or unit is None or plain.frame is None or not plain.frame.measure:
        return False
    return plain.frame.measure in (unit, measure_in(unit))

