"""Which slot a name fills, how many names the slot holds, and how two of its fillers relate.

The slot is the word before the name ("born in", "based in", "produced
by"), named as data/slot_arity.csv names it: "based in", "headquartered in",
"is in" and "the Oslo-based" are one slot, where a thing is. A title
before the name is the person's, not a slot ("Republican Senator Dana
Whitfield voted": the slot is "voted"). The file also
says how many names a slot holds: one ("born in"), a few named in full
("founded by") or many ("starred"). How the name stands to the slot word
tells the doer ("founded by X", "X founded") from the name a thing was given
("founded as X"), what it was done to ("won the X seat") and its place
("founded in X"). A name said to be the one who did a thing ("X is the
winner of Y", data/agent_nouns.csv), also in apposition ("X, the director
of Y,", "Y's director, X", "X, one of the founders of Y,"), fills the slot
of the thing done ("won by X"), as does the owner of the act's noun ("X's win in Y", data/act_nouns.csv),
and so does the one a thing is given to
("awarded to X", data/recipient_verbs.csv). Someone's spouse now ("X is
married to Y", "X's husband is Y") fills a slot of one name, said with
whose spouse. Two places agree when one lies within the other
(knowledge/places.csv).
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from functools import cache

from ..caches import emptied
from ..claim_building import agent_verb, without_origin
from ..data import rows
from ..knowledge import builtin
from ..model import Claim, Mention
from ..parse.dates import find as find_dates
from ..parse.dates.vocabulary import vocabulary as date_vocabulary
from ..parse.names import lexicon as lex
from ..terms import WORD, content_terms, stem, stopwords
from .base import Context
from .stand_ins import kinds

__all__ = [
    "DONE_TO",
    "acts",
    "after_place_preposition",
    "agent_of",
    "earlier_turn_told",
    "filled_again",
    "held_now",
    "in_other_role",
    "in_slot_words",
    "known_roles",
    "link_of",
    "many_valued",
    "one_place_within_other",
    "one_thing_done_to",
    "thing_done_to",
    "pairs_however_common",
    "recipient_verbs",
    "said_as_act",
    "opens_as_venue",
    "other_things_done",
    "other_purposes",
    "same_thing_done",
    "single_valued",
    "slots_by_name",
    "slots_of",
]


# How a name stands to its slot word: the one who did it ("founded by"), the name it was given ("founded as"),
# the thing it was done to ("founders of"), where or for whom ("born in", "originating from", "played for":
# told apart by the slot word alone).
# Up to three words of description may stand between, lower-case or a demonym, after an article or a possessive:
# "directed by veteran filmmaker X", "an album by the Welsh folk band X", "ahead of his rival X".
_PREPOSITIONS = "|".join(("by", "as", "of", "in", "at", "on", "from", "to", "for", "with", "into",
                          *(row["word"] for row in rows("place_prepositions.csv"))))
_LINK = re.compile(
    rf"\b({_PREPOSITIONS})\s+(?:(?:the|a|an|his|her|its|their|our)\s+)?"
    rf"(?P<described>(?:(?!(?:{_PREPOSITIONS})\s)[^\W\d_][\w-]*\s+){{0,3}})$",
    re.IGNORECASE,
)
_LINK_REACH = 55  # characters before a name that hold its preposition and three words of description
_LINKS = {"by": "by", "as": "as", "of": "of"}  # any other preposition: "prep"
DONE_TO = "object"  # the link of what a verb is done to: "won [the Hartlepool seat]", "sang ['Blue Harbour']"
# A name right after its verb or noun is what the verb is done to: "won [the Hartlepool seat]".
# "won 34 Primera ..." too; and a title in quotes: "sang 'Blue Harbour'"
_AFTER_WORD = re.compile(r"\b([a-z][\w-]+)\s+(?:(?:the|a|an)\s+)?(?:\d[\d,.]*\s+)?[\"“‘']?$")


# "Sandra Pike is the winner of the Booker Prize", "the author of the report was Anna Holt": a name said to be
# the one who did a thing (data/agent_nouns.csv) fills the slot of the thing done, as "won by", "written by" do.
_COPULA = r"(?:is|was|are|were)\s+(?:also\s+)?"
# A word that says the one who did it is the present one may stand before the noun: "the latest winner of",
# "the most recent recipient of" (data/post_modifiers.csv kind "current").
_NOW = r"(?:(?:most\s+)?(?P<now>[a-z]+)\s+)?"
# The same said in apposition: "Lena Ortiz, the director of Iron Coast,", "Lena Ortiz, director of Iron Coast,",
# and one of those who did it: "Carl Moe, one of the founders of the fund,", "Carl Moe was among the founders of the
# fund" (a few named in full hold him).
_THING = r"(?P<thing>[^,;:()]*?)\s*(?:[,;:()]|$)"
_AGENT_AFTER = re.compile(
    rf"(?:\s+{_COPULA}|\s*,\s+)(?:one\s+of\s+|among\s+)?(?:the\s+)?{_NOW}(?P<noun>[a-z][\w-]*)\s+(?:of|for)\s+{_THING}"
)
# Before the name: "the director of Iron Coast is Lena Ortiz", "The director of Iron Coast, Lena Ortiz,"; and its
# owner in the possessive, "Iron Coast's director, Lena Ortiz" and "its director, Lena Ortiz".
_AGENT_BEFORE = re.compile(
    rf"\b[Tt]he\s+{_NOW}(?P<noun>[a-z][\w-]*)\s+(?:of|for)\s+(?P<thing>[^,;:()]*?)(?:\s+{_COPULA}|\s*,\s*)$"
)
_AGENT_OWNED = re.compile(
    rf"(?:\b(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)|(?P<thing>(?<![\w'’-])[\w-]+(?:\s+[\w-]+){{0,3}}?)['’]s)"
    rf"\s+{_NOW}(?P<noun>(?!(?:is|was)\b)[a-z][\w-]*)(?:\s*,|\s+(?:is|was))?\s*$"
)
# "Mara Quinn is married to Tom Hale": the spouse she has now (data/agent_nouns.csv "spouse")
_MARRIED_TO = re.compile(r"(?P<thing>(?<![\w'’-])[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+(?:is|are)\s+married\s+to\s+$")
_AGENT_REACH = 80  # characters before a name that hold "the winner of the Booker Prize is"
# A title named in full and said to be held now: "Sandra Pike is the reigning Footballer of the Year"
_TITLE_NOW = re.compile(
    rf"\s+{_COPULA}the\s+(?P<now>[a-z]+)\s+(?P<thing>[A-Z][\w'’-]*(?:\s+(?:of|the|for|[A-Z][\w'’-]*))*)"
)
_ASIDE = re.compile(r"\s*,[^,;:()]{1,60},")  # an apposition right after a name: "Gary Holm, manager of Brenna,"
# A title held, said by its holder's noun without "of": "Sandra Pike is the reigning world champion"
_CHAMPION = re.compile(rf"\s+{_COPULA}the\s+{_NOW}(?P<thing>(?:[\w-]+\s+){{0,3}}?)(?P<noun>champion|titleholder)\b")
# "Kampala is the city where the summit took place", "Leeds is where she was born": the place where a thing was
# done fills the slot of its verb ("took place in Kampala"); the nouns of a place are data/place_nouns.csv.
_WHERE = re.compile(
    rf"\s+{_COPULA}(?:the\s+(?:[a-z-]+\s+)?(?P<place>[a-z]+)\s+)?(?:where|in\s+which|at\s+which|(?P<of>of|for))\s+"
    r"(?P<thing>(?:[^,;:()]|\([^()]*\))*?)\s*(?:[,;:)]|$)"  # "production of Australia (2008 film) took place"
)


# "Ana Ruiz's win in the time trial", "the Greens' narrow victory in Hartlepool": the one who did a thing said as the
# owner of its act (data/act_nouns.csv), a word of description perhaps between, and what it was done in
_ACT_OWNED = re.compile(rf"['’]s?\s+(?:[a-z][\w-]*\s+)?(?P<noun>[a-z]+)\s+(?:in|at|of)\s+{_THING}")


@cache
def _act_nouns() -> dict[str, str]:
    """Noun of an act → the slot of the one who did it: "win" → "<won" (data/act_nouns.csv)."""
    return {row["noun"]: _tag(row["participle"]) for row in rows("act_nouns.csv")}


@cache
def _agent_nouns() -> dict[str, str]:
    """Agent noun → the slot of what its agent does: "winner" → "<won" (data/agent_nouns.csv)."""
    return {row["noun"]: _tag(row["participle"]) for row in rows("agent_nouns.csv")}


# "Ana Ruiz was the first woman to lead the Tarvo council", "Ana Ruiz, the first woman to lead it,": who did a thing
# first (data/first_words.csv), the group ("woman") and the thing done ("lead the Tarvo council").
_FIRST_AFTER = re.compile(
    r"(?:\s*,\s*|\s+(?:is|was|became|becomes|has\s+become|had\s+become)\s+)the\s+(?P<first>[a-z-]+)\s+"
    r"(?P<thing>(?:[\w'’-]+\s+){1,4}?to\s+[^,;:()]*?)\s*(?:[,;:()]|$)"
)
FIRST = "<first-to"  # the slot of who did a thing first: one name, and the very same thing
# A thing said to be the one of its kind its owner has: "Ardley Reservoir, its main storage site,", "Its main storage
# site, Coldwaltham Reservoir," (data/slot_arity.csv "sole-of"): one name, and the same words of the kind
SOLE = "<sole-of"
_SOLE_WORDS = r"(?P<sole>main|largest|biggest|principal|only|sole|flagship)"
_SOLE_KIND = r"(?P<thing>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)"
_SOLE_BEFORE = re.compile(rf"\b(?:[Ii]ts|[Tt]heir)\s+{_SOLE_WORDS}\s+{_SOLE_KIND}\s*,\s*$")
_SOLE_AFTER = re.compile(rf"\s*,\s+(?:its|their)\s+{_SOLE_WORDS}\s+{_SOLE_KIND}\s*(?:[,;.]|$)")


def _sole_of(c: Claim) -> tuple[str, frozenset[str]] | None:
    """The slot of the one thing of a kind its owner has, and the words of the kind, when the name is said to be it
    in apposition ("Ardley Reservoir, its main storage site,"; "Its main storage site, Coldwaltham Reservoir,")."""
    rel = c.sentence.start
    found = _SOLE_AFTER.match(c.sentence.text, c.end - rel) or _SOLE_BEFORE.search(
        c.sentence.text[max(0, c.start - rel - _SLOT_REACH) : c.start - rel]
    )
    return (SOLE, frozenset(content_terms(f"{found['sole']} {found['thing']}"))) if found else None


@cache
def _first_words() -> frozenset[str]:
    return frozenset(row["word"] for row in rows("first_words.csv"))


def _first_of(c: Claim) -> tuple[str, frozenset[str]] | None:
    """The slot of who did a thing first, and the words of the group and the thing ("woman", "lead", "tarvo",
    "council"); None if the sentence does not say the name did it first."""
    found = _FIRST_AFTER.match(c.sentence.text, c.end - c.sentence.start)
    if found is None or found["first"] not in _first_words():
        return None
    return FIRST, frozenset(content_terms(found["thing"]))


# Names whose deed is kept, by their sentence and place in it: the entity rules ask of each name several times,
# and a story's reports repeat one another's sentences.
_AGENTS_KEPT = 1 << 14
_agents: dict[tuple[str, int, int], tuple[str, frozenset[str]] | None] = emptied({})


def agent_of(c: Claim) -> tuple[str, frozenset[str]] | None:
    """The slot of the thing a name is said to have done as "the winner of", "the author of", and the words
    of what it was done to ("the Booker Prize"); None if the sentence says no such thing. Who did a thing
    first fills a slot of its own ("the first woman to lead the Tarvo council")."""
    key = (c.sentence.text, c.start - c.sentence.start, c.end - c.sentence.start)  # all that is read of the claim
    if key not in _agents:
        if len(_agents) >= _AGENTS_KEPT:
            _agents.clear()
        _agents[key] = _agent_of(c)
    return _agents[key]


def _agent_of(c: Claim) -> tuple[str, frozenset[str]] | None:
    first = _first_of(c) or _given_thing(c) or _sole_of(c)
    if first is not None:
        return first
    rel = c.sentence.start
    where = _where_of(c)
    if where is not None:
        return where
    text, start, end = c.sentence.text, c.start - rel, c.end - rel
    titled = _title_before().search(text, max(0, start - _SLOT_REACH), start)
    if titled is not None:  # "the most recent recipient of the award is Tarvo manager Sandra Pike"
        start = titled.start()
    aside = _ASIDE.match(text, end)  # "Gary Holm, manager of Brenna, is the most recent recipient of the award"
    lead = text[max(0, start - _AGENT_REACH) : start]
    title = _title_now(c)
    if title is not None:  # "is the reigning Footballer of the Year"
        return title
    married = _MARRIED_TO.search(lead)
    if married is not None:
        return SPOUSE, frozenset(content_terms(married["thing"]))
    act = _ACT_OWNED.match(text, end)
    if act is not None and act["noun"] in _act_nouns():
        return _act_nouns()[act["noun"]], frozenset(content_terms(act["thing"]))  # "Ana Ruiz's win in the time trial"
    for found in (_AGENT_AFTER.match(text, end), _AGENT_AFTER.match(text, aside.end()) if aside else None,
                  _CHAMPION.match(text, end), _AGENT_BEFORE.search(lead), _AGENT_OWNED.search(lead)):
        if found is None:
            continue
        groups = found.groupdict()
        noun = groups["noun"] if groups["noun"] in _agent_nouns() else groups["noun"].removesuffix("s")  # "founders"
        if noun not in _agent_nouns():
            continue
        if groups.get("now") and groups["now"] not in _current_words():
            return None  # "the previous winner of the Harlow Prize" is not the one who holds it now
        slot, thing = _agent_nouns()[noun], frozenset(content_terms(groups.get("thing") or ""))
        if slot == SPOUSE and not thing:
            return None  # "his wife, Anna": whose wife is for the kin rule to read
        return slot, thing
    return None


def _title_now(c: Claim) -> tuple[str, frozenset[str]] | None:
    """The slot of the one who won a title and the words of the title, when the name is said to hold it now
    ("Sandra Pike is the reigning Footballer of the Year"); None otherwise."""
    found = _TITLE_NOW.match(c.sentence.text, c.end - c.sentence.start)
    if found is None or found["now"] not in _current_words():
        return None
    return WON, frozenset(content_terms(found["thing"]))


def held_now(c: Claim) -> bool:
    """Whether the name is said to hold a title now ("the reigning Footballer of the Year"): a title given in a
    year a sentence names may be another year's."""
    return _title_now(c) is not None


