"""What sources say of a person: calling, party, employer, home (entity-conflict parts of those names).

A description is read where a sentence says what someone is: after a copula
("Dana Whitfield is a nurse", "... (born 1980) was a footballer"), in
apposition ("Dana Whitfield, 34, a nurse at the city hospital,") and just
before the name ("nurse Dana Whitfield", "Republican Senator Dana
Whitfield"). What a source says of one person is pooled over its sentences
(a source that calls someone "a lawyer and politician" agrees with either),
and two sources conflict only when their pools share nothing. A description
said to be past or coming ("former nurse", "ex-Labour", "model turned
politician", "an aspiring actor") or denied ("is not a doctor") is left
alone; one in the past tense ("was a nurse") is compared only with another
in the past tense, and reports compare only when published within a year
of each other (the day a sentence speaks of does not part them). A
sentence that opens with "He" or "She" speaks of the person named before
it ("Ana Ruiz was hurt. She is a nurse"; rules/pronouns.py).

Occupation: "Dana Whitfield is an American fashion model" in one source and
"Dana Whitfield is a US senator" in another give one person two callings
that share no field. Occupations and their fields come from
data/occupations.csv; a form with no field shadows a phrase that is no
calling ("a role model", "a goodwill ambassador"), and a form that also
names the part someone plays in an event ("the driver of the car") is read
only where a copula says what someone is ("is a driver").

Party: "Republican Senator Dana Whitfield" and "Dana Whitfield, a Democratic
senator," give one person two parties. Parties come from data/parties.csv
in the forms news uses: a party's adjective or name before the name
("Labour MP Dana Whitfield", "the Green Party's Dana Whitfield"), in
apposition or after a copula ("a Labour MP", "a member of the Green
Party", "is a Republican"), and the US shorthand "(R-Texas)". A party word
that opens a sentence may be a common adjective ("Conservative commentators
said") and is not read there; one followed by a capitalised word that is no
title is a word of another name ("the Labour Ministry", "the Democratic
Republic of Congo").

Employer: "Ilse Varro, a Siemens engineer," and "Ilse Varro, a Bosch
engineer," give one person two employers, and so do "Ilse Varro of Lund
University" and "Ilse Varro, a professor at Uppsala University". The organisation stands right
before a noun of staff (data/occupations.csv, column works_for: "engineer",
"striker", "correspondent"), in a description or before the name ("Ajax
striker Ilse Varro"); a source that names the other's organisation anywhere
(a transfer story names both clubs) agrees with it.

Home: "Ilse Varro, 34, from Leeds," and "Ilse Varro, of York," give one
person two home towns; a place within the other agrees ("from Headingley in
Leeds"), and so does a source that names the other's place anywhere.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import cache

from ..align import read_per_writing, writings
from ..align.frames import past_participle
from ..data import rows
from ..model import Claim, Discrepancy, Severity
from ..parse.names import lexicon as lex
from .base import Context, part
from .offices import same_person, title_forms
from .pronouns import ANYONE
from .slots import said_as_act

__all__ = [
    "denied_callings_of",
    "described_people",
    "employer_claims",
    "employer_conflicts",
    "employers_of",
    "home_conflicts",
    "homes_of", "near_in_time", "occupation_conflicts", "occupations_of", "one_person", "parties_of", "party_conflicts"]

# Words that make the description after them past, coming or not the person's own.
_NOT_NOW = re.compile(
    r"\b(?:former|formerly|ex|one-time|onetime|erstwhile|retired|aspiring|would-be|wannabe|budding|"
    r"future|trainee|student|late|then|once|fake|bogus)\b|\bex-",
    re.IGNORECASE,
)
# An office just taken ("the new MP", "the newly elected mayor", "the incoming senator"): held beside the calling
# its holder had, and no calling of another field
_JUST_TAKEN = re.compile(r"\b(?:new|newly|incoming)\b|-elect\b", re.IGNORECASE)
_OFFICE = "public office"  # the field of offices one is elected or appointed to (data/occupations.csv)
# Where a description ends: punctuation or a relative clause.
_CLAUSE_END = re.compile(r"[,.;:()\"“”!?]|\s(?:who|which|that|whose|when|where|whom|while|but)\b", re.IGNORECASE)
# Where the words of a calling end: a preposition opens someone else's words ("a lawyer for the senator").
_NOUN_END = re.compile(
    r"\s(?:since|after|before|born|based|known|of|for|in|at|from|with|on|by|to|under|as|like)\b", re.IGNORECASE
)
_PARENTHESIS = r"(?:\s*\([^)]*\))?"
_COPULA = re.compile(
    _PARENTHESIS + r",?\s+(?:(?P<tense>is|was|has\s+been|had\s+been)|['’]s)\s+(?P<neg>not\s+|never\s+)?"
    r"(?:also\s+|now\s+|currently\s+|still\s+)?(?P<article>an?|the)?\s*",
    re.IGNORECASE,
)
_APPOSITION = re.compile(_PARENTHESIS + r",\s+(?:\d{1,3},\s+)?(?:an?|the)\s+")
DESCRIPTION_SPAN = dt.timedelta(days=365)  # reports further apart may describe a person as they have become
_LEAD_REACH = 60  # characters before a name that hold "the Welsh cyclist" or "Republican Senator"


@dataclass(frozen=True, slots=True)
class Description:
    """The words after a name that say what the person is, and how they were said."""

    text: str  # "American fashion model and television personality"
    start: int  # where the text begins in the document
    copula: bool  # "is a driver" (a calling), not "the driver," (a part in an event)
    past: bool  # "was a nurse"


def description_of(c: Claim) -> Description | None:
    """What the sentence says the name of `c` is, after a copula or in apposition, up to the clause's end;
    None when it says no such thing or denies it ("is not a doctor")."""
    after = c.sentence.text[c.end - c.sentence.start :]
    said = _COPULA.match(after)
    if said is not None:
        if said["neg"]:
            return None
        tense = (said["tense"] or "is").lower()
        article = (said["article"] or "").lower()
        text = _CLAUSE_END.split(after[said.end() :], maxsplit=1)[0]
        return Description(text, c.end + said.end(), copula=article != "the", past=tense != "is")
    said = _APPOSITION.match(after)
    if said is not None:
        text = _CLAUSE_END.split(after[said.end() :], maxsplit=1)[0]
        return Description(text, c.end + said.end(), copula=False, past=False)
    return None


# What keeps a denied calling from denying it outright: "is not only a singer", "is not the only doctor", "is
# not yet a nurse" (who may be one soon).
_NOT_OUTRIGHT = re.compile(r"\b(?:only|just|merely|simply|yet|even|necessarily|exactly|really)\b", re.IGNORECASE)


def denied_callings_of(c: Claim) -> tuple[list[str], bool]:
    """The callings a copula denies the name of `c` outright, and whether it says so in the past tense: "is not
    a doctor" → ["doctor"]; a calling with words of its own ("is not a licensed doctor", "not an American
    actress": another kind of one may be meant) or a denial that is not outright ("is not only a singer") gives
    none."""
    after = c.sentence.text[c.end - c.sentence.start :]
    said = _COPULA.match(after)
    if said is None or not said["neg"] or not said["article"] or said["article"].lower() == "the":
        return [], False
    phrase = _NOUN_END.split(_CLAUSE_END.split(after[said.end() :], maxsplit=1)[0], maxsplit=1)[0].strip()
    if _NOT_OUTRIGHT.search(phrase):
        return [], False
    table, _ = _occupations()
    forms = [f.strip() for f in re.split(r"(?:\s+(?:or|nor|and)|\s*,)\s+(?:an?\s+)?", phrase)]
    if not forms or not all(table.get(f.lower(), ("",))[0] for f in forms):
        return [], False
    return forms, (said["tense"] or "is").lower() != "is"


def _lead(c: Claim) -> str:
    """The words before the name in its sentence, with a description the name reader took into the name
    ("Teacher Colm Brennock", "Labour MP Dana Whitfield" opening a sentence) moved back before it."""
    rel = c.sentence.start
    lead = c.sentence.text[max(0, c.start - rel - _LEAD_REACH) : c.start - rel]
    words = c.mention.text.split()
    for n in range(min(3, len(words) - 1), 0, -1):
        if _known_lead(" ".join(words[:n])):
            while n < len(words) - 1 and _title_after().fullmatch(" " + words[n]):
                n += 1  # "Democratic Sen." before "Dana Whitfield"
            return lead + " ".join(words[:n]) + " "
    return lead


def _known_lead(words: str) -> bool:
    _, callings = _occupations()
    _, parties = _parties()
    return bool(callings.fullmatch(words) or parties.fullmatch(words))


@dataclass(frozen=True, slots=True)
class Described:
    claim: Claim
    values: frozenset[str]  # fields of callings, or parties
    forms: tuple[str, ...]  # as written: "fashion model", "television personality"
    past: bool  # "was a nurse"


# Occupations ------------------------------------------------------------------------------------------


@cache
def _occupations() -> tuple[dict[str, tuple[str, bool]], re.Pattern[str]]:
    """Form (lower case) → (field, whether it also names a part in an event); the pattern that finds the forms."""
    table = {r["form"].lower(): (r["field"], r["role_too"] == "yes") for r in rows("occupations.csv")}
    return table, _forms_pattern(table)


def _forms_pattern(table: dict) -> re.Pattern[str]:
    alternation = "|".join(re.escape(f) for f in sorted(table, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?P<form>{alternation})(?![\w'’-])", re.IGNORECASE)


def _callings(phrase: str, copula: bool) -> list[str]:
    """The occupations a description names now: "American fashion model and television personality" → both;
    the part before "turned", any conjunct with a past or coming word ("former nurse") and an office just taken
    ("the new MP") count for nothing."""
    table, pattern = _occupations()
    phrase = _NOUN_END.split(phrase, maxsplit=1)[0]
    phrase = re.split(r"\bturned\b", phrase, flags=re.IGNORECASE)[-1]
    out = []
    for conjunct in re.split(r"\s+(?:and|&)\s+|\s*/\s*", phrase):
        if _NOT_NOW.search(conjunct):
            continue
        for found in pattern.finditer(conjunct):
            field, role_too = table[found["form"].lower()]
            if field == _OFFICE and _JUST_TAKEN.search(conjunct):
                continue  # "Dr Hannah Treloar is the new MP": a family doctor elected, not a second calling
            if field and (copula or not role_too):
                out.append(found["form"])
    return out


def occupations_of(c: Claim) -> tuple[list[str], bool]:
    """The occupations the sentence gives the name of `c`, and whether it says so in the past tense."""
    said = description_of(c)
    if said is not None:
        return _callings(said.text, said.copula), said.past
    _, pattern = _occupations()
    before = re.search(r"(?P<phrase>(?:[\w'’-]+\s+){0,2}?)" + pattern.pattern + r"\s+$", _lead(c), re.IGNORECASE)
    if before is None:
        return [], False
    return _callings(before["phrase"] + before["form"], copula=False), False


# Parties ----------------------------------------------------------------------------------------------


@cache
def _parties() -> tuple[dict[str, tuple[str, str]], re.Pattern[str]]:
    """Form → (party, where it is read: "" anywhere, "not opening", "shorthand"); the pattern of the forms
    read in running text (case as written)."""
    table = {r["form"]: (r["party"], r["reading"]) for r in rows("parties.csv")}
    words = sorted((f for f, (_, reading) in table.items() if reading != "shorthand"), key=len, reverse=True)
    alternation = "|".join(re.escape(f) for f in words)
    return table, re.compile(rf"(?<![\w-])(?P<form>{alternation})(?:['’]s)?(?![\w-])")


@cache
def _shorthand() -> re.Pattern[str]:
    """The US shorthand after a name: "(R-Texas)", "(D-N.Y.)", ", I-Vt.,"."""
    table, _ = _parties()
    letters = "|".join(re.escape(f) for f, (_, reading) in table.items() if reading == "shorthand")
    return re.compile(rf"^\s*[(,]\s*(?P<form>{letters})-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?\s*[),]")


@cache
def _title_after() -> re.Pattern[str]:
    """A title after a party word: "Republican Senator", "Democratic Sen.", "Labour MP" (the titles of
    data/titles.csv and data/exclusive_titles.csv)."""
    exclusive = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(title_forms(), key=len, reverse=True))
    return re.compile(rf"\s+(?:{exclusive}|{lex.title_pattern()})(?![\w-])", re.IGNORECASE)


def _party_words(text: str, opens: bool, before_name: bool = False) -> list[str]:
    """The parties named in `text` as a person's: a form not part of another name ("the Labour Ministry"),
    not a common adjective opening the sentence ("Conservative commentators", `opens` telling whether `text`
    opens it) unless a title follows ("Conservative MP"), not said to be past ("former Republican"); with
    `before_name`, only a form that ends `text` but for a title or a noun ("Republican Senator ")."""
    table, pattern = _parties()
    out = []
    for found in pattern.finditer(text):
        party, reading = table[found["form"]]
        if not party:
            continue  # "the Democratic Republic of Congo": a form that shadows a party's word
        rest = text[found.end() :]
        titled = _title_after().match(rest) is not None
        if before_name and not _BEFORE_NAME.fullmatch(rest):
            continue
        if re.match(r"\s+[A-Z]", rest) and not titled and not before_name:
            continue  # "the Labour Ministry": a word of another name
        if reading == "not opening" and opens and not text[: found.start()].strip() and not titled:
            continue
        if _NOT_NOW.search(text[max(0, found.start() - 12) : found.start()]):
            continue  # "former Republican", "ex-Labour"
        out.append(found["form"])
    return out


# Between a party word and the name it describes: a title or a noun or two, no word that joins or parts them.
_BEFORE_NAME = re.compile(r"(?:\s+(?!(?:and|or|with|said|says|told|to|by|of|for|in|on|at|the|a|an)\b)[\w.'’-]+){0,2}\s*$")


def parties_of(c: Claim) -> tuple[list[str], bool]:
    """The parties the sentence gives the name of `c`, and whether it says so in the past tense."""
    rel = c.sentence.start
    short = _shorthand().match(c.sentence.text[c.end - rel :])
    if short is not None:
        return [short["form"]], False
    said = description_of(c)
    if said is not None:
        phrase = re.split(r"\bturned\b", said.text, flags=re.IGNORECASE)[-1]
        # before a preposition, or the party of which the person is a member: "a member of the Green Party"
        head = re.split(r"\s(?:of|for|in|at|from|with|on|by|to|against)\s", phrase, maxsplit=1)[0]
        member = re.match(r"(?:[\w-]+\s+){0,2}?(?:member|leader|candidate)\s+of\s+(?:the\s+)?(?P<rest>.*)", phrase)
        return _party_words(head, False) or (_party_words(member["rest"], False) if member else []), said.past
    return _party_words(_lead(c), c.start - rel <= _LEAD_REACH, before_name=True), False



# Employers --------------------------------------------------------------------------------------------


@cache
def _staff_nouns() -> re.Pattern[str]:
    """After an organisation's name, a noun that says the person works or plays for it ("a Siemens engineer",
    "the Feyenoord striker"): the forms of data/occupations.csv marked works_for."""
    return _forms_pattern({r["form"].lower(): None for r in rows("occupations.csv") if r["works_for"] == "yes"})


def _employer(org: Claim, text: str, offset: int) -> str | None:
    """The organisation `org` as someone's employer when `text` (the sentence from `offset` on) has, right
    after it, a word or two ending in a staff noun; no place, people, party or office."""
    if not _employer_named(org):
        return None  # "a Labour MP": a party, read by part "party"
    m = org.mention
    follows = re.match(r"\s+(?:[a-z][\w-]*\s+)?" + _staff_nouns().pattern, text[org.end - offset :], re.IGNORECASE)
    return m.canonical if follows is not None else None


@cache
def _affiliation_leads() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What stands between a person and the organisation they work or study at (data/affiliation_leads.csv): a
    calling and its preposition in a description ("a professor at", "an analyst with"), or a relative clause
    right after the name ("who heads", "who teaches at")."""
    table = rows("affiliation_leads.csv")

    def alternation(form: str) -> str:
        leads = sorted((r["lead"] for r in table if r["form"] == form), key=len, reverse=True)
        return "|".join(re.escape(lead).replace(r"\ ", r"\s+") for lead in leads)

    calling = re.compile(rf"(?:[a-z][\w-]*\s+){{1,{_CALLING_WORDS}}}?(?:{alternation('after calling')})\s+(?:the\s+)?", re.IGNORECASE)
    relative = re.compile(rf",\s+who\s+(?:{alternation('relative')})\s+(?:the\s+)?")
    return calling, relative


