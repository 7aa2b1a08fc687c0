"""A person's age against their birth date (date-conflict, part "age-birth").

"Maria Quell, 54, was elected on Sunday" in a report of 4 May 2025 says she
was born between 5 May 1970 and 4 May 1971; "Maria Quell, who was born in
1981" says otherwise. An age speaks for its sentence's own time, else its
report's day; a birth date is a date whose nearest event word is the birth
("born", data/event_verbs.csv). The two must name one person, and the age's
time must be known to within `AGE_TIME_DAYS`: an age in an undated report, or
in a sentence dated only by its decade, says nothing of a birth year.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from ..align import AGE, FIRST_STEP, one_name, subject_clause_before
from ..intervals import ranges_overlap
from ..model import Claim, Discrepancy, Severity
from ..terms import WORD, stopwords
from .base import Context, part

__all__ = ["age_birth_conflicts"]

BIRTH = "born"  # the event word of a birth (data/event_verbs.csv: born, birth, birthday ...)
_BIRTH_WORDS = 2  # the nearest words of a date's attribute that say it is a birth date
AGE_TIME_DAYS = 366  # an age dated to within a year or so says when its person was born


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year - years, day=28)


def born_between(age: int, when: tuple[dt.date, dt.date]) -> tuple[dt.date, dt.date] | None:
    """The days a person `age` years old at some day of `when` was born on: 54 on 4 May 2025 → 5 May 1970 to
    4 May 1971."""
    first, last = when
    if (last - first).days > AGE_TIME_DAYS or first.year - age - 1 < dt.MINYEAR:
        return None
    return _years_before(first, age + 1) + dt.timedelta(days=1), _years_before(last, age)


def _people(ctx: Context, c: Claim) -> tuple[str, ...]:
    """The name an age or a birth date is of: of the names the documents give people, the nearest before it
    ("Tom Brisk, who was born in 1981, lost to Maria Quell"), else the nearest after it ("the 54-year-old Maria
    Quell"); where its sentence names no one known as a person, the first name it writes that is no place."""
    text, at = c.sentence.text, c.mention.start - c.sentence.start
    names = tuple(s for s in c.subject if not ctx.is_place(s))
    people = [s for s in names if s in ctx.people and s in text]
    if not people:  # the name its sentence opens with, most often its subject
        written = [(text.find(s), s) for s in names if s in text]
        return (min(written)[1],) if written else names
    before = [(text.rfind(s, 0, at), s) for s in people if text.rfind(s, 0, at) >= 0]
    after = [(text.find(s, at), s) for s in people if text.find(s, at) >= 0]
    return (max(before)[1] if before else min(after)[1],)


def _one_person(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
    """The names of `a` that name one of `b`'s people."""
    return tuple(x for x in a if any(one_name(x, y) for y in b))


_BORN = re.compile(rf"\b{BIRTH}\b", re.IGNORECASE)


def _born_of(ctx: Context, c: Claim) -> tuple[str, ...]:
    """The name a birth date is of: the subject of its "born". "Maria Quell, who was born in 1981" is hers, but in
    "Quell lay down in the straw and the foal was born on Monday" the foal was born, and no name is; where the
    clause before "born" holds only function words ("She was born", "Born in 1981, Quell ..."), the names of its
    sentence (see `_people`)."""
    lead = c.sentence.text[: c.mention.start - c.sentence.start]
    born = list(_BORN.finditer(lead))
    if not born:
        return _people(ctx, c)
    clause = subject_clause_before(lead[: born[-1].start()])
    people = _people(ctx, c)
    if any(s in clause for s in people):
        return people
    named = [s for s in c.subject if s in clause and not ctx.is_place(s)]
    if named:
        return (max(named, key=clause.rfind),)
    return () if set(WORD.findall(clause.lower())) - stopwords() else people


def _births(ctx: Context) -> list[Claim]:
    return [
        c for c in ctx.claims
        if c.mention.kind == "date" and c.time is not None and BIRTH in c.attribute[:_BIRTH_WORDS] and _born_of(ctx, c)
    ]


def _ages(ctx: Context) -> list[Claim]:
    return [
        c for c in ctx.figures
        if c.frame is not None and c.frame.measure == AGE and c.mention.value is not None
        and c.mention.hedge is None and c.mention.value == int(c.mention.value) and _people(ctx, c)
    ]


def _time_of_age(ctx: Context, age: Claim, dated: dict[tuple[str, int], list[Claim]]) -> tuple[dt.date, dt.date] | None:
    """When an age held: its own time words, else the one date of its sentence ("elected in 2020, aged 54"),
    else its report's day; an age at a first step ("began working at the age of 16") held at none of these."""
    if age.time is not None:
        return age.time
    if FIRST_STEP in age.frame.qualifiers:
        return None  # "Lopes, who began working at the age of 16, died on Sunday": not 16 on Sunday
    own = dated.get((age.doc, age.sentence.start), [])
    return own[0].time if len(own) == 1 else ctx.time_of(age)


@part(
    "date-conflict",
    "age-birth",
    example='"Maria Quell, 54, was elected mayor" (a, 4 May 2025) vs "Maria Quell, who was born in 1981" (b)',
)
def age_birth_conflicts(ctx: Context) -> Iterator[Discrepancy]:
    """A person's age in one report and their birth date in another that cannot both hold.

    The age at its sentence's time (its own time words, else the one date
    its sentence gives, else its report's day) gives a year of
    days the person was born in; a birth date of the same named person that
    does not overlap them conflicts, unless another birth date the age's own
    report gives for that person does.
    """
    births = _births(ctx)
    dated: dict[tuple[str, int], list[Claim]] = {}
    birth_ids = {id(b) for b in births}
    for c in ctx.claims:
        if c.mention.kind == "date" and c.time is not None and id(c) not in birth_ids:
            dated.setdefault((c.doc, c.sentence.start), []).append(c)
    seen: set[tuple[str, str, tuple[str, ...]]] = set()
    for age in _ages(ctx):
        when = _time_of_age(ctx, age, dated)
        born = born_between(int(age.mention.value), when) if when else None
        if born is None:
            continue
        people = _people(ctx, age)
        own = [b for b in births if b.doc == age.doc and _one_person(people, _born_of(ctx, b))]
        if any(ranges_overlap(born, b.time) for b in own):
            continue
        for b in births:
            key = (age.doc, b.doc, _one_person(people, _born_of(ctx, b)))
            if b.doc == age.doc or not key[2] or key in seen or ranges_overlap(born, b.time):
                continue
            seen.add(key)
            yield Discrepancy(
                kind="date-conflict",
                severity=Severity.error,
                summary=f"{age.doc} gives the age {age.mention.text}, {b.doc} the birth date {b.mention.text}",
                claims=(age, b),
                explanation=(
                    f"Aged {int(age.mention.value)} on {when[0].isoformat()}, one was born between "
                    f"{born[0].isoformat()} and {born[1].isoformat()}; {b.mention.text} lies outside."
                ),
            )
