"""Who holds an organisation's one seat: its chief executive, chair, manager (entity-conflict, part "title-holder").

"Acme chief executive Jane Doe" in one source and "John Roe, the chief
executive of Acme," in another name two people to a post that one person
holds at a time. The post is one of data/organisation_titles.csv (a
company's chief executive or chair, a club's manager or captain, a city's
mayor), read in the forms news uses: "Acme chief executive Jane Doe",
"Acme's chief executive, Jane Doe", "Jane Doe, the chief executive of Acme",
"Jane Doe, Acme's chief executive", "Jane Doe is the chief executive of
Acme", "Jane Doe was named chief executive of Acme", and a leader as "the
Green League, led by Ilse Varro,". "Its" gives the post of the name that
opens its clause: "Acme said its chief executive, Jane Doe,", "Acme named
Jane Doe its chief executive" (or "as chief executive"). A post said to be past or passing ("former", "outgoing", "interim",
"new") is left alone, two organisations are two posts ("Acme" and "Acme
Bank" are one when one name lies within the other), and sources compare
only for overlapping times. A source that names both people to the post
(a handover) agrees with either.

A role one person fills in the story's one event (data/event_roles.csv: the
judge of a trial, the captain of a ship, the referee of a match), or one
company (the developer of a scheme, the administrators of a failed firm), is
read without an organisation: "Judge Helen Marsh", "Mr Justice Kellow", "the
ferry's captain, Manuel Reyes,", "Helen Marsh, the trial judge,", "developer
Tidewater Homes". Such a role is compared only with
the same role so written, and not at all in a story where one source gives
it to two people (a story of two trials has two judges).

A post of the story's own is written in words that say what it is for,
before the name and without its organisation (data/portfolio_titles.csv):
"health minister Grace Mwale", "the union's general secretary, Paul
Ferrand,", "the regional civil protection chief Elena Ruiz", or in the same
words after the name ("Grace Mwale, the health minister,"). It is read as
the role in the story's event is, and a person some source gives another
country's post ("Zambia's health minister", "Indian Prime Minister") is not
its holder; a deputy's, another body's or a past post stays apart
(data/post_modifiers.csv).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from ..align import connected_groups, consensus_conflicts, read_per_writing, spelt_alike_in_one_post
from ..align.frames import GENERIC_BODY, post_modifiers
from ..align.rarity import zipf
from ..data import rows
from ..intervals import ranges_overlap
from ..knowledge import builtin
from ..model import Claim, Discrepancy, Severity
from ..parse.names.lexicon import honorifics, leading_non_names, only_speech_verbs
from ..terms import stopwords
from .base import Context, as_do, first_said_of, part
from .offices import same_person

__all__ = ["person_post_conflicts", "post_of", "title_holder_conflicts"]

# an organisation's name: capitalised words, with "of" or "for" between two of them ("Federation of Labour",
# "Bank of England")
_ORG = r"(?P<org>(?:[A-Z][\w&.'’-]*\s+(?:(?:of|for)\s+(?:the\s+)?(?=[A-Z]))?){0,3}[A-Z][\w&.'’-]*)"
# A post that is not the holder's now, or not yet: "former chief executive", "the incoming chair"
_PASSING = re.compile(
    r"\b(?:former|ex|then|outgoing|incoming|interim|acting|new|departing|retiring|retired|future|next|previous|late)\b"
    r"[\s-]*$",
    re.IGNORECASE,
)

# a sentence that opens with the word: "Former Acme chief executive John Roe"
_PASSING_WORD = re.compile(r"(?:Former|Ex|Then|Outgoing|Incoming|Interim|Acting|Departing|Retiring)\b")


_ARTICLES = frozenset({"the", "a", "an"})
# sources this far apart speak of one holder of a post: a change of holder within it is told ("new", "former")
_POST_NEAR = dt.timedelta(days=14)
_LEADER = "leader"  # the post "led by" names, as "party leader" does
_HEADS_OF_STATE = frozenset({"president"})  # a country's president is an office of state, told by its title


_EVENT = ""  # the organisation of a role in the story's one event ("Judge Helen Marsh"), or of a post of the story's own
_LEAD = 80  # characters before a name read for its post
_NOT_ONE_POST = ("other post", "many holders")  # "deputy health minister", "government minister"
_WORKPLACE = "workplace"  # a site the story's organisation runs: "the plant manager" is one person's post
_PAST_PREFIX = re.compile(r"(?:ex|then)-")  # "ex-health minister"
_DESCRIBING = 3  # words that say what a post is for: "regional civil protection chief"
_UNSAID = "?"  # the organisation of a post written without one: "Governor Maria Kessler", "the bank's governor, X"
# sources that must give a post of unsaid organisation to one person before it is read as the story's organisation's
# post: one source's "the company's chairman, Jane Doe" and another's "..., John Roe" may be two companies' chairs
_UNSAID_AGREEING = 2


@dataclass(frozen=True, slots=True)
class Post:
    role: str  # "chief executive"
    organisation: str  # as written: "Acme"; _EVENT for a role in the story's event


@cache
def _forms() -> dict[str, str]:
    return {row["form"].lower(): row["role"] for row in rows("organisation_titles.csv")}


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    titles = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(_forms(), key=len, reverse=True))
    title = rf"(?P<title>(?i:{titles}))"  # any case, while the organisation is capitalised
    before = (  # the text before the name ends with the post
        re.compile(rf"(?<![\w.'’-]){_ORG}(?:['’]s)?\s+{title},?\s+$"),
        re.compile(rf"\b[Tt]he\s+{title}\s+of\s+(?:the\s+)?{_ORG},?\s+$"),
        # "The Green League, led by Ilse Varro," names the organisation's leader
        re.compile(rf"(?<![\w.'’-]){_ORG},?\s+(?:(?:which|that)\s+(?:is|was)\s+)?(?P<title>led\s+by)\s+$"),
    )
    after = (  # the text after the name begins with it
        re.compile(rf"^,\s+(?:the\s+)?{title}\s+(?:of|at)\s+(?:the\s+)?{_ORG}(?=[\s,.;:)]|$)"),
        # not when a name follows the post: "Crucially, Wrenfield's largest shareholder, Aldermoor," is Aldermoor's
        re.compile(rf"^,\s+{_ORG}['’]s\s+{title}\b{_NOT_LONGER}(?!,\s+[A-Z])"),
        re.compile(rf"^\s+is\s+(?:now\s+)?the\s+{title}\s+of\s+(?:the\s+)?{_ORG}(?=[\s,.;:)]|$)"),
        # "Jane Doe was named chief executive of Acme", "has been appointed as the chair of Acme"
        re.compile(
            rf"^\s+(?:was|has\s+been|have\s+been)\s+(?:named|appointed|elected)\s+(?:as\s+)?(?:the\s+)?{title}"
            rf"\s+(?:of|at)\s+(?:the\s+)?{_ORG}(?=[\s,.;:)]|$)"
        ),
    )
    return before, after


# after a title, the words that make it another, longer one: "chief" of "Acme's chief marketing officer"
_NOT_LONGER = r"(?![\s-]+(?:[a-z][\w-]*\s+)?officer\b)"

# what opens a clause before its subject: "Acme Corp said its chief executive", "On Monday, Acme Corp named"
_OPENS = r"(?:^|[,;:]\s+|\band\s+)(?:[Tt]he\s+)?"
_APPOINTED = r"(?:has\s+|have\s+|had\s+)?(?:named|appointed|elected)"  # "Acme Corp named Jane Doe its chief executive"


@cache
def _its_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A post given as its clause's subject's by "its" ("their"): the subject and the post before the name ("Acme
    Corp said its chief executive, Jane Doe,"), or the subject before it and the post after it ("Acme Corp named
    Jane Doe its chief executive", "has appointed Jane Doe as chair"; not "as chair of Birch", another's post)."""
    titles = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(_forms(), key=len, reverse=True))
    title = rf"(?P<title>(?i:{titles}))"
    said = re.compile(rf"{_OPENS}{_ORG}\s+(?:[a-z]+\s+){{1,3}}?(?:its|their)\s+(?P<pre>(?:[a-z]+\s+)?){title},?\s+$")
    named = re.compile(rf"{_OPENS}{_ORG}\s+{_APPOINTED}\s+$")
    whose = r"(?:as\s+(?:its\s+|their\s+|the\s+)?|(?:its|their)\s+)"  # "its chief executive", "as chair"
    its = re.compile(rf"^\s+{whose}(?P<pre>(?:[a-z]+\s+)?){title}(?![\w-])")
    return said, named, its


