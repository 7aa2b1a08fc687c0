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
winner of Y", data/agent_nouns.csv) fills the slot of the thing done ("won
by X"), and so does the one a thing is given to ("awarded to X",
data/recipient_verbs.csv). Two places agree when one lies within the other
(knowledge/places.csv).
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from functools import cache

from ..claim_building import agent_verb
from ..data import rows
from ..model import Claim, Mention
from ..parse.names import lexicon as lex
from ..terms import WORD, content_terms, stem, stopwords
from .base import Context

__all__ = [
    "agent_of",
    "in_other_role",
    "in_slot_words",
    "known_roles",
    "link_of",
    "many_valued",
    "one_place_within_other",
    "other_things_done",
    "single_valued",
    "slots_by_name",
    "slots_of",
]


# How a name stands to its slot word: the one who did it ("founded by"), the name it was given ("founded as"),
# the thing it was done to ("founders of"), where or for whom ("born in", "originating from", "played for":
# told apart by the slot word alone).
# Up to two lower-case words of description may stand between: "directed by veteran filmmaker X".
_PREPOSITIONS = r"by|as|of|in|at|on|from|to|for|with|into"
_LINK = re.compile(
    rf"\b({_PREPOSITIONS})\s+(?:(?:the|a|an|his|her|its|their|our)\s+)?"
    rf"(?P<described>(?:(?!(?:{_PREPOSITIONS})\s)(?-i:[a-z])[\w-]*\s+){{0,2}})$",
    re.IGNORECASE,
)
_LINK_REACH = 45  # characters before a name that hold its preposition and two words of description
_LINKS = {"by": "by", "as": "as", "of": "of"}  # any other preposition: "prep"
# A name right after its verb or noun is what the verb is done to: "won [the Hartlepool seat]".
_AFTER_WORD = re.compile(r"\b([a-z][\w-]+)\s+(?:(?:the|a|an)\s+)?(?:\d[\d,.]*\s+)?$")  # "won 34 Primera ..." too


# "Sandra Pike is the winner of the Booker Prize", "the author of the report was Anna Holt": a name said to be
# the one who did a thing (data/agent_nouns.csv) fills the slot of the thing done, as "won by", "written by" do.
_COPULA = r"(?:is|was|are|were)\s+(?:also\s+)?"
_AGENT_AFTER = re.compile(rf"\s+{_COPULA}the\s+(?P<noun>[a-z][\w-]*)\s+of\s+(?P<thing>[^,;:()]*?)\s*(?:[,;:()]|$)")
_AGENT_BEFORE = re.compile(rf"\b[Tt]he\s+(?P<noun>[a-z][\w-]*)\s+of\s+(?P<thing>[^,;:()]*?)\s+{_COPULA}$")
_AGENT_REACH = 80  # characters before a name that hold "the winner of the Booker Prize is"


@cache
def _agent_nouns() -> dict[str, str]:
    """Agent noun → the slot of what its agent does: "winner" → "<won" (data/agent_nouns.csv)."""
    return {row["noun"]: _tag(row["participle"]) for row in rows("agent_nouns.csv")}


def agent_of(c: Claim) -> tuple[str, frozenset[str]] | None:
    """The slot of the thing a name is said to have done as "the winner of", "the author of", and the words
    of what it was done to ("the Booker Prize"); None if the sentence says no such thing."""
    rel = c.sentence.start
    found = _AGENT_AFTER.match(c.sentence.text, c.end - rel) or _AGENT_BEFORE.search(
        c.sentence.text[max(0, c.start - rel - _AGENT_REACH) : c.start - rel]
    )
    if found is None or found["noun"] not in _agent_nouns():
        return None
    return _agent_nouns()[found["noun"]], frozenset(content_terms(found["thing"]))


def other_things_done(a: Claim, b: Claim) -> bool:
    """Whether two names are said to have done a thing to two different things: "the author of the audit"
    and "the author of the novel", "the winner of the Booker Prize" and "the winner of the Costa Prize"."""
    done_a, done_b = agent_of(a), agent_of(b)
    if done_a is None or done_b is None or not done_a[1] or not done_b[1]:
        return False
    return done_a[1] != done_b[1] and not (done_a[1] <= done_b[1] or done_b[1] <= done_a[1])


def _tag(word: str) -> str:
    """A slot word's tag as a sentence's words give it ("<" and its content term: "acquired" → "<acquire")."""
    return "<" + (content_terms(word) or (stem(word),))[0]


