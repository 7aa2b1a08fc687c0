"""Who finished where: one place of a finished contest given to two people (entity-conflict, part "finisher").

"Callum Ferrand finished second in the Transat Alizé" against "Swedish sailor
Jonas Eklund finished second": a place in a contest is held by one finisher,
so two reports that give it to two people disagree on who. A place is read
from a rank ("second", "3rd") told by a verb of finishing before it
(data/finish_verbs.csv: "finished second", "took second place", "came in
third"), of the one person its clause names. The words after the rank that
say which contest or which part of it ("overall", "in the third stage", "in
the women's race"; data/contest_parts.csv and `_SIDES`) must be the same in
both (a runner-up, "The runner-up, Rob Hale," or "Oliver Crane was runner-up", holds second place): a stage's second place is not the race's; and the place must be told
of a time within two weeks of its report, and of the other's ("finished second
in the previous edition four years ago" is another running's place). The row
quotes the two names.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterator
from functools import cache

from ..align import consensus_conflicts
from ..align.frames import contest_parts
from ..data import rows
from ..intervals import ranges_overlap
from ..model import Claim, Discrepancy, Severity
from ..terms import WORD
from .base import Context, as_do, may_be_one_person, part

__all__ = ["finisher_conflicts"]

_FINISH_REACH = 3  # words between a verb of finishing and the rank: "finished a close second", "came in third"
_SAME_CONTEST = dt.timedelta(days=14)  # places told this near in time are of one running of the contest
_PART_REACH = 6  # words after the rank that may say which part of the contest: "in the men's third stage"
# words after a rank that say which of a contest's standings or fields it is: "third overall", "in the women's race"
_SIDES = frozenset({"overall", "women", "men", "junior", "juniors", "mixed", "team", "individual"})


@cache
def _finish_verbs() -> frozenset[str]:
    return frozenset(row["verb"] for row in rows("finish_verbs.csv"))


def _finished_at(c: Claim) -> bool:
    """Whether a rank is told as the place its person finished in: a verb of finishing a few words before it."""
    lead = WORD.findall(c.sentence.text[: c.mention.start - c.sentence.start].lower())
    return bool(_finish_verbs() & set(lead[-_FINISH_REACH - 1 :]))


def _part_of_contest(c: Claim) -> frozenset[str]:
    """The words after a rank that say which contest or which part of it: "overall", "stage", "women's"."""
    after = WORD.findall(c.sentence.text[c.mention.end - c.sentence.start :].lower())[:_PART_REACH]
    return frozenset(w.removesuffix("'s").removesuffix("’s") for w in after) & (contest_parts() | _SIDES)


def _named(ctx: Context, c: Claim, person: str) -> Claim:
    """The claim of the person's name in the rank's sentence, which the row quotes; the rank's when none."""
    return next(
        (n for n in ctx.claims if n.doc == c.doc and n.sentence.start == c.sentence.start
         and n.mention.kind == "entity" and n.mention.canonical == person),
        c,
    )


def _places(ctx: Context) -> dict[tuple, list[tuple[Claim, str]]]:
    """The places finished, by story, place and part of the contest, each with the one person it is given to."""
    out: dict[tuple, list[tuple[Claim, str]]] = defaultdict(list)
    for c in ctx.figures:
        m = c.mention
        if m.unit != "rank" or m.value is None or c.comparative or not _finished_at(c):
            continue
        if _long_before(ctx, c):
            continue  # "finished second in the race's previous edition four years ago": another running's place
        people = _finishers(c, [s for s in c.subject if s in ctx.people])
        if len(people) != 1:
            continue  # "Eklund beat Ferrand to finish second": whose place the clause does not say alone
        out[(ctx.story_of(c.doc), m.value, _part_of_contest(c))].append((c, people[0]))
    for c, contest_part in _runners_up(ctx):
        out[(ctx.story_of(c.doc), _SECOND, contest_part)].append((c, c.mention.canonical))
    return out


def _long_before(ctx: Context, c: Claim) -> bool:
    told = ctx.time_of(c)
    return told is not None and c.published is not None and c.published - told[1] > _SAME_CONTEST