_NEXT_WORD = re.compile(r"\s+([a-z]+)")
_ANOTHERS = frozenset({"of", "at", "for"})  # a post's organisation named after it: "chair of Birch Ltd"


def _its_post(lead: str, tail: str) -> tuple[str, str, bool] | None:
    """The organisation, the post and whether it is passing ("its new chair") when "its" gives the post of the
    clause's subject: "Acme Corp said its chief executive, Jane Doe,", "Acme Corp named Jane Doe its chief
    executive"; None in any other form."""
    said, named, its = _its_patterns()
    found = said.search(lead)
    if found is not None:
        return found["org"], found["title"], bool(_PASSING.search(found["pre"]))
    subject, post = named.search(lead), its.match(tail)
    if subject is None or post is None:
        return None
    after = _NEXT_WORD.match(tail, post.end())
    if after is not None and (after[1] in _ANOTHERS or after[1] not in stopwords()):
        return None  # "as chair of Birch Ltd": another's post; "as chief" of "as chief executive": a longer title
    return subject["org"], post["title"], bool(_PASSING.search(post["pre"]))


@cache
def _alone_pattern() -> re.Pattern[str]:
    """A post that names the story's organisation's by its title alone ("Governor", "chief executive"), at the end
    of the text before a name."""
    alone = [row["form"] for row in rows("organisation_titles.csv") if row["alone"] == "yes"]
    titles = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(alone, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])(?P<title>(?i:{titles})),?\s+$")


@cache
def _owned_pattern() -> re.Pattern[str]:
    """A post of several words after a possessive pronoun, at the end of the text before a name: "His head coach, ",
    "her chief of staff ", "His head coach, Hungarian grandmaster "."""
    # posts of one word ("manager", "captain", "leader") after "his" are as often a workplace's or a team's ("his
    # manager at the depot"): only posts of several words are read so
    several = [f for f in _forms() if len(f.split()) > 1]
    titles = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(several, key=len, reverse=True))
    # a few words describing the holder may stand between the post and the name: "His head coach, Hungarian
    # grandmaster Olek Varga,"
    return re.compile(rf"(?<![\w'’-])(?i:his|her|their)\s+(?P<title>(?i:{titles}))(?:,\s+(?:[\w'’-]+\s+){{0,3}}|\s+)$")


