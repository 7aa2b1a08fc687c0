"""Bearings: a distance and a direction from a place, "72 km (45 miles) southwest of Marrakesh", "north of the capital".

A bearing mention spans the distance through the place. It holds the
distance in km as the figure parser read it, hedge widening included
("about 75 kilometres" is [67.5, 82.5)), converted from miles, metres or
feet (the text keeps what was written); when the distance is also given in
km in parentheses, that figure is the one kept. `bearing` is the compass
point in degrees (north 0, north-northeast 22.5, southwest 225), `place` the
place named: the capitalised name (after a few lower-case words that
describe it: "tourist hotspot Marrakesh"), or the noun phrase ("the city",
"the Moroccan capital"). A direction after "the" names a region ("in the north of
the country"), not a bearing. The distance figure belongs to the bearing and
is not a quantity mention of its own.

Compass points, the nouns that name a place and the distance units are in
data/compass_points.csv, bearing_places.csv and distance_units.csv.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from dataclasses import dataclass

from ..model import Mention
from . import scan
from .dates.vocabulary import alternation, rows, vocabulary
from .figures import numbers

__all__ = ["find"]

_NAME_WORD = r"[A-Z][\w'’-]*"
_NAME = rf"{_NAME_WORD}(?:[ \t]+(?:(?:de|del|da|di|du|la|le|al|el|van|von|upon|sur)[ \t]+)?{_NAME_WORD})*"
# Lower-case words that describe the place before its name: "tourist hotspot Marrakesh", "rebel-held Idlib".
_DESCRIBED = r"(?!(?:and|or|but|in|on|at|to|from|by|with|which|where|when|while|as|after|before)[ \t])[a-z][\w'’-]*"
_BEFORE_DIRECTION = r"[ \t]*(?:\((?P<paren>[^()\n]{1,40})\)[ \t]*)?(?:to[ \t]+the[ \t]+)?(?:due[ \t]+)?"


# Every compass word ends in "th" or "st": a string search for these before "of" finds the few places to look.
_GATES = ("th of ", "st of ")


@dataclass(frozen=True, slots=True)
class _Words:
    direction: re.Pattern[str]  # a compass word and "of", on lower-cased text
    direction_ending: re.Pattern[str]  # a compass word that ends where the search stops
    after_distance: re.Pattern[str]  # what may follow a distance: "(45 miles) southwest of", "NE of"
    place: re.Pattern[str]
    degrees: dict[str, float]  # "southwest", "sw" -> 225
    km: dict[str, float]  # distance unit -> km


def _key(point: str) -> str:
    return "".join(point.lower().replace("-", " ").split())


@functools.cache
def _words() -> _Words:
    points = rows("compass_points.csv")
    degrees = {_key(r["point"]): float(r["degrees"]) for r in points}
    degrees |= {_key(r["abbreviation"]): float(r["degrees"]) for r in points}
    # "south-east", "south east", "southeast" alike: the parts of a point may be joined by a hyphen, a space or nothing
    written = sorted((r["point"].replace(" ", "[ \t-]?") for r in points), key=len, reverse=True)
    words = "|".join(written)
    abbreviations = "|".join(sorted((r["abbreviation"] for r in points), key=len, reverse=True))
    nouns = alternation(r["noun"] for r in rows("bearing_places.csv"))
    return _Words(
        direction=re.compile(rf"(?<![\w-])(?P<due>due[ \t]+)?(?P<dir>{words})[ \t]+of[ \t]+"),
        direction_ending=re.compile(rf"(?<![\w-])(?:due[ \t]+)?(?:{words})$"),
        after_distance=re.compile(
            rf"{_BEFORE_DIRECTION}(?P<dir>(?i:{words})|(?:{abbreviations})(?![\w-]))[ \t]+of[ \t]+"
        ),
        place=re.compile(
            rf"(?:[Tt]he[ \t]+(?P<phrase>(?:[\w-]+[ \t]+){{0,2}}(?:{nouns}))(?![\w-])(?:[ \t]+of[ \t]+(?P<named>{_NAME}))?"
            rf"|(?:[Tt]he[ \t]+)?(?:{_DESCRIBED}[ \t]+){{0,3}}(?P<name>{_NAME}))"
        ),
        degrees=degrees,
        km={r["unit"]: float(r["km"]) for r in rows("distance_units.csv")},
    )


def find(text: str, published: dt.date | None = None, figures: list[Mention] | None = None) -> list[Mention]:
    """Every bearing in `text`, in reading order.

    `figures` are the text's figure mentions when the caller has them
    (``mentions()`` does); otherwise the figure parser reads them here.
    """
    if not text:
        return []
    if figures is None:
        figures = numbers.find(text, published)
    words = _words()
    distances = sorted((f for f in figures if f.kind == "quantity" and f.unit in words.km), key=lambda f: f.start)
    found: dict[int, Mention] = {}
    reached = 0
    for distance in distances:
        m = words.after_distance.match(text, distance.end)
        if m is None or distance.start < reached:
            continue  # no direction follows, or the distance given again inside the last bearing
        bearing = _bearing(text, m, distance, _inner_distance(m, distances))
        if bearing is not None:
            found[bearing.start] = bearing
            reached = bearing.end
    taken = sorted((b.start, b.end) for b in found.values())
    for m in _directions(scan.lowered(text)):
        i = bisect.bisect_right(taken, (m.start(), m.start()))
        if (i > 0 and taken[i - 1][1] > m.start()) or (i < len(taken) and taken[i][0] < m.end()):
            continue
        if _after_article(text, m.start()):
            continue  # "in the north of the country": a region
        bearing = _bearing(text, m, None, None)
        if bearing is not None:
            found[bearing.start] = bearing
    return [found[start] for start in sorted(found)]


def _directions(lowered: str) -> list[re.Match[str]]:
    """Each compass word followed by "of" in the lower-cased text: "north of", "due south-east of"."""
    words = _words()
    found = []
    for gate in _GATES:
        at = lowered.find(gate)
        while at >= 0:
            ending = words.direction_ending.search(lowered, max(0, at - 40), at + 2)
            m = words.direction.match(lowered, ending.start()) if ending else None
            if m is not None:
                found.append(m)
            at = lowered.find(gate, at + 1)
    return sorted(found, key=lambda m: m.start())


def _inner_distance(m: re.Match[str], distances: list[Mention]) -> Mention | None:
    """The distance given again in parentheses: "72 km (45 miles)"."""
    if m["paren"] is None:
        return None
    start, end = m.span("paren")
    return next((d for d in distances if start <= d.start and d.end <= end), None)


_ARTICLE_BEFORE = re.compile(r"(?<![\w])(?:the|a)[ \t]+$", re.I)


def _after_article(text: str, start: int) -> bool:
    return _ARTICLE_BEFORE.search(text, max(0, start - 6), start) is not None


def _bearing(text: str, m: re.Match[str], distance: Mention | None, inner: Mention | None) -> Mention | None:
    words = _words()
    place = words.place.match(text, m.end())
    if place is None:
        return None
    name, end = _place_name(text, place)
    if name is None:
        return None
    degrees = words.degrees[_key(m["dir"])]
    start = distance.start if distance else m.start("due") if m["due"] else m.start("dir")
    shown = inner if inner is not None and inner.unit == "km" and (distance is None or distance.unit != "km") else distance
    factor = words.km[shown.unit] if shown else None
    return Mention(
        kind="bearing",
        text=text[start:end],
        start=start,
        end=end,
        value=shown.value * factor if shown else None,
        low=shown.low * factor if shown and shown.low is not None else None,
        high=shown.high * factor if shown and shown.high is not None else None,
        unit="km" if shown else None,
        hedge=shown.hedge if shown else None,
        bearing=degrees,
        place=name,
    )


def _place_name(text: str, place: re.Match[str]) -> tuple[str | None, int]:
    """The place named and where its words end: "Marrakesh", or "the city" unless "the city of Marrakesh"."""
    if place["phrase"] and not place["named"]:
        return text[place.start() : place.end("phrase")], place.end("phrase")
    group = "named" if place["named"] else "name"
    end = _name_end(text, place.start(group), place.end(group))
    if end == place.start(group):
        return None, end
    return text[place.start(group) : end], end


_WORD = re.compile(r"\S+")


def _name_end(text: str, start: int, end: int) -> int:
    """Where a name's words end: before a weekday or a month ("Marrakesh Friday"), and before "'s"."""
    vocab = vocabulary()
    reached = start
    for word in _WORD.finditer(text, start, end):
        key = word.group().lower().rstrip(".")
        if key in vocab.weekdays or key in vocab.months:
            break
        reached = word.end()
    if text.endswith(("'s", "’s"), start, reached):
        reached -= 2
    return reached
