"""A role a company holds for a thing: its maker, supplier, operator or owner (entity-conflict, part "company-role").

A person may hold one too: "the hotel is owned by Anna Holt", "the clinic is run by Marcus Webb".

"The jet's engines were made by Rolls-Royce" and "engines made by General
Electric" fill one role of one thing with two companies. The role is read
from a verb before "by" ("made by", "were built by", "supplied by") or after
the company ("Vestas built the turbines"), also in a clause about it
("Calder Marine, which operates the Kessa Dawn"), the thing from the noun the
verb is said of, lemmatised ("engines" → "engine"); the verbs and their roles
are in data/company_roles.csv, and a thing that comes "from" a company names
its supplier ("battery cells come from Voltaris"; data/source_verbs.csv). A
role's noun says it too ("the owner of the Kessa Dawn, X,", "the Kessa Dawn's
owner, X,"), and so does the contract for
a thing the company was given ("the contract to build the footbridge went to
X": its maker). Who made a thing does not change with the report's date; who
supplies, operates or owns it may, so those compare only for overlapping
times, or for reports a few days apart that tell it as it stands. A source
that names the other's company anywhere has not contradicted it ("engines
made by Rolls-Royce and General Electric").
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

from ..align import consensus_conflicts
from ..align.frames import lemma
from ..model import Claim, Discrepancy, Sentence, Severity
from ..text import sentences
from .base import STANDING_DAYS, Context, as_do, part, told_as_now
from .slots import recipient_verbs
from .stand_ins import kinds

__all__ = ["company_role_conflicts", "role_of"]

# "by", perhaps with the company's description: "made by supplier Orvane", "operated by state-owned X", "built by
# the French manufacturer X" (a capitalised word describes only before a word in lower case)
_DESCRIBED = (
    r"(?:(?:the|a|an)\s+|(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s\s+)?"  # "the", "Norway's"
    r"(?:[a-z][\w-]*\s+|[A-Z][a-z]+\s+(?=[a-z])|[A-Z][\w]*-[a-z][\w-]*\s+){0,3}"  # "French", "Oslo-based"
)
_BY = re.compile(rf"\bby\s+{_DESCRIBED}$")
_AUXILIARY = r"(?:(?:was|were|is|are|be|been|being|has|have|had|will|would|can|could|may|might|must|shall|should)\s+)*"
# another participle joined before the verb: "was designed and built by"
_JOINED_VERB = r"(?:[a-z]+ed\s+and\s+)?"
# a time, whom it is done for or under what between the verb and "by": "owned since 2017 by", "built in 1998 by",
# "supplied to the chain by", "maintained under a municipal contract by"
_TIME_BETWEEN = (
    r"(?:\s+(?:since|in|from|until)\s+\d{4}|\s+(?:to|for)\s+(?:the\s+|its\s+|their\s+)?[a-z][\w-]*"
    r"|\s+under\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,2}(?:contract|licence|license|lease|agreement))?"
)
# A prepositional phrase at the end of a noun phrase: "the turbines [for the Hollow Bay wind farm]", or a relative
# clause: "the freight train [that struck the passenger service]" (not "said that the engines": a clause of its own)
_TRAILING_PHRASE = re.compile(
    r"\s+(?:(?:for|of|in|at|on|from|with|to)\s|(?:that|which)\s+(?!(?:the|a|an|its|their|his|her|it|they|he|she|we|this)\b)"
    r"[a-z])[^,;]*$",
    re.IGNORECASE,
)
_LAST_WORD = re.compile(r"([^\W\d_][\w-]*)\W*$")
# What follows an active verb: its object, up to a preposition, a clause word or punctuation.
_OBJECT = re.compile(
    r"\s+(?:(?:the|its|their|his|her|a|an|all|most|some)\s+)?(?P<np>(?:[\w-]+\s+){0,2}?[\w-]+)"
    r"(?=\s+(?:for|of|in|at|on|from|with|to|that|which|and|under|after|before|since|until)\b|\s*[,.;:()]|\s*$)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Role:
    role: str  # "maker"
    thing: str  # "engine"
    changes: bool  # whether the holder may change over time


@cache
def _roles() -> dict[str, tuple[str, bool]]:
    with resources.files("consistency.data").joinpath("company_roles.csv").open(encoding="utf-8", newline="") as f:
        return {row["verb"]: (row["role"], row["changes"] == "yes") for row in csv.DictReader(f)}


@cache
def _sources() -> dict[str, str]:
    """A verb a thing comes "from" a company with → the company's role (data/source_verbs.csv: "come from": supplier)."""
    with resources.files("consistency.data").joinpath("source_verbs.csv").open(encoding="utf-8", newline="") as f:
        return {row["verb"]: row["role"] for row in csv.DictReader(f)}