def _unsaid_post(c: Claim) -> Post | None:
    """The post the title alone gives the person of claim `c`, its organisation unsaid: "Governor Maria
    Kessler said", "Chief executive Sofia Lind apologised", "the bank's governor, Tomas Brandt,", and any post
    after a possessive pronoun ("His head coach, Olek Varga,").

    The word before the title ends it (a function word, a speech verb, punctuation or the sentence's start) or is a
    generic body's possessive ("the bank's", "the company's"); a deputy's, another body's or a past post is
    another post (data/post_modifiers.csv), as is one a name or other words come before.
    """
    rel = c.sentence.start
    lead = _HONORIFIC_LAST.sub("", c.sentence.text[max(0, c.start - rel - _LEAD) : c.start - rel])
    owned = _owned_pattern().search(lead)
    if owned is not None:  # "His head coach, Olek Varga,": the post of the one the report has just named
        return Post(_forms()[" ".join(owned["title"].lower().split())], _UNSAID)
    found = _alone_pattern().search(lead)
    if found is None:
        return None
    words = lead[: found.start()].split()
    left = words[-1] if words else ""
    bare = re.sub(r"['’]s$", "", left.lower())
    modifier = post_modifiers().get(bare)
    if left and not _bounds_description(left) and not (modifier == GENERIC_BODY and left.lower() != bare):
        return None  # "Acme Bank governor", "deputy governor", "central bank governor": another reading's or post
    if _PASSING.search(left) or _PAST_PREFIX.match(left.lower()):
        return None
    return Post(_forms()[" ".join(found["title"].lower().split())], _UNSAID)


@cache
def _event_forms() -> dict[str, str]:
    return {row["form"].lower(): row["role"] for row in rows("event_roles.csv")}


@cache
def _held_by_organisations() -> frozenset[str]:
    """The roles of the story's event only an organisation holds (data/event_roles.csv `held_by`): "developer
    Tidewater Homes" holds the scheme, "software developer Tom Reyes" a trade."""
    return frozenset(row["form"].lower() for row in rows("event_roles.csv") if row["held_by"] == "organisation")


@cache
def _roles_of_organisations() -> frozenset[str]:
    """The roles `_held_by_organisations` are forms of ("administrator" of "joint administrators")."""
    return frozenset(_event_forms()[form] for form in _held_by_organisations())