def _where_of(c: Claim) -> tuple[str, frozenset[str]] | None:
    """The slot of the verb a place is said to be where of ("Kampala is the city where the summit took place":
    the slot of "took place in"), and the words of the rest of what was done there ("summit"); None if the
    sentence says no such thing or its verb is no known slot word."""
    found = _WHERE.match(c.sentence.text, c.end - c.sentence.start)
    if found is None or (found["place"] and found["place"] not in _place_nouns()):
        return None
    words = list(content_terms(found["thing"]))
    if found["of"]:  # "Old Trafford was the venue for the final": where the final was held
        slot = _place_nouns()[found["place"]] if found["place"] else ""
        return (_tag(slot), frozenset(words)) if slot else None
    for i in range(len(words) - 1, -1, -1):
        if "<" + words[i] in _slot_names():
            return "<" + words[i], frozenset(words[:i] + words[i + 1 :])
    return None


@cache
def _place_nouns() -> dict[str, str]:
    """Nouns of a place where a thing was done ("the city where", "the venue where"), each with the verb of
    what its "of" says ("the venue of the final": where it was held), from data/place_nouns.csv."""
    return {row["word"]: row["of"] for row in rows("place_nouns.csv")}


@cache
def _current_words() -> frozenset[str]:
    """Words that make the one who did a thing the present one: "latest", "current", "reigning"."""
    return frozenset(row["word"] for row in rows("post_modifiers.csv") if row["kind"] == "current")


