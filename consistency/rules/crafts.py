"""The story's one craft given two flight codes or two makes and models (entity-conflict, part "craft").

A report of a crash, a diversion or a hijacking names its aircraft by the
code of its flight ("flight NV 2283") and by its make and model ("an Embraer
E190"), read by parse/designations.py. Both stay the same through the
story: a report that gives another code or another model than the others
contradicts them. A model counts only where it is the story's craft: after
"the" ("The Embraer E190 landed safely", "the Norvia Embraer E190") or
set beside the flight ("flight NV 2283, an Embraer E190"), not "a Boeing 787
had taken off before it". Codes agree when their numbers are the same and
neither names another airline ("Flight 370", "MH370"); models when they are
of one family ("Boeing 737", "Boeing 737-800", "Boeing 737 MAX 8"). A report
that names two codes or two models itself tells of two crafts, and the
story's codes or models are then left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..align import consensus_conflicts
from ..model import Claim, Discrepancy, Severity
from ..parse.designations import CODE, MODEL
from .base import Context, as_do, part

__all__ = ["craft_conflicts"]

# "The Embraer E190", "the Norvia Embraer E190", "flight NV 2283, an Embraer E190", "The Norvia jet, an Embraer E190,"
_THE_CRAFT = re.compile(r"(?:\b[Tt]he\s+(?:[A-Z][\w'’-]*\s+){0,2}|,\s+an?\s+)$")
_LEAD = 40  # characters before a model that can hold its article and an owner's name
_CODE_PARTS = re.compile(r"(?P<airline>.*?)(?P<number>\d+[A-Z]?)$")
_WHAT = {CODE: "flight code", MODEL: "aircraft"}
# the model's first word, without a variant's suffix: "737" of "737-800", "A320" of "A320neo", "An-26" kept whole
_FAMILY = re.compile(r"(?P<maker>.+?)\s+(?P<model>[A-Z][A-Za-z]?-\d+|[A-Z]{0,3}\d+)")


def _of_the_craft(c: Claim) -> bool:
    if c.mention.role == CODE:
        return True
    rel = c.sentence.start
    return _THE_CRAFT.search(c.sentence.text[max(0, c.start - rel - _LEAD) : c.start - rel]) is not None


def _agree(a: Claim, b: Claim) -> bool:
    x, y = a.mention.canonical or "", b.mention.canonical or ""
    if a.mention.role == CODE:
        px, py = _CODE_PARTS.match(x), _CODE_PARTS.match(y)
        if px is None or py is None:
            return x == y
        same_airline = px["airline"] == py["airline"] or not px["airline"] or not py["airline"]
        return same_airline and px["number"] == py["number"]
    return _model_family(x) == _model_family(y)


def _model_family(model: str) -> tuple[str, str]:
    """The maker and the model a variant belongs to: "Boeing 737-800", "Boeing 737 MAX 8" and "Boeing 737" are
    one family ("boeing", "737"), as are "Airbus A320neo" and "Airbus A320"; "Antonov An-26" is ("antonov", "an-26")."""
    found = _FAMILY.match(model)
    if found is None:
        return model.lower(), ""
    return found["maker"].lower(), found["model"].lower()


def _two_crafts(claims: list[Claim]) -> bool:
    """Whether one report names two codes or two models that do not agree: the story has two crafts."""
    return any(a.doc == b.doc and not _agree(a, b) for i, a in enumerate(claims) for b in claims[i + 1 :])


@part(
    "entity-conflict",
    "craft",
    example='"Norvia flight NV 2283 diverted to Brest" (a) vs "The Norvia jet, flight NV 2238, landed in Brest" (b)',
)
def craft_conflicts(ctx: Context) -> Iterator[Discrepancy]:
    """The story's one aircraft given two flight codes ("flight NV 2283" / "flight NV 2238") or two models ("an Embraer E190" / "a Bombardier Q400").

    A model counts where it is the story's craft ("the Embraer E190", "flight
    NV 2283, an Embraer E190"); a report naming two codes or two models tells
    of two crafts, and its story is left alone. The code or model most
    reports give is the reference, quoted from the first report that gives it.
    """
    groups: dict[tuple[int, str], list[Claim]] = {}
    for c in ctx.claims:
        if c.mention.kind == "entity" and c.mention.role in (CODE, MODEL) and _of_the_craft(c):
            groups.setdefault((ctx.story_of(c.doc), c.mention.role), []).append(c)
    for (_, role), claims in sorted(groups.items()):
        if _two_crafts(claims):
            continue
        for odd, sides in consensus_conflicts(claims, lambda a, b: True, _agree):
            reference = min(sides, key=lambda c: (ctx.date_of(c) or ctx.date_of(odd), c.doc, c.start))
            yield Discrepancy(
                kind="entity-conflict",
                severity=Severity.error,
                summary=(
                    f"the {_WHAT[role]}: {odd.mention.text} in {odd.doc}, "
                    f"{reference.mention.text} in {reference.doc}{as_do(sides, reference)}"
                ),
                claims=(odd, reference),
                explanation=(
                    f"{odd.doc} gives the story's aircraft as {odd.mention.text} and {reference.doc} as "
                    f"{reference.mention.text}; a flight keeps its code and its aircraft through the story."
                ),
            )