@cache
def _event_patterns() -> tuple[tuple[re.Pattern[str], ...], re.Pattern[str]]:
    titles = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(_event_forms(), key=len, reverse=True))
    title = rf"(?P<title>(?i:{titles}))"
    whose = r"(?:[\w-]+['’]s\s+|[a-z][\w-]*\s+)?"  # "the ferry's captain", "the trial judge"
    before = (
        re.compile(rf"(?<![\w.'’-]){title}\s+$"),  # "Judge Helen Marsh"
        re.compile(rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+{whose}{title},\s+$"),  # "the ferry's captain, Manuel Reyes"
        re.compile(rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+{whose}{title}\s+(?:was|is)\s+$"),  # "the captain was Renato Cruz"
    )
    after = re.compile(rf"^,\s+the\s+{whose}{title}(?=[\s,.;:)]|$)")  # "Helen Marsh, the trial judge,"
    return before, after


def _event_role(lead: str, tail: str, person: bool) -> str | None:
    """The role in the story's event written right before or after the name, unless it is past or passing or
    the name is a `person`'s and the role one only an organisation holds."""
    before, after = _event_patterns()
    found = next((m for m in (p.search(lead) for p in before) if m), None)
    if found is not None:
        passing = _PASSING.search(lead[: found.start("title")])
    else:
        found = after.match(tail)
        passing = found is not None and _PASSING.search(tail[: found.start("title")])
    written = " ".join(found["title"].lower().split()) if found is not None else ""
    if found is None or passing or (person and written in _held_by_organisations()):
        return None
    return _event_forms()[written]


@cache
def _portfolio_forms() -> dict[str, str]:
    return {row["form"].lower(): row["role"] for row in rows("portfolio_titles.csv")}


@cache
def _portfolio_pattern() -> re.Pattern[str]:
    heads = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(_portfolio_forms(), key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])(?P<title>(?i:{heads})),?\s+$")


def _bounds_description(word: str) -> bool:
    """Whether a word ends the words that describe a post from the left: a function word, a speech verb
    ("said health minister ...") or another verb in the past ("arrested plant manager ..."), or punctuation."""
    low = word.lower()
    return not word[-1:].isalnum() or low in stopwords() or low in _speech_verbs() or (
        _PAST_VERB.fullmatch(low) is not None and low not in post_modifiers()
    )


_PAST_VERB = re.compile(r"[a-z]{2,}[^e\W]ed")  # "arrested", "named"; not "red", "seed"


@cache
def _speech_verbs() -> frozenset[str]:
    return frozenset(row["verb"].lower() for row in rows("speech_verbs.csv"))


def _of_a_country(word: str) -> bool:
    """A demonym or a place's name ("Indian", "Zambia's"): whose a capitalised post is."""
    bare = re.sub(r"['’]s$", "", word)
    kb = builtin()
    canonical = kb.canonical_name(bare)
    return kb.country_of_demonym(bare) is not None or (canonical is not None and kb.entity_type(canonical) == "place")


def _described_post(lead: str, at_start: bool) -> Post | None:
    """The post written in words that say what it is for, before the name: "health minister Grace Mwale",
    "the union's general secretary, Helene Duval,", "the regional civil protection chief Elena Ruiz".

    The post is one of the story's own (the country's health minister, the striking union's general
    secretary): its organisation goes unsaid. The describing words are lower case (a capital opens the
    sentence, or the whole title is capitalised: "Health Minister"); a capitalised owner or nationality
    ("Zambia's health minister", "Kenyan health minister") is another country's post and is left alone,
    as are a deputy's post, another body's ("another union's general secretary") and a past or passing one.
    Scope words ("regional", "national") do not change the post.
    """
    found = _portfolio_pattern().search(lead)
    if found is None:
        return None
    words = lead[: found.start()].split()
    capitalised = found["title"][0].isupper()  # "Health Minister Grace Mwale" is capitalised as a whole
    kept: list[str] = []
    while words and len(kept) < _DESCRIBING and not _bounds_description(words[-1]):
        if capitalised and not words[-1][0].isupper():
            break  # "met Indian Prime Minister Narendra Modi": a capitalised title ends its own words
        kept.insert(0, words.pop())
    left = words[-1] if words else ""
    title = " ".join(found["title"].lower().split())
    whole = title in _posts_in_full()  # "chief fire officer": a post said in full, with no words before it
    if (not kept and not whole) or (left and not capitalised and not _bounds_description(left)):
        return None  # more describing words than read, or a name before them
    owner = _EVENT
    if capitalised:
        named = 0
        while named < len(kept) - 1 and _of_a_country(kept[named]):
            named += 1  # "Indian Prime Minister Narendra Modi", "Zambia's Health Minister"
        if named:
            owner, kept = re.sub(r"['’]s$", "", " ".join(kept[:named])), kept[named:]
    else:
        opens = at_start and not words and kept[0][0].isupper() and not _of_a_country(kept[0])
        # "Rheinau's sporting director", "Rheinau sporting director": its owner's name, not an everyday word
        # capitalised as the sentence's first ("Health minister")
        opens = opens and not re.search(r"['’]s$", kept[0]) and zipf(kept[0]) >= _NAME_WORD
        first = 1 if opens else 0  # "Health minister John Banda", but "Kenyan health minister Ruth Otieno"
        named = first
        while named < len(kept) and kept[named][0].isupper():
            named += 1
        if named > first:  # "Zambia's health minister", "Kenyan health minister": a named owner's post
            if first:
                return None
            owner, kept = re.sub(r"['’]s$", "", " ".join(kept[:named])), kept[named:]
        if not kept or any(w[0].isupper() for w in kept[first:]):
            return None
    modifiers = post_modifiers()
    bare = [re.sub(r"['’]s?$", "", word.lower()) for word in (left, *kept)]  # "the union's" → "union"
    if any(_not_one_post(bare, i, modifiers) or _PASSING.search(w) or _PAST_PREFIX.match(w) for i, w in enumerate(bare)):
        return None
    # a post said in full is the same post whoever's body a possessive names ("the force's chief constable")
    owned = [whole and re.search(r"['’]s$", word) is not None for word in kept]
    described = [w for w, o in zip(bare[1:], owned, strict=True) if modifiers.get(w) != "scope" and not o]
    if (described or not whole) and all(modifiers.get(w) == GENERIC_BODY for w in described):
        return None  # "the company's chief": in a story of two companies, either's (and none at all when empty,
        # unless the post is said in full: "Chief fire officer Peter Hanley", "the county's chief fire officer")
    head = _portfolio_forms()[title]
    if " ".join([*described, title]) in _callings():
        return None  # "film director Tom Reyes": a calling many follow, not a post one holds
    return Post(f"{' '.join(described)} {head}", owner)


_HONORIFIC_LAST = re.compile(rf"(?<=\s)(?:{'|'.join(map(re.escape, sorted(honorifics(), key=len, reverse=True)))})\.?\s+$", re.IGNORECASE)


def _not_one_post(words: list[str], at: int, modifiers: dict[str, str]) -> bool:
    """Whether the word at `at` of a post's describing words makes it no one person's post: a deputy's or another
    body's ("deputy", "rival"), or one many hold ("cabinet minister") unless a word of what it is for comes before
    ("Education Cabinet Secretary": the one who holds education)."""
    kind = modifiers.get(words[at])
    if kind == "many holders":
        return not any(w and w not in modifiers and w not in stopwords() for w in words[1:at])
    return kind in _NOT_ONE_POST


@cache
def _posts_in_full() -> frozenset[str]:
    """Posts whose title alone says what they are for (data/posts_in_full.csv: "chief fire officer")."""
    return frozenset(row["form"].lower() for row in rows("posts_in_full.csv"))


@cache
def _callings() -> frozenset[str]:
    """Occupations written as a post with its describing words (data/occupations.csv: "film director")."""
    return frozenset(row["form"].lower() for row in rows("occupations.csv"))


@cache
def _portfolio_after() -> re.Pattern[str]:
    heads = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(_portfolio_forms(), key=len, reverse=True))
    words = rf"(?:[\w'’-]+\s+){{1,{_DESCRIBING}}}"
    return re.compile(rf"^,\s+(?P<post>(?:the\s+)?{words}(?:{heads}))(?=[\s,.;:)]|$)", re.IGNORECASE)


# a relative clause that says a post was held before: "Karl Oden, who was transport minister until 2023,"
_PAST_RELATIVE = re.compile(r"^(?:who|which)\s+(?:was|were|had\s+been|served\s+as|used\s+to\s+be)\b", re.IGNORECASE)