_CALLING_WORDS = 6  # words of a calling before its preposition: "a senior lecturer in public health at"
_OF_ORGANISATION = re.compile(r",?\s+of\s+(?:the\s+)?")  # "Wiktor Zielinski of Uppsala University", "Ana Ruiz, of the Kiel Institute,"
_POSSESSIVE = re.compile(r"['’]s\s+")  # "Kyoto University's Haruto Ishikawa"


def _an_organisation(org: Claim) -> bool:
    """Whether a name is said to be an organisation's (not a place's, whose "of York" tells a home)."""
    m = org.mention
    return m.kind == "entity" and not m.office and m.role == "organisation" and bool(m.canonical)


def _affiliations(c: Claim, said: Description | None, in_sentence: list[Claim]) -> list[str]:
    """The organisations the sentence places the name of `c` at: "X of Uppsala University", "X, a professor at
    Kyoto University", "X, who heads Fudan University's cancer unit", "Kyoto University's X"; none in a
    description said to be past ("formerly of McGill University")."""
    rel, text = c.sentence.start, c.sentence.text
    calling, relative = _affiliation_leads()
    out = []
    for org in in_sentence:
        between = text[c.end - rel : org.start - rel] if org.start >= c.end else ""
        # "Luca Benedetti, who rides for Corsa-Vitali,": the verb says a name of no kind told is an organisation
        told_by_verb = relative.fullmatch(between) and org.mention.role is None and not org.mention.office
        if not _an_organisation(org) and not told_by_verb and not (said is not None and _employer_named(org)):
            continue
        if org.start >= c.end:
            read = _OF_ORGANISATION.fullmatch(between) and _an_organisation(org) or relative.fullmatch(between)
            if not read and said is not None and said.start <= org.start:
                lead = text[said.start - rel : org.start - rel]
                read = (org.start <= said.start + len(said.text) and calling.fullmatch(lead)
                        and not _NOT_NOW.search(lead) and not _done_to(lead))
        else:
            read = _an_organisation(org) and _POSSESSIVE.fullmatch(text[org.end - rel : c.start - rel])
        if read:
            out.append(org.mention.canonical)
    return out