def other_things_done(a: Claim, b: Claim) -> bool:
    """Whether two names are said to have done a thing to two different things: "the author of the audit"
    and "the author of the novel", "the winner of the Booker Prize" and "the winner of the Costa Prize"."""
    done_a, done_b = agent_of(a), agent_of(b)
    if done_a is None or done_b is None or not done_a[1] or not done_b[1]:
        return False
    if _named_thing(a) or _named_thing(b):
        return _undated(done_a[1]) != _undated(done_b[1])  # "Player of the Year", "Young Player of the Year"
    return done_a[1] != done_b[1] and not (done_a[1] <= done_b[1] or done_b[1] <= done_a[1])


def _tag(word: str) -> str:
    """A slot word's tag as a sentence's words give it ("<" and its content term: "acquired" → "<acquire")."""
    return "<" + (content_terms(word) or (stem(word),))[0]


SPOUSE = _tag("spouse")  # the slot of someone's spouse: one at a time, named with whose spouse (not by "his wife")


@cache
def recipient_verbs() -> frozenset[str]:
    """Verbs whose "to" names the one who gets a thing, as "won by" names its winner (data/recipient_verbs.csv)."""
    return frozenset(row["verb"] for row in rows("recipient_verbs.csv") if row["to"] == "yes")


# "Sandra Pike was awarded the 2024 Harlow Prize", "Ivo Brandt, 31, was named Player of the Year": the subject of the
# passive of a verb of giving (data/recipient_verbs.csv, subject "yes") won a thing whose name is capitalised.
_GIVEN_THING = re.compile(
    r"(?:,\s+(?:aged\s+)?\d{1,3})?,?\s+(?:was|were|has\s+been|had\s+been)\s+(?P<verb>[a-z]+)\s+(?:as\s+)?(?:(?:the|a|an)\s+)?"
    r"(?P<thing>[A-Z0-9][\w'’-]*(?:\s+(?:of|the|for|[A-Z0-9][\w'’-]*))*)"
)
WON = _tag("won")