def _described_post_after(tail: str) -> Post | None:
    """The post in apposition after the name, read as it is before one: "Grace Mwale, the health minister,"
    is "the health minister, Grace Mwale"; not one a relative clause says was held ("who was health minister")."""
    found = _portfolio_after().match(tail)
    if found is None or _PAST_RELATIVE.match(found["post"]):
        return None
    return _described_post(found["post"] + " ", at_start=False)


def post_of(c: Claim) -> Post | None:
    """The organisation's post the sentence gives the person of claim `c`, if any."""
    rel = c.sentence.start
    text = c.sentence.text
    lead, tail = text[max(0, c.start - rel - _LEAD) : c.start - rel], text[c.end - rel :]
    # "Acme chief executive Dr Jane Doe", "the vice-chancellor, Professor Ann Lowe,": an honorific between the post
    # and the name is the name's
    lead = _HONORIFIC_LAST.sub("", lead)
    before, after = _patterns()
    # "The captain, Aileen Sarmiento,": a word that opens the sentence is no organisation of the post
    found = next((m for m in (p.search(lead) for p in before) if m and m["org"].lower() not in stopwords()), None)
    if found is not None:
        passing = _PASSING.search(lead[: found.start("title")]) or _PASSING.search(lead[: found.start()])
    else:
        found = next((m for m in (p.match(tail) for p in after) if m), None)
        passing = found is not None and _PASSING.search(tail[: found.start("title")])
    at_start = c.start - rel <= _LEAD
    if found is not None and at_start and _generic_body_opening(found):
        # "Company president Masato Kudo": the company of the story, unnamed, as "the company's president" is
        return None if passing else Post(_forms()[" ".join(found["title"].lower().split())], _UNSAID)
    if found is not None and at_start and (_body_opening(lead, found) or _workplace_opening(found)):
        # "Police chief Anders Lund": a body in lower case that opens the sentence, not a name; "Plant manager Ewa
        # Nowak": the manager of the story's plant, as "the plant manager, Ewa Nowak," is
        found = None
    if found is not None and _title_read_as_organisation(found):
        found = None  # "Head coach Dafydd Roper": a post of no organisation said, not "Head"'s coach
    if found is None and (its := _its_post(lead, tail)) is not None:
        org, title, passing = its
        organisation = None if passing else _organisation(org, c)
        return None if organisation is None else Post(_forms()[" ".join(title.lower().split())], organisation)
    if found is None:
        role = _event_role(lead, tail, c.mention.role == "person")
        if role is not None:
            return Post(role, _EVENT)
        return _described_post(lead, at_start) or _described_post_after(tail)
    if passing or _PASSING_WORD.match(found["org"]):
        return None  # "Former Acme chief executive ..." opens its sentence with the word
    if post_modifiers().get(found["org"].split()[0].lower()) in _NOT_ONE_POST:
        return None  # "Deputy governor Lars Moen": a deputy's post, its first word capitalised
    organisation = _organisation(found["org"], c)
    if organisation is None:
        return None
    written = " ".join(found["title"].lower().split())
    role = _LEADER if written == "led by" else _forms()[written]
    if role in _HEADS_OF_STATE and _of_a_country(organisation):
        return None  # "US President Joe Biden": a head of state's office (offices.py), no organisation's post
    return Post(role, organisation)


@cache
def _bodies() -> frozenset[str]:
    return frozenset(row["body"].lower() for row in rows("source_bodies.csv"))


def _title_read_as_organisation(found: re.Match[str]) -> bool:
    """Whether the organisation read before a post is the post's own first word: "Head" of "Head coach"."""
    org = found.groupdict().get("org")
    return org is not None and " ".join(f"{org} {found['title']}".lower().split()) in _forms()


def _body_opening(lead: str, found: re.Match[str]) -> bool:
    """Whether the organisation read before a post is a body's common noun capitalised as the sentence's
    first word ("Union general secretary ...", "Police chief ...")."""
    return "org" in found.groupdict() and found.start("org") == 0 and found["org"].lower() in _bodies()


def _workplace_opening(found: re.Match[str]) -> bool:
    """Whether the organisation read before a post is a workplace's noun capitalised as the sentence's first word
    ("Plant manager ...": data/post_modifiers.csv)."""
    org = found.groupdict().get("org")
    return org is not None and found.start("org") == 0 and post_modifiers().get(org.lower()) == _WORKPLACE


def _generic_body_opening(found: re.Match[str]) -> bool:
    """Whether the organisation read before a post is a noun for a body of any name capitalised as the sentence's
    first word ("Company president ...", "Club captain ...": data/post_modifiers.csv)."""
    org = found.groupdict().get("org")
    return org is not None and found.start("org") == 0 and post_modifiers().get(org.lower()) == GENERIC_BODY


def _organisation(written: str, c: Claim) -> str | None:
    """The organisation as written, without an opening article; None when nothing is left or it is the
    person's own name ("Jane Doe, chief executive" has no organisation)."""
    words = written.rstrip(".").split()  # "the chief executive of Acme." ends its sentence
    while words and words[0].lower() in leading_non_names():
        words = words[1:]  # "On Tuesday chief financial officer Jane Doe": a day, no organisation
    if words:
        words[-1] = re.sub(r"['’]s$", "", words[-1])  # "the Confederation's general secretary"
    if words and words[0].lower() in _ARTICLES:
        words = words[1:]
    if not words or set(words) & set((c.mention.canonical or "").split()):
        return None
    return " ".join(words)