# a passive before its preposition: "was sentenced at", "was treated for burns at", "jailed for six years at"
_PASSIVE_LEAD = re.compile(r"(?P<verb>[a-z]+)\s+(?:at|in|by|for|to|on|with|from|near)\b")


def _done_to(lead: str) -> bool:
    """Whether the words after a copula tell what was done to the name, not its calling: "was sentenced at Leeds
    Crown Court", "was treated at Tarvo General" (a participle right before a preposition), "was found guilty
    at" (an act said in several words, data/slot_phrases.csv); "was appointed professor at" names a calling."""
    found = _PASSIVE_LEAD.match(lead)
    return found is not None and past_participle(found["verb"]) or said_as_act(lead) is not None


def _employer_named(org: Claim) -> bool:
    """A name that may be an employer's: no place, people, party or office ("an analyst at Nordea")."""
    m = org.mention
    table, _ = _parties()
    return (
        m.kind == "entity" and not m.office and m.role not in ("place", "nationality", "person")
        and bool(m.canonical) and m.text not in table and m.canonical not in table
    )


def employers_of(c: Claim, in_sentence: list[Claim]) -> tuple[list[str], bool]:
    """The organisations the sentence says the name of `c` works or plays for, and whether in the past tense:
    "Ilse Varro, a Siemens engineer,", "Feyenoord striker Ilse Varro", "Ilse Varro is the Ajax captain", and
    where they work or study: "Ilse Varro of Uppsala University", "Ilse Varro, a professor at Lund University"."""
    rel = c.sentence.start
    said = description_of(c)
    affiliated = _affiliations(c, said, in_sentence)
    if said is not None:
        if _NOT_NOW.search(said.text[:20]):
            return [], False
        org = next((o for o in in_sentence if said.start <= o.start <= said.start + 1), None)
        found = _employer(org, c.sentence.text, rel) if org is not None else None
        return list(dict.fromkeys(([found] if found else []) + affiliated)), said.past
    if affiliated:
        return affiliated, False
    for org in in_sentence:
        if org.end <= c.start and c.start - org.end <= 30:
            between = c.sentence.text[org.end - rel : c.start - rel]
            lead = c.sentence.text[max(0, org.start - rel - 12) : org.start - rel]
            if re.fullmatch(r"(?:\s+[a-z][\w-]*)?\s+[\w-]+\s+", between) and not _NOT_NOW.search(lead):
                found = _employer(org, c.sentence.text, rel)
                if found:
                    return [found], False
    return [], False