@cache
def _subject_recipient_verbs() -> frozenset[str]:
    return frozenset(row["verb"] for row in rows("recipient_verbs.csv") if row["subject"] == "yes")


def same_thing_done(a: Claim, b: Claim) -> bool:
    """Whether two names are said to have done the very same thing named in full: "Sandra Pike was named
    Player of the Year" and "Ivo Brandt was named Player of the Year" give the title to two names."""
    done_a, done_b = agent_of(a), agent_of(b)
    if done_a is None or done_b is None or not (_named_thing(a) and _named_thing(b)):
        return False
    return done_a[0] == done_b[0] and bool(_undated(done_a[1])) and _undated(done_a[1]) == _undated(done_b[1])


def _named_thing(c: Claim) -> bool:
    """Whether what the name did is a thing named in full: a first ("the first woman to lead the board", "the
    first Black woman to lead the board" are two) or a title given ("Player of the Year", "Young Player of the
    Year" are two). Such things are one only when their words are the same."""
    return _first_of(c) is not None or _given_thing(c) is not None or _title_now(c) is not None


def _undated(words: frozenset[str]) -> frozenset[str]:
    """The words of a thing without its year: "the 2024 Harlow Prize" is the Harlow Prize of a year."""
    return frozenset(w for w in words if not w.isdigit())


def _given_thing(c: Claim) -> tuple[str, frozenset[str]] | None:
    """The slot of the one who won a thing and the words of the thing, when the name is the subject of a
    passive of giving ("Sandra Pike was awarded the 2024 Harlow Prize"); None otherwise."""
    found = _GIVEN_THING.match(c.sentence.text, c.end - c.sentence.start)
    if found is None or found["verb"] not in _subject_recipient_verbs():
        return None
    return WON, frozenset(content_terms(found["thing"]))


@cache
def _doer_slots(preposition: str) -> frozenset[str]:
    """The slots whose doer is named after `preposition` as after "by" (data/slot_arity.csv, column doer): a
    network airs a show, "aired on Halo TV"."""
    return frozenset(_tag(row["slot"] or row["word"]) for row in rows("slot_arity.csv") if row["doer"] == preposition)


def _without_kind_of_place(lead: str) -> str:
    """The words before a name without the kind of place it is said to be ("near the village of", data/
    settlement_nouns.csv): "the village of El Berrocal" is El Berrocal, placed by the preposition before it ("the
    capital of Elmland" is another place than Elmland)."""
    found = _kind_of_place().search(lead)
    return lead[: found.start()] if found else lead


@cache
def _kind_of_place() -> re.Pattern[str]:
    nouns = "|".join(re.escape(row["noun"]) for row in rows("settlement_nouns.csv") if row["names_the_place"] == "yes")
    return re.compile(rf"\b(?:the\s+)?(?:{nouns})\s+of\s+$", re.IGNORECASE)


def _given_to(lead: str) -> bool:
    """Whether the words before a "to" end with a verb of giving: "the prize was awarded [to X]", also with the
    time it was given between ("awarded in November 2025 [to X]", "handed last week [to X]")."""
    last = list(WORD.finditer(_without_time_told(lead)))
    return bool(last) and last[-1].group().lower() in recipient_verbs()


_TIME_PREPOSITION = re.compile(r"\b(?:in|on|at|during)\s*$", re.IGNORECASE)


def _without_time_told(lead: str) -> str:
    """The words before a time said at their end, and its preposition: "awarded in November 2025 " → "awarded "."""
    found = find_dates(lead)
    if not found or lead[found[-1].end :].strip():
        return lead
    before = lead[: found[-1].start]
    preposition = _TIME_PREPOSITION.search(before)
    return before[: preposition.start()] if preposition else before


# The name someone was given at birth, as news writes it: "born Lisa Song", "born as Lisa Song", "born under the
# name (of) Lisa Song", "born with the name Lisa Song", "whose birth name is Lisa Song".
_BIRTH_NAME = re.compile(
    r"\b(?:born|birth\s+name\s+(?:is|was))\s+(?:as\s+|(?:under|with)\s+the\s+name\s+(?:of\s+)?)?$", re.IGNORECASE
)


def link_of(c: Claim) -> str | None:
    """How the name stands to its slot: "by" for the one who did it ("founded by X", "X founded"), "as" and
    "of" as written, "prep" after another preposition, "object" for what it was done to ("won the X seat");
    None when nothing tells."""
    rel = c.sentence.start
    lead = c.sentence.text[max(0, c.start - rel - _LINK_REACH) : c.start - rel]
    if plays_part(c):
        return "by"  # "stars Rita Vale as Anna Berg": she plays the part, as "played by Rita Vale" says
    if _MARRIED_TO.search(lead):
        return "by"  # "is married to X" names the spouse, as "her husband, X" does
    if _describes_firm(c):
        return "prep"  # "the Lyon architects Morel & Vidal": where the firm is, as "based in Lyon" says
    if _BIRTH_NAME.search(lead):
        return "as"  # "born Lisa Song", "born under the name Lisa Song", "her birth name is Lisa Song": the name given
    found = _LINK.search(_without_kind_of_place(lead))
    if found and all(_describes(w) for w in found["described"].split()):
        preposition = found.group(1).lower()
        if preposition == "to" and _given_to(lead[: found.start()]):
            return "by"  # "the prize was awarded to X" is "won by X"
        if preposition not in _LINKS and slots_of(c) & _doer_slots(preposition):
            return "by"  # "it aired on Halo TV" is "broadcast by Halo TV"
        if _ends_with_phrase(lead[: found.end(1)]):
            return DONE_TO  # "brought in the firm X" is "hired X": the phrase's "in" is no preposition of X
        return _LINKS.get(preposition, "prep")
    if _where_of(c):
        return "prep"  # "Leeds is the city where the summit took place": the summit took place in Leeds
    if agent_verb(c.sentence.text[c.end - rel :]) or agent_of(c):
        return "by"  # "Pixar produced Trollhunters" and "Pixar is the producer of Trollhunters" are "produced by Pixar"
    word = _AFTER_WORD.search(lead)
    return DONE_TO if word and word.group(1).lower() not in stopwords() else None


