"""One match given two different scores (value-conflict, part "score").

"Orton led the Bears to a 29-13 victory over the Colts" and "the Bears lost
to the Colts 21-14" cannot both be right. Two scores are of one match when
their sentences share a named side and every name standing next to either
score (the sides of its match) is named in the other document; a document
that names a third side may report another match. Scores compare as pairs of
counts, whoever is named first: "lost 21-14" and "a 14-21 defeat" agree;
a score of part of a match ("on aggregate", "at half-time") is compared only
with a score of the same part.

A moment of the match ("opened the scoring in the 12th minute") is fixed too
(value-conflict, part "moment"): one player's moments by one report and by
another, of the same clock ("minute", "lap"), conflict when neither report's
are all among the other's and a moment of one has no match in the other that
its words may tell as the same act: the opener ("opened the scoring", "a
21st-minute opener") or one the words do not tell, never a later goal ("added
a second"). A report that gives one of two goals is not a conflict; two
players' goals are two facts.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from ..align import CLOSE_SECOND, mutual_conflicts, name_tokens
from ..intervals import ranges_overlap
from ..model import Claim, Discrepancy, Severity
from ..parse.scores import moment_act, told_by_sides
from .base import Context, match_moment, part

__all__ = ["moment_conflicts", "score_conflicts"]

_SIDES_REACH = 60  # characters either side of a score in which the names of its match's sides stand
_NAME_WORD = re.compile(r"[\w'’-]+")
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+")
# "won 3-2 in Lisbon": where a match was played is no side ("in Harbour City's 3-1 win": a side's possessive is)
_VENUE = re.compile(r"\bin\s+(?:[A-Z][\w-]*\s*)+(?P<own>['’]s\b)?")
_MATCH_SIDES = 2  # the sides a match is between
_ONE_MATCH = 0.5  # two scores that share a side and name no third one are of one match


def _sides(c: Claim, story_names: frozenset[str] = frozenset()) -> tuple[frozenset[str], ...]:
    """The names standing next to the score in its sentence, each as its word stems: the sides of its match
    (not where it was played: "won 3-2 in Lisbon"); a capitalised word there that the story reads as a name
    elsewhere is one too ("Varsta's 30-25 defeat", "Lindholm beat Varsta" opening their sentences)."""
    rel = c.sentence.start
    window = c.sentence.text[max(0, c.start - rel - _SIDES_REACH) : c.end - rel + _SIDES_REACH]
    window = _VENUE.sub(lambda m: m.group() if m["own"] else " ", window)
    near = name_tokens((" ".join(_NAME_WORD.findall(window)),))  # "lost 2-0 to Castellan.": a side ends its sentence
    found = [words for name in c.subject if (words := name_tokens((name,))) and words <= near]
    told = frozenset().union(*found)
    found += [words for word in _CAPITALISED.findall(window)
              if (words := name_tokens((word,))) and words <= story_names and not words & told]
    return tuple(dict.fromkeys(found))


def _sides_before(ctx: Context, c: Claim) -> tuple[frozenset[str], ...]:
    """The sides a score told as the hosts' and the visitors' counts is of: the names, neither of a person nor
    of a place, of the nearest sentence before it in its report that gives any ("two days after her goals helped
    beat Storhamn IF. The hosts scored 31 goals, the visitors 26")."""
    by_sentence: dict[int, list[str]] = {}
    for e in ctx.claims:
        name = e.mention.canonical or e.mention.text
        if (e.doc == c.doc and e.mention.kind == "entity" and e.sentence.start < c.sentence.start
                and name not in ctx.people and not ctx.is_place(name)):
            by_sentence.setdefault(e.sentence.start, []).append(name)
    if not by_sentence:
        return ()
    found = tuple(dict.fromkeys(words for name in by_sentence[max(by_sentence)] if (words := name_tokens((name,)))))
    return found if len(found) >= _MATCH_SIDES else ()  # one name is no match's two sides


def _covered(sides: tuple[frozenset[str], ...], named: frozenset[str]) -> bool:
    """Whether a document names each of these sides, by any word of its name ("Colts", "Indianapolis Colts")."""
    return all(words & named for words in sides)


def _words(sides: tuple[frozenset[str], ...]) -> frozenset[str]:
    return frozenset().union(*sides)


def _named_in(ctx: Context) -> dict[str, frozenset[str]]:
    """The words of the names each document gives: its names read, and its capitalised words ("Norrland,
    coached by Anders Holm, ..." names a side that opens its sentence)."""
    out: dict[str, set[str]] = {doc: set(name_tokens(tuple(_CAPITALISED.findall(d.text)))) for doc, d in ctx.documents.items()}
    for c in ctx.claims:
        if c.mention.kind == "entity":
            out.setdefault(c.doc, set()).update(name_tokens((c.mention.canonical or c.mention.text,)))
    return {doc: frozenset(words) for doc, words in out.items()}


def _same_time(ctx: Context, a: Claim, b: Claim) -> bool:
    """Scores dated apart are two matches. One whose sentence gives no date is of its report's last weeks
    (`_RECENT`): "the sides drew 1-1 when they met in the league in March" is an earlier match than the one a
    report of 21 May tells undated; an undated score in an undated report may be of any match."""
    if a.time is not None and b.time is not None:
        return ranges_overlap(a.time, b.time)
    dated, undated = (a, b) if a.time is not None else (b, a)
    day = ctx.date_of(undated)
    return dated.time is None or day is None or dated.time[1] >= day - _RECENT


_RECENT = dt.timedelta(days=21)  # how far back a report tells a match without saying when


@part(
    "value-conflict",
    "score",
    example='"Kell Harbour beat Drummond Rovers 29-13" (a) vs "Drummond Rovers lost to Kell Harbour 21-14" (b)',
)
def score_conflicts(ctx: Context) -> Iterator[Discrepancy]:
    """One match given two different scores by two sources.

    The scores' sentences share a named side, each source names every side
    standing next to the other's score, their dates (when both are known)
    overlap, and the two pairs of counts differ.
    """
    scores = [c for c in ctx.claims if c.mention.kind == "score" and (c.subject or told_by_sides(c.mention))]
    named = _named_in(ctx)
    story_names = frozenset(word for c in ctx.claims if c.mention.kind == "entity" and not ctx.is_place(
        c.mention.canonical or c.mention.text) for word in name_tokens((c.mention.canonical or c.mention.text,)))
    sides = {id(c): _sides_before(ctx, c) if told_by_sides(c.mention) else _sides(c, story_names) for c in scores}

    def keys(c: Claim):
        story = ctx.story_of(c.doc)
        return ((story, t) for t in _words(sides[id(c)]))

    def one_match(a: Claim, b: Claim) -> float:
        sa, sb = sides[id(a)], sides[id(b)]
        if a.mention.unit != b.mention.unit:
            return 0.0  # "4-3 on aggregate" is not the second leg's 2-1, nor the half-time score
        if not _words(sa) & _words(sb) or not _covered(sa, named.get(b.doc, frozenset())) or not _covered(
            sb, named.get(a.doc, frozenset())
        ):
            return 0.0
        return 1.0 if _same_time(ctx, a, b) else 0.0

    def agree(a: Claim, b: Claim) -> bool:
        return (a.mention.low, a.mention.high) == (b.mention.low, b.mention.high)

    for a, b, _ in mutual_conflicts(scores, keys, one_match, agree, threshold=_ONE_MATCH, close=CLOSE_SECOND):
        yield Discrepancy(
            kind="value-conflict",
            severity=Severity.error,
            summary=f"{a.doc} gives the score {a.mention.text}, {b.doc} {b.mention.text}",
            claims=(a, b),
            explanation=(
                f"Both scores are of the match between {', '.join(sorted(_words(sides[id(a)]) & _words(sides[id(b)])))}; "
                f"{a.mention.value_text} and {b.mention.value_text} differ."
            ),
        )


_UNIQUE_ACTS = ("first", "last")
_OWNER_REACH = 4  # words between a name in the possessive and the moment it owns: "Berg's goal in the 33rd minute"  # what happens once in a match: the opener, the winner or the knockout


_CLAUSE_JOIN = re.compile(r";\s|\s(?:and|but|before|after|while|when)\s")


def _actor(c: Claim, people: dict[str, str]) -> tuple[str, str] | None:
    """Who acted at a moment of a match, as the last word of a name the story gives to someone (no place), and
    the words from that name to the moment: in the nearest clause before it that names anyone, a name in the
    possessive right before it ("at Brenna Rovers, where Tomas Krell's 21st-minute opener"), else the name the
    clause opens with ("Erik Lund had equalised for Norrland United in the 34th minute"); "Kessel's Jonas Berg scored in the 33rd minute
    before Sjoberg added his second in the 52nd minute": Sjoberg's 52nd. A clause that names only others
    ("and Mikko Rantala made it 2-0 in the 27th minute", Rantala unread as a name) gives no one."""
    rel = c.sentence.start
    before = c.sentence.text[: c.mention.start - rel]
    cuts = [0, *(m.end() for m in _CLAUSE_JOIN.finditer(before))]
    for start in reversed(cuts):
        piece = before[start:]
        names = [m for m in _NAME_WORD.finditer(piece) if m.group()[:1].isupper()]
        known = [m for m in names if _bare(m.group()) in people]
        plain = [m for m in known if _bare(m.group()) == m.group().lower()]
        owner = known[-1] if known and known[-1] not in plain and len(piece[known[-1].end() :].split()) <= _OWNER_REACH else None
        chosen = owner or (plain[0] if plain else (known[-1] if known else None))
        if chosen is not None:
            return people[_bare(chosen.group())], piece[chosen.end() :]
        if any(start + m.start() > 0 for m in names):
            return None  # the sentence's first word is capitalised whatever it is
    return None


def _bare(word: str) -> str:
    return word.removesuffix("'s").removesuffix("’s").removesuffix("'").removesuffix("’").lower()


def _actors(ctx: Context) -> dict[str, str]:
    """Each word of a name the story gives to a person, or of a name of two words or more that is no place
    ("Mateo Ruiz", "Carrow Rovers"), → the last word of that name."""
    out: dict[str, str] = {}
    for c in ctx.claims:
        name = c.mention.canonical if c.mention.kind == "entity" else None
        if not name or ctx.is_place(name):
            continue
        words = [w.lower() for w in _NAME_WORD.findall(name)]
        if len(words) > 1 or name in ctx.people:
            for w in words:
                out.setdefault(w, words[-1])
    return out


def _acts_agree(a: str | None, b: str | None, alone: bool) -> bool:
    """Two moments the words may tell as one act: the same act that happens once, or one whose act is untold
    beside one that happens once or is untold too ("put City ahead in the 12th minute" and "opened the scoring in
    the 21st"), or two untold acts when each report gives the player's one moment only (`alone`: "scored in the
    12th minute" and "scored in the 21st minute"), never one told as a later goal."""
    if a is None and b is None:
        return alone
    return (a == b and a in _UNIQUE_ACTS) or (None in (a, b) and "other" not in (a, b))


@part(
    "value-conflict",
    "moment",
    example='"Lina Ost opened the scoring in the ninth minute" (a) vs "Lina Ost\'s 18th-minute opener" (b)',
)
def moment_conflicts(ctx: Context) -> Iterator[Discrepancy]:
    """One player's moment of one match told at two different minutes (laps, overs) by two sources.

    The two sentences name the same person last before the moment, its clock
    word is the same, neither source's moments of that person are all among
    the other's, and the two moments are told as the same act that happens
    once in a match (the opener), or neither as a later goal ("added a
    second").
    """
    people = _actors(ctx)
    told: dict[tuple[int, str, str, str], list[tuple[Claim, str | None]]] = {}
    for c in ctx.claims:
        clock = match_moment(c)
        if clock is None or (found := _actor(c, people)) is None:
            continue
        who, between = found
        after = c.sentence.text[c.mention.end - c.sentence.start :]
        act = moment_act(between, after.split(clock, 1)[-1] if clock in after[:40] else "")
        told.setdefault((ctx.story_of(c.doc), who, clock, c.doc), []).append((c, act))
    docs: dict[tuple[int, str, str], list[str]] = {}
    for story, who, clock, doc in told:
        docs.setdefault((story, who, clock), []).append(doc)
    for (story, who, clock), names in docs.items():
        for i, da in enumerate(names):
            for db in names[i + 1 :]:
                seen: set[int] = set()  # each moment is paired once between two reports
                ma, mb = told[(story, who, clock, da)], told[(story, who, clock, db)]
                va, vb = {c.mention.value for c, _ in ma}, {c.mention.value for c, _ in mb}
                if va <= vb or vb <= va:
                    continue  # one report gives one of the other's goals
                for x, y in ((ma, mb), (mb, ma)):
                    for b, act_b in x:
                        if b.mention.value in {c.mention.value for c, _ in y}:
                            continue
                        partners = sorted(
                            (a for a, act_a in y if a.mention.value not in {c.mention.value for c, _ in x}
                             and _acts_agree(act_a, act_b, len(va) == len(vb) == 1) and _same_time(ctx, a, b)),
                            key=lambda a: a.mention.value)
                        if id(b) in seen or not (partners := [a for a in partners if id(a) not in seen]):
                            continue
                        a = partners[0]
                        seen.update({id(a), id(b)})
                        yield Discrepancy(
                            kind="value-conflict",
                            severity=Severity.error,
                            summary=f"{a.doc} puts {who.title()}'s {clock} at the {a.mention.text}, {b.doc} at the {b.mention.text}",
                            claims=(a, b),
                            explanation=(f"A moment of a finished match does not change: both reports tell of the same "
                                         f"act by {who.title()} at different {clock}s."),
                        )
