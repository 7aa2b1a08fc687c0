"""Match scores: "a 29-13 victory over the Colts", "lost to the Vikings 33–16", "Celtic beat Rangers 2-1".

A score is two counts joined by a dash, next to a word that tells a result
("victory", "beat", "lost", "drew": data/score_words.csv) in its own clause.
The score mention holds the higher count in `high` and the lower in `low`,
so "lost 21-14" and "a 14-21 loss" read alike, and in `unit` the part of
the match it counts when its clause says ("on aggregate", "at half-time"); a season's record ("a 10-6
record") and a range ("aged 5-11") are no score. A score takes its characters first: its
counts are not figures of their own, and never a range ("33–16" is not 16 to 33).

A moment of a match is an ordinal before a word of its clock ("in the 12th minute", "a 21st-minute opener",
"in the 33rd and 48th minutes", "on the 40th lap", "in the 38th over"; role "moment" in data/score_words.csv):
when something happened in the match, a fixed fact of it rather than a place in a series, and what the
words around it say happened then ("opened the scoring", "added a second": roles "first", "last", "other").
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import re
from importlib import resources

from ..model import Mention
from .figures.vocabulary import normalise_form, vocabulary

__all__ = ["find", "moment_act", "moment_word", "result_told", "told_by_sides"]

# two counts, each of which may hold a half point ("won the playoff 1.5-0.5", "a 2½-1½ win")
_SCORE = re.compile(
    r"(?<![\w.,:/–—-])(\d{1,3}(?:\.5|½)?|½)[ \t]?[-–—][ \t]?(\d{1,3}(?:\.5|½)?|½)(?![\w%–—-]|[.,:/]\d|\s+per\s?cent\b)",
    re.IGNORECASE,
)
_REACH = 40  # characters either side of a score in which a result word tells it is one
_CLAUSE = re.compile(r"[.;!?]\s|\n")
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
_RANGE_LEAD = 2  # "aged 5-11", "between 10-12": a word this close before the counts makes them a range


@functools.cache
def _score_words() -> dict[str, str]:
    with resources.files("consistency.data").joinpath("score_words.csv").open(encoding="utf-8", newline="") as f:
        return {row["word"]: row["role"] for row in csv.DictReader(f)}


def _around(text: str, start: int, end: int) -> tuple[str, str]:
    """The text of the score's own sentence within `_REACH` characters before and after it."""
    before = text[max(0, start - _REACH) : start]
    cuts = list(_CLAUSE.finditer(before))
    if cuts:
        before = before[cuts[-1].end() :]
    after = text[end : end + _REACH]
    cut = _CLAUSE.search(after)
    return before, after[: cut.start()] if cut else after


@functools.cache
def _result_phrases() -> re.Pattern[str]:
    """The result words of more than one word ("went down 3-2 to", "were beaten 4-1": data/score_words.csv)."""
    phrases = sorted((w for w, role in _score_words().items() if role == "result" and " " in w), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases) + r")\b")


def result_told(text: str) -> bool:
    """Whether a text tells a contest's settled result ("won", "lost to", "went down": role "result" in
    data/score_words.csv), not how it stands while it goes on ("was leading by 3,120 votes") nor one a recount
    or a provisional count may still change (role "unsettled")."""
    lowered = text.lower()
    roles = {_score_words().get(w) for w in _WORD.findall(lowered)}
    return "unsettled" not in roles and ("result" in roles or bool(_result_phrases().search(lowered)))


def _is_score(before: str, after: str) -> bool:
    words = _score_words()
    text = (before + " " + after).lower()
    roles = [words.get(w) for w in _WORD.findall(text)] + ["result"] * bool(_result_phrases().search(text))
    leading = [words.get(w) for w in _WORD.findall(before.lower())[-_RANGE_LEAD:]]
    return "result" in roles and "record" not in roles and "range" not in leading


# where the phrase a score's part is told in ends: "2-0 down at the break but won 3-2" (the 3-2 is the match's)
_PHRASE_END = re.compile(r"[,;:()]|\s(?:but|before|after|and|while|yet)\s")


def _qualifier(before: str, after: str) -> str | None:
    """What part of a match the score counts, when its own phrase says: "4-3 on aggregate", "1-1 at half-time"."""
    words = _score_words()
    before = _PHRASE_END.split(before)[-1]
    after = _PHRASE_END.split(after)[0]
    found = sorted({w for w in _WORD.findall((before + " " + after).lower()) if words.get(w) == "qualifier"})
    return " ".join(found) or None


# "12th minute", "21st-minute", "33rd and 48th minutes": the word of the match's clock right after an ordinal
_MOMENT_AFTER = re.compile(r"(?:\s+(?:and|or|&)\s+\d+(?:st|nd|rd|th))?[\s-]+([a-z]+)", re.IGNORECASE)