_ADVERB = re.compile(r"\s+(?P<adverb>[a-z-]+)\s")


# "Iron Coast stars Rita Vale as Anna Berg", "starring Rita Vale as Anna Berg": she plays the part named after "as"
_STARS_BEFORE = re.compile(r"\b(?:stars|starred|starring|co-stars|co-starring)\s+$", re.IGNORECASE)
_AS_PART = re.compile(r"\s+as\s+(?:the\s+)?[A-Z]")
PLAYED = _tag("played")


def plays_part(c: Claim) -> bool:
    """Whether the name is said to star as a part named after it ("stars Rita Vale as Anna Berg"): the one who
    plays that part, as "Rita Vale plays Anna Berg" says."""
    rel = c.sentence.start
    return bool(_STARS_BEFORE.search(c.sentence.text, max(0, c.start - rel - 20), c.start - rel)
                and _AS_PART.match(c.sentence.text, c.end - rel))


def acts(c: Claim) -> bool:
    """Whether the name does the verb right after it ("Pixar produced Trollhunters", "Ana Ruiz sings it"), not
    first ("Ana Ruiz first climbed it": data/first_words.csv, one name did that); one who stars as a part plays
    it ("stars Rita Vale as Anna Berg")."""
    if plays_part(c):
        return True
    after = c.sentence.text[c.end - c.sentence.start :]
    adverb = _ADVERB.match(after)
    if adverb is not None and adverb["adverb"] in _first_words():
        return False
    return agent_verb(after) is not None


# "hired Halvorsen Risk to investigate the breach", "hired Anna Berg as chief of staff", "engaged Kemp Lyle for the
# lawsuit": what the name was taken on to do, up to the end of its clause
_PURPOSE = re.compile(r"[^,;:()]{0,40}?\b(?P<lead>to|as|for)\s+(?P<purpose>[a-z][^,;:()]*)")


def _purpose(c: Claim, leads: tuple[str, ...]) -> frozenset[str]:
    """The words of what a name was taken on to do, said right after it after one of `leads` ("hired X to rebuild
    its network": "rebuild", "network"); empty when the sentence says none."""
    found = _PURPOSE.match(c.sentence.text, c.end - c.sentence.start)
    return frozenset(content_terms(found["purpose"])) if found and found["lead"] in leads else frozenset()


@cache
def _job_slots() -> frozenset[str]:
    """Slot tags of taking someone on for a job (data/slot_arity.csv, done_to "job"): one name for each job."""
    return frozenset(_tag(row["slot"] or row["word"]) for row in rows("slot_arity.csv") if row["done_to"] == "job")


def other_purposes(a: Claim, b: Claim, shared: set[str]) -> bool:
    """Whether two names are said to be taken on for two jobs: "hired X to investigate the breach", "hired Y
    to rebuild its billing system". One taken on for a job (data/slot_arity.csv, done_to "job": "hired X as
    head coach", "engaged Y for the listing") is one name for the job only when both sentences say the job
    alike; someone is hired for many jobs ("hired Anna Berg as chief of staff", "hired Tom Hale as press
    secretary"). Of another verb, a "to" said after both names that shares no word tells two acts."""
    if shared and shared <= _job_slots():
        purpose_a, purpose_b = _purpose(a, ("to", "as", "for")), _purpose(b, ("to", "as", "for"))
        return not purpose_a & purpose_b
    purpose_a, purpose_b = _purpose(a, ("to",)), _purpose(b, ("to",))
    return bool(purpose_a and purpose_b) and not purpose_a & purpose_b


def _date_word(word: str) -> bool:
    """Whether a capitalised word names a weekday or a month ("Friday", "March"): a date, no name."""
    vocabulary = date_vocabulary()
    return word.lower() in vocabulary.weekdays or word.lower() in vocabulary.months


def _describes(word: str) -> bool:
    """Whether a word between a slot word and its name describes the name: a lower-case word that is no
    function word ("veteran filmmaker") or a demonym ("the Welsh band", knowledge/demonyms.csv)."""
    if word[0].isupper():
        return builtin().country_of_demonym(word) is not None
    return word not in stopwords()


def slots_by_name(claims: list[Claim], slots: dict[int, set[str]]) -> dict[str, dict[str, set[str]]]:
    """Document → name (lower case) → the slots it fills wherever the document names it."""
    out: dict[str, dict[str, set[str]]] = defaultdict(dict)
    for c in claims:
        name = (c.mention.canonical or c.mention.text).lower()
        out[c.doc].setdefault(name, set()).update(slots[id(c)])
    return out


_CLAUSE_BREAK = re.compile(r"[;:()\[\]—–]|,\s|\s(?:and|but|while|whereas|or|who|which|that)\s", re.IGNORECASE)
_SLOT_REACH = 50  # characters before a name that can hold its slot word and a few words after it

# "Peking University is in Thailand": a copula and "in" before a place say where the subject is.
_IS_IN = re.compile(r"\b(?:is|are|was|were|lies|lie|sits|remains)\s+in\s+(?:the\s+)?$", re.IGNORECASE)
_LOCATED = _tag("located")
_BASED = ("-based", "–based")


# a thing said to lie somewhere, by a verb that says only that: "the epicentre was located near", "the plant is
# situated in", "the fire was centred on"
_PLACED_SUBJECT = re.compile(
    r"\b(?:the|its|their)\s+(?P<noun>[a-z]+)\s+(?:was|is|were|are|has\s+been|had\s+been)\s+(?:\w+ly\s+)?"
    r"(?P<verb>located|situated|centred|centered|sited)\s+(?:[a-z]+\s+){1,2}(?:the\s+)?$",
    re.IGNORECASE,
)