def _same_organisation(a: str, b: str) -> bool:
    """One organisation: the same words, or one name's words within the other's ("Acme", "Acme Bank"); the
    story's event is only itself."""
    if _EVENT in (a, b):
        return a == b
    wa, wb = set(a.lower().split()), set(b.lower().split())
    return wa <= wb or wb <= wa


def _times_near(ctx: Context, a: Claim, b: Claim) -> bool:
    """Whether two claims speak for times within two weeks of each other (their own time words, else
    their documents' dates): a post changes hands rarely, and "won on Sunday" and "said on Monday"
    name its one holder. A time after its report was written may be a plan's ("leader Ana Petrovic said the
    strike on November 20 would go ahead"): the holder is named as of the report as well."""
    return ranges_overlap(ctx.time_of(a), ctx.time_of(b), within=_POST_NEAR) or ranges_overlap(
        _held_at(ctx, a), _held_at(ctx, b), within=_POST_NEAR
    )


def _held_at(ctx: Context, c: Claim) -> tuple[dt.date, dt.date] | None:
    when, published = ctx.time_of(c), c.published
    if published and _speaks(c):
        # "Transport Minister Ilse Marten said the bridge was last inspected in 2024": she holds the post as she
        # speaks; the days of what she says are not hers
        return published, published
    if when and published and when[0] > published:
        return published, published
    if when and published and published - _TITLED_SINCE <= when[1] < published:
        # "Business Secretary Helena Marlowe told parliament last month": the report gives her the post as it
        # writes, as well as at the time of what she did
        return when[0], published
    return when


_TITLED_SINCE = dt.timedelta(days=45)  # a time this near before its report: the title written with it holds still


# the verb right after a name, perhaps after when it was said: "X said", "X on Tuesday told reporters"
_VERB_AFTER_NAME = re.compile(r"^\s+(?:on\s+[A-Z]\w+\s+)?(?:has\s+|had\s+)?(?P<verb>[a-z]+)\b")


def _speaks(c: Claim) -> bool:
    """Whether the person of claim `c` speaks in its sentence, now: "Health minister Grace Mwale said" (a verb that
    only reports speech, data/speech_verbs.csv; not "declared an emergency"), with no time before that the
    speech is of ("In 2019, health minister Peter Obi said")."""
    rel = c.sentence.start
    found = _VERB_AFTER_NAME.match(c.sentence.text[c.mention.end - rel :])
    return found is not None and found["verb"] in only_speech_verbs() and not _A_TIME.search(c.sentence.text[: c.mention.start - rel])


_A_TIME = re.compile(r"\d")  # a year or a day written before the speaker: the speech is of that time


def _days_apart(a: dt.date | None, b: dt.date | None) -> int:
    return abs((a - b).days) if a and b else 0


def _nearest(ctx: Context, odd: Claim, sides: list[Claim]) -> Claim:
    """The claim of `sides` nearest the odd one in the time it speaks for, then in publication: the report
    an editor holds it against."""

    def start(c: Claim) -> dt.date | None:
        when = ctx.time_of(c)
        return when[0] if when else None

    return min(sides, key=lambda c: (
        _days_apart(start(odd), start(c)), _days_apart(ctx.date_of(odd), ctx.date_of(c))
    ))


def _posts(ctx: Context) -> dict[tuple[int, str], list[tuple[Claim, Post]]]:
    groups: dict[tuple[int, str], list[tuple[Claim, Post]]] = {}
    people = [
        c for c in ctx.claims
        if c.mention.kind == "entity" and not c.mention.office and c.mention.role in ("person", None, "organisation")
        and c.mention.canonical
    ]
    # the post a person's sentence gives them is read once for each way the sentence is written
    posts = read_per_writing(_said_post, people, ctx.writings)
    named = {w for c in ctx.claims if c.mention.kind == "entity" for w in (c.mention.canonical or c.mention.text).split()}
    for c in people:
        post = posts[id(c)]
        if post is not None and _opening_word_unnamed(post, c, named):
            # "Finance chief Priya Rao said", "Guild president Sara Kemp": the story's finance chief, no firm called
            # Finance; a firm's name that opens its sentence ("Acme chief executive Jane Lowe") stays its own
            post = _described_opening(c) or (None if zipf(post.organisation) >= _EVERYDAY_WORD else post)
        if post is not None and (c.mention.role != "organisation" or post.role in _roles_of_organisations()):
            # a firm holds only a role of the story's event that firms hold ("developer Tidewater Homes")
            groups.setdefault((ctx.story_of(c.doc), post.role), []).append((c, post))
    for key, written in groups.items():
        pairs = _place_story_post(_place_unsaid(written))
        owned = [c for c, p in pairs if p.organisation != _EVENT]
        shared = _shared_role(pairs)
        groups[key] = [
            (c, p) for c, p in pairs
            if p.organisation != _EVENT or not (shared or any(same_person(c, o) for o in owned))
        ]
    return groups


_EVERYDAY_WORD = 4.0  # wordfreq Zipf frequency from which a word is everyday English ("finance" is 4.7)
# below this a capitalised word is a name's ("Rheinau" is 0), not an English word ("guild" is 3.9)
_NAME_WORD = 2.5


def _opening_word_unnamed(post: Post, c: Claim, named: set[str]) -> bool:
    """Whether the organisation read before a post is one word that opens the sentence, and no name the story gives:
    "Finance chief Priya Rao", "Security chief Tom Hale" (a firm that opens its sentence so, "Apple chief Tim Cook",
    is named elsewhere too)."""
    word = post.organisation
    return " " not in word and c.sentence.text.lstrip(" \"“'‘").startswith(word) and word not in named