@cache
def _from_source() -> re.Pattern[str]:
    """The thing and a verb of where it comes from before the company: "battery cells for both versions come from"."""
    verbs = "|".join(sorted(map(re.escape, _sources()), key=len, reverse=True))
    return re.compile(rf"(?P<lead>[^,;:()]*?)\s+{_AUXILIARY}(?P<verb>(?i:{verbs}))\s+(?i:from)\s+{_DESCRIBED}$")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    verbs = "|".join(sorted(map(re.escape, _roles()), key=len, reverse=True))
    # the thing may stand before a comma: "The tanker, owned by Pelagos Shipping,"
    # ... and a time may stand between the verb and "by": "Tessaly has been owned since 2017 by Orvane Group"
    passive = re.compile(
        rf"(?P<lead>[^,;:()]*?)(?P<comma>,?)\s+(?P<aux>{_AUXILIARY}){_JOINED_VERB}(?P<verb>(?i:{verbs})){_TIME_BETWEEN}\s+(?i:by)\s+{_DESCRIBED}$"
    )
    # right after the company, or in a clause about it: "Calder Marine, which has operated the Kessa Dawn since 2019",
    # "Orvane Group, the Rotterdam company that owns Tessaly"
    active = re.compile(
        rf"(?:,\s+(?:(?:the|a|an)\s+[^,;:()]{{0,40}}?\s+)?(?:which|who|that)\s+{_AUXILIARY}|\s+)(?P<verb>{verbs})(?=\s)",
        re.IGNORECASE,
    )
    return passive, active


# a clause about the thing between it and the passive said of it: "Brightwater, which employs 3,100 people, is
# owned by": the thing is the name before it
_ASIDE_BEFORE_VERB = re.compile(r",\s+(?:which|who)\s[^;:()]*?(?=,?\s+(?:is|was|are|were|has|have|had)\s)", re.IGNORECASE)


@cache
def _role_noun() -> re.Pattern[str]:
    """A role said by its noun, then the thing, then the company in commas: "the owner of the Kessa Dawn, Calder
    Marine,", or the thing's in the possessive: "the Kessa Dawn's owner, Calder Marine," (the nouns are
    data/company_roles.csv's roles)."""
    nouns = "|".join(sorted({re.escape(role) for role, _ in _roles().values()}, key=len, reverse=True))
    return re.compile(
        rf"(?:\b(?P<role>{nouns})\s+of\s+(?:the\s+)?(?P<np>[^,;:()]{{1,60}}?)"
        rf"|(?P<owner>(?<![\w'’-])[\w-]+(?:\s+[\w-]+){{0,3}}?)['’]s\s+(?P<owned>{nouns})),\s*$",
        re.IGNORECASE,
    )


@cache
def _contract_award() -> re.Pattern[str]:
    """A contract for a thing given to the company named after it (data/recipient_verbs.csv `to`: "the contract to
    build the Ashby footbridge went to", "the contract for the footbridge was awarded to"): the contract to do a
    verb of a role (data/company_roles.csv) gives that role, a contract for the thing itself its making."""
    verbs = "|".join(sorted(map(re.escape, _roles()), key=len, reverse=True))
    given = "|".join(sorted(map(re.escape, recipient_verbs()), key=len, reverse=True))
    return re.compile(
        rf"\bcontract\s+(?:to\s+(?P<verb>{verbs})|for)\s+(?:the\s+|a\s+|an\s+)?(?P<np>[^,;:()]{{1,60}}?)\s+"
        rf"{_AUXILIARY}(?:{given})\s+to\s+{_DESCRIBED}$",
        re.IGNORECASE,
    )


