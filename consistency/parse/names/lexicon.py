"""Word lists and patterns for reading names: titles, honorifics, cues, speech verbs.

The lists are CSV files under ``consistency/data/``, loaded once. The
patterns are built from them at first use and cached:

- a *name run* is a run of capitalised words on one line, joined by single
  spaces and the lowercase particles of names and titles ("Ursula von der
  Leyen", "Secretary of State", "President of the United States");
- a *title* is a phrase such as "President", "Foreign Affairs Minister" or
  "spokesman" that says what the name after it is.
"""

from __future__ import annotations

import csv
import functools
import re
from importlib import resources

from ...knowledge import name_key

__all__ = [
    "UPPER",
    "name_runs",
    "titles",
    "title_pattern",
    "honorifics",
    "non_entities",
    "run_breakers",
    "leading_non_names",
    "label_words",
    "given_names",
    "cue_words",
    "office_nouns",
    "AGE_SET_OFF_AFTER",
    "speech_verbs",
    "PARTICLES",
    "CONNECTORS",
]

# Lowercase words that may sit inside a name run: name particles and the links of titles.
PARTICLES = ("von", "van", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "bin", "ibn", "al", "el", "ter", "zu", "dos", "das", "y")
# Lowercase particles written onto the next word of a name with a hyphen: "Omar al-Bashir", "Khalid el-Sayed".
HYPHENED_PARTICLES = ("al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ud", "ul")
# "Ministry of Defence", "Marks & Spencer": an ampersand between capitalised words joins one firm's name
CONNECTORS = ("of", "for", "the", "&")


def _upper_class() -> str:
    """A regex character class body of every uppercase letter in the Basic Multilingual Plane."""
    ranges: list[tuple[int, int]] = []
    for code in range(0x10000):
        if chr(code).isupper():
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    parts = []
    for low, high in ranges:
        parts.append(re.escape(chr(low)) if low == high else f"{re.escape(chr(low))}-{re.escape(chr(high))}")
    return "".join(parts)


UPPER = _upper_class()


def _rows(name: str) -> list[dict[str, str]]:
    with (resources.files("consistency.data") / name).open(encoding="utf-8", newline="") as f:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(f)]


@functools.cache
def titles() -> dict[tuple[str, ...], str]:
    """Title words (lower case, as a tuple) → the role they name ("prime minister"). An organisation's post of
    several words (data/organisation_titles.csv) is a title too, written before a name ("Chief Financial Officer
    Priya Raghunathan", "Managing Director Ana Ruiz"); its one-word forms ("manager", "chair") are read with their
    organisation, not as titles."""
    posts = {tuple(row["form"].lower().split()): row["role"] for row in _rows("organisation_titles.csv")}
    own = {tuple(row["title"].lower().split()): row["role"] for row in _rows("titles.csv")}
    return {form: role for form, role in posts.items() if len(form) > 1} | own


@functools.cache
def title_pattern() -> str:
    """An alternation of every title, longest first, spaces matching any run of blanks."""
    phrases = sorted((" ".join(t) for t in titles()), key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"[ \t]+") for p in phrases)


@functools.cache
def honorifics() -> frozenset[str]:
    """Honorifics in lower case, without their period: "mr", "dr", "sir" (not "St", a part of names)."""
    return frozenset(row["word"].lower() for row in _rows("honorifics.csv") if row["kind"] == "honorific")


@functools.cache
def post_nominals() -> frozenset[str]:
    """Letters after a person's name that say a rank or an honour ("KC", "MP", "OBE"; data/post_nominals.csv)."""
    return frozenset(row["word"] for row in _rows("post_nominals.csv"))


@functools.cache
def _dotted_honorifics() -> tuple[str, ...]:
    return tuple(row["abbreviation"] for row in _rows("honorifics.csv") if row["abbreviation"])


@functools.cache
def non_entities() -> frozenset[str]:
    """Capitalised words that are never a name on their own ("The", "However", "May")."""
    return frozenset(row["word"].lower() for row in _rows("non_entities.csv"))


@functools.cache
def leading_non_names() -> frozenset[str]:
    """Words dropped from the front of a run: function, calendar and label words ("The", "In", "Photo")."""
    kinds = ("function", "calendar", "label")
    return frozenset(row["word"].lower() for row in _rows("non_entities.csv") if row["kind"] in kinds)


@functools.cache
def label_words() -> frozenset[str]:
    """Words that label a page's parts ("Photo", "Home", "Post"): labels only where a line or sentence opens."""
    return frozenset(row["word"].lower() for row in _rows("non_entities.csv") if row["kind"] == "label")


@functools.cache
def run_breakers() -> frozenset[str]:
    """Function words and calendar words: a name never runs across them ("Kyiv, Ukraine February 24")."""
    kinds = ("function", "calendar")
    return frozenset(row["word"].lower() for row in _rows("non_entities.csv") if row["kind"] in kinds)


@functools.cache
def given_names() -> frozenset[str]:
    """Given names, as name keys (no accents, lower case)."""
    return frozenset(name_key(row["name"]) for row in _rows("given_names.csv"))


@functools.cache
def cue_words() -> dict[str, frozenset[str]]:
    """Cue → words: "organisation suffix", "organisation head", "organisation opening" (the first word of a name
    that makes it an organisation's alone: "Team Solano"), "place suffix", "place head", "place before",
    "event head" (a storm's name: "Hurricane Bettina"), "holding before" (a noun after which "in" leads a firm, no
    place: "shares in Norvane")."""
    out: dict[str, set[str]] = {}
    for row in _rows("name_cues.csv"):
        out.setdefault(row["cue"], set()).add(row["word"].lower())
    return {cue: frozenset(words) for cue, words in out.items()}