def _described_opening(c: Claim) -> Post | None:
    """The post before the name read as one of the story's own, its words opening the sentence ("Federation president
    Moira Keane" is the federation president)."""
    rel = c.sentence.start
    lead = _HONORIFIC_LAST.sub("", c.sentence.text[max(0, c.start - rel - _LEAD) : c.start - rel])
    return _described_post(lead, at_start=True)


def _said_post(c: Claim) -> Post | None:
    """The post the sentence gives the person of claim `c`, its organisation named or unsaid."""
    return post_of(c) or _unsaid_post(c)


def _place_unsaid(pairs: list[tuple[Claim, Post]]) -> list[tuple[Claim, Post]]:
    """The posts of one role with those of unsaid organisation given the organisation the others name, or made the
    story's own when none is named; left out when the others name two organisations, or when no person is given
    the post by _UNSAID_AGREEING sources, saying its organisation or not."""
    unsaid = [c for c, p in pairs if p.organisation == _UNSAID]
    kept = [(c, p) for c, p in pairs if p.organisation != _UNSAID]
    if not unsaid:
        return kept
    named = [p.organisation for _, p in kept if p.organisation != _EVENT]
    if any(not _same_organisation(a, b) for a in named for b in named):
        return kept
    # the sources that give the post to one person, its organisation said or not ("His head coach, Olek Varga,",
    # "Pendry's head coach, Olek Varga,")
    backed = max(len({o.doc for o, _ in pairs if same_person(c, o)}) for c in unsaid)
    if backed < _UNSAID_AGREEING:
        return kept
    organisation = max(named, key=len) if named else _EVENT
    return kept + [(c, Post(p.role, organisation)) for c, p in pairs if p.organisation == _UNSAID]


def _place_story_post(pairs: list[tuple[Claim, Post]]) -> list[tuple[Claim, Post]]:
    """The posts of the story's own given the one organisation some source names for the person most sources give
    the post ("Health secretary Ann Roe" twice, "the Scottish health secretary Ann Roe" once): the story's post is
    that organisation's, and another person given it unqualified ("Health secretary John Doe") is its second holder.
    Left as they are when the sources name two organisations, when no one person is given the unqualified post by
    more sources than anyone else and by _UNSAID_AGREEING of them, or when one source gives it to two people."""
    named = [p.organisation for _, p in pairs if p.organisation != _EVENT]
    held = [c for c, p in pairs if p.organisation == _EVENT]
    if not named or not held or _shared_role(pairs) or any(
        not _same_organisation(a, b) for a in named for b in named
    ):
        return pairs
    backing = sorted(((len({o.doc for o in held if same_person(c, o)}), c) for c in held), key=lambda bc: -bc[0])
    most, first = backing[0]
    rivals = [n for n, c in backing if not same_person(c, first)]
    owned = [c for c, p in pairs if p.organisation != _EVENT]
    if most < _UNSAID_AGREEING or (rivals and rivals[0] >= most) or not any(same_person(first, o) for o in owned):
        return pairs
    organisation = max(named, key=len)
    return [(c, Post(p.role, organisation) if p.organisation == _EVENT else p) for c, p in pairs]


def _shared_role(pairs: list[tuple[Claim, Post]]) -> bool:
    """Whether one source gives a role of the story's event to two people: then the story has two such events."""
    by_doc: dict[str, list[Claim]] = {}
    for c, p in pairs:
        if p.organisation == _EVENT:
            by_doc.setdefault(c.doc, []).append(c)
    return any(not same_person(a, b) for held in by_doc.values() for i, a in enumerate(held) for b in held[i + 1 :])


@part(
    "entity-conflict",
    "title-holder",
    example='"Acme chief executive Jane Doe said sales rose" (a) vs "John Roe, the chief executive of Acme, said sales rose" (b)',
)
def title_holder_conflicts(ctx: Context) -> Iterator[Discrepancy]:
    """One organisation's post that one person holds at a time given to two people: "Acme chief executive Jane Doe" / "John Roe, Acme's chief executive".

    The posts are those of data/organisation_titles.csv, and the roles of
    the story's one event those of data/event_roles.csv ("Judge Helen
    Marsh", "the ferry's captain, Manuel Reyes"); a past or passing post
    ("former", "outgoing", "new") is left alone; sources compare for times
    within two weeks. The holder most sources name is the reference, quoted
    from the report nearest in time.
    """
    groups = _posts(ctx)
    post = {id(c): p for pairs in groups.values() for c, p in pairs}

    def comparable(a: Claim, b: Claim) -> bool:
        return _same_organisation(post[id(a)].organisation, post[id(b)].organisation) and _times_near(ctx, a, b)

    for (_, role), pairs in sorted(groups.items(), key=lambda kv: kv[0][1:]):
        holders = [c for c, _ in pairs]
        same_organisation = (
            (a, b) for i, a in enumerate(holders) for b in holders[i + 1 :]
            if _same_organisation(post[id(a)].organisation, post[id(b)].organisation)
        )
        for one_post in connected_groups(holders, same_organisation):  # each party's leader against its own
            for odd, usual in _misspelt_holders(one_post):
                yield _misspelt_holder(odd, usual, role)
            for odd, sides in consensus_conflicts(one_post, comparable, same_person):
                reference = _nearest(ctx, odd, sides)
                where = post[id(reference)].organisation
                whose, of_what = (
                    (f"the {role}", f"the story's one {role}") if where == _EVENT
                    else (f"{where} {role}", f"the {role} of {where}")
                )
                whose, of_what = " ".join(whose.split()), " ".join(of_what.split())  # a post of no named body
                yield Discrepancy(
                    kind="entity-conflict",
                    severity=Severity.error,
                    summary=(
                        f"{whose}: {odd.mention.canonical} in {odd.doc}, "
                        f"{reference.mention.canonical} in {reference.doc}{as_do(sides, reference)}"
                    ),
                    claims=(odd, reference),
                    explanation=(
                        f"{odd.doc} names {odd.mention.canonical} and {reference.doc} {reference.mention.canonical} "
                        f"as {of_what}, a post one person holds at a time."
                    ),
                )