_CONTRACTED_ROLE = "maker"  # the role of the company a contract for a thing itself goes to: it makes or builds it


def _thing(noun_phrase: str, whole: bool = False) -> str | None:
    """The thing a noun phrase names, by its kind where it has one (data/kind_nouns.csv: "the vessel" is a ship):
    its last noun before the phrases that end it ("the turbines for the wind farm", "a wooden vessel built in
    1998"), or its very last with `whole`; a conjunction that joins the verb to another is none of it ("a ship built in
    2011 and [operated by]")."""
    joined = _TRAILING_CONJUNCTION.search(noun_phrase)
    if joined is not None:
        noun_phrase, whole = noun_phrase[: joined.start()], False
    while not whole and (trailing := _TRAILING_PHRASE.search(noun_phrase) or _TRAILING_PARTICIPLE.search(noun_phrase)):
        noun_phrase = noun_phrase[: trailing.start()]
    word = _LAST_WORD.search(noun_phrase)
    if word is None:
        return None
    thing = lemma(word.group(1))
    return kinds().get(thing, thing)


# a participle said of the noun before it: "a wooden vessel built in 1998", "a trawler registered in Peru"
_TRAILING_PARTICIPLE = re.compile(r"(?<=[a-z])\s+(?:[a-z]{2,}[a-df-z]ed|built|made|run|held|sold|known)$")
# a name, then a noun phrase in apposition to it: "The Jubilee Footbridge, " before "a steel structure, was built by"
_NAME_BEFORE_APPOSITION = re.compile(r"(?:^|[,;:]\s+)(?:[Tt]he\s+)?(?P<name>(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*),\s*$")
_INDEFINITE = re.compile(r"^\s*(?:a|an)\s", re.IGNORECASE)


def _named_before_apposition(before: str, apposition: str) -> str | None:
    """The thing a name says it is, when an indefinite noun phrase in apposition to it is what the role is said of:
    "The Jubilee Footbridge, a steel cable-stayed structure, was built by" is a bridge (data/kind_nouns.csv), not
    "a structure"; None when the name's last word is no kind of thing ("The Sinar Barokah 3, a wooden vessel")."""
    found = _NAME_BEFORE_APPOSITION.search(before)
    if found is None or not _INDEFINITE.match(apposition):
        return None
    head = lemma(found["name"].split()[-1])
    return kinds().get(head)


_RELATIVE_PRONOUNS = frozenset({"which", "that"})
_TRAILING_CONJUNCTION = re.compile(r"\s+(?:and|or)\s*$")
_NOUN_PHRASE_BEFORE = re.compile(r"(?P<np>[^,;:()]+),\s*$")


def _kind_in(before: str) -> str | None:
    """The thing the noun phrase before a relative clause names: its last word that is a kind of thing
    (data/kind_nouns.csv: "The container ship Orion Meridian," is a ship), else its last noun."""
    found = _NOUN_PHRASE_BEFORE.search(before)
    if found is None:
        return None
    words = [lemma(w) for w in re.findall(r"[^\W\d_][\w-]*", found["np"])]
    return next((kinds()[w] for w in reversed(words) if w in kinds()), None) or _thing(found["np"])