def _place_told(c: Claim) -> str:
    """The place as its claim tells it: the rank as written ("second", "3rd"), or a runner-up's second."""
    return c.mention.text if c.mention.unit == "rank" else "second (runner-up)"


_SECOND = 2.0  # the place a runner-up holds
# a runner-up named: "The runner-up, independent Rob Hale,", "Runner-up Ana Ruiz of Chile" (before the name, with at
# most two describing words between), "Oliver Crane was runner-up", "Ana Ruiz, the runner-up," (after it)
_RUNNER_UP_BEFORE = re.compile(r"\b(?i:the\s+)?[Rr]unner-up,?\s+(?:[a-z][\w'’-]*\s+){0,2}$")
_RUNNER_UP_AFTER = re.compile(r",?\s+(?:(?:was|is|finished|ended|ended\s+up)\s+(?:as\s+)?)?(?:the\s+)?runner-up\b")


def _runners_up(ctx: Context) -> Iterator[tuple[Claim, frozenset[str]]]:
    """The people named as a contest's runner-up, second place by its name, each with the part of the contest the
    words after it say ("runner-up in the women's race")."""
    for c in ctx.claims:
        if c.mention.kind != "entity" or c.mention.canonical not in ctx.people or _long_before(ctx, c):
            continue
        text, rel = c.sentence.text, c.sentence.start
        after = _RUNNER_UP_AFTER.match(text, c.mention.end - rel)
        if after is None and not _RUNNER_UP_BEFORE.search(text[: c.mention.start - rel]):
            continue
        words = WORD.findall(text[after.end() if after else c.mention.end - rel :].lower())[:_PART_REACH]
        yield c, frozenset(w.removesuffix("'s").removesuffix("’s") for w in words) & (contest_parts() | _SIDES)


_CLAUSE_BREAK = re.compile(r"[,;:()]|\s[-–—]\s")


def _finishers(c: Claim, people: list[str]) -> list[str]:
    """The people a rank's sentence names in the rank's own clause, before it ("Swedish sailor Jonas Eklund finished
    second ..., behind the winner, France's Maëlle Kerbrat": Eklund), else all the people it names."""
    lead = c.sentence.text[: c.mention.start - c.sentence.start]
    clause = _CLAUSE_BREAK.split(lead)[-1]
    own = [p for p in people if p.split()[-1] in clause]
    return own or people


@part(
    "entity-conflict",
    "finisher",
    example='"Callum Ferrand finished second in the race" (a) vs "Jonas Eklund finished second in the race" (b)',
)
def finisher_conflicts(ctx: Context) -> Iterator[Discrepancy]:
    """One place of a finished contest given to two people: "Callum Ferrand finished second" / "Jonas Eklund
    finished second". The person most reports give the place to is the reference."""
    for (_, place, _), held in sorted(_places(ctx).items(), key=lambda kv: (kv[0][0], kv[0][1], sorted(kv[0][2]))):
        person = {id(c): who for c, who in held}
        claims = [c for c, _ in held]

        def one_running(a: Claim, b: Claim) -> bool:
            return ranges_overlap(ctx.time_of(a), ctx.time_of(b), within=_SAME_CONTEST)

        def one_finisher(a: Claim, b: Claim, person: dict[int, str] = person) -> bool:
            return may_be_one_person(person[id(a)], person[id(b)])

        for odd, sides in consensus_conflicts(claims, one_running, one_finisher):
            reference = sides[0]
            named_odd, named_reference = _named(ctx, odd, person[id(odd)]), _named(ctx, reference, person[id(reference)])
            yield Discrepancy(
                kind="entity-conflict",
                severity=Severity.error,
                summary=(
                    f"finished {_place_told(odd)}: {person[id(odd)]} in {odd.doc}, {person[id(reference)]} in "
                    f"{reference.doc}{as_do(sides, reference)}"
                ),
                claims=(named_odd, named_reference),
                explanation=(
                    f"{odd.doc} and {reference.doc} give place {int(place)} of one contest to two people, "
                    f"{person[id(odd)]} and {person[id(reference)]}; one finisher holds a place."
                ),
            )