def moment_word(after: str) -> str | None:
    """The word of a match's clock that the text right after an ordinal opens with ("minute", "lap", "over"),
    else None (data/score_words.csv, role "moment")."""
    m = _MOMENT_AFTER.match(after)
    if m is None:
        return None
    word = m.group(1).lower()
    return word.removesuffix("s") if _score_words().get(word) == "moment" else None


_ACT_END = re.compile(r"[.;:!?(]|,\s|\s(?:and|but|before|after|as|when|while)\s")


def moment_act(between: str, after: str) -> str | None:
    """What happened at a moment of a match, as the words of its clause say (role "first", "last" or "other" in
    data/score_words.csv): `between` runs from the one who acted to the moment ("opened the scoring in the"),
    `after` from the moment's word to the clause's end ("opener settled the nerves")."""
    cut = _ACT_END.search(after)
    words = _score_words()
    roles = {words.get(w) for w in _WORD.findall((between + " " + (after[: cut.start()] if cut else after)).lower())}
    found = roles & {"first", "last", "other"}
    return min(found) if len(found) == 1 else ("other" if found else None)


@functools.cache
def _sides_told() -> re.Pattern[str]:
    """The match's score told as each side's count, named as hosts and visitors: "The hosts scored four, the
    visitors two", "the home side scored 31 goals and the visitors 26" (roles "home", "away", "tally" and
    "counted" in data/score_words.csv)."""
    def among(*roles: str) -> str:
        found = sorted((w for w, r in _score_words().items() if r in roles), key=len, reverse=True)
        return "|".join(r"\s+".join(map(re.escape, w.split())) for w in found)

    numbers = sorted((w for w, n in vocabulary().words.items() if n.role in ("digit", "teen", "tens")), key=len, reverse=True)
    count = r"\d{1,3}|" + "|".join(map(re.escape, numbers))
    return re.compile(
        rf"\b(?P<one>{among('home', 'away')})(?:\s+(?:{among('tally')})){{1,2}}\s+(?P<a>{count})(?:\s+(?:{among('counted')}))?"
        rf"\s*(?:,|;|\band\b|\bwhile\b)\s*(?:(?:the|their)\s+)?(?P<two>{among('home', 'away')})"
        rf"(?:\s+(?:{among('tally')}))?\s+(?P<b>{count})\b(?!\s*[-–%])",
        re.IGNORECASE,
    )


def _count(word: str) -> float | None:
    if word.isdigit():
        return float(word)
    found = vocabulary().words.get(word.lower())
    return found.value if found is not None else None


def told_by_sides(score: Mention) -> bool:
    """Whether a score is told as the hosts' and the visitors' counts ("four, the visitors two"): of the match
    its report tells, whichever sides it names."""
    return any(c.isalpha() for c in score.text)


def _told_by_sides(text: str) -> list[Mention]:
    """The scores told as the hosts' and the visitors' counts; the mention runs from the first count to the second."""
    out = []
    words = _score_words()
    for m in _sides_told().finditer(text):
        one, two = (words.get(" ".join(m[g].lower().split())) for g in ("one", "two"))
        a, b = _count(m["a"]), _count(m["b"])
        if one == two or a is None or b is None:
            continue
        before, after = _around(text, m.start("a"), m.end("b"))
        out.append(Mention(kind="score", text=text[m.start("a") : m.end("b")], start=m.start("a"), end=m.end("b"),
                           low=min(a, b), high=max(a, b), unit=_qualifier(before, after)))
    return out


_FIRST_WORD = re.compile(r"\s*([a-z]{3,})\b")  # a unit of two letters or fewer after a score is a word ("in", "at")


def _unit_after(after: str) -> bool:
    """Whether a unit of measure follows the counts: "went down 5-10 degrees", "lost 10-12 points" are ranges."""
    word = _FIRST_WORD.match(after.lower())
    return word is not None and normalise_form(word.group(1), False) in vocabulary().units


def _points(written: str) -> float:
    """A side's count, a half point written as a fraction sign or a decimal ("2½", "1.5", "½")."""
    return float(written.replace("½", ".5") if not written.startswith("½") else "0.5")


def find(text: str, published: dt.date | None = None) -> list[Mention]:
    """Every match score in `text`, in reading order (`published` is unused: a score has no time)."""
    out = _told_by_sides(text)
    for m in _SCORE.finditer(text):
        before, after = _around(text, m.start(), m.end())
        if not _is_score(before, after) or _unit_after(after):
            continue
        first, second = _points(m.group(1)), _points(m.group(2))
        out.append(Mention(kind="score", text=m.group(), start=m.start(), end=m.end(),
                           low=float(min(first, second)), high=float(max(first, second)),
                           unit=_qualifier(before, after)))
    return sorted(out, key=lambda m: m.start)
