"""What a person does for a living, as a source describes them (entity-conflict, part "occupation").

"Dana Whitfield is an American fashion model" in one source and "Dana
Whitfield is a US senator" in another give one person two callings that
share no field. An occupation is read where a sentence says what someone is:
after a copula ("Dana Whitfield is a nurse", "... (born 1980) was a
footballer"), in apposition ("Dana Whitfield, 34, a nurse at the city
hospital,") and just before the name ("nurse Dana Whitfield", "the Welsh
cyclist Dana Whitfield"). Occupations and their fields come from
data/occupations.csv; a form with no field shadows a phrase that is no
calling ("a role model", "a goodwill ambassador"), and a form that also
names the part someone plays in an event ("the driver of the car") is read
only where a copula says what someone is ("is a driver").

Each source's occupations of one person are pooled (a source that calls
someone "a lawyer and politician" agrees with either), and two sources
conflict only when their pools share no field. A calling said to be past or
coming ("former nurse", "retired footballer", "model turned politician",
"an aspiring actor") or denied ("is not a doctor") is left alone; a
description in the past tense ("was a nurse") is compared only with another
in the past tense, and sources compare only for overlapping times.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from ..data import rows
from ..model import Claim, Discrepancy, Severity
from .base import Context, part
from .offices import same_person

__all__ = ["occupation_conflicts", "occupations_of"]

# Words that make the calling after them past, coming or not the person's own.
_NOT_NOW = re.compile(
    r"\b(?:former|formerly|ex|one-time|onetime|erstwhile|retired|aspiring|would-be|wannabe|budding|"
    r"future|trainee|student|late|then|once|fellow|fake|bogus)\b|\bex-",
    re.IGNORECASE,
)
# Where a description ends: punctuation, a relative clause, a preposition that opens someone else's words.
_END = re.compile(
    r"[,.;:()\"“”!?]|\s(?:who|which|that|whose|when|where|since|after|before|born|based|known|of|for|in|at|"
    r"from|with|on|by|to|under|as|like|whom|while|but)\b",
    re.IGNORECASE,
)
_PARENTHESIS = r"(?:\s*\([^)]*\))?"
_COPULA = re.compile(
    _PARENTHESIS + r",?\s+(?:(?P<tense>is|was|has\s+been|had\s+been)|['’]s)\s+(?P<neg>not\s+|never\s+)?"
    r"(?:also\s+|now\s+|currently\s+|still\s+)?(?P<article>an?|the)\s+",
    re.IGNORECASE,
)
_APPOSITION = re.compile(_PARENTHESIS + r",\s+(?:\d{1,3},\s+)?(?:an?|the)\s+")


@dataclass(frozen=True, slots=True)
class Described:
    claim: Claim
    fields: frozenset[str]
    forms: tuple[str, ...]  # as written: "fashion model", "television personality"
    past: bool  # "was a nurse"


@cache
def _occupations() -> tuple[dict[str, tuple[str, bool]], re.Pattern[str]]:
    """Form (lower case) → (field, whether it also names a part in an event); the pattern that finds the forms."""
    table = {r["form"].lower(): (r["field"], r["role_too"] == "yes") for r in rows("occupations.csv")}
    alternation = "|".join(re.escape(f) for f in sorted(table, key=len, reverse=True))
    return table, re.compile(rf"(?<![\w-])(?P<form>{alternation})(?![\w'’-])", re.IGNORECASE)


def _callings(phrase: str, copula: bool) -> list[str]:
    """The occupations a description names now: "American fashion model and television personality" → both;
    the part before "turned" and any conjunct with a past or coming word ("former nurse") count for nothing."""
    table, pattern = _occupations()
    phrase = re.split(r"\bturned\b", phrase, flags=re.IGNORECASE)[-1]
    out = []
    for conjunct in re.split(r"\s+(?:and|&)\s+|\s*/\s*", phrase):
        if _NOT_NOW.search(conjunct):
            continue
        for found in pattern.finditer(conjunct):
            field, role_too = table[found["form"].lower()]
            if field and (copula or not role_too):
                out.append(found["form"])
    return out


def occupations_of(c: Claim) -> tuple[list[str], bool]:
    """The occupations the sentence gives the name of `c`, and whether it says so in the past tense."""
    rel = c.sentence.start
    after = c.sentence.text[c.end - rel :]
    said = _COPULA.match(after)
    if said is not None:
        if said["neg"]:
            return [], False
        phrase = _END.split(after[said.end() :], maxsplit=1)[0]
        tense = (said["tense"] or "is").lower()
        return _callings(phrase, copula=said["article"].lower() != "the"), tense != "is"
    said = _APPOSITION.match(after)
    if said is not None:
        return _callings(_END.split(after[said.end() :], maxsplit=1)[0], copula=False), False
    lead = c.sentence.text[max(0, c.start - rel - 60) : c.start - rel]
    _, pattern = _occupations()
    opening = pattern.match(c.mention.text)
    if opening is not None and c.mention.text[opening.end() :].startswith(" "):
        lead += opening["form"] + " "  # "Teacher Colm Brennock" opening a sentence: a calling read into the name
    before = re.search(r"(?P<phrase>(?:[\w'’-]+\s+){0,2}?)" + pattern.pattern + r"\s+$", lead, re.IGNORECASE)
    if before is None:
        return [], False
    return _callings(before["phrase"] + before["form"], copula=False), False


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


def _described(ctx: Context) -> list[Described]:
    table, _ = _occupations()
    out = []
    for c in ctx.claims:
        if not _is_person(c):
            continue
        forms, past = occupations_of(c)
        if forms:
            fields = frozenset(table[f.lower()][0] for f in forms)
            out.append(Described(c, fields, tuple(dict.fromkeys(f.lower() for f in forms)), past))
    return out


@part(
    "entity-conflict",
    "occupation",
    example='"Dana Whitfield is an American fashion model" (a) vs "Dana Whitfield is a US senator" (b)',
)
def occupation_conflicts(ctx: Context) -> Iterator[Discrepancy]:
    """One person given callings of different fields: "a fashion model" in one source, "a US senator" in another.

    Each source's occupations of the person are pooled; the two pools must
    share no field (data/occupations.csv), the descriptions must be in one
    tense and speak for overlapping times. One row per pair of sources and
    person.
    """
    described = _described(ctx)
    pooled: dict[int, set[str]] = defaultdict(set)
    for d in described:
        for e in described:
            if d.claim.doc == e.claim.doc and d.past == e.past and one_person(d.claim, e.claim):
                pooled[id(d)] |= e.fields
    seen: set[tuple[str, str, str]] = set()
    for i, a in enumerate(described):
        for b in described[i + 1 :]:
            ca, cb = a.claim, b.claim
            if ca.doc == cb.doc or a.past != b.past or ctx.story_of(ca.doc) != ctx.story_of(cb.doc):
                continue
            if not one_person(ca, cb) or not ctx.times_overlap(ca, cb) or pooled[id(a)] & pooled[id(b)]:
                continue
            who = min(ca.mention.canonical, cb.mention.canonical, key=len)
            key = (*sorted((ca.doc, cb.doc)), who.split()[-1])
            if key in seen:
                continue
            seen.add(key)
            yield Discrepancy(
                kind="entity-conflict",
                severity=Severity.error,
                summary=f"{who}: {' and '.join(a.forms)} in {ca.doc}, {' and '.join(b.forms)} in {cb.doc}",
                claims=(ca, cb),
                explanation=(
                    f"{ca.doc} describes {who} as {' and '.join(a.forms)} ({', '.join(sorted(pooled[id(a)]))}), "
                    f"{cb.doc} as {' and '.join(b.forms)} ({', '.join(sorted(pooled[id(b)]))}): "
                    "callings of different fields, and neither source gives the other's."
                ),
            )
