"""Rules over names and offices: entity-conflict, anachronism, name-variant.

An office phrase ("the Biden administration", "U.S. President Donald Trump")
is a claim that an office was held by someone at the time the sentence
speaks for. Two sources that fill the same office differently for the same
time disagree; a holder outside their term by the knowledge base is an
anachronism.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from functools import cache

from rapidfuzz.distance import OSA

from ..align import (
    claim_agent,
    context_similarity,
    mutual_conflicts,
    owners_differ,
    read_per_writing,
    same_spelling,
    sounds_alike,
    spelt_alike,
    spelt_alike_in_one_post,
    subjects_compatible,
    word_alike,
    written_as_heard,
)
from ..align.frames import name_tokens, outcome_measure
from ..align.times import is_caption
from ..claim_building import place_prepositions
from ..data import rows
from ..intervals import ranges_overlap
from ..model import Claim, Discrepancy, Mention, Severity
from ..parse.figures.vocabulary import vocabulary
from ..parse.names.lexicon import honorifics, person_nouns, speech_verbs, titles
from ..parse.names.nationalities import DESCENT, NEGATED, ONLY
from ..terms import WORD, content_terms, stem, stopwords
from .base import Context, part, rule, run_parts
from .companies import company_role_conflicts, role_of
from .crafts import craft_conflicts
from .denied_callings import denied_calling_conflicts
from .descriptions import (
    employer_claims,
    employer_conflicts,
    home_conflicts,
    occupation_conflicts,
    party_conflicts,
)
from .finishers import finisher_conflicts
from .holders import person_post_conflicts, post_of, title_holder_conflicts
from .kin import kin_conflicts
from .lone_names import lone_name_conflicts
from .offices import person_title_conflicts
from .polarity import denied_facts
from .slots import (
    DONE_TO,
    acts,
    after_place_preposition,
    agent_of,
    earlier_turn_told,
    filled_again,
    held_now,
    in_other_role,
    in_slot_words,
    known_roles,
    link_of,
    many_valued,
    name_described,
    one_place_within_other,
    one_thing_done_to,
    opens_as_venue,
    other_purposes,
    other_things_done,
    pairs_however_common,
    same_thing_done,
    single_valued,
    slots_by_name,
    slots_of,
    thing_done_to,
)
from .stand_ins import OPENS_WITH_PRONOUN, PRONOUN, kind_of_opening, stand_in, subject_start
from .surroundings import (
    AROUND,
    AROUND_SAME,
    alike_around,
    around,
    everyday,
    modifies_noun,
    named_around_elsewhere,
    names_a_range,
    noun_described,
)
from .timeline import STORY_LEAD_DAYS

# A sentence that speaks of the past on purpose: its office claims are history, not the story's time.
_HISTORICAL = re.compile(
    r"\b(?:former(?:ly)?|then-|previous(?:ly)?|predecessor|under the|during the|had|was|were|"
    r"ex-|outgoing|late)\b",
    re.IGNORECASE,
)


def _office_claims(ctx: Context) -> list[Claim]:
    out = []
    for c in ctx.claims:
        m = c.mention
        if m.kind != "entity" or not m.office or not m.canonical:
            continue
        if c.time is None and _HISTORICAL.search(c.sentence.text):
            continue
        out.append(c)
    return out


def _first_per_time(ctx: Context, claims: list[Claim]) -> list[Claim]:
    """One claim per document and time: the rest say the same thing again."""
    seen: dict[tuple, Claim] = {}
    for c in claims:
        seen.setdefault((c.doc, ctx.time_of(c)), c)
    return list(seen.values())


@rule(
    "entity-conflict",
    Severity.error,
    example='"the Biden administration rejected the offer" (a) vs "the Trump administration weighs the offer" (b), same day',
)
def entity_conflict(ctx: Context) -> Iterator[Discrepancy]:
    """The same slot filled by different entities in sources speaking of the same thing.

    Seventeen parts find it, each listed with its own documentation:
    office-holder (one office held by different people at the same time),
    nationality (one person described with nationalities that share no
    country), same-slot (one fact, a different name beside the same slot
    word: "born in Hasselt" / "born in Reuver"), person-title (one person
    given offices that exclude each other: "Senator" / "Representative"),
    company-role (one thing made, supplied or run by different companies),
    denied (one source says someone did a thing, another that they did not)
    title-holder (one organisation's chief executive, chair or manager,
    or the judge or captain of the story's event, named as two people),
    person-post (one person given two posts no one holds at once: "Acme's
    chief financial officer" / "Acme's chief operating officer"),
    craft (the story's one aircraft given two flight codes or two models),
    occupation (one person given callings of different fields: "a fashion
    model" / "a US senator"), party (one person given two parties:
    "Republican Senator" / "a Democratic senator"), employer (one person
    said to work for two organisations: "a Siemens engineer" / "a Bosch
    engineer"), home (one person said to come from two places: "34,
    from Leeds" / "34, from York") and kin (one pair of people given two
    kinds of kin: "the wife of Tom Hale" / "the sister of Tom Hale") and
    denied-calling (a calling one source gives and another denies: "a
    lawyer" / "is not a lawyer") and finisher (one place of a finished
    contest given to two people: "Ferrand finished second" / "Eklund
    finished second") and lone-name (one report names a thing of a kind
    that two or more others name otherwise for the same fact: "the
    Grand-Ruz run" / "the Les Lanches run").
    """
    flagged: set[frozenset[tuple[str, str]]] = set()  # the names each row sets against each other, by document
    for row in _named_parts(ctx):
        flagged.add(frozenset((c.doc, c.mention.text) for c in row.claims))
        if not _one_name_misspelt(row):
            yield row
    # a lone name is the weakest reading of a role: told only where no part has set the two names against each other
    for row in lone_name_conflicts(ctx):
        if frozenset((c.doc, c.mention.text) for c in row.claims) not in flagged and not _one_name_misspelt(row):
            yield row


def _one_name_misspelt(row: Discrepancy) -> bool:
    """Whether a row's two names are one name spelt two ways ("Shimogawa" / "Shimokawa"): a slip of the keys, which
    name-variant tells, not two names in one role."""
    if row.kind != "entity-conflict":
        return False  # a holder's name misspelt is told by the part that reads the post
    first, second = ((c.mention.canonical or c.mention.text).lower() for c in row.claims[:2])
    if any(ch.isdigit() for ch in first + second):
        return False  # "BT 417" / "BT 471": two codes, not one name misspelt
    return first != second and spelt_alike(first, second)


def _named_parts(ctx: Context) -> Iterator[Discrepancy]:
    yield from slot_conflicts(ctx)
    yield from nationality_conflicts(ctx)
    yield from office_conflicts(ctx)
    yield from person_title_conflicts(ctx)
    yield from company_role_conflicts(ctx)
    yield from denied_facts(ctx)
    yield from title_holder_conflicts(ctx)
    yield from person_post_conflicts(ctx)
    yield from craft_conflicts(ctx)
    yield from occupation_conflicts(ctx)
    yield from party_conflicts(ctx)
    yield from employer_conflicts(ctx)
    yield from home_conflicts(ctx)
    yield from kin_conflicts(ctx)
    yield from denied_calling_conflicts(ctx)
    yield from finisher_conflicts(ctx)


@part(
    "entity-conflict",
    "office-holder",
    example='"the Biden administration rejected the offer" (a) vs "the Trump administration weighs the offer" (b), same day',
)
def office_conflicts(ctx: Context) -> Iterator[Discrepancy]:
    """The same office is held by different people in sources speaking of the same time.

    One row per office, pair of holders and document naming the rarer holder,
    quoting its claim and the first claim of another document naming the
    other. The time of an office claim is its sentence's date, else its
    document's publication date, else the story's date.
    """
    by_slot: dict[tuple[int, str], dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    for c in _office_claims(ctx):
        by_slot[(ctx.story_of(c.doc), c.mention.office)][c.mention.canonical].append(c)
    for (_, slot), holders in sorted(by_slot.items()):
        names = sorted(holders, key=lambda h: (-len(holders[h]), h))
        for i, h1 in enumerate(names):
            for h2 in names[i + 1 :]:
                # each document naming the rarer holder, against the first document naming the other
                firsts: dict[tuple[str, str], tuple[Claim, Claim]] = {}
                usual = _first_per_time(ctx, holders[h1])
                for b in _first_per_time(ctx, holders[h2]):
                    a = next((a for a in usual if a.doc != b.doc and ranges_overlap(ctx.time_of(a), ctx.time_of(b))), None)
                    if a is not None and not any(doc2 == b.doc for _, doc2 in firsts):
                        firsts[(a.doc, b.doc)] = (b, a)
                for (doc1, doc2), (b, a) in sorted(firsts.items()):
                    when = ctx.time_of(b)
                    yield Discrepancy(
                        kind="entity-conflict",
                        severity=Severity.error,
                        summary=f"{slot}: {h2} in {doc2}, {h1} in {doc1}",
                        claims=(b, a),
                        explanation=(
                            f"The two sources name different holders of the office of {slot} "
                            f"for the same time ({when[0].isoformat() if when else 'undated'}): "
                            f"{h2} ({len(holders[h2])} mentions) and {h1} ({len(holders[h1])} mentions)."
                        ),
                    )


_NEGATED = re.compile(r"\b(?:not|never|no longer)\b|n't\b", re.IGNORECASE)
_SLOT_ROLES = ("person", "place", "organisation", None)
SAME_SLOT = 0.4  # context similarity from which two sentences speak of one fact


@part(
    "entity-conflict",
    "nationality",
    example='"Pieter Aalbers is a Dutch cyclist" (a) vs "Pieter Aalbers is a Belgian cyclist" (b)',
)
def nationality_conflicts(ctx: Context) -> Iterator[Discrepancy]:
    """One person or work described with nationalities that share no country ("American actor" / "English actor").

    A nationality is read where the sentence says what someone is ("Tim Roth
    is an English actor", "Pieter Aalbers, a Dutch cyclist", "the Dutch
    cyclist Pieter Aalbers"); two nationalities agree when they share a
    country ("English" and "British") or one country lies within the other
    ("Scottish" and "British"), unless one is said to be the only one ("is
    solely Scottish"). A negated one ("is not an American series") conflicts
    with the nationality it denies and agrees with any other. A sentence that
    opens with a pronoun ("He is a Canadian swimmer") speaks of the first name
    of the last sentence before it that names anyone, or of whoever the other
    source names when it opens its document. Someone's descent ("is of Irish
    and Italian descent") is compared only with their descent: it lists
    where their forebears came from, and agrees with a descent that shares a
    country of the list.
    """
    named = _named_by_sentence(ctx)
    claims = [
        _with_pronoun_subject(named, c) for c in ctx.claims
        if c.mention.role == "nationality" and (c.subject or OPENS_WITH_PRONOUN.match(c.sentence.text))
    ]
    # a pronoun that opens its document stands for anyone: its claims meet every claim of their story
    open_stories = {ctx.story_of(c.doc) for c in claims if not c.subject}

    def keys(c: Claim):
        story = ctx.story_of(c.doc)
        for name in c.subject:
            yield from ((story, w.lower()) for w in name.split() if len(w) >= 4)
        if story in open_stories:
            yield story, ""

    def score(a: Claim, b: Claim) -> float:
        if (a.mention.hedge == DESCENT) != (b.mention.hedge == DESCENT):
            return 0.0  # "of Irish descent" and "an American actor": where forebears came from is no nationality
        return 1.0 if subjects_compatible(a, b) and (a.subject or b.subject) else 0.0

    def agree(a: Claim, b: Claim) -> bool:
        ca, cb = a.mention.canonical.split("+"), b.mention.canonical.split("+")
        shared = bool(set(ca) & set(cb))
        if ONLY not in (a.mention.hedge, b.mention.hedge):  # "Scottish" and "British" agree; "only Scottish" does not
            shared = shared or any(ctx.knowledge.place_within(x, y) or ctx.knowledge.place_within(y, x) for x in ca for y in cb)
        denied = (a.mention.hedge == NEGATED) + (b.mention.hedge == NEGATED)
        return shared if denied == 0 else denied == 2 or not shared

    for a, b, _ in mutual_conflicts(claims, keys, score, agree, threshold=1.0, close=0.0):
        who = sorted(set(a.subject) | set(b.subject), key=len)[0]
        yield Discrepancy(
            kind="entity-conflict",
            severity=Severity.error,
            summary=f"{who}: {_described(a)} in {a.doc}, {_described(b)} in {b.doc}",
            claims=(a, b),
            explanation=(
                f"{a.doc} describes {who} as {_described(a)} ({a.mention.canonical}), "
                f"{b.doc} as {_described(b)} ({b.mention.canonical}): "
                + ("one denies what the other says." if NEGATED in (a.mention.hedge, b.mention.hedge) else "the countries differ.")
            ),
        )


def _named_by_sentence(ctx: Context) -> dict[str, dict[int, tuple[str, ...]]]:
    """Document → sentence start → the names the sentence gives (not nationalities or offices)."""
    out: dict[str, dict[int, tuple[str, ...]]] = defaultdict(dict)
    for c in ctx.claims:
        m = c.mention
        if m.kind == "entity" and m.canonical and m.role not in ("nationality", "office") and not m.office:
            names = out[c.doc].get(c.sentence.start, ())
            out[c.doc][c.sentence.start] = names if m.canonical in names else (*names, m.canonical)
    return out


def _with_pronoun_subject(named: dict[str, dict[int, tuple[str, ...]]], c: Claim) -> Claim:
    """A claim whose sentence opens with a pronoun ("He is a Canadian swimmer"), about the first name of the
    last sentence before it in its document that names any (its subject, as a rule: "Reed beat Hart. He is
    a Canadian swimmer"); about no one named when none comes before."""
    if c.subject:
        return c
    before = [start for start in named.get(c.doc, {}) if start < c.sentence.start]
    return dataclasses.replace(c, subject=named[c.doc][max(before)][:1]) if before else c


def _described(c: Claim) -> str:
    """A nationality as the sentence gives it: "American", "not American", "only American"."""
    return f"{c.mention.hedge} {c.mention.text}" if c.mention.hedge in (NEGATED, ONLY) else c.mention.text


def _names_by_doc(ctx: Context) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for c in ctx.claims:
        if c.mention.kind == "entity":
            name = c.mention.canonical or c.mention.text
            out[c.doc].add(name.lower())
            out[c.doc].update(_head_words(name.lower()))
    return out


def _name_spans(ctx: Context) -> dict[str, list[tuple[int, int]]]:
    """Where each document gives a name: the spans of its entity mentions."""
    out: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for c in ctx.claims:
        if c.mention.kind == "entity":
            out[c.doc].append((c.start, c.end))
    return out


_ORDER_REACH = 40  # characters before a name that hold the place in order of what it is named as


def _place_in_order(c: Claim) -> float | None:
    """The place in an order written shortly before a name ("named the first victim as", "the second guide,"):
    a name given a place is one of several of its kind, each with its own."""
    rel = c.sentence.start
    words = WORD.findall(c.sentence.text[max(0, c.start - rel - _ORDER_REACH) : c.start - rel].lower())
    number_words = vocabulary().words
    return next(
        (n.value for w in reversed(words) if (n := number_words.get(w)) is not None and n.role == _ORDINAL), None
    )


_ORDINAL = "ordinal"  # the role of a number word of a place in an order (data/number_words.csv)


def _two_names_described(a: str | None, b: str | None) -> bool:
    """Whether two names said of by phrases after them ("Wild Petrel, skippered by") are two, neither within the
    other ("Ironbark Spirit" and "Spirit" may be one)."""
    if a is None or b is None:
        return False
    wa, wb = set(a.lower().split()), set(b.lower().split())
    return not (wa <= wb or wb <= wa)


@part(
    "entity-conflict",
    "same-slot",
    example='"the architect Lena Voss was born in Ghent" (a) vs "the architect Lena Voss was born in Lyon" (b)',
)
def slot_conflicts(ctx: Context) -> Iterator[Discrepancy]:
    """Names that fill the same slot of the same fact differently: "born in Hasselt" vs "born in Reuver".

    The slot is the content word just before the name ("born in", "played
    for"); the two sentences must state the same fact about the same subject,
    neither may be negated ("did not play for"), and neither source may name
    the other's entity anywhere: a source that names both has not
    contradicted itself, unless it names the other's entity only in another
    known role ("produced by Besson and directed by Megaton" against
    "produced by Megaton"), or a place only where it fills other slots
    ("police in Grenoble" against "flown to hospital in Grenoble": a story
    names a town for many things). A company's role for a thing ("made by") is left to
    company-role, which tells the things apart. A slot that holds one name
    ("born in", "based in", data/slot_arity.csv) needs only the same named
    subject in both sentences; one that holds many ("starred", "members") is
    never a conflict. Words of one slot share its name ("based in",
    "headquartered in", "is in": where a thing is; "written by", "penned
    by") and count as one word when the sentences are compared; a word or two
    describing the name do not part it from its slot ("directed by veteran
    filmmaker Tom Reyes"). A place within the other's place agrees with it
    ("based in Milan", "based in Italy", by knowledge/places.csv). The same slot word tied to its name differently is
    two slots ("founded as X", "founders of Y", "founded by Z"), and so are
    the one who does a thing and what it is done to ("the Greens won",
    "won by the Conservatives" against "won the Hartlepool seat"). A shared
    word does not make two names one ("Tracey Edmonds" is not "Kenneth
    Edmonds"); one name within the other does. A sentence that opens with
    a pronoun ("It was written by Siva Reddy") speaks of what its document
    named before it, or of anything when it opens the document: the other
    sentence's named subject is then no word the two fail to share, and a
    subject the document has not named is someone else. A name said to be
    the one who did a thing ("Sandra Pike is the winner of the Booker
    Prize", "the author of the audit was Anna Holt", data/agent_nouns.csv)
    fills the slot of the thing done ("won by", "written by"), and so does
    the owner of the act's noun ("Ana Ruiz's win in the time trial",
    data/act_nouns.csv); said of two
    different things ("the author of the audit", "the author of the
    novel") it fills two. So does the subject of a passive of giving
    before a capitalised title ("Ivo Brandt was named Player of the Year",
    data/recipient_verbs.csv) and the one who did a thing first ("the
    first woman to lead the board", data/first_words.csv): such things
    named in full are one only in the same words ("Young Player of the
    Year" is another title).

    What a verb is done to is many ("Mara Lind sang 'Blue Harbour'" and
    "sang 'Old Roads'"), unless the verb takes one thing at a time
    (data/slot_arity.csv done_to: a player "joined" one club). Two names
    that each do a verb the slot file does not know are two doers ("Sandra
    Pike resigned", "Ruth Adler resigned"). A slot filled anew from time to
    time (slot_arity.csv again: "won", "held", "hosted") holds two names
    at two times that do not overlap ("the 2023 Harlow Prize", "the 2024
    Harlow Prize"). A name after the other's "of" is not within it ("Labour"
    is not "the Federation of Labour"), and one name misspelt word by word
    is one ("Marissa Corva", "Marisa Corva").

    Where a person works or studies ("a professor at Lund University") is
    compared by part employer, person by person.

    Two doers of a verb done to two different names did two things ("Maria
    Lenz played Anna Berg", "Rita Vale played Tova Lind"). The names listed
    with a name fill its slot with it and are none of its subjects ("took
    place in Leeds, York and Hull"). A state one sentence says is over ("was
    the capital until 1902", "no longer runs it") is not compared with
    one the other says now. The name someone was born with ("born Lisa
    Song", "born under the name Lisa Song") is a slot of its own.

    A town before a firm's trade ("the Lyon architects Morel & Vidal",
    data/trade_nouns.csv) says where the firm is, as "Lyon-based" does. After
    a preposition of place ("a farmhouse near Tarvik",
    data/place_prepositions.csv) the slot is the thing said to be there, and
    two such things are one only when the sentences say more alike than the
    thing and its place, of overlapping times ("grew up in a farmhouse near
    Brennsund" is another farmhouse).

    The place of one act of the story is a slot of one name, said in any
    of its words ("made in", "manufactured in"; "jailed at", "sentenced
    at", "sent to prison at": data/slot_arity.csv and, for words that say
    it together, data/slot_phrases.csv), and pairs its claims however
    common its word is to the story (slot_arity.csv common "pairs"). A
    place that opens its sentence fills the slot said after it ("At
    Ipswich Crown Court on Friday, he was jailed"). A thing is sold in
    many places; a story's dead died in many. A slot word that is the slot
    only right before its preposition (slot_arity.csv adjacent: "made in
    China", not "made his debut in Madrid") and a passive said of two
    things ("The decision was made in Brussels", "The film was made in
    Vancouver") are two facts.

    The firm taken on for one job is a slot too ("hired X", "has engaged
    X", "brought in the firm X", "called in X": the phrase's "in" is no
    place), one name for each job: two are one job only when both
    sentences say it alike after the names ("to investigate the breach",
    "as head coach"; "as chief of staff" and "as press secretary" are two
    posts, and a hire with no job said is one of many), and a hire dated before the
    story (slot_arity.csv again "earlier": "hired Y after its 2025
    attack") is an earlier one told in passing. A doer's verb done to one
    name ("Moelis advised Halberg") and a passive's agent done to another
    ("Calder is advised by Evercore") are two clients' advisers.

    Two names of one kind told in alike surroundings (the content words
    right around each in its clause, weighed by rarity in general English:
    "were flown to hospital in X" and "flown to the university hospital in
    Y", "crews from contractor X" and "contractors with Y") fill one role
    however common its word is to the story; and a report that writes the
    other's name only in other surroundings ("Prosecutors in X are
    investigating") has not named it for that role. A name in a person's
    description ("said Ann Lowe, chief economist at X"), before the noun
    it describes ("the Keldby substation"), in one of a kind ("a resident
    of X"), a range ("the Julian Alps") and a name after a verb of an act
    ("earlier batches came from X") are left as before.
    """
    names = _names_by_doc(ctx)
    spans = _name_spans(ctx)
    corpus = ctx.corpus
    entities = [
        c for c in ctx.claims
        if c.mention.kind == "entity" and c.mention.role in _SLOT_ROLES and not c.mention.office
        # "Fernando Lind, 31, was named Player of the Year": the one who won it; "At Leeds Crown Court, Tom Hale was
        # jailed": where he was
        and (c.attribute or agent_of(c) or opens_as_venue(c))
    ]
    # what a name's sentence says of it is read once for each way it is written, not for every copy of the sentence
    writing = ctx.writings
    slots = read_per_writing(slots_of, entities, writing)
    filled = [c for c in entities if slots[id(c)]]  # a name in no slot is compared with none
    # a company's role for a thing is compared by company-role, thing by thing; an organisation's post by title-holder
    roles = read_per_writing(role_of, filled, writing)
    posts = read_per_writing(post_of, [c for c in filled if roles[id(c)] is None], writing)
    # a post held is compared by title-holder, but not what its holder is said to have done ("the most recent
    # recipient of the award is Tarvo manager Sandra Pike")
    claims = [c for c in filled if roles[id(c)] is None and (posts[id(c)] is None or agent_of(c))]
    employed = employer_claims(ctx)  # where a person works is compared by employer, person by person
    claims = [c for c in claims if id(c) not in employed]

    negated = read_per_writing(_negated, claims, writing)
    link = read_per_writing(link_of, claims, writing)
    acting = read_per_writing(acts, claims, writing)
    described = {id(c): noun_described(ctx.documents[c.doc].text, c.start, c.end) for c in claims}
    # the roles each document gives a name; not the slot of a noun the name describes ("died in the Harbour Hotel
    # fire": the fire is where they died, the hotel where the fire was)
    roles_of = slots_by_name([c for c in claims if described[id(c)] is None], slots)
    # where each document gives a name and the slots it fills there (none for a name in no slot)
    slotted: dict[str, list[tuple[int, int, frozenset[str]]]] = defaultdict(list)
    for c in ctx.claims:
        if c.mention.kind == "entity":
            slotted[c.doc].append((c.start, c.end, frozenset(slots.get(id(c), ()) if _where_a_thing_is(c) else ())))
    names_in: dict[tuple[str, int], list] = defaultdict(list)  # the names each sentence gives
    for c in ctx.claims:
        if c.mention.kind == "entity":
            names_in[(c.doc, c.sentence.start)].append(c.mention)
    # whose fact each is: "Acme Corp opened a factory in Leeds" is Acme's, "Birch Ltd's factory in Hull" Birch's
    owner = read_per_writing(lambda c: claim_agent(c.sentence, c.mention, names_in[(c.doc, c.sentence.start)]),
                             claims, writing)

    ended = read_per_writing(_ended, claims, writing)
    thing = read_per_writing(thing_done_to, claims, writing)
    described_by = read_per_writing(name_described, claims, writing)
    placed = read_per_writing(after_place_preposition, claims, writing)
    # a turn dated more than STORY_LEAD_DAYS before its report ("hired X in 2019") is an earlier one told in passing
    told_in_passing = {id(c): _long_before(c, ctx.documents[c.doc].published) for c in claims}
    done_to = {id(c): _object_of(c, names_in[(c.doc, c.sentence.start)]) for c in claims if acting[id(c)]}
    # the client a doer's verb is done to, named right after it ("advised Calloway") or before a passive
    # ("Calloway is advised by")
    client = {id(c): _active_object(c) if acting[id(c)] else _passive_object(c) for c in claims}
    # the names listed with a name fill its slot with it ("took place in Leeds, York and Hull"): none is its subject
    unlisted = {id(c): _without_listed(c, names_in[(c.doc, c.sentence.start)]) for c in claims}
    # the words right around each name: what it is to its sentence ("flown to hospital in", "substation near")
    # (none for a name said before the noun it describes, "the Whakarau substation": the noun is what is told)
    surrounding = {
        id(c): frozenset() if modifies_noun(ctx.documents[c.doc].text, c.start, c.end)
        else around(ctx.documents[c.doc].text, c.start, c.end, spans[c.doc])
        for c in claims
    }

    def _may_be_the_other(a: Claim, b: Claim) -> bool:
        """Whether a name describes the very kind of thing the other name is ("the Harwick church" and "St Aldric's
        Church"): the town's church may be the named one."""
        noun = described[id(a)]
        return noun is not None and (b.mention.canonical or b.mention.text).lower().split()[-1] == noun.lower()

    def _told_alike(a: Claim, b: Claim) -> bool:
        """Whether two names of one kind are told in alike surroundings, in sentences that name no one the
        other report does not ("said Ann Lowe, chief economist at X" is of Ann Lowe)."""
        if not _one_kind(a.mention.role, b.mention.role) or alike_around(surrounding[id(a)], surrounding[id(b)]) < AROUND_SAME:
            return False  # a place and a firm, or a place and a name of no kind told, are two things
        if a.mention.role in ("place", None) and any(names_a_range(ctx.documents[c.doc].text, c.start, c.end) for c in (a, b)):
            return False  # "an avalanche in the Tyrolean Alps" and "on the Brenner Kogel": the range holds the peak
        return not (_names_others(a, b) or _names_others(b, a))

    def _one_kind(ra: str | None, rb: str | None) -> bool:
        # a firm after its trade ("contractor Halvard Drilling") may be read as a person, as after a title: a
        # person's name and a name of no kind told may be one kind; a place or a body and such a name are not
        # ("recalled kettles in Canada", "the kettle was a Brisa K-20")
        return ra == rb or {ra, rb} == {"person", None}

    def _names_others(a: Claim, b: Claim) -> bool:
        return any(
            m.role == "person" and m is not a.mention and (m.canonical or m.text).lower() not in names[b.doc]
            for m in names_in[(a.doc, a.sentence.start)]
        )

    def _before(c: Claim) -> str:
        return ctx.documents[c.doc].text[: c.sentence.start]

    named_sentences: dict[str, list[int]] = defaultdict(list)  # where each document's sentences that name start
    for doc, start in sorted(names_in):
        named_sentences[doc].append(start)

    def _last_named(c: Claim) -> str:
        """The last name its document gives before the claim's sentence: what "the company" stands for."""
        starts = named_sentences[c.doc]
        i = bisect_left(starts, c.sentence.start)
        if i == 0:
            return ""
        last = max(names_in[(c.doc, starts[i - 1])], key=lambda m: m.start)
        return last.canonical or last.text

    # the names each document puts in each slot: a slot one report fills with one name only is that report's one
    # answer, which another report's one name for it answers too ("flown to hospital in Sion", "taken to hospital in
    # Visp"), however common the slot's word is to the story
    in_slot: dict[tuple[str, str], set[str]] = defaultdict(set)
    for c in claims:
        for tag in slots[id(c)]:
            in_slot[(c.doc, tag)].add((c.mention.canonical or c.mention.text).lower())

    def _alone(c: Claim, tag: str) -> bool:
        """The report's one name for the slot, listed with no other ("stores in Halifax and Doncaster"), and not the
        one quoted ("Dunsmore said"), who fills no slot of the words quoted."""
        return len(in_slot[(c.doc, tag)]) == 1 and unlisted[id(c)] is c and not _speaks(c)

    def _names_a_person(c: Claim) -> bool:
        return any(m.role == "person" and m is not c.mention for m in names_in[(c.doc, c.sentence.start)])

    def _one_answer_each(a: Claim, b: Claim, tag: str) -> bool:
        """Each report's one name for a slot, after a preposition ("the hospital in Sion", "a contract with Aldwick
        Motors", "the 28 stores from Pellow Foods"), of the story's own time, neither in a headline, the slot's word no
        word of a name ("the Tour of Oman", "Morocco's Interior Ministry" put no name in a slot), the two names of
        one kind as the story's reports take them ("Italy" and a man quoted are two kinds). Where a story's people
        died or were hurt is no one answer: a storm's dead died in many places; nor is a kind of place ("the region
        of Al Haouz", data/settlement_nouns.csv), which says what the name is, not what it was in the story; nor a
        person's ("the 23-year-old from Zulte", "the man from Leeds": where each is from, compared person by person)."""
        return (
            link[id(a)] == link[id(b)] == "prep"
            and _alone(a, tag) and _alone(b, tag) and not outcome_measure(tag[1:]) and tag[1:] not in _settlement_stems()
            and not _of_a_person(tag[1:])
            and ctx.roles_of(a.mention.text) == ctx.roles_of(b.mention.text)
            and not (is_caption(a.sentence) or is_caption(b.sentence) or _in_headline(a) or _in_headline(b))
            and not (told_in_passing[id(a)] or told_in_passing[id(b)])
            and tag[1:] not in _capitalised(a.sentence.text) | _capitalised(b.sentence.text)
        )

    def _in_headline(c: Claim) -> bool:
        return "\n" not in ctx.documents[c.doc].text[: c.start]  # the report's first line

    def keys(c: Claim):
        story = ctx.story_of(c.doc)
        # the one place of one act ("made in", "sentenced at") pairs its claims however common its word is to the
        # story: every report of a recall says where the thing was made
        yield from ((story, tag) for tag in slots[id(c)] if _keyed(c.doc, tag) or _alone(c, tag))
        # a rare word right around the name ("substation near", "contractor") pairs it however common its slot
        # word is to the story: the score then asks that the two be told in alike surroundings
        yield from ((story, AROUND, word) for word in surrounding[id(c)] if not everyday(word))

    def _keyed(doc: str, tag: str) -> bool:
        return ctx.blocks_on(doc, tag[1:]) or pairs_however_common(tag)

    def score(a: Claim, b: Claim) -> float:
        roles = {a.mention.role, b.mention.role} - {None}
        shared = slots[id(a)] & slots[id(b)]
        if len(roles) > 1 or not shared or negated[id(a)] or negated[id(b)]:
            return 0.0
        if _may_be_the_other(a, b) or _may_be_the_other(b, a):
            return 0.0  # "the roof of the Harwick church" and "the roof of St Aldric's Church"
        if link[id(a)] and link[id(b)] and link[id(a)] != link[id(b)]:
            return 0.0  # "founded as the Golden State Convention" names the thing, "founders of" its founders
        if not known_roles(shared) and acting[id(a)] and acting[id(b)]:
            return 0.0  # "Ana Ruiz resigned", "Tom Hale resigned": many do what the slot file does not know
        if acting[id(a)] and acting[id(b)] and _other_objects(done_to[id(a)], done_to[id(b)]):
            return 0.0  # "Maria Lenz played Anna Berg", "Rita Vale played Tova Lind": two parts, two players
        if acting[id(a)] != acting[id(b)] and link[id(a)] == link[id(b)] == "by" and _other_objects(
            client[id(a)], client[id(b)]
        ):
            return 0.0  # "Nordmark is advised by Evercore", "Moelis advised Halberg": two clients, two advisers
        if link[id(a)] == DONE_TO and not one_thing_done_to(shared):
            return 0.0  # "Mara Lind sang 'Blue Harbour'" and "Mara Lind sang 'Old Roads'": one singer, many songs
        if link[id(a)] == DONE_TO and other_purposes(a, b, shared):
            return 0.0  # "hired X to investigate the breach", "hired Y to rebuild its network": two jobs
        stood_for = (_stood_for(a, b, _before(a), _last_named(a)), _stood_for(b, a, _before(b), _last_named(b)))
        if None in stood_for:
            return 0.0  # "Ian Cole won. He was born in Leeds" is not of Tom Hart
        # "Played by actress Maria Lenz, the character was created by Tom Hale": of the thing the other names,
        # whoever else its sentence names
        stands_in = bool(stood_for[0] or stood_for[1])
        if not (stands_in or subjects_compatible_without(unlisted[id(a)], unlisted[id(b)])) or other_things_done(a, b):
            return 0.0
        if None not in (thing[id(a)], thing[id(b)]) and thing[id(a)] != thing[id(b)]:
            return 0.0  # "The decision was made in Brussels", "The film was made in Vancouver": two things
        if _two_names_described(described_by[id(a)], described_by[id(b)]):
            return 0.0  # "Wild Petrel, skippered by X," and "Ironbark Spirit, skippered by Y,": two boats
        if None not in (places := (_place_in_order(a), _place_in_order(b))) and places[0] != places[1]:
            return 0.0  # "named the first victim as X" and "named the second victim as Y": two victims
        if _a_person_and_a_place(ctx, a, b):
            return 0.0  # "Rower Freya Callender" and "the rower from Dunmarrow": who she is, and where she is from
        if owners_differ(owner[id(a)], owner[id(b)]):
            return 0.0  # "Acme Corp opened a factory in Leeds" and "Birch Ltd opened a factory in Hull": two firms'
        if ended[id(a)] != ended[id(b)]:
            return 0.0  # "Brenna was the capital until 1902" and "Tarvik is the capital": then and now
        if filled_again(shared) and (held_now(a) and b.time or held_now(b) and a.time):
            return 0.0  # "the reigning Footballer of the Year" and "named Footballer of the Year in 2019": which year?
        if filled_again(shared) and not ranges_overlap(a.time, b.time):
            return 0.0  # "won the 2023 Booker Prize" and "won the 2022 Booker Prize": two years, two winners
        if earlier_turn_told(shared) and told_in_passing[id(a)] != told_in_passing[id(b)]:
            return 0.0  # "hired X to investigate" and "hired Y after its 2025 attack": an earlier turn, told in passing
        if many_valued(shared) and link[id(a)] != DONE_TO:
            return 0.0  # a film stars many actors: naming another is no contradiction
        ignore = _name_stems(a) | _name_stems(b) | stood_for[0] | stood_for[1]
        if placed[id(a)] != placed[id(b)]:
            return 0.0  # "sank off Carrick Head" and "sank in the Skerrow Deep": a point it is placed from, and its place
        if placed[id(a)] and (not _said_alike_beside(a, b, ignore) or not ranges_overlap(a.time, b.time)):
            return 0.0  # "found in a farmhouse near X" and "grew up in his family's farmhouse near Y": two farmhouses;
            # "died near Marrin in 2019" and "died near Tarvo in 1998": two accidents
        similarity = context_similarity(in_slot_words(a, b, shared), b, corpus, ignore=ignore)
        told_alike = _told_alike(a, b)
        one_answer_each = any(_one_answer_each(a, b, tag) for tag in shared)
        if not told_alike and not one_answer_each and not any(_keyed(a.doc, tag) for tag in shared):
            return 0.0  # a slot word most reports of the story use ("the substation") pairs only names told alike
        if told_alike:
            return max(similarity, SAME_SLOT)  # "crews from contractor X", "contractors with Y": one role, told alike
        if same_thing_done(a, b):
            return max(similarity, SAME_SLOT)  # one title given to two names: "was named Player of the Year"
        if one_answer_each and not stands_in and not (_names_a_person(a) or _names_a_person(b)):
            # each report's one name for the slot, in sentences of no one ("he studied at Tarvo University" is Ian
            # Cole's, "Tom Hart studied at Holm University" another man's): "flown to hospital in Sion"
            return max(similarity, SAME_SLOT)
        if single_valued(shared) and (stands_in or _names_subject_of(a, b) or _names_subject_of(b, a)):
            return max(similarity, SAME_SLOT)  # one person is based in one city, whatever else is said of them
        return similarity

    def agree(a: Claim, b: Claim) -> bool:
        na = (a.mention.canonical or a.mention.text).lower()
        nb = (b.mention.canonical or b.mention.text).lower()
        if na == nb:
            return True
        shared = slots[id(a)] & slots[id(b)]
        if in_other_role(roles_of[a.doc].get(nb), shared) or in_other_role(roles_of[b.doc].get(na), shared):
            return False  # "produced by Besson and directed by Megaton": Megaton is named, as the director
        if one_place_within_other(ctx, a.mention, b.mention):
            return True  # "based in Milan" and "based in Italy"
        # a place the other source writes only where it fills other slots ("the prosecutor in Innsbruck" against
        # "flown to hospital in Innsbruck") is not named there for this one: a story names a town for many things
        a_elsewhere = _place_only_elsewhere(a, ctx.documents[b.doc].text, slotted[b.doc], shared)
        b_elsewhere = _place_only_elsewhere(b, ctx.documents[a.doc].text, slotted[a.doc], shared)
        # a name the other source writes only in other surroundings ("Prosecutors in York are investigating"
        # against "flown to hospital in York") is not named there for this fact, when the two names are told in
        # alike surroundings themselves (a name said only by the way, "York said", has no role to tell apart)
        if _told_alike(a, b):
            told = surrounding[id(a)] | surrounding[id(b)]
            a_elsewhere = a_elsewhere or named_around_elsewhere(a.mention.text, ctx.documents[b.doc].text,
                                                                spans[b.doc], told)
            b_elsewhere = b_elsewhere or named_around_elsewhere(b.mention.text, ctx.documents[a.doc].text,
                                                                spans[a.doc], told)
        if (na in names[b.doc] and not a_elsewhere) or (nb in names[a.doc] and not b_elsewhere):
            return True
        if _one_name_within(na, nb) or _one_name_within(nb, na) or spelt_alike(na, nb) or spelt_alike_in_one_post(na, nb):
            return True  # "Justin Lowe" and "Justine Lowe": one name, misspelt (name-variant tells it); in one slot,
            # "Siobhan Garvey" and "Siobhan Garvie" too
        if written_as_heard(na, nb):
            return True  # "Fareed al-Mansouri" and "Farid al-Mansouri": one name in two spellings
        if (_words_named(_name_words(na), names[b.doc]) and not a_elsewhere) or (
            _words_named(_name_words(nb), names[a.doc]) and not b_elsewhere
        ):
            return True
        return (_written_in(a.mention.text, ctx.documents[b.doc].text, spans[b.doc]) and not a_elsewhere) or (
            _written_in(b.mention.text, ctx.documents[a.doc].text, spans[a.doc]) and not b_elsewhere
        )

    # a score is kept for each pair of writings, but a sentence that says its subject by a pronoun or its kind
    # ("It was written by", "The company was founded by") is read with what its document said before it
    # (`_stood_for`), which copies of it in other reports need not share
    def scored_as(c: Claim) -> tuple:
        if stand_in(c.sentence.text) is None:
            return (writing[id(c)],)
        before = _before(c)
        return writing[id(c)], bool(before.strip()), frozenset(content_terms(before)), _last_named(c)

    read_alike: dict[tuple, int] = {}
    scored = {id(c): read_alike.setdefault(scored_as(c), len(read_alike)) for c in claims}
    for a, b, s in mutual_conflicts(claims, keys, score, agree, threshold=SAME_SLOT, close=0.1, as_written_only=True,
                                 writing=scored):
        slot = sorted(slots[id(a)] & slots[id(b)])[0]
        yield Discrepancy(
            kind="entity-conflict",
            severity=Severity.error,
            summary=f"{a.doc} names {a.mention.text}, {b.doc} names {b.mention.text}",
            claims=(a, b),
            explanation=(
                f"Both sentences state the same fact (match {s:.2f}) with a different name "
                f"next to \"{slot[1:]}\"; neither source names the other's."
            ),
        )




_VERB_THEN_OBJECT = re.compile(r"\s+(?:[a-z]+\s+)?[a-z]+\s+(?:the\s+)?")  # "played", "first climbed the"


@cache
def _person_stems() -> frozenset[str]:
    return frozenset(stem(noun) for noun in person_nouns())


def _of_a_person(word: str) -> bool:
    """Whether a slot's word is a person, told by an age or a noun only a person is ("23-year-old", "man")."""
    return word.endswith("year-old") or word in _person_stems()


@cache
def _settlement_stems() -> frozenset[str]:
    return frozenset(stem(row["noun"]) for row in rows("settlement_nouns.csv"))


def _capitalised(text: str) -> frozenset[str]:
    """The stems of the words a sentence capitalises past its first: words of names ("the Tour of Oman")."""
    return frozenset(stem(w.lower()) for w in WORD.findall(text)[1:] if w[:1].isupper())


def _a_person_and_a_place(ctx: Context, a: Claim, b: Claim) -> bool:
    """Whether one name is only a person's and the other only a place's, as the story's reports take them: one slot
    holds names of one kind, and two of two kinds say two things ("Rower Freya Callender", "the rower from
    Dunmarrow")."""
    names = [c.mention.canonical or c.mention.text for c in (a, b)]
    person = [n in ctx.people and not ctx.is_place(n) for n in names]
    place = [ctx.is_place(n) and n not in ctx.people for n in names]
    return (person[0] and place[1]) or (person[1] and place[0])


def _said_alike_beside(a: Claim, b: Claim, ignore: set[str]) -> bool:
    """Whether two sentences share a word besides the words right before their names, the names they give and
    prepositions of place: a thing near a place ("a farmhouse near X") is one thing only if more is said alike."""
    named = {stem(w) for name in (*a.subject, *b.subject) for w in name.split()}
    nearest = {t[1:] for t in (*a.attribute, *b.attribute) if t.startswith("<")}
    return bool((set(a.context) & set(b.context)) - ignore - named - nearest - place_prepositions())


def _object_of(c: Claim, names: Sequence[Mention]) -> str | None:
    """The name right after the verb a name does: "Anna Berg" in "Maria Lenz played Anna Berg"; None if none."""
    text, rel = c.sentence.text, c.sentence.start
    after = [m for m in names if m.start >= c.end]
    if not after:
        return None
    nearest = min(after, key=lambda m: m.start)
    if not _VERB_THEN_OBJECT.fullmatch(text[c.end - rel : nearest.start - rel]):
        return None
    return (nearest.canonical or nearest.text).lower()


# "Nordmark is advised by", "Calloway, which is being advised by the bank": a passive's verb and its "by", after the
# capitalised words of the name the verb is done to (a name that opens a sentence need be no claim of its own)
_PASSIVE_AGENT_LEAD = re.compile(
    r"(?<![\w'’&-])(?P<name>[A-Z][\w'’-]*(?:\s+(?:&\s+)?[A-Z][\w'’-]*)*)"
    r"\s*(?:,\s*(?:which|who)\s+)?(?:is|are|was|were|(?:has|have|had)\s+been)\s+(?:being\s+)?[a-z]+\s+by\s+"
    r"(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,2}$"
)
_PASSIVE_REACH = 90  # characters before a name that hold "Calloway Foods, which is being advised by the bank"


# "advised Calloway, while", "advised the Tarvo FA on the appeal": a verb and the name right after it, up to the end
# of its clause or a preposition ("bought the Bergen shipping firm Kystlinje" describes its name, and says none)
_ACTIVE_CLIENT = re.compile(
    r"\s+[a-z]+\s+(?:the\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+(?:&\s+)?[A-Z][\w'’-]*)*)"
    r"(?=\s*(?:[,.;:]|$)|\s+(?:on|in|for|over|at|while|and|as)\b)"
)


def _active_object(c: Claim) -> str | None:
    """The name a doer's verb is done to, named right after it: "stonebridge" in "Goldman Sachs advised
    Stonebridge"; None if none."""
    found = _ACTIVE_CLIENT.match(c.sentence.text, c.end - c.sentence.start)
    return found["name"].lower() if found else None


def _passive_object(c: Claim) -> str | None:
    """The name a passive's agent does its verb to, named right before it: "nordmark" in "Nordmark is advised by
    Evercore", as "Evercore advised Nordmark" names it after the verb; None if none, or a pronoun ("It is
    advised by")."""
    rel = c.sentence.start
    found = _PASSIVE_AGENT_LEAD.search(c.sentence.text, max(0, c.start - rel - _PASSIVE_REACH), c.start - rel)
    if found is None or found["name"].lower() in stopwords():
        return None
    return found["name"].lower()


def _long_before(c: Claim, published: dt.date | None) -> bool:
    """Whether a claim is dated to a time that ended more than STORY_LEAD_DAYS before its report was published: an
    earlier occurrence its report tells in passing ("hired Marrow Cyber after its 2025 attack")."""
    return bool(c.time and published) and c.time[1] < published - dt.timedelta(days=STORY_LEAD_DAYS)


def _other_objects(a: str | None, b: str | None) -> bool:
    """Whether two verbs are done to two different names ("Anna Berg", "Tova Lind"), not one name written
    in full and in short ("Anna Berg", "Berg")."""
    return bool(a and b) and a != b and not (_one_name_within(a, b) or _one_name_within(b, a))


_LISTED = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s+)")  # between two names of one list


def _without_listed(c: Claim, names: Sequence[Mention]) -> Claim:
    """The claim without the names listed with its own among its subjects: "Leeds" of "took place in Leeds, York
    and Hull" is of the event, not of York and Hull."""
    text, rel = c.sentence.text, c.sentence.start
    ordered = sorted(names, key=lambda m: m.start)
    i = next((k for k, m in enumerate(ordered) if m.start == c.start), None)
    if i is None:
        return c
    listed: set[str] = set()
    for step in (-1, 1):
        k = i
        while 0 <= k + step < len(ordered):
            left, right = sorted((ordered[k], ordered[k + step]), key=lambda m: m.start)
            if not _LISTED.fullmatch(text[left.end - rel : right.start - rel]):
                break
            k += step
            listed.add(ordered[k].canonical or ordered[k].text)
    subject = tuple(s for s in c.subject if s not in listed)
    return c if subject == c.subject else dataclasses.replace(c, subject=subject)


def _stood_for(a: Claim, b: Claim, before: str, last_named: str = "") -> set[str] | None:
    """The words of `b`'s opening subject when `a`'s sentence stands for its subject by a pronoun or by its
    kind (`stand_in`): "Goosebumps is penned by Darren Lemke" against "It was written by Siva Reddy" or "The
    film was written by Siva Reddy". The pronoun stands for what `before`, the text before it in its document,
    has named, or for anything when it opens the document; None when it stands for something else ("Ian Cole
    won. He was born in Leeds" against "Tom Hart was born in Bristol"), or for a thing of another kind than
    `b` gives its own ("The film was directed by Tom Reyes" against "The play Night Ferry was directed by").
    A kind stands for the last name before it, `last_named`: after "Halden Group bought Kystlinje.", "The
    company was founded by Anna Berg" may be of Kystlinje, not of Halden Group."""
    kind = stand_in(a.sentence.text)
    if kind is None:
        return set()
    if kind != PRONOUN and kind_of_opening(b.sentence.text) not in (None, kind):
        return None
    opening = []
    for w in WORD.finditer(b.sentence.text, subject_start(b.sentence.text)):  # "Before joining the bank she": "she"
        word = w.group().lower()
        if word in stopwords() and opening:
            break
        opening.append(word)
        if word.endswith(("'s", "’s")):
            break  # "The Lantern Fund's founder": the subject is the owner, "the Lantern Fund"
    words = set(content_terms(" ".join(opening)))
    if not words or words & set(a.context):
        return set()  # the sentence names them itself: the pronoun is someone else
    if before.strip() and not words & set(content_terms(before)):
        return None  # the pronoun goes back to something else its document has named
    if kind != PRONOUN and last_named and not words & set(content_terms(last_named)):
        return None  # "the company" after "Halden Group bought Kystlinje." may be Kystlinje
    return words


_WORD_OF_NAME = re.compile(r"\w+(?:[-'’]\w+)*")  # a word as names are split into words: "HX-500", "O'Neill"


def _names_subject_of(a: Claim, b: Claim) -> bool:
    """Whether `b`'s sentence names a subject of `a` (its own name aside): "Vantha Raghunandan is based in
    Madrid" against "Raghunandan, a businessman based in Milan" speak of one man."""
    words = {w.lower() for name in a.subject if name != a.mention.canonical for w in name.split() if len(w) >= 4}
    own = {w.lower() for w in (b.mention.canonical or b.mention.text).split()}
    text = {w.lower() for w in _WORD_OF_NAME.findall(b.sentence.text)}
    return bool((words - own) & text)


_NAME_WORD = 4  # letters in the shortest word that tells a name ("Lind" tells, "de" and "Bay" do not)
_OF = re.compile(r"\s+of\s+")  # "Federation of Labour": the body named is the federation, of labour


def _name_words(name: str) -> set[str]:
    return {w for w in name.split() if len(w) >= _NAME_WORD}


def _head_words(name: str) -> set[str]:
    """The words of a name that say what it names, those before its "of": "federation of labour" names a
    federation, not labour; "eddie guerrero" names by both its words."""
    return _name_words(_OF.split(name, maxsplit=1)[0])


def _one_name_within(name: str, other: str) -> bool:
    """Whether a name's words are all among the other's and name what it names ("raghunandan" within
    "vantha raghunandan", "acme" within "acme bank"); a shared surname alone is not one name ("tracey edmonds"
    is not "kenneth edmonds"), nor is a word after the other's "of" ("labour" is not "federation of labour")."""
    words = _name_words(name)
    return bool(words) and words <= _name_words(other) and bool(words & _head_words(other))


def _words_named(words: set[str], named: set[str]) -> bool:
    """Whether all of a name's words are among the names (and their head words) a document gives."""
    return bool(words) and words <= named


# a state the sentence says is over: "was the capital until 1902", "no longer runs" ("the former director of" is read
# where the noun is: slots.agent_of)
_ENDED = re.compile(r"\b(?:was|were|had\s+been)\b[^.;]*\b(?:until|till)\b|\bno\s+longer\b", re.IGNORECASE)


def _ended(c: Claim) -> bool:
    """Whether the name's sentence says the state it fills is over ("Brenna was the capital until 1902")."""
    return _ENDED.search(c.sentence.text) is not None


def _negated(c: Claim) -> bool:
    """"did not play for the Lakers": a negated slot says nothing about who fills it."""
    lead = c.sentence.text[max(0, c.start - c.sentence.start - 40) : c.start - c.sentence.start]
    return _NEGATED.search(lead) is not None


def _name_stems(c: Claim) -> set[str]:
    return {stem(w) for w in (c.mention.canonical or c.mention.text).split() if len(w) >= 3}


# "a depot in Lyon", "the regional prosecutor in Innsbruck", "its new stadium at Braga": a place said as where a
# thing is, the thing a noun after a determiner and perhaps one word of description (a verb's place, "earlier batches
# came from China", "were assembled in China", may tell the same fact in other words)
_THING_THERE = re.compile(
    r"(?:\b(?i:a|an|the|its|their|his|her|our|this|that)|['’]s)\s+(?:(?P<described>[a-z][\w-]*)\s+)?"
    r"(?P<noun>[a-z][\w-]*)\s+(?:" + "|".join(("in", "at", *(row["word"] for row in rows("place_prepositions.csv")))) + r")\s+(?:the\s+)?$"
)
_THING_REACH = 60  # characters before a place that hold "its biggest rival's new depot in"
_NOT_A_THING = frozenset({"is", "are", "was", "were", "be", "been", "being", "has", "have", "had"})


def _where_a_thing_is(c: Claim) -> bool:
    """Whether a place is said as where a thing is ("a depot in Lyon", "the prosecutor in Innsbruck"), not as
    where something was done ("were assembled in China")."""
    rel = c.sentence.start
    found = _THING_THERE.search(c.sentence.text, max(0, c.start - rel - _THING_REACH), c.start - rel)
    if found is None or found["described"] in _NOT_A_THING:
        return False
    noun = found["noun"]
    return noun not in _NOT_A_THING and not (noun.endswith("ed") and len(noun) > 4)


def _place_only_elsewhere(c: Claim, text: str, slotted: Sequence[tuple[int, int, frozenset[str]]],
                          shared: set[str]) -> bool:
    """Whether a document writes a claim's place only as where other things are (`slotted`: its names, and the
    slots of those said so): "Innsbruck" in "the prosecutor in Innsbruck said" and "Innsbruck" of "flown to
    hospital in Innsbruck" are one town for two things; a place it writes in no slot ("Innsbruck police said")
    or as where something was done ("came from Innsbruck") is named there for anything."""
    if c.mention.role != "place":
        return False
    found = list(re.finditer(r"(?<!\w)" + re.escape(c.mention.text) + r"(?!\w)", text))
    return bool(found) and all(
        any(start <= f.start() and f.end() <= end and filled and not filled & shared for start, end, filled in slotted)
        for f in found
    )


def _written_in(name: str, text: str, names: Sequence[tuple[int, int]] = ()) -> bool:
    """Whether the other source writes the name at all, recognised as a name there or not; not as a word of
    a longer name it gives (`names`, their spans), which stands for itself ("Labour" in "the Federation of
    Labour")."""
    for found in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
        if not any(s <= found.start() and found.end() <= e and e - s > len(name) for s, e in names):
            return True
    return False


# "at the Olympia Hall in Tarvo": the town a named place stands in, right after it
_TOWN_AFTER = re.compile(r"\s+in\s+(?P<town>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")


def _town_of(c: Claim) -> str | None:
    """The name right after a claim's name and "in", as the sentence writes it ("Tarvo" after "at the Olympia
    Hall in"): where the named thing is, not what the sentence speaks of; None when no name follows so."""
    found = _TOWN_AFTER.match(c.sentence.text, c.end - c.sentence.start)
    return found["town"] if found else None


def subjects_compatible_without(a: Claim, b: Claim) -> bool:
    """Subjects agree once each claim's own name is set aside (it is the thing that differs); a word two
    named subjects share is not enough when it is a word of both names ("the Booker Prize" and "the Costa
    Prize" are two prizes), but one name within the other is one ("Guerrero", "Eddie Guerrero"). The town a
    named place stands in is the place's, no subject ("at the Olympia Hall in Tarvo")."""
    sa = tuple(x for x in a.subject if x not in (a.mention.canonical, _town_of(a)))
    sb = tuple(x for x in b.subject if x not in (b.mention.canonical, _town_of(b)))
    if not sa or not sb:
        return True
    if set(sa) & set(sb):
        return True
    wa = [{w.lower() for w in x.split()} for x in sa]
    wb = [{w.lower() for w in x.split()} for x in sb]
    if any(x <= y or y <= x for x in wa for y in wb):
        return True
    ta, tb = name_tokens(sa), name_tokens(sb)
    return subjects_compatible(a, b) and not (ta & tb) or bool((ta & set(b.context)) - tb or (tb & set(a.context)) - ta)


@rule(
    "anachronism",
    Severity.error,
    example='"the Biden administration responded" in a story dated 2025-02-25 (Biden left office 2025-01-20)',
)
def anachronism(ctx: Context) -> Iterator[Discrepancy]:
    """An office holder named for a time outside their term, by the knowledge base.

    The time is the sentence's own date, else the document's publication
    date, else the story's date; sentences that speak of the past on purpose
    ("former", "under the", "had") are left alone.
    """
    for c in _office_claims(ctx):
        # an undated report of the story speaks of the story's time, though its figures are not dated by it
        when = ctx.time_of(c) or ((ctx.story_date, ctx.story_date) if ctx.story_date else None)
        if when is None:
            continue
        slot, person = c.mention.office, c.mention.canonical
        terms = [t for t in ctx.knowledge.terms_of(person) if t[0] == slot]
        if not terms:
            continue
        in_office = ctx.knowledge.holders(slot, when[0])
        if not in_office or person in in_office:
            continue
        spans = "; ".join(f"{s.isoformat()} to {e.isoformat() if e else 'today'}" for _, s, e in terms)
        source = "its sentence" if c.time else ("its document" if ctx.documents[c.doc].published else "the story")
        yield Discrepancy(
            kind="anachronism",
            severity=Severity.error,
            summary=f"{c.mention.text}: {person} was not {slot} on {when[0].isoformat()} ({', '.join(in_office)} was)",
            claims=(c,),
            explanation=(
                f"{person} held the office of {slot} {spans}; the date {when[0].isoformat()} comes from {source}."
            ),
        )


def _post_before(c: Claim) -> tuple[str, ...]:
    """The post said right before a name, in running text, or before it and a comma: ("chief", "executive") of
    "chief executive Lene Strand said" and of "the firm's chief executive, Lene Strand, said", ("judge",) of "Judge Lene Strand said" (a capitalised title of data/titles.csv); () when none
    stands there ("and Lene Strand", a name that opens its sentence)."""
    lead = _without_honorifics(c.sentence.text[: c.mention.start - c.sentence.start])
    own = lead.rstrip().removesuffix(",")
    said = WORD.findall(own[own.rfind(",") + 1 :])  # "referred to police, vice-chancellor Sarah Kettle": not police
    if said and said[0][1:].islower() and len(said) == len(WORD.findall(lead)):
        said[0] = said[0].lower()  # "Structural engineer Professor Anjali Rathaur": the capital only opens the sentence
    # a possessive is whose post it is, no word of it ("Ethiopia's Meseret Tadesse")
    words = [w for w in said[-_POST_WORDS:] if w.islower() and w not in stopwords() and not w.endswith(("'s", "’s"))]
    if words and own.lower().endswith(words[-1]):
        return tuple(words)  # "chief executive Lene Strand", "Northway's chief executive, Lene Strand"
    # a capitalised title of an office (data/titles.csv) right before the name: "Judge Marguerite Lowe"
    title = WORD.findall(lead)[-1:]
    return (title[0].lower(),) if title and lead.endswith(title[0] + " ") and (title[0].lower(),) in titles() else ()


_POST_WORDS = 2  # words of a post before a name: "chief executive", "head coach"


def _without_honorifics(lead: str) -> str:
    """The words before a name without the honorifics that end them ("group leader Cllr", "chief veterinary officer
    Dr"; data/honorifics.csv): the post is said before them."""
    words = lead.rstrip().split()
    while words and words[-1].rstrip(".").lower() in honorifics():
        words.pop()
    return " ".join(words) + " " if words else ""


# a post in apposition after a name, up to the body it serves: ", the union's regional organiser," ", regional
# organiser for the Unified Transport Workers,"
_POST_AFTER_WORDS = 4  # words of a post in apposition, of which the last `_POST_WORDS` are read: "deputy chief veterinary officer"
_POST_AFTER = re.compile(
    rf"^,\s+(?:(?:the|a|an)\s+)?(?:(?:[A-Z][\w&.-]*\s+){{0,2}}[A-Za-z][\w&.-]*['’]s\s+)?"  # "Vantage Live's"
    rf"((?:[a-z][a-z-]*\s+){{0,{_POST_AFTER_WORDS - 1}}}[a-z][a-z-]*)"
    r"(?:\s+(?:for|of|at|with)\b[^,;]*)?\s*(?:[,;.]|$)"
)


def _post_after(c: Claim) -> tuple[str, ...]:
    """The post said in apposition right after a name: ("regional", "organiser") of "Debra Quayle, regional
    organiser for the union," or of "Deborah Quayle, the union's regional organiser,"; () when none."""
    tail = c.sentence.text[c.mention.end - c.sentence.start :]
    match = _POST_AFTER.match(tail)
    if match is None:
        return ()
    said = match.group(1).split()
    words = tuple(w for w in said if w not in stopwords())
    return words[-_POST_WORDS:] if len(words) == len(said) else ()  # the post's last words, as before a name


def _surname(text: str) -> str:
    word = text.split()[-1] if text.split() else text
    return re.sub(r"['’]s$", "", word).strip(".,;:")


def _spelt_as(claims: Sequence[Claim]) -> str:
    """How claims that spell a surname alike, its case aside, write it: as one written in lower case does where
    one does ("Wierzbicki", not the "WIERZBICKI" of a transcript's speaker or a dateline)."""
    written = [_surname(c.mention.text) for c in claims]
    return next((w for w in written if not w.isupper()), written[0])


@rule(
    "name-variant",
    Severity.warning,
    example='"Zelenskiy" (5 times) and "Zelenzky" (once) for the same person: a likely typo',
)
def name_variant(ctx: Context) -> Iterator[Discrepancy]:
    """One person spelled differently; a one-off spelling that no alias list knows is a likely typo.

    Known transliterations (Zelensky / Zelenskyy / Zelenskiy) used by
    different outlets are house style and are not flagged.
    """
    spellings: dict[str, dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    for c in ctx.claims:
        m = c.mention
        if m.kind == "entity" and m.role == "person" and m.canonical:
            spellings[m.canonical][_surname(m.text).casefold()].append(c)
    for canonical, spelt in sorted(spellings.items()):
        if len(spelt) < 2:
            continue
        forms = {_spelt_as(cs): cs for cs in spelt.values()}
        counts = Counter({form: len(cs) for form, cs in forms.items()})
        usual, usual_n = counts.most_common(1)[0]
        for form, n in sorted(counts.items()):
            if form == usual or n > 1 or n >= usual_n or n * 3 > usual_n + 2:
                continue  # a spelling as common as the usual one says nothing of which is the slip
            if ctx.knowledge.canonical_name(form) == canonical:
                continue
            odd = forms[form][0]
            same_doc = [c for f, cs in forms.items() if f != form for c in cs if c.doc == odd.doc]
            other = (same_doc or forms[usual])[0]
            yield Discrepancy(
                kind="name-variant",
                severity=Severity.warning,
                summary=f'"{form}" ({odd.doc}) appears once; {canonical} is usually "{usual}" ({usual_n} times): likely a typo',
                claims=(odd, other),
                explanation=(
                    f'{canonical} appears {usual_n} times as "{usual}" and once as "{form}", '
                    "a spelling no alias list knows."
                ),
            )
    yield from run_parts(ctx, "name-variant")


_USUAL_REPORTS = 2  # reports that name a person alike before a spelling in one other is taken for a slip of theirs
# a name of no known kind ("Zdeňka Holubová" where no cue says she is a person) needs one report more: a place or a
# firm may have a sister of near spelling
_USUAL_REPORTS_OF_NO_KIND = 3


def _in_full(claims: Sequence[Claim], name: str) -> Claim:
    """The first of a person's claims that writes the name in full, else the first: a row quotes "Ruslan Temirkanov",
    not the surname a headline gives alone before it."""
    return next((c for c in claims if c.mention.text == name), claims[0])


def _speaks(c: Claim) -> bool:
    """Whether the word right after a name, or right before it, is a verb of saying: "Hartwel said", "said
    Hartwel" (data/speech_verbs.csv)."""
    rel = c.sentence.start
    after = WORD.findall(c.sentence.text[c.end - rel :])[:1]
    before = WORD.findall(c.sentence.text[: c.start - rel])[-1:]
    return any(w.lower() in speech_verbs() for w in after + before)


def _misspelt_surnames(
    ctx: Context, people: dict[str, list[Claim]], reports: dict[str, list[str]], known_people: set[str]
) -> Iterator[Discrepancy]:
    """A person one report names by a surname alone, a slip of the keys from the surname of a person two or more
    other reports name in full ("Hartwel said" against "Dana Hartwell" twice), where that report names no one
    else of either surname and no one anywhere bears its spelling."""
    surnames = {name.lower().split()[-1] for name in people}
    singles: dict[str, list[Claim]] = defaultdict(list)
    for c in ctx.claims:
        m = c.mention
        if m.kind == "entity" and m.role in ("person", None) and m.canonical and " " not in m.canonical:
            singles[m.canonical].append(c)  # "the line held, Hartwel said": a surname alone is often of no kind
    for word, claims in sorted(singles.items()):
        docs = {c.doc for c in claims}
        if len(docs) != 1 or word.lower() in surnames or ctx.knowledge.canonical_name(word):
            continue
        if not any(c.mention.role == "person" or _speaks(c) for c in claims):
            continue  # "crews from Hartwel": nothing says a person is named
        (doc,) = docs
        usual = max(
            (n for n in sorted(known_people)
             if len(reports[n]) >= _USUAL_REPORTS and doc not in reports[n] and word_alike(word, n.split()[-1])
             and not ctx.knowledge.canonical_name(n)),
            key=lambda n: (len(reports[n]), n),
            default=None,
        )
        if usual is None:
            continue
        first = claims[0]
        n = len(reports[usual])
        yield Discrepancy(
            kind="name-variant",
            severity=Severity.warning,
            summary=f'"{word}" ({first.doc}) appears in one report; {n} reports write "{usual}": likely a typo',
            claims=(first, people[usual][0]),
            explanation=(
                f'"{usual}" is named in {n} reports ({", ".join(reports[usual])}); {first.doc} names only "{word}", '
                "a surname one slip of the keys from it, which no one in the story bears and no alias list knows."
            ),
        )


@part(
    "name-variant",
    "unknown-person",
    example='"Marta Velling" (a, b) and "Marta Vellign" (c): a person no list knows, spelled otherwise in one report',
)
def misspelt_people(ctx: Context) -> Iterator[Discrepancy]:
    """A person no alias list knows, named alike in several reports and otherwise in one: a likely typo.

    The two names must give the same given names and surnames that differ
    by a near spelling or one slip of the keys in a word of five letters or
    more ("Eklund" / "Ekland"; "Lowe" / "Love" are two names), or the same
    surname and given names one slip apart said with the same post ("chief
    executive Lene Strand" / "chief executive Lena Strand"; "Paul Weber" and
    "his daughter, Paula Weber" are two people) or a surname that sounds
    alike under the same given names, the odd one given no post of its own
    ("a team led by Saskia Merriday" / "Saskia Mereday": written as heard;
    "Peter Quail, a retired teacher," may be another Peter), or the same
    post ("group leader Peter Quail" / "Peter Quayle"), or the same first and last
    words with one word between misspelt ("Sigrid Aamodt Lunde" / "Sigrid
    Aamot Lunde"). A name with a figure in it is a model, not a slip
    ("A320neo" / "A321neo"), and one in the plural no slip ("Social Democrat"
    / "Social Democrats"). The usual spelling must appear in at least two
    reports as a person's, or in three as a name no sentence says the kind
    of; the other in one (as a person's, or as a name of no known kind).
    Two spellings each in one report are one person misspelt when both are
    given the same post and the same first name ("chief executive Malcolm
    Petrovich" / "chief executive Malcolm Petrovic"). A report that names the
    person by a surname alone, said as a person's ("Hartwel said"), one slip
    from the surname two others give in full ("Dana Hartwell"), misspells it
    too, when no one in the story bears that spelling; one that writes the
    surname alone as the others do ("Delaney, 27,") counts among the reports
    that spell the name so, when only one person in the story bears it.
    """
    people: dict[str, list[Claim]] = defaultdict(list)  # names of people, and names of no known kind
    known_people: set[str] = set()
    for c in ctx.claims:
        m = c.mention
        if m.kind == "entity" and m.role in ("person", None) and m.canonical and " " in m.canonical:
            people[m.canonical].append(c)
            if m.role == "person":
                known_people.add(m.canonical)
    reports = {name: sorted({c.doc for c in cs}) for name, cs in people.items()}
    # a report that names someone by the surname alone ("Delaney, 27, admitted the offence") names the one person
    # the story gives that surname in full, and counts among the reports that spell it so
    alone: dict[str, set[str]] = defaultdict(set)  # a surname written alone → the reports that write it
    for c in ctx.claims:
        m = c.mention
        if m.kind == "entity" and m.role in ("person", None) and m.canonical and " " not in m.canonical:
            alone[m.canonical.lower()].add(c.doc)
    bearers: dict[str, list[str]] = defaultdict(list)  # a surname → the full names the story gives it
    for name in people:
        bearers[name.lower().split()[-1]].append(name)
    for surname, names in bearers.items():
        if len(names) == 1 and alone.get(surname):
            reports[names[0]] = sorted(set(reports[names[0]]) | alone[surname])
    posts = {name: {post(c) for c in cs for post in (_post_before, _post_after)} - {()} for name, cs in people.items()}

    def alike(odd: str, other: str) -> bool:
        given, surname = odd.lower().split(), other.lower().split()
        if given == surname:
            return False  # "TOMASZ WIERZBICKI:" before a transcript's line: the name in capitals, not misspelt
        if len(given) != len(surname) or any(ch.isdigit() for ch in odd + other):
            return False  # "Airbus A320neo" / "Airbus A321neo": two models, not a slip
        if any(x != y and (x == y + "s" or y == x + "s") for x, y in zip(given, surname, strict=True)):
            return False  # "Social Democrat" / "Social Democrats": one name, singular and plural
        if given[:-1] == surname[:-1]:  # "Marta Velling" / "Marta Vellign": the surname misspelt
            return word_alike(given[-1], surname[-1]) or (not posts[odd] and sounds_alike(given[-1], surname[-1])) or (
                bool(posts[odd] & posts[other]) and spelt_alike_in_one_post(odd, other, people=True)
            )  # "Harrowby manager Siobhan Garvey" / "Siobhan Garvie"; "a team led by Dr Saskia Merriday" against "Dr
            # Saskia Mereday" twice, written as heard (one said to be someone else, "Peter Quail, a retired teacher",
            # may be another person)
        differ = [i for i in range(len(given)) if given[i] != surname[i]]
        if len(given) >= 3 and differ and 0 < differ[0] == differ[-1] < len(given) - 1:
            return word_alike(given[differ[0]], surname[differ[0]])  # "Sigrid Aamodt Lunde" / "Sigrid Aamot Lunde"
        if differ == [0] and len(given) > 1 and given[0][-1] == surname[0][-1] and word_alike(given[0], surname[0]):
            return True  # "Messeret Tadesse" / "Meseret Tadesse": a slip inside the given name; "Daniela" and
            # "Daniel", "Maria" and "Mario" end otherwise, and may be two of one family
        # "chief executive Lene Strand" / "chief executive Lena Strand": a given name misspelt, said with the same
        # post; "Paul Weber" and "his daughter, Paula Weber" are two people
        # said with the same post, one word of the name near enough ("regional organiser Deborah Quayle" / "Debra
        # Quayle", "Harrowby manager Siobhan Garvey" / "Siobhan Garvie")
        return bool(posts[odd] & posts[other]) and (
            spelt_alike_in_one_post(odd, other, people=True)
            or (given[-1] == surname[-1] and OSA.distance(" ".join(given[:-1]), " ".join(surname[:-1])) <= 1)
        )

    # the spellings others may be a slip of, by their given names and by their surname
    usual_by: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for name in sorted(people):
        if len(reports[name]) >= (_USUAL_REPORTS if name in known_people else _USUAL_REPORTS_OF_NO_KIND):
            words = tuple(name.lower().split())
            usual_by[words[:-1]].append(name)
            usual_by[("", words[-1])].append(name)
            usual_by[(words[0], "", words[-1])].append(name)
    for odd in sorted(people):
        if len(reports[odd]) != 1:
            continue
        words = tuple(odd.lower().split())
        usual = max(
            (n for n in usual_by[words[:-1]] + usual_by[("", words[-1])] + usual_by[(words[0], "", words[-1])]
             if n != odd and alike(odd, n)),
            key=lambda n: (len(reports[n]), n),
            default=None,
        )
        if usual is None or ctx.knowledge.canonical_name(odd) or ctx.knowledge.canonical_name(usual):
            continue
        first = _in_full(people[odd], odd)
        other = _in_full([c for c in people[usual] if c.doc != first.doc] or people[usual], usual)
        n = len(reports[usual])
        yield Discrepancy(
            kind="name-variant",
            severity=Severity.warning,
            summary=f'"{odd}" ({first.doc}) appears in one report; {n} reports write "{usual}": likely a typo',
            claims=(first, other),
            explanation=(
                f'"{usual}" is named in {n} reports ({", ".join(reports[usual])}) and "{odd}" only in '
                f"{first.doc}; the names differ by a slip of the keys, and no alias list knows either."
            ),
        )
    yield from _misspelt_surnames(ctx, people, reports, known_people)
    # two spellings each in one report, of a person given the same post in both ("chief executive Malcolm
    # Petrovich" / "chief executive Malcolm Petrovic"): one person, one of them misspelt, though which is not told
    once = sorted(name for name in people if len(reports[name]) == 1 and name in known_people and posts[name])
    for i, one in enumerate(once):
        for two in once[i + 1 :]:
            if reports[one] == reports[two] or not posts[one] & posts[two] or one.split()[0] != two.split()[0]:
                continue
            if not alike(one, two) or ctx.knowledge.canonical_name(one) or ctx.knowledge.canonical_name(two):
                continue
            a, b = _in_full(people[one], one), _in_full(people[two], two)
            post = " ".join(sorted(posts[one] & posts[two])[0])
            yield Discrepancy(
                kind="name-variant",
                severity=Severity.warning,
                summary=f'the {post} is "{one}" in {a.doc} and "{two}" in {b.doc}: one is likely a typo',
                claims=(a, b),
                explanation=(
                    f'{a.doc} and {b.doc} each name the {post} once, as "{one}" and as "{two}"; the names differ '
                    "by a slip of the keys, and no alias list knows either."
                ),
            )


_USUAL_PLACE_REPORTS = 3  # reports that write a one-word name alike before another spelling in one is taken for a slip


@part(
    "name-variant",
    "unknown-place",
    example='"Carrigmore" (a, b, c) and "Carrickmore" (d): a place no list knows, spelled otherwise in one report',
)
def misspelt_places(ctx: Context) -> Iterator[Discrepancy]:
    """A one-word name no list knows and no person bears (a town, a village, a river), written alike in three
    reports or more and nearly alike (`same_spelling`) in one other that never writes it their way: a likely typo.

    Both spellings must be of places or of names no sentence says the kind of; a report that writes both
    ("Bramford, a village outside Bradford") names two places, and a name a list knows is no one's slip.
    """
    names: dict[str, list[Claim]] = defaultdict(list)
    for c in ctx.claims:
        m = c.mention
        if m.kind == "entity" and m.role in ("place", None) and m.canonical == m.text and " " not in m.text:
            names[m.canonical].append(c)
    reports = {name: sorted({c.doc for c in cs}) for name, cs in names.items()}
    borne = {w.lower() for person in ctx.people for w in person.split()}

    def unknown(name: str) -> bool:
        return name.lower() not in borne and not ctx.knowledge.canonical_name(name)

    for odd in sorted(names):
        if len(reports[odd]) != 1 or not unknown(odd):
            continue
        usual = max(
            (n for n in names
             if n != odd and len(reports[n]) >= _USUAL_PLACE_REPORTS and reports[odd][0] not in reports[n]
             and same_spelling(odd, n) and unknown(n)),
            key=lambda n: (len(reports[n]), n),
            default=None,
        )
        if usual is None:
            continue
        first, n = names[odd][0], len(reports[usual])
        yield Discrepancy(
            kind="name-variant",
            severity=Severity.warning,
            summary=f'"{odd}" ({first.doc}) appears in one report; {n} reports write "{usual}": likely a typo',
            claims=(first, names[usual][0]),
            explanation=(
                f'"{usual}" is named in {n} reports ({", ".join(reports[usual])}) and "{odd}" only in {first.doc}, '
                "which never writes it the others' way; the names are spelt nearly alike, and no list knows either."
            ),
        )