def slots_of(c: Claim) -> set[str]:
    """The slots a name fills: the slot word before it, named as data/slot_arity.csv names it ("based in",
    "headquartered in" and "is in" are one slot: where a thing is)."""
    names = _slot_names()
    agent = agent_of(c)
    if agent:
        return {names.get(agent[0], agent[0])}  # "the winner of the Booker Prize is Sandra Pike": the one who won it
    if plays_part(c):
        return {names.get(PLAYED, PLAYED)}  # "Iron Coast stars Rita Vale as Anna Berg": she plays Anna Berg
    rel = c.sentence.start
    start = c.start - rel
    titled = _title_before().search(c.sentence.text, max(0, start - _SLOT_REACH), start)
    tags = {t for t in c.attribute if t.startswith("<")}
    if titled is not None:  # "Republican Senator Dana Whitfield voted": the title is the person's, not a slot
        tags -= _nearest_before(titled.group())
        start = titled.start()
        tags |= _nearest_before(c.sentence.text[max(0, start - _SLOT_REACH) : start])  # "led by Captain X": "led"
    if _describes_firm(c):
        return {_LOCATED}  # "designed by the Lyon architects Morel & Vidal": Lyon is where the firm is, no designer
    out = {names.get(t, t) for t in tags}
    lead = c.sentence.text[max(0, start - 20) : start]
    if c.mention.role == "place" and (_IS_IN.search(lead) or c.sentence.text.startswith(_BASED, c.end - rel)):
        out.add(_LOCATED)  # "Nordpay is in Oslo", "the Oslo-based Nordpay"
    # a known slot word a few words back in the clause, no other name between: "presented various shows on
    # TalkRADIO" ("produced by Kenneth Edmonds": "Edmonds" is not the name the slot holds)
    clause = _CLAUSE_BREAK.split(c.sentence.text[max(0, start - _SLOT_REACH) : start])[-1]
    said_so = _phrase_before(without_origin(clause))
    if said_so:
        out.add(said_so)  # "was sent to prison at Leeds Crown Court": where he was sentenced
    if _BEHIND.match(c.sentence.text, c.end - rel):
        out.add(_BLAMED)  # "Cold Lantern, the criminal group behind the attack,": who did it, as "carried out by"
    if opens_as_venue(c):
        after = _slot_after_venue(c.sentence.text[c.end - rel :])
        if after:
            out.add(after)  # "At Leeds Crown Court on Friday, Tom Hale was jailed": where he was sentenced
    words = list(WORD.finditer(clause))
    for i in range(len(words) - 1, -1, -1):
        if any(w.group()[0].isupper() and not _describes(w.group()) and not _date_word(w.group()) for w in words[i + 1 :]):
            break  # another name between: "produced by Kenneth Edmonds" ("the Welsh band X" describes X; "jailed on
            # Friday at X" dates the act)
        tag = "<" + "".join(content_terms(words[i].group()))
        if tag in names:
            if tag not in _said_next_to_name() or not _words_between(words[i + 1 :]):
                out.add(names[tag])  # "made in China"; "made his debut in Madrid" is another act
            break
    placed = _PLACED_SUBJECT.search(clause)
    if placed is not None:  # "The epicentre was located near Castelmonte": where the epicentre is, as "its epicentre
        # near Roccafredda" says, not where a thing is based
        verb = _tag(placed["verb"])
        out = (out - {verb, names.get(verb, verb)}) | {_tag(placed["noun"])}
    return out


@cache
def _said_next_to_name() -> frozenset[str]:
    """Slot tags whose word is the slot only right before its preposition (data/slot_arity.csv, adjacent "yes"):
    "made in China", "made entirely in China"; "made his debut in Madrid", "made a profit in Germany" are other
    acts."""
    return frozenset(_tag(row["word"]) for row in rows("slot_arity.csv") if row["adjacent"] == "yes")


def _words_between(words: list[re.Match[str]]) -> bool:
    """Whether words other than prepositions, articles and adverbs stand between a slot word and its name."""
    return any(w.group().lower() not in stopwords() and not w.group().lower().endswith("ly") for w in words)


# "The decision was made in Brussels": the noun a passive of a slot word is said of, right before its auxiliary
_PASSIVE_OF = re.compile(
    r"(?<![\w'’-])(?P<noun>[a-z][\w-]*)\s+(?:was|were|is|are|(?:has|have|had)\s+been)\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\b"
)


def thing_done_to(c: Claim) -> str | None:
    """The noun a passive slot verb before the name is said of, as its kind or stem ("The decision was made in
    Brussels": "decision"; "The movie was directed by": "film", data/kind_nouns.csv); None when the clause
    says none ("which were made in China", "Tom Hale was born in Leeds")."""
    rel = c.sentence.start
    clause = _CLAUSE_BREAK.split(c.sentence.text[max(0, c.start - rel - _SLOT_REACH - 30) : c.start - rel])[-1]
    names = _slot_names()
    found = [m for m in _PASSIVE_OF.finditer(clause) if "<" + "".join(content_terms(m["verb"])) in names]
    if not found or found[-1]["noun"] in stopwords():
        return None
    noun = found[-1]["noun"]
    return kinds().get(noun) or stem(noun)


# a name, then a phrase of a participle and "by" set off after it that runs to the claim's name: "Ironbark Spirit,
# skippered by", "Saltmarsh Wren, owned and skippered by", "the Kessa, captained by veteran sailor"
_NAME_DESCRIBED = re.compile(
    r"(?P<thing>(?<![\w'’-])[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}),\s+"
    r"(?:[a-z]+\s+and\s+)?[a-z]+\s+by\s+(?:[a-z][\w-]*\s+){0,3}$"
)


def name_described(c: Claim) -> str | None:
    """The name a phrase of a participle set off after it says the claim's name did something to: "Ironbark
    Spirit" of "Ironbark Spirit, skippered by Callum Dreyer,"; None when the slot is said otherwise."""
    rel = c.sentence.start
    found = _NAME_DESCRIBED.search(c.sentence.text[max(0, c.start - rel - _SLOT_REACH - 30) : c.start - rel])
    return found["thing"] if found is not None else None