def employer_claims(ctx: Context) -> set[int]:
    """The ids of the organisations' claims that a sentence gives as a person's employer or place of work: part
    employer compares them, person by person."""
    by_sentence = _by_sentence(ctx)
    out: set[int] = set()
    for c in ctx.claims:
        if _is_person(c):
            named = [o for o in by_sentence[(c.doc, c.sentence.start)] if o is not c]
            orgs = set(employers_of(c, named)[0])
            out.update(id(o) for o in named if o.mention.canonical in orgs)
    return out


@part(
    "entity-conflict",
    "employer",
    example='"Ilse Varro, a Siemens engineer, was arrested on Monday" (a) vs "Ilse Varro, a Bosch engineer, was arrested on Monday" (b)',
)
def employer_conflicts(ctx: Context) -> Iterator[Discrepancy]:
    """One person said to work or play for two organisations: "a Siemens engineer" / "a Bosch engineer".

    The organisation stands before a noun of staff (data/occupations.csv,
    works_for) in a description of the person, or is where the person works
    or studies: "Lena Dahl of Lund University", "Lena Dahl, a professor at
    Lund University", "Lena Dahl, who heads Lund University's eye clinic",
    "Lund University's Lena Dahl" (data/affiliation_leads.csv); a past one
    ("formerly of", "a former professor at") or a move ("who joined Lund
    from Uppsala") is not read. Organisations of two kinds (a university
    and a hospital, data/organisation_kinds.csv) may both be the person's. Each source's organisations
    of the person are pooled; the pools must share none, neither source may
    name the other's organisation anywhere (a transfer story names both
    clubs), and one name within the other is one organisation ("Acme",
    "Acme Bank"). One row per pair of sources and person.
    """
    by_sentence = _by_sentence(ctx)
    described = []
    for c in ctx.claims:
        if _is_person(c):
            orgs, past = employers_of(c, [o for o in by_sentence[(c.doc, c.sentence.start)] if o is not c])
            if orgs:
                described.append(Described(c, frozenset(o.lower() for o in orgs), tuple(orgs), past))
    for a, b, pool_a, pool_b, who in _pooled_conflicts(ctx, described):
        ca, cb = a.claim, b.claim
        text_a, text_b = ctx.documents[ca.doc].text.lower(), ctx.documents[cb.doc].text.lower()
        if any(o in text_b for o in pool_a) or any(o in text_a for o in pool_b):
            continue  # a source that names the other's organisation has not denied it
        words = {w for o in pool_a | pool_b for w in o.split()}
        if any(set(o.split()) < words and any(set(o.split()) < set(p.split()) for p in pool_a | pool_b) for o in pool_a | pool_b):
            continue  # "Acme" within "Acme Bank"
        if not any(_kinds_alike(x, y) for x in pool_a for y in pool_b):
            continue  # "a cardiologist at Tarvo University" and "at Tarvo General Hospital": posts at once in both
        row = _row(
            a,
            b,
            f"{who}: {', '.join(a.forms)} in {ca.doc}, {', '.join(b.forms)} in {cb.doc}",
            (
                f"{ca.doc} says {who} works or plays for {' and '.join(a.forms)}, {cb.doc} for "
                f"{' and '.join(b.forms)}; neither source names the other's."
            ),
        )
        # after the person on each side, the organisations, the names that differ, where the sentences give them
        orgs = tuple(o for o in (_organisation_of(a, by_sentence), _organisation_of(b, by_sentence)) if o is not None)
        yield replace(row, claims=row.claims + orgs) if len(orgs) == 2 else row