def role_of(c: Claim) -> Role | None:
    """The role the company of claim `c` holds for a thing, if its sentence gives one."""
    rel = c.sentence.start
    lead = c.sentence.text[max(0, c.start - rel - 120) : c.start - rel]
    passive, active = _patterns()
    by = _BY.search(lead)
    # the search only where "by" (and a description) ends the lead, a clause about the thing left out
    found = passive.search(_ASIDE_BEFORE_VERB.sub("", lead)) if by else None
    if found is not None:
        # "a garlic sauce supplied by": the participle right after its noun is said of that noun, whatever phrase
        # holds it ("linked to a garlic sauce"); "the turbines for the wind farm were made by" of the clause's subject
        thing = _thing(found["lead"], whole=not (found["aux"] or found["comma"]))
        before = _ASIDE_BEFORE_VERB.sub("", lead)[: found.start()]
        thing = _named_before_apposition(before, found["lead"]) or thing
        if found["lead"].strip().lower() in _RELATIVE_PRONOUNS:
            thing = _kind_in(before)  # "The container ship Orion Meridian, which is operated by": a ship
    else:
        found = active.match(c.sentence.text, c.end - rel)
        obj = _OBJECT.match(c.sentence.text, found.end()) if found else None
        thing = _thing(obj["np"]) if obj else None
    if found is None and (named := _role_noun().search(lead)) and c.sentence.text[c.end - rel : c.end - rel + 1] == ",":
        # "The owner of the Kessa Dawn, Calder Marine, faces claims", "The Kessa Dawn's owner, Calder Marine,"
        role = (named["role"] or named["owned"]).lower()
        thing = _thing(named["np"]) if named["np"] else _thing(named["owner"], whole=True)  # "looking at the ship's"
        return Role(role, thing, _changes(role)) if thing else None
    if found is None and (source := _from_source().search(lead)):
        # "Battery cells for both versions come from Voltaris": its supplier
        role = _sources()[source["verb"].lower()]
        thing = _thing(source["lead"])
        return Role(role, thing, _changes(role)) if thing else None
    if found is None and (contract := _contract_award().search(lead)):
        # "The contract to build the Ashby footbridge went to Halvard Build"
        role = _roles()[contract["verb"].lower()][0] if contract["verb"] else _CONTRACTED_ROLE
        thing = _thing(contract["np"])
        return Role(role, thing, _changes(role)) if thing else None
    if found is None or thing is None or thing in _REPORTED_THINGS:
        return None  # "the data provided by Eurostat": a source's figures, no firm's supply
    role, changes = _roles()[found["verb"].lower()]
    return Role(role, thing, changes)


# things a body makes known rather than makes: "the data provided by Eurostat" is a source's figures
_REPORTED_THINGS = frozenset({"data", "datum", "figure", "number", "statistic", "estimate", "information"})


def _changes(role: str) -> bool:
    """Whether the holder of a role may change over time (data/company_roles.csv): an owner may, a maker not."""
    return any(held for r, held in _roles().values() if r == role)


def _companies(ctx: Context) -> dict[tuple[int, str, str], list[tuple[Claim, Role]]]:
    groups: dict[tuple[int, str, str], list[tuple[Claim, Role]]] = {}
    for c in ctx.claims:
        m = c.mention
        if m.kind != "entity" or m.office or m.role not in ("organisation", "person", None) or not m.canonical:
            continue
        held = role_of(c)
        if held is not None and held.thing in _STANDING_FOR_A_THING:
            thing = _subject_before(ctx.documents[c.doc].text, c.sentence)
            held = None if thing is None else replace(held, thing=thing)
        if held is not None:
            groups.setdefault((ctx.story_of(c.doc), held.role, held.thing), []).append((c, held))
    return groups


_STANDING_FOR_A_THING = frozenset({"it"})  # "It is owned by Dunmoor Water": the thing the sentence before is about
# the noun a sentence opens with, up to a comma, a preposition or its verb: "The reservoir, built in 1872, is held
# back by", "The lake above the village is"
_OPENING_SUBJECT = re.compile(
    r"^(?:The|This|That)\s+(?P<np>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)(?=,|\s+(?:"
    r"of|above|below|in|at|on|near|for|from|with|is|was|are|were|has|have|had|will|would|can|could)\b)"
)


def _subject_before(text: str, sentence: Sentence) -> str | None:
    """The thing a sentence that says "it" is about: the noun the sentence before opens with ("The reservoir, built
    in 1872, is held back by an embankment. It is owned by Dunmoor Water."), if it opens with one."""
    before = [s for s in sentences(text[: sentence.start]) if s.end <= sentence.start]
    found = _OPENING_SUBJECT.match(before[-1].text) if before else None
    return _thing(found["np"]) if found is not None else None