@cache
def _slot_phrases() -> dict[str, str]:
    """A slot word said in several words ("sent to prison" is "jailed") → the slot it names, from
    data/slot_phrases.csv; a phrase's words alone are no slot ("sent", "prison")."""
    return {row["phrase"].lower(): _tag(row["slot"]) for row in rows("slot_phrases.csv")}


def said_as_act(text: str) -> str | None:
    """The slot of the act said in several words that opens `text` ("found guilty at ...": "convicted",
    data/slot_phrases.csv); None when none opens it."""
    phrase = _phrase_opening(text)
    return _slot_phrases()[phrase] if phrase else None


def _phrase_opening(text: str) -> str | None:
    """The slot phrase `text` opens with ("found guilty at ..."), as data/slot_phrases.csv writes it."""
    lower = text.lower()
    return next((p for p in _slot_phrases() if re.match(rf"{re.escape(p)}\b", lower)), None)


def _ends_with_phrase(text: str) -> bool:
    """Whether `text` ends with a slot phrase whose last word is a particle ("has brought in"): the name after
    it is what the act is done to, not a place (data/slot_phrases.csv), when its slot's verb is done to one
    thing (data/slot_arity.csv done_to: "hired"). "Bound for" ends with a preposition of where the ship is going."""
    lower = text.lower()
    return any(
        re.search(rf"\b{re.escape(p)}$", lower) for p, slot in _slot_phrases().items() if slot in _one_done_to()
    )


# the one behind an act, said of a name after it: "X, the criminal group behind the attack", "X was behind the raid"
_BEHIND = re.compile(r",?\s+(?:(?:was|were|is|are)\s+|(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?)behind\s+(?:the|a|an|this|last)\s+\w")
_BLAMED = _tag("blamed")  # the slot of who is held to have done an act (data/slot_phrases.csv: "carried out by")


def _phrase_before(clause: str) -> str | None:
    """The slot of the last slot phrase in the words before a name, none of the words after it a name: "was sent
    to prison at [Leeds Crown Court]"; None when there is none."""
    lower = clause.lower()
    found = [(lower.rfind(p), p) for p in _slot_phrases() if re.search(rf"\b{re.escape(p)}\b", lower)]
    if not found:
        return None
    at, phrase = max(found)
    rest = clause[at + len(phrase) :]
    return None if any(w[0].isupper() for w in WORD.findall(rest)) else _slot_phrases()[phrase]


# "At Leeds Crown Court on Friday, ...", "In Vienna, ...": a place that opens its sentence, before what was done there
_VENUE_OPENING = re.compile(r"\s*(?:At|In)\s+(?:the\s+)?")
# a slot word with a name of its own right after it: "who was born in York" is not where the opening place is of
_OWN_FILLER = re.compile(r"\s+(?:in|at|by|to|from|for|on|near)\s+(?:the\s+)?[A-Z]")


def opens_as_venue(c: Claim) -> bool:
    """Whether the name is a place that opens its sentence ("At Leeds Crown Court on Friday, Tom Hale was
    jailed"): the slot it fills is said after it."""
    return _VENUE_OPENING.fullmatch(c.sentence.text, 0, c.start - c.sentence.start) is not None


def _slot_after_venue(after: str) -> str | None:
    """The slot of the first known slot word or phrase after a place that opens its sentence, in the clause that
    follows it ("At Leeds Crown Court on Friday, Tom Hale was jailed": "jailed"), skipping one that has a name
    of its own ("who was born in York"); None when the clause says none."""
    names = _slot_names()
    text = re.split(r"[;:]", after, maxsplit=1)[0]
    for w in WORD.finditer(text):
        phrase = _phrase_opening(text[w.start() :])
        tag = _slot_phrases()[phrase] if phrase else "<" + "".join(content_terms(w.group()))
        if phrase is None and tag not in names:
            continue
        if _OWN_FILLER.match(text, w.start() + len(phrase or w.group())):
            continue
        return names.get(tag, tag)
    return None


# "the Lyon architects Morel & Vidal", "a Gdansk shipyard, Baltnova": a place after an article and before a firm's
# trade (data/trade_nouns.csv, after a word or two that describe it: "the Leeds law firm") and the firm's name
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)
_TRADE_THEN_NAME = re.compile(r"\s+(?P<trade>(?:[a-z][\w-]*\s+){0,2}(?P<noun>[a-z][\w-]*)),?\s+(?=[A-Z])")


@cache
def _trade_nouns() -> frozenset[str]:
    return frozenset(row["noun"] for row in rows("trade_nouns.csv"))


def _describes_firm(c: Claim) -> bool:
    """Whether a place describes the firm named right after it by its trade ("the Lyon architects Morel &
    Vidal", "the Leeds law firm Harrow Pike"): it says where that firm is, as "the Lyon-based" does."""
    if c.mention.role not in ("place", None):
        return False
    rel = c.sentence.start
    text = c.sentence.text
    found = _TRADE_THEN_NAME.match(text, c.end - rel)
    return (found is not None and found["noun"] in _trade_nouns()
            and _ARTICLE_BEFORE.search(text, max(0, c.start - rel - 10), c.start - rel) is not None)


@cache
def _title_before() -> re.Pattern[str]:
    """A title right before a name, with the capitalised words that say whose it is: "Republican Senator",
    "Captain", "Dr"."""
    titles = "|".join(sorted({lex.title_pattern(), *(re.escape(h) for h in lex.honorifics())}, key=len, reverse=True))
    return re.compile(rf"(?<![\w.'’-])(?:[A-Z][\w.'’-]*\s+){{0,3}}?(?i:{titles})\.?\s+$")


def _nearest_before(text: str) -> set[str]:
    """The tag of the nearest content word of the clause that ends `text`, as claims give it ("<led")."""
    clause = _CLAUSE_BREAK.split(text)[-1]
    terms = content_terms(clause[-40:])
    return {"<" + terms[-1]} if terms else set()