@cache
def _organisation_kinds() -> dict[str, str]:
    """A word of an organisation's name → the kind it tells: "university", "hospital" (data/organisation_kinds.csv)."""
    return {r["word"]: r["kind"] for r in rows("organisation_kinds.csv")}


def _kinds_alike(a: str, b: str) -> bool:
    """Whether two organisations may be one person's one employer: each name's kinds (by its words) share one, or
    one name tells none ("Nordea"); a university and a hospital are two places one doctor may work at once."""
    kinds = _organisation_kinds()
    ka = {kinds[w] for w in a.lower().split() if w in kinds}
    kb = {kinds[w] for w in b.lower().split() if w in kinds}
    return not ka or not kb or bool(ka & kb)


# Home towns -------------------------------------------------------------------------------------------

# "Ilse Varro, 34, from Leeds," / "Ilse Varro, of Leeds,": where the person comes from, right after the name.
_FROM = re.compile(r"^,\s+(?:(?:aged\s+)?\d{1,3},\s+)?(?:from|of)\s+$")


@cache
def _place_suffixes() -> frozenset[str]:
    """Last words that make a name a place's ("Hebden Bridge", "Salt Lake City"): data/name_cues.csv."""
    return frozenset(r["word"] for r in rows("name_cues.csv") if r["cue"] == "place suffix")