@functools.cache
def place_said_after() -> re.Pattern[str]:
    """What, right after a word, says that the word names a place: "Darwin is the city where", "Leeds is where",
    "Hull was the venue for" (the nouns of a place are data/place_nouns.csv)."""
    nouns = "|".join(sorted(re.escape(row["word"]) for row in _rows("place_nouns.csv")))
    return re.compile(
        rf"\s+(?:is|was)\s+(?:where|the\s+(?:[a-z-]+\s+)?(?:{nouns})\s+(?:where|in\s+which|at\s+which|of|for))\b"
    )


# what, right after a word, says that the word names a person: an age set off after it ("Lindqvist, 45, was
# jailed", "Marsh (61) said")
AGE_SET_OFF_AFTER = re.compile(r"(?:,\s*\d{1,3},|\s*\(\d{1,3}\))\s")


@functools.cache
def office_nouns() -> frozenset[str]:
    """Nouns that turn a name into an office ("the Trump administration")."""
    return frozenset(row["noun"].lower() for row in _rows("office_nouns.csv"))


@functools.cache
def role_nouns() -> frozenset[str]:
    """The roles one person or firm fills in a story's event (data/event_roles.csv: "developer", "administrators"):
    opening a sentence before a name ("Administrators Kestner Vale said"), the role is no word of the name."""
    return frozenset(row["form"].lower() for row in _rows("event_roles.csv") if " " not in row["form"])


@functools.cache
def person_nouns() -> frozenset[str]:
    """Nouns that only a person is (data/aged_nouns.csv: "winner", "man"; data/occupations.csv: "nurse"): a name in
    apposition with one ("Hiwot Demissie, the women's winner,") is a person's."""
    return frozenset(row["noun"].lower() for row in _rows("aged_nouns.csv")) | frozenset(
        row["form"].lower() for row in _rows("occupations.csv")
    )


@functools.cache
def speech_verbs() -> tuple[str, ...]:
    """Verbs and phrases that report speech ("said", "according to"), longest first."""
    return tuple(sorted((row["verb"].lower() for row in _rows("speech_verbs.csv")), key=len, reverse=True))


@functools.cache
def only_speech_verbs() -> tuple[str, ...]:
    """The verbs of `speech_verbs` that report speech and tell of no other act ("said", "told"; not "announced",
    "confirmed": data/speech_verbs.csv, column only_speech), longest first."""
    return tuple(sorted((row["verb"].lower() for row in _rows("speech_verbs.csv") if row["only_speech"]), key=len, reverse=True))


@functools.cache
def possessive_name_end() -> re.Pattern[str]:
    """The one word that, right after a possessive, makes it part of a place's or a building's name: "Land's
    End", "Guy's Hospital" (data/possessive_name_ends.csv). No capitalised word may follow it ("Britain's Green
    Party" is Britain's party)."""
    words = "|".join(re.escape(row["word"]) for row in _rows("possessive_name_ends.csv"))
    return re.compile(rf"[ \t]+(?:{words})\b(?![ \t]+[{UPPER}])(?!['’])")


@functools.cache
def name_runs() -> re.Pattern[str]:
    """The pattern of a name run, with an optional possessive after it (group "poss")."""
    up = UPPER
    word = rf"[{up}](?:[^\W_]|['’](?=[{up}]))*(?:-(?:(?:[{up}]\.){{2,}}|[^\W_]+))*"
    abbreviation = rf"(?:[{up}]\.){{2,}}(?:-[{up}][^\W_]*)?"
    dotted = "|".join(re.escape(h) for h in _dotted_honorifics())
    initial = rf"[{up}]\.(?=[ \t]+[{up}])"
    # a particle joined to the capitalised word after it by a hyphen: "al-Mansouri", "el-Sayed"
    joined = rf"(?:{'|'.join(HYPHENED_PARTICLES)})-{word}"
    piece = rf"(?:{dotted}(?=[ \t])|{abbreviation}|{initial}|{word}|{joined})"
    # The first piece again, written as its capital letter and then the rest of each kind of piece: a
    # pattern that opens with a character class lets the regex engine skip to the capitals of a text
    # instead of trying every offset. The lookbehinds check what stands before that capital.
    rest_dotted = "|".join(rf"(?<={re.escape(h[0])}){re.escape(h[1:])}" for h in _dotted_honorifics())
    first = (
        rf"[{up}](?<![\w#@/\\].)(?<!\w[.\-].)"
        rf"(?:(?:{rest_dotted})(?=[ \t])"  # "Mr." "Gen."
        rf"|\.(?:[{up}]\.)+(?:-[{up}][^\W_]*)?"  # an abbreviation: "U.S."
        rf"|\.(?=[ \t]+[{up}])"  # an initial
        rf"|(?:[^\W_]|['’](?=[{up}]))*(?:-(?:(?:[{up}]\.){{2,}}|[^\W_]+))*)"  # a word
    )
    links = "|".join(PARTICLES + CONNECTORS)
    join = rf"[ \t]+(?:(?:{links})[ \t]+)*"
    return re.compile(
        rf"(?P<run>{first}(?:{join}{piece})*)"
        rf"(?P<poss>['’‘]s\b|(?<=s)['’](?![\w]))?"
        rf"(?!\.[a-z]{{2,}}\b|[\w@])"
    )
