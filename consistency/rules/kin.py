"""How two people are related: one pair given two kinds of kin (entity-conflict, part "kin").

"Ana Ruiz, the wife of Tom Hale," in one source and "Ana Ruiz is the sister
of Tom Hale" in another make one pair of people spouses and siblings. The
kin is read between two names of one sentence in the forms news uses:
"X is the R of Y", "X, the R of Y,", "Y's R, X," and "Y's R X", "X, Y's
R,", "X is Y's R", and "Y ... her R X" when Y is the first person the
sentence names and no one else stands between, where R is a word of
data/kin_words.csv (a "wife" and a "husband"
are spouses, a "son" and a "daughter" children). What each source says of
one pair, in one direction, is pooled, and two sources conflict only when
their pools share no kin: "the daughter of Tom Hale" and "Tom Hale is the
father of Ana Ruiz" speak of the pair in two directions and are not
compared. A kin word said to be past ("former wife", "ex-husband", "late
brother": data/post_modifiers.csv kind "past") is read as its kind, so
"Tom Hale's ex-wife" and "his sister" conflict while "his former wife" and
"his wife" do not; another's kin ("Tom Hale's late brother's widow") is not
read.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from functools import cache

from ..align.frames import post_modifiers
from ..model import Claim, Discrepancy, Severity
from .base import Context, kin_forms, part
from .descriptions import one_person

__all__ = ["kin_conflicts", "kin_of"]

_POSSESSIVE = r"['’]s"
_TIES = r"(?:\s*,\s*|\s+(?:is|was)\s+)(?:the\s+)?"  # "X, the R of Y", "X is the R of Y"
_PRONOUN_KIN_REACH = 40  # characters before a name that hold "her great-grandmother,"


@cache
def _kin_word() -> str:
    """A kin word, after a word that says it is past if any ("former wife", "ex-husband", "late brother"): the
    kin it names is the same kind, once or still."""
    past = "|".join(re.escape(w) for w, kind in post_modifiers().items() if kind == "past")
    kin = "|".join(re.escape(f) for f in sorted(kin_forms(), key=len, reverse=True))
    return rf"(?:(?:{past})(?:\s+|-))?(?P<kin>{kin})(?![\w'’-])"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Between the two names, as written: "X is the R of Y" and "Y's R, X"."""
    of = re.compile(rf"^{_TIES}{_kin_word()}\s+of\s+$", re.IGNORECASE)
    whose_before = re.compile(rf"^{_POSSESSIVE}\s+{_kin_word()},?\s+$", re.IGNORECASE)
    return of, whose_before


def _is_person(c: Claim) -> bool:
    m = c.mention
    return m.kind == "entity" and not m.office and m.role in ("person", None) and bool(m.canonical)


@cache
def _pronounkin_forms() -> re.Pattern[str]:
    """A kin word after the possessive of the one the sentence is about, right before a name: "her grandmother
    Ruth", "his wife, Anna"."""
    return re.compile(rf"\b(?:his|her)\s+{_kin_word()},?\s+$", re.IGNORECASE)


_PLACE_WORD = re.compile(r"\b(?:in|to|at|from|near|into)\s+$")  # "drove to Hamar": a place, no one "her" is of


def _after_place_word(c: Claim) -> bool:
    return _PLACE_WORD.search(c.sentence.text, 0, c.start - c.sentence.start) is not None


def kin_of(x: Claim, y: Claim, first: bool = False) -> str | None:
    """The kind of kin the sentence of both names says `x` is of `y` ("spouse" for "X, the wife of Y,");
    None when it says none. When `y` is the first person its sentence names (`first`), "his" and "her" before
    `x` stand for `y`: "Rachel set off to visit her grandmother Ruth"."""
    if x.sentence.start != y.sentence.start or x.doc != y.doc:
        return None
    text, rel = x.sentence.text, x.sentence.start
    if first and y.end <= x.start:
        owned = _pronounkin_forms().search(text, max(0, x.start - rel - _PRONOUN_KIN_REACH), x.start - rel)
        if owned is not None:
            return kin_forms()[owned["kin"].lower()]
    of, whose_before = _patterns()
    if x.end <= y.start:  # "X is the R of Y"
        found = of.match(text[x.end - rel : y.start - rel])
    else:  # "Y's R, X"
        found = whose_before.match(text[y.end - rel : x.start - rel])
    if found is None:
        after_x = re.match(rf"(?:\s*,|\s+(?:is|was))\s+{re.escape(y.mention.text)}{_POSSESSIVE}\s+{_kin_word()}",
                           text[x.end - rel :], re.IGNORECASE)  # "X, Y's R,", "X is Y's R"
        if x.end > y.start or after_x is None:
            return None
        found = after_x
    return kin_forms()[found["kin"].lower()]


@part(
    "entity-conflict",
    "kin",
    example='"Lena Moritz, the wife of Pavel Dorn, said" (a) vs "Pavel Dorn\'s sister, Lena Moritz, said" (b)',
)
def kin_conflicts(ctx: Context) -> Iterator[Discrepancy]:
    """One pair of people given two kinds of kin: "the wife of Tom Hale" / "the sister of Tom Hale".

    Each source's kin of the pair, in one direction, is pooled; the pools
    must share none, in sources of one story. One row per pair of sources
    and pair of people.
    """
    by_sentence: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for c in ctx.claims:
        if _is_person(c):
            by_sentence[(c.doc, c.sentence.start)].append(c)
    said: list[tuple[Claim, Claim, str]] = []
    for names in by_sentence.values():
        first = min(names, key=lambda c: c.start)  # whom "his" and "her" stand for, as a rule
        for x in names:
            # "Pavel Dorn met Ivo Brandt and his wife": "his" is of the name nearest before it
            alone = not any(first.end <= n.start and n.end <= x.start and not _after_place_word(n)
                            for n in names if n is not first and n is not x)
            for y in names:
                kin = kin_of(x, y, first=y is first and alone) if x is not y else None
                if kin is not None:
                    said.append((x, y, kin))
    pooled: dict[int, set[str]] = defaultdict(set)
    for i, (x, y, _) in enumerate(said):
        for x2, y2, kin2 in said:
            if x.doc == x2.doc and one_person(x, x2) and one_person(y, y2):
                pooled[i].add(kin2)
    seen: set[tuple[str, ...]] = set()
    for i, (xa, ya, _) in enumerate(said):
        for j, (xb, yb, _) in enumerate(said):
            if j <= i or xa.doc == xb.doc or ctx.story_of(xa.doc) != ctx.story_of(xb.doc):
                continue
            if not (one_person(xa, xb) and one_person(ya, yb)) or pooled[i] & pooled[j]:
                continue
            key = (*sorted((xa.doc, xb.doc)), xa.mention.canonical, ya.mention.canonical)
            if key in seen:
                continue
            seen.add(key)
            who, whom = xa.mention.canonical, ya.mention.canonical
            yield Discrepancy(
                kind="entity-conflict",
                severity=Severity.error,
                summary=f"{who} of {whom}: {' and '.join(sorted(pooled[i]))} in {xa.doc}, "
                f"{' and '.join(sorted(pooled[j]))} in {xb.doc}",
                claims=(xa, xb),
                explanation=(
                    f"{xa.doc} says {who} is {whom}'s {' or '.join(sorted(pooled[i]))}, {xb.doc} "
                    f"{' or '.join(sorted(pooled[j]))}: one pair of people, two kinds of kin."
                ),
            )