@cache
def _recipient_verbs() -> frozenset[str]:
    """Verbs whose "to" names the one who gets a thing, as "won by" names its winner (data/recipient_verbs.csv)."""
    return frozenset(row["verb"] for row in rows("recipient_verbs.csv"))


def _given_to(lead: str) -> bool:
    """Whether the words before a "to" end with a verb of giving: "the prize was awarded [to X]"."""
    last = list(WORD.finditer(lead))
    return bool(last) and last[-1].group().lower() in _recipient_verbs()


def link_of(c: Claim) -> str | None:
    """How the name stands to its slot: "by" for the one who did it ("founded by X", "X founded"), "as" and
    "of" as written, "prep" after another preposition, "object" for what it was done to ("won the X seat");
    None when nothing tells."""
    rel = c.sentence.start
    lead = c.sentence.text[max(0, c.start - rel - _LINK_REACH) : c.start - rel]
    found = _LINK.search(lead)
    if found and not any(w in stopwords() for w in found["described"].split()):
        if found.group(1).lower() == "to" and _given_to(lead[: found.start()]):
            return "by"  # "the prize was awarded to X" is "won by X"
        return _LINKS.get(found.group(1).lower(), "prep")
    if agent_verb(c.sentence.text[c.end - rel :]) or agent_of(c):
        return "by"  # "Pixar produced Trollhunters" and "Pixar is the producer of Trollhunters" are "produced by Pixar"
    word = _AFTER_WORD.search(lead)
    return "object" if word and word.group(1).lower() not in stopwords() else None


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


def slots_of(c: Claim) -> set[str]:
    """The slots a name fills: the slot word before it, named as data/slot_arity.csv names it ("based in",
    "headquartered in" and "is in" are one slot: where a thing is)."""
    names = _slot_names()
    agent = agent_of(c)
    if agent:
        return {names.get(agent[0], agent[0])}  # "the winner of the Booker Prize is Sandra Pike": the one who won it
    rel = c.sentence.start
    start = c.start - rel
    titled = _title_before().search(c.sentence.text, max(0, start - _SLOT_REACH), start)
    tags = {t for t in c.attribute if t.startswith("<")}
    if titled is not None:  # "Republican Senator Dana Whitfield voted": the title is the person's, not a slot
        tags -= _nearest_before(titled.group())
        start = titled.start()
        tags |= _nearest_before(c.sentence.text[max(0, start - _SLOT_REACH) : start])  # "led by Captain X": "led"
    out = {names.get(t, t) for t in tags}
    lead = c.sentence.text[max(0, start - 20) : start]
    if c.mention.role == "place" and (_IS_IN.search(lead) or c.sentence.text.startswith(_BASED, c.end - rel)):
        out.add(_LOCATED)  # "Nordpay is in Oslo", "the Oslo-based Nordpay"
    # a known slot word a few words back in the clause, no other name between: "presented various shows on
    # TalkRADIO" ("produced by Kenneth Edmonds": "Edmonds" is not the name the slot holds)
    clause = _CLAUSE_BREAK.split(c.sentence.text[max(0, start - _SLOT_REACH) : start])[-1]
    words = list(WORD.finditer(clause))
    for i in range(len(words) - 1, -1, -1):
        if any(w.group()[0].isupper() for w in words[i + 1 :]):
            break
        tag = "<" + "".join(content_terms(words[i].group()))
        if tag in names:
            out.add(names[tag])
            break
    return out


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
    """Two places of which one contains the other (knowledge/places.csv): "Milan" and "Italy"."""
    if a.role != "place" or b.role != "place" or not a.canonical or not b.canonical:
        return False
    kb = ctx.knowledge
    return kb.place_within(a.canonical, b.canonical) or kb.place_within(b.canonical, a.canonical)


def in_other_role(slots: set[str] | None, shared: set[str]) -> bool:
    """Whether a document names someone only in other known roles ("directed by Megaton" against
    "produced by Megaton"): it gives them another role, not this one."""
    return bool(slots) and not (slots & shared) and known_roles(slots)


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


def known_roles(slots: set[str]) -> bool:
    """Whether every slot is one the arity file knows: a role a name is given ("directed by", "founded by")."""
    arity = _slot_arity()
    return bool(slots) and all(t in arity for t in slots)