def homes_of(c: Claim, in_sentence: list[Claim]) -> list[Claim]:
    """The places the sentence says the name of `c` comes from: "Ilse Varro, 34, from Leeds," gives Leeds;
    "from Headingley in Leeds" gives both."""
    rel = c.sentence.start
    text = c.sentence.text
    out: list[Claim] = []
    for place in sorted(in_sentence, key=lambda p: p.start):
        m = place.mention
        if place.start < c.end or m.role in ("person", "organisation", "nationality") or m.office or not m.canonical:
            continue
        if m.role != "place" and len(m.text.split()) > 1 and m.text.split()[-1] not in _place_suffixes():
            continue  # "of Leeds United": a name of many words is a place only when it says so
        between = text[(out[-1].end if out else c.end) - rel : place.start - rel]
        if (not out and _FROM.match(between)) or (out and re.fullmatch(r",?\s+(?:in|near)\s+", between)):
            out.append(place)
        elif out or place.start - c.end > 20:
            break
    if out and not re.match(r"\s*(?:[,;.)]|$)", text[out[-1].end - rel :]):
        return []  # "of Leeds United fans": the place is a word of something else
    return out


@part(
    "entity-conflict",
    "home",
    example='"Ilse Varro, 34, from Leeds, was hurt in the crash" (a) vs "Ilse Varro, 34, from York, was hurt in the crash" (b)',
)
def home_conflicts(ctx: Context) -> Iterator[Discrepancy]:
    """One person said to come from two places: "Ilse Varro, 34, from Leeds," / "Ilse Varro, of York,".

    Each source's places of the person are pooled ("from Headingley in
    Leeds" gives both); two sources conflict when no place of one is a place
    of the other or lies within it (knowledge/places.csv) and neither source
    names the other's place anywhere. One row per pair of sources and
    person.
    """
    by_sentence = _by_sentence(ctx)
    described, places = [], {}
    for c in ctx.claims:
        if _is_person(c):
            homes = homes_of(c, [o for o in by_sentence[(c.doc, c.sentence.start)] if o is not c])
            if homes:
                places[id(c)] = homes
                described.append(Described(c, frozenset(h.mention.canonical for h in homes), tuple(h.mention.text for h in homes), False))
    for a, b, pool_a, pool_b, who in _pooled_conflicts(ctx, described):
        ca, cb = a.claim, b.claim
        text_a, text_b = ctx.documents[ca.doc].text, ctx.documents[cb.doc].text
        if any(re.search(rf"(?<!\w){re.escape(p)}(?!\w)", text_b) for p in pool_a) or any(
            re.search(rf"(?<!\w){re.escape(p)}(?!\w)", text_a) for p in pool_b
        ):
            continue  # a source that names the other's place has not denied it
        kb = ctx.knowledge
        if any(kb.place_within(x, y) or kb.place_within(y, x) for x in pool_a for y in pool_b):
            continue  # "from Headingley" and "from Leeds"
        yield _row(
            a,
            b,
            f"{who}: from {', '.join(a.forms)} in {ca.doc}, from {', '.join(b.forms)} in {cb.doc}",
            (
                f"{ca.doc} says {who} comes from {' and '.join(a.forms)}, {cb.doc} from "
                f"{' and '.join(b.forms)}; neither place lies within the other and neither source names the other's."
            ),
        )

