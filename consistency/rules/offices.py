"""The office a person holds, as the title before their name says (entity-conflict, part "person-title").

"Representative Ayanna Pressley" in one source and "Senators Warren, Markey
and Pressley" in another give one person two offices that no one holds at
once. A title before a list of names is each name's ("Senators Warren,
Markey and Pressley"). Titles are compared only within a group of offices
that exclude one another (data/exclusive_titles.csv: a senator is not a
representative, a general not a colonel); a person may be a senator and a
party's leader at once. A title said to be past ("former Senator", "then-Governor")
is not the person's office now, and sources compare only for overlapping times.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ..align import consensus_conflicts, spelt_alike, spelt_alike_in_one_post
from ..model import Claim, Discrepancy, Severity
from .base import Context, as_do, part

__all__ = ["person_title_conflicts", "same_person", "title_forms", "title_of"]

# What stands between two names of one list: ", ", ", and ", " and ", " & ".
_LIST_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+)?|,?\s*(?:and|&)\s+)$")
_PAST = re.compile(r"(?:\bformer|\bex-|\bthen-|\boutgoing|\bretired|\bthe late)\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Title:
    role: str  # "senator"
    group: str  # the offices it excludes: "elected office"
    text: str  # as written: "Senators"


@cache
def _titles() -> tuple[dict[str, Title], re.Pattern[str]]:
    with resources.files("consistency.data").joinpath("exclusive_titles.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    forms = {row["form"]: Title(row["role"], row["group"], row["form"]) for row in rows}
    alternation = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True))
    return forms, re.compile(rf"(?<![\w.-])(?P<form>{alternation})\s+$")


def title_forms() -> tuple[str, ...]:
    """The exclusive titles as written ("Senator", "Sen.", "Lt. Gen.")."""
    return tuple(_titles()[0])


@cache
def _copula() -> tuple[dict[str, Title], re.Pattern[str]]:
    """"Adrian Cronauer is an Airman Second Class", "Jane Roe is a US senator": the office the person holds now,
    in any case, after at most one capitalised word of whose office it is."""
    forms, _ = _titles()
    lower = {f.lower(): t for f, t in forms.items()}
    alternation = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(lower, key=len, reverse=True))
    return lower, re.compile(rf"^\s+is\s+an?\s+(?:[A-Z][\w.]*\s+)?(?P<form>(?i:{alternation}))(?![\w-])")


def _is_name(c: Claim) -> bool:
    m = c.mention
    return m.kind == "entity" and not m.office and m.role in ("person", None) and bool(m.canonical)


def _list_head(c: Claim, names: list[Claim]) -> Claim:
    """The first name of the list `c` stands in ("Warren" for "Pressley" in "Warren, Markey and Pressley")."""
    rel = c.sentence.start
    head = c
    for prev in reversed([n for n in names if n.end <= c.start]):
        if not _LIST_GAP.match(c.sentence.text[prev.end - rel : head.start - rel]):
            break
        head = prev
    return head


def title_of(c: Claim, names: list[Claim]) -> Title | None:
    """The exclusive title written before the name, or before the list it stands in; none for a past title."""
    head = _list_head(c, names)
    rel = c.sentence.start
    lead = c.sentence.text[max(0, head.start - rel - 40) : head.start - rel]
    forms, before = _titles()
    found = before.search(lead)
    if found is None:
        lower, copula = _copula()
        said = copula.match(c.sentence.text[c.end - rel :])
        return None if said is None else lower.get(" ".join(said["form"].lower().split()))
    if _PAST.search(lead[: found.start()]):
        return None
    written = " ".join(found["form"].split())
    return forms.get(written)


def _titled(ctx: Context) -> dict[tuple[int, str, str], list[tuple[Claim, Title]]]:
    """Names with an exclusive title, grouped by story, surname and group of offices."""
    by_sentence: dict[tuple[str, int], list[Claim]] = {}
    for c in ctx.claims:
        if _is_name(c):
            by_sentence.setdefault((c.doc, c.sentence.start), []).append(c)
    groups: dict[tuple[int, str, str], list[tuple[Claim, Title]]] = {}
    for names in by_sentence.values():
        names.sort(key=lambda n: n.start)
        for c in names:
            title = title_of(c, names)
            if title is not None:
                surname = c.mention.canonical.split()[-1]
                groups.setdefault((ctx.story_of(c.doc), surname, title.group), []).append((c, title))
    return groups


def same_person(a: Claim, b: Claim) -> bool:
    """One canonical name, a surname alone that ends the other's full name ("Pressley", "Ayanna Pressley"), or
    one name misspelt word by word ("Hanne Vestergard", "Hanne Vestergaard"; said with one post, "Siobhan Garvey"
    and "Siobhan Garvie" too): name-variant tells the slip."""
    na, nb = a.mention.canonical, b.mention.canonical
    return (
        na == nb or (" " not in na and nb.endswith(" " + na)) or (" " not in nb and na.endswith(" " + nb))
        or spelt_alike(na, nb) or spelt_alike_in_one_post(na, nb, people=True)
    )


@part(
    "entity-conflict",
    "person-title",
    example='"Senators Warren, Markey and Pressley urged a review" (a) vs "Representative Ayanna Pressley urged a review" (b)',
)
def person_title_conflicts(ctx: Context) -> Iterator[Discrepancy]:
    """One person given offices that exclude each other: "Senator" in one source, "Representative" in another.

    A title before a list of names is each name's. Only offices that no one
    holds at once are compared (a senator is not a representative, a general
    not a colonel), for overlapping times; a past title ("former Senator")
    is left alone. The title most sources give is the reference.
    """
    groups = _titled(ctx)
    title = {id(c): t for titled in groups.values() for c, t in titled}

    def comparable(a: Claim, b: Claim) -> bool:
        return same_person(a, b) and ctx.times_overlap(a, b)

    def agree(a: Claim, b: Claim) -> bool:
        return title[id(a)].role == title[id(b)].role

    for (_, surname, group), titled in sorted(groups.items(), key=lambda kv: kv[0][1:]):
        claims = [c for c, _ in titled]
        for odd, sides in consensus_conflicts(claims, comparable, agree):
            reference = sides[0]
            also = as_do(sides, reference)
            yield Discrepancy(
                kind="entity-conflict",
                severity=Severity.error,
                summary=(
                    f"{odd.mention.canonical}: {title[id(odd)].role} in {odd.doc}, "
                    f"{title[id(reference)].role} in {reference.doc}{also}"
                ),
                claims=(odd, reference),
                explanation=(
                    f"{odd.doc} calls {surname} \"{title[id(odd)].text}\" and {reference.doc} "
                    f"\"{title[id(reference)].text}\": two offices of one {group} that no one holds at once."
                ),
            )