def _named_thing(c: Claim, thing: str) -> set[str] | None:
    """The words of the name the thing is called by in the claim's sentence ("Brightwater Bank" for the bank),
    lower case; None when the sentence names no such thing."""
    for name in c.subject:
        words = name.split()
        if len(words) > 1 and lemma(words[-1].lower()) == thing:
            return {w.lower() for w in words}
    return None


def _two_named_things(a: Claim, b: Claim, thing: str) -> bool:
    """Whether two claims name their thing with two names, neither within the other: "Brightwater Bank" and
    "Tarvo Savings Bank" are two banks, "Tarvo Savings Bank" and "Savings Bank" may be one."""
    na, nb = _named_thing(a, thing), _named_thing(b, thing)
    return na is not None and nb is not None and not (na <= nb or nb <= na)


def _still_held(ctx: Context, a: Claim, b: Claim) -> bool:
    """Whether a role that may change (an owner, an operator) is told by two reports a few days apart
    (`STANDING_DAYS`), each dated only by its report: it does not change in days unless the later report tells it
    as it stands now ("is now owned by", data/present_words.csv)."""
    if a.time is not None or b.time is not None:
        return False
    first, second = ctx.date_of(a), ctx.date_of(b)
    if first is None or second is None or abs(second - first) > STANDING_DAYS:
        return False
    return not any(told_as_now(c) for c, day in ((a, first), (b, second)) if day == max(first, second))


def _names(ctx: Context, doc: str, company: str) -> bool:
    return company.lower() in ctx.documents[doc].text.lower()


def _named_in_other_roles(ctx: Context, doc: str, company: str, role: str) -> bool:
    """Whether a document names a company only in roles other than `role`: "Stalkon Serwis, which has maintained it
    since 2016," does not say Stalkon Serwis built the bridge."""
    roles = [role_of(c) for c in ctx.claims if c.doc == doc and c.mention.canonical == company]
    return bool(roles) and all(r is not None and r.role != role for r in roles)


@part(
    "entity-conflict",
    "company-role",
    example='"the recalled SUVs use airbags made by Takata" (a) vs "the recalled SUVs use airbags made by Autoliv" (b)',
)
def company_role_conflicts(ctx: Context) -> Iterator[Discrepancy]:
    """One role of one thing held by different companies: "engines made by Rolls-Royce" / "made by General Electric".

    The role comes from the verb ("made by", "built by", "supplied by",
    "operated by", or "Vestas built the turbines"), the thing from the noun
    it is said of. A maker compares across dates; a supplier, operator or
    owner only for overlapping times. A source that names the other's
    company anywhere agrees with it. The company most sources name is the reference.
    """
    groups = _companies(ctx)
    held = {id(c): r for pairs in groups.values() for c, r in pairs}

    def comparable(a: Claim, b: Claim) -> bool:
        if held[id(a)].changes and not (ctx.times_overlap(a, b) or _still_held(ctx, a, b)):
            return False
        if _two_named_things(a, b, held[id(a)].thing):
            return False  # "Brightwater Bank" and "Tarvo Savings Bank" are two banks
        return ctx.subjects_related(a, b)  # "the Northwind jet's engines" and "the Skyline jet's" are two things

    def agree(a: Claim, b: Claim) -> bool:
        na, nb = a.mention.canonical, b.mention.canonical
        role = held[id(a)].role
        return na == nb or any(
            _names(ctx, doc, name) and not _named_in_other_roles(ctx, doc, name, role) for doc, name in ((a.doc, nb), (b.doc, na))
        )

    for (_, role, thing), pairs in sorted(groups.items(), key=lambda kv: kv[0][1:]):
        for odd, sides in consensus_conflicts([c for c, _ in pairs], comparable, agree):
            reference = sides[0]
            yield Discrepancy(
                kind="entity-conflict",
                severity=Severity.error,
                summary=(
                    f"{thing} {role}: {odd.mention.canonical} in {odd.doc}, "
                    f"{reference.mention.canonical} in {reference.doc}{as_do(sides, reference)}"
                ),
                claims=(odd, reference),
                explanation=(
                    f"{odd.doc} gives the {role} of the {thing} as {odd.mention.canonical}, {reference.doc} as "
                    f"{reference.mention.canonical}, and neither source names the other's."
                ),
            )