def _is_person(c: Claim) -> bool:
    m = c.mention
    return m.kind == "entity" and not m.office and m.role in ("person", None) and bool(m.canonical)


def one_person(a: Claim, b: Claim) -> bool:
    """One canonical name or surname (`same_person`), or one surname whose other name each sentence writes
    in full: "Kendra Lowe" and "Kendra Anne Lowe" (read as "Anne Lowe") are one woman."""
    if same_person(a, b):
        return True
    words_a = set(re.findall(r"[\w'’-]+", a.sentence.text))
    words_b = set(re.findall(r"[\w'’-]+", b.sentence.text))
    for na in (a.mention.canonical.split(), a.mention.text.split()):
        for nb in (b.mention.canonical.split(), b.mention.text.split()):
            if na[-1] == nb[-1] and (set(nb) <= words_a or set(na) <= words_b):
                return True
    return False


def described_people(ctx: Context, read: Callable[[Claim], tuple[list[str], bool]], value: Callable[[str], str]) -> list[Described]:
    """What the sentences say each person is, by `read` (which reads nothing but the sentence as written:
    the copies of one sentence that a story's reports give again are read once)."""
    out = []
    pronouns = [c for c in ctx.pronouns if c.mention.canonical != ANYONE]  # "She is a nurse"
    people = [c for c in [*ctx.claims, *pronouns] if _is_person(c)]
    said = read_per_writing(read, people, writings(people))
    for c in people:
        forms, past = said[id(c)]
        if forms:
            out.append(Described(c, frozenset(value(f) for f in forms), tuple(dict.fromkeys(forms)), past))
    return out


def _organisation_of(d: Described, by_sentence: dict[tuple[str, int], list[Claim]]) -> Claim | None:
    """The claim of a person's organisation in the sentence that describes them ("the University of Tromso" in
    "Mira Lunde, an epidemiologist at the University of Tromso"); None if the sentence gives it by no name."""
    c = d.claim
    return next((o for o in by_sentence[(c.doc, c.sentence.start)] if o.mention.canonical in d.forms), None)


def _row(a: Described, b: Described, summary: str, explanation: str) -> Discrepancy:
    """One entity-conflict row on what two sources say of one person."""
    return Discrepancy(
        kind="entity-conflict", severity=Severity.error, summary=summary, claims=(a.claim, b.claim),
        explanation=explanation,
    )