_USUAL_HOLDER_REPORTS = 2  # reports that spell a post's holder alike before another's spelling is a slip of theirs


def _misspelt_holders(held: list[Claim]) -> Iterator[tuple[Claim, Claim]]:
    """The holder of one post named by a surname alone, spelt otherwise in one report than in two or more ("Mrs
    Justice Crowder" against "Mrs Justice Crowther"): one person, misspelt (same_person takes them for one; a
    name of two words misspelt is name-variant's own)."""
    by_name: dict[str, list[Claim]] = {}
    for c in held:
        if " " not in c.mention.canonical:
            by_name.setdefault(c.mention.canonical, []).append(c)
    reports = {name: {c.doc for c in cs} for name, cs in by_name.items()}
    for odd, claims in sorted(by_name.items()):
        if len(reports[odd]) != 1:
            continue
        usual = [n for n in sorted(by_name) if n != odd and len(reports[n]) >= _USUAL_HOLDER_REPORTS
                 and not reports[n] & reports[odd] and spelt_alike_in_one_post(odd, n)]
        if len(usual) == 1:
            yield claims[0], by_name[usual[0]][0]


def _misspelt_holder(odd: Claim, usual: Claim, role: str) -> Discrepancy:
    """One holder of a post, misspelt in one report: a name-variant, no second holder."""
    return Discrepancy(
        kind="name-variant",
        severity=Severity.warning,
        summary=(
            f'the {role}: "{odd.mention.canonical}" in {odd.doc}, "{usual.mention.canonical}" in {usual.doc} and '
            "the other reports: likely a typo"
        ),
        claims=(odd, usual),
        explanation=(
            f"{odd.doc} names the {role} {odd.mention.canonical}, the others {usual.mention.canonical}: spellings a "
            "slip apart of the holder of a post one person holds at a time."
        ),
    )


@cache
def _post_groups() -> dict[str, str]:
    """A post → the group of posts no one holds two of at once ("chief officers": a chief executive is not also the
    chief financial officer), from data/organisation_titles.csv."""
    return {row["role"]: row["group"] for row in rows("organisation_titles.csv") if row["group"]}


def _may_be_one(a: str, b: str) -> bool:
    """Whether two posts' organisations may be one: the same, or one left unsaid ("the company's chief financial
    officer") beside a named one."""
    return _EVENT in (a, b) or _same_organisation(a, b)


@part(
    "entity-conflict",
    "person-post",
    example=(
        '"Halvard Shipping chief financial officer Meera Pillai said" (a) vs '
        '"Meera Pillai, the chief operating officer of Halvard Shipping, said" (b)'
    ),
)
def person_post_conflicts(ctx: Context) -> Iterator[Discrepancy]:
    """One person given two posts of one organisation that no one holds at once: "the company's chief financial
    officer, Jane Doe" / "Jane Doe, Acme's chief operating officer".

    The posts are read as part title-holder reads them, and exclude each
    other when data/organisation_titles.csv puts them in one group (a
    company's chief officers); a chair and a chief executive may be one
    person. A past or passing post ("previously the chief financial
    officer", "former") is not read; a source that gives the person both
    posts agrees with either; reports compare for times within two weeks. One
    row per pair of reports and person.
    """
    groups = _post_groups()
    held = [(c, p) for pairs in _posts(ctx).values() for c, p in pairs if p.role in groups]
    posts_in: dict[tuple[str, str], set[str]] = {}
    for c, p in held:
        posts_in.setdefault((c.doc, c.mention.canonical), set()).add(p.role)
    seen: set[tuple[str, str, str]] = set()
    for i, (a, pa) in enumerate(held):
        for b, pb in held[i + 1 :]:
            if a.doc == b.doc or pa.role == pb.role or groups[pa.role] != groups[pb.role]:
                continue
            if not same_person(a, b) or not _may_be_one(pa.organisation, pb.organisation) or not _times_near(ctx, a, b):
                continue
            if pb.role in posts_in[(a.doc, a.mention.canonical)] or pa.role in posts_in[(b.doc, b.mention.canonical)]:
                continue  # a source that gives both posts has not denied the other's
            who = first_said_of(seen, a, b)
            if who is None:
                continue
            yield Discrepancy(
                kind="entity-conflict",
                severity=Severity.error,
                summary=f"{who}: {pa.role} in {a.doc}, {pb.role} in {b.doc}",
                claims=(a, b),
                explanation=(
                    f"{a.doc} names {who} as the {pa.role} and {b.doc} as the {pb.role}: "
                    "posts no one holds at once, and neither source gives the other's."
                ),
            )