def in_slot_words(a: Claim, b: Claim, shared: set[str]) -> Claim:
    """Claim `a` with its words of the shared slots written as `b` writes them: "penned by" against "written
    by" then share their slot word, as "written by" and "written by" do."""
    names = _slot_names()

    def slot(t: str) -> str | None:
        name = names.get("<" + t)
        return name if name in shared else None

    theirs = {slot(t): t for t in b.context if slot(t)}
    context = tuple(theirs.get(slot(t), t) if slot(t) else t for t in a.context)
    return a if context == a.context else dataclasses.replace(a, context=context)


def one_place_within_other(ctx: Context, a: Mention, b: Mention) -> bool:
    """Two places of which one contains the other (knowledge/places.csv): "Milan" and "Italy"; or may, as far as
    it knows: a place it does not know and a country or region it knows to hold others ("Tarvick" and "Wales")."""
    if a.role != "place" or b.role != "place" or not a.canonical or not b.canonical:
        return False
    return ctx.knowledge.places_nested(a.canonical, b.canonical)


def in_other_role(slots: set[str] | None, shared: set[str]) -> bool:
    """Whether a document names someone only in other known roles ("directed by Megaton" against
    "produced by Megaton"): it gives them another role, not this one."""
    return bool(slots) and not (slots & shared) and known_roles(slots)


_PLACE_PREPOSITION_BEFORE = re.compile(
    r"\b(?:" + "|".join(row["word"] for row in rows("place_prepositions.csv")) + r")\s+(?:the\s+)?$", re.IGNORECASE
)


def after_place_preposition(c: Claim) -> bool:
    """Whether the name follows a preposition of place ("a farmhouse near X", data/place_prepositions.csv): its
    slot is then the thing said to be there."""
    rel = c.sentence.start
    lead = _without_kind_of_place(c.sentence.text[: c.start - rel])  # "near the village of X" is "near X"
    return _PLACE_PREPOSITION_BEFORE.search(lead, max(0, len(lead) - 20)) is not None


@cache
def _slot_names() -> dict[str, str]:
    """Slot tag as written ("<based") → the slot it names ("<locat"): words of one slot share a name."""
    return {_tag(row["word"]): _tag(row["slot"] or row["word"]) for row in rows("slot_arity.csv")}


@cache
def _slot_arity() -> dict[str, str]:
    """Slot tag ("<born") → how many names the slot holds (data/slot_arity.csv): one, few or many.

    "born in", "based in", "directed by" hold one; "founded by", "produced by" a few, named in
    full; "starred", "backed", "members of" many.
    """
    arity = {_tag(row["slot"] or row["word"]): row["arity"] for row in rows("slot_arity.csv")}
    return {**arity, **{_tag(row["word"]): row["arity"] for row in rows("slot_arity.csv")}}


def single_valued(slots: set[str]) -> bool:
    """Whether the slots two claims share are all ones that hold a single name."""
    arity = _slot_arity()
    return bool(slots) and all(arity.get(t) == "one" for t in slots)


def many_valued(slots: set[str]) -> bool:
    """Whether the slots two claims share are all ones known to hold several names ("starred", "members")."""
    arity = _slot_arity()
    return bool(slots) and all(arity.get(t) == "many" for t in slots)


@cache
def _one_done_to() -> frozenset[str]:
    """Slot tags whose verb is done to one thing at a time (data/slot_arity.csv, done_to "one", or "job": one for
    each job): a player joins one club; what most verbs are done to is many ("sang": one singer, many songs)."""
    return frozenset(_tag(row["word"]) for row in rows("slot_arity.csv") if row["done_to"] in ("one", "job"))


def one_thing_done_to(slots: set[str]) -> bool:
    """Whether the slots two claims share are all verbs done to one thing at a time ("joined [Ajax]")."""
    return bool(slots) and slots <= _one_done_to()


_AGAIN = ("yes", "earlier")  # slot_arity.csv again: filled anew; "earlier" also: a turn dated before the story is told
# in passing ("hired X to investigate" against "hired Y after its 2025 attack"); a title's year is its own ("named
# Player of the Year in 2024" is still that title's winner)


@cache
def _filled_again() -> frozenset[str]:
    """Slot tags filled anew from time to time (data/slot_arity.csv, again "yes"): a prize is won every year,
    a summit held every spring; a company is founded once."""
    return frozenset(_tag(row["slot"] or row["word"]) for row in rows("slot_arity.csv") if row["again"] in _AGAIN)


@cache
def _earlier_turns() -> frozenset[str]:
    return frozenset(_tag(row["slot"] or row["word"]) for row in rows("slot_arity.csv") if row["again"] == "earlier")


def earlier_turn_told(slots: set[str]) -> bool:
    """Whether the slots two claims share are all filled anew, a turn dated before the story an earlier one told
    in passing (slot_arity.csv again "earlier": a firm hired after an earlier attack)."""
    return bool(slots) and slots <= _earlier_turns()


def filled_again(slots: set[str]) -> bool:
    """Whether the slots two claims share are all filled anew from time to time ("won", "hosted", "held"):
    two names at two times are then two turns, not two answers."""
    return bool(slots) and slots <= _filled_again()


@cache
def _paired_however_common() -> frozenset[str]:
    """Slot tags that pair two claims however common their word is to a story (data/slot_arity.csv, common
    "pairs"): the one place of one act that every report of the story tells ("made in", "sentenced at"); the
    place where two people died is one of many where the story's dead were."""
    return frozenset(_tag(row["slot"] or row["word"]) for row in rows("slot_arity.csv") if row["common"] == "pairs")


def pairs_however_common(slot: str) -> bool:
    """Whether a slot pairs two claims even when every report of the story uses its word ("made in")."""
    return slot in _paired_however_common()


def known_roles(slots: set[str]) -> bool:
    """Whether every slot is one the arity file knows: a role a name is given ("directed by", "founded by")."""
    arity = _slot_arity()
    return bool(slots) and all(t in arity for t in slots)