def _by_sentence(ctx: Context) -> dict[tuple[str, int], list[Claim]]:
    """Document and sentence start → the names the sentence gives."""
    out: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for c in ctx.claims:
        if c.mention.kind == "entity":
            out[(c.doc, c.sentence.start)].append(c)
    return out


def near_in_time(a: Claim, b: Claim) -> bool:
    """Whether two reports are near enough in time for what they say of a person to hold for both: what
    someone is does not change from day to day, so the sentences' own dates (the day of a crash) do not
    part them, but reports more than `DESCRIPTION_SPAN` apart may tell of a new calling."""
    if a.published is None or b.published is None:
        return True
    return abs(a.published - b.published) <= DESCRIPTION_SPAN


def _pooled_conflicts(ctx: Context, described: list[Described]) -> Iterator[tuple[Described, Described, set, set, str]]:
    """Pairs of sources that describe one person with pools that share nothing: one pair per sources and
    person, with each side's pool and the shorter of the two names."""
    pooled: dict[int, set[str]] = defaultdict(set)
    for d in described:
        for e in described:
            if d.claim.doc == e.claim.doc and d.past == e.past and one_person(d.claim, e.claim):
                pooled[id(d)] |= e.values
    seen: set[tuple[str, str, str]] = set()
    for i, a in enumerate(described):
        for b in described[i + 1 :]:
            ca, cb = a.claim, b.claim
            if ca.doc == cb.doc or a.past != b.past or ctx.story_of(ca.doc) != ctx.story_of(cb.doc):
                continue
            if not one_person(ca, cb) or not near_in_time(ca, cb) or pooled[id(a)] & pooled[id(b)]:
                continue
            key = (*sorted((ca.doc, cb.doc)), min(ca.mention.canonical, cb.mention.canonical, key=len).split()[-1])
            if key not in seen:
                seen.add(key)
                yield a, b, pooled[id(a)], pooled[id(b)], min(ca.mention.canonical, cb.mention.canonical, key=len)


@part(
    "entity-conflict",
    "occupation",
    example='"Dana Whitfield is an American fashion model" (a) vs "Dana Whitfield is a US senator" (b)',
)
def occupation_conflicts(ctx: Context) -> Iterator[Discrepancy]:
    """One person given callings of different fields: "a fashion model" in one source, "a US senator" in another.

    Each source's occupations of the person are pooled; the two pools must
    share no field (data/occupations.csv), the descriptions must be in one
    tense, in reports within a year of each other. One row per pair of sources and
    person.
    """
    table, _ = _occupations()
    described = described_people(ctx, occupations_of, lambda form: table[form.lower()][0])
    for a, b, pool_a, pool_b, who in _pooled_conflicts(ctx, described):
        ca, cb = a.claim, b.claim
        yield _row(
            a,
            b,
            f"{who}: {' and '.join(a.forms)} in {ca.doc}, {' and '.join(b.forms)} in {cb.doc}",
            (
                f"{ca.doc} describes {who} as {' and '.join(a.forms)} ({', '.join(sorted(pool_a))}), "
                f"{cb.doc} as {' and '.join(b.forms)} ({', '.join(sorted(pool_b))}): "
                "callings of different fields, and neither source gives the other's."
            ),
        )


@part(
    "entity-conflict",
    "party",
    example='"Republican Senator Dana Whitfield voted against the bill" (a) vs "Dana Whitfield, a Democratic senator, voted against the bill" (b)',
)
def party_conflicts(ctx: Context) -> Iterator[Discrepancy]:
    """One person given two parties: "Republican Senator Dana Whitfield" / "Dana Whitfield, a Democratic senator".

    Each source's parties of the person are pooled (one that says "a
    Republican-turned-independent" gives the later only); the two pools
    must share no party (data/parties.csv), in reports within a year. One row
    per pair of sources and person.
    """
    table, _ = _parties()
    described = described_people(ctx, parties_of, lambda form: table[form.removesuffix("'s").removesuffix("’s")][0])
    for a, b, pool_a, pool_b, who in _pooled_conflicts(ctx, described):
        ca, cb = a.claim, b.claim
        yield _row(
            a,
            b,
            f"{who}: {', '.join(sorted(pool_a))} in {ca.doc}, {', '.join(sorted(pool_b))} in {cb.doc}",
            (
                f"{ca.doc} gives {who} to the {' and '.join(sorted(pool_a))}, {cb.doc} to the "
                f"{' and '.join(sorted(pool_b))}: neither source gives the other's party."
            ),
        )
