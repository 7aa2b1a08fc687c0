"""Quoted speech and who said it.

A quote is text between quotation marks: curly “…”, straight "…",
guillemets «…», and single ‘…’ / '…' outside double quotes. A paragraph
that opens a quote and does not close it, followed by a paragraph that opens
another, is one quote over several paragraphs: each paragraph's part is a
mention, and all parts share the speaker of the last one.

A mention's span is the inner text without the marks, with surrounding
blanks and a trailing comma, semicolon or colon left out (the attribution's
punctuation, not the speaker's words); everything else is exact.

The speaker is read around the quote, in this order:

1. right after it: ``“…,” Putin said`` / ``said Putin`` / ``he said`` (also
   on the next line) / ``according to X``;
2. before it in the same sentence: the subject of the last speech verb
   (``Peskov told journalists that the proposal offered “…”``), or the name
   right after the verb (``said Putin: “…”``).

"he" or "she" is the latest person named before it. Names come from
``entities.find``; ``speaker`` is the person's canonical id. Quotes of fewer
than ``MIN_WORDS`` words (scare quotes, "feasible") are kept only when a
speech verb attributes them.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re

from ..knowledge import KnowledgeBase, builtin
from ..model import Mention
from . import scan
from .names import entities
from .names import lexicon as lex

__all__ = ["find", "MIN_WORDS"]

MIN_WORDS = 4  # shorter quotes need a speech verb that attributes them

# An opening straight quote follows a blank, a bracket or a dash (or starts the text).
_DOUBLE = re.compile(
    r"“(?P<a>[^“”\n]*)”"
    r"|«(?P<b>[^«»\n]*)»"
    r"|\"(?<![^\s(\[—–-]\")(?=\S)(?P<c>[^\"\n]*?\S)\"(?=[\s.,;:!?)\]—–-]|$)"
)
_OPEN_PARAGRAPH = re.compile(r"“(?P<a>[^“”\n]+)(?=\n[ \t]*\n?[ \t]*“)")
_SINGLE = re.compile(r"‘(?<![\w]‘)(?P<a>[^‘’\n]+?)’(?!\w)|'(?<![^\s(\[—–-]')(?P<b>[^'\n]+?)'(?!\w)")
_WORD = re.compile(r"\w+")
_TRAILING = re.compile(r"[\s,;:]+$")
_LEADING = re.compile(r"^\s+")
# A sentence ends at . ! ? … (not after an initial or a short abbreviation: "U.S.", "Mr.") or a blank line.
# The pattern opens with the class of every character an end can start with, and looks back from
# there: the regex engine then skips to those characters instead of trying every position.
_SENTENCE_END = re.compile(
    r"[.!?…\n](?:(?<=[.!?…])(?<!\b[A-Z].)(?<!\b[A-Z][a-z].)(?<!\b[A-Z][a-z]{2}.)[\"”’)]*(?=\s)"
    r"|(?<=\n)[ \t]*\n|(?<=\n)(?=[ \t]*[“\"]))"
)
_PRONOUN = re.compile(r"\b(?:he|she|He|She)\b")
_ADVERB = r"(?:[a-z]+ly[ \t]+|has[ \t]+|had[ \t]+|also[ \t]+|later[ \t]+|then[ \t]+)*"
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:to|about|with|of|by|for|from|on|at|in|into|near|over|under|between|among|against|toward|towards)\s+(?:the\s+)?$",
    re.I,
)


@functools.cache
def _honorific() -> re.Pattern[str]:
    words = "|".join(sorted(lex.honorifics(), key=len, reverse=True))
    return re.compile(rf"(?i:{words})\.?[ \t]+")


@functools.cache
def _verbs() -> re.Pattern[str]:
    """Speech verbs, to be searched for in the lower-cased text (faster than a case-blind pattern)."""
    words = "|".join(re.escape(v.lower()).replace(r"\ ", r"\s+") for v in lex.speech_verbs())
    return re.compile(rf"\b(?:{words})\b")


@functools.cache
def _after_patterns() -> dict[str, re.Pattern[str]]:
    verbs = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in lex.speech_verbs())
    return {
        "verb_first": re.compile(rf"[\s,]*(?i:{verbs})\s+(?:the\s+)?"),
        "pronoun": re.compile(rf"[\s,]*(?:he|she)[ \t]+{_ADVERB}(?i:{verbs})\b", re.IGNORECASE),
        "verb_after_name": re.compile(rf"[ \t]+{_ADVERB}(?i:{verbs})\b"),
        "lead": re.compile(r"[\s,]*(?:—|–|-)?[\s]*(?:the\s+)?"),
    }


def find(text: str, published: dt.date | None = None, knowledge: KnowledgeBase | None = None) -> list[Mention]:
    """Every quote in `text`, in reading order, with its speaker's canonical name when attributed.

    Speakers are named as `knowledge` names them (default: the built-in knowledge base).
    """
    if not text:
        return []
    return list(_find(text, published, knowledge if knowledge is not None else builtin()))


@functools.lru_cache(maxsize=4)
def _find(text: str, published: dt.date | None, kb: KnowledgeBase) -> tuple[Mention, ...]:
    spans = _quote_spans(text)
    if not spans:
        return ()
    names = [m for m in entities.find(text, published, kb) if m.role in ("person", "organisation", "office")]
    outside = [m for m in names if not _inside(spans, m.start)]
    reader = _Attribution(text, outside)
    out: list[Mention] = []
    pending: list[tuple[int, int]] = []  # parts of a quote that runs over paragraphs
    previous: tuple[int, str | None] = (-1, None)  # end and speaker of the last closed quote
    for outer_start, outer_end, inner_start, inner_end in spans:
        start, end = _trim(text, inner_start, inner_end)
        if start >= end:
            continue
        if outer_end == inner_end:  # no closing mark: the quote goes on in the next paragraph
            pending.append((start, end))
            continue
        speaker, explicit = reader.speaker(outer_start, outer_end)
        if speaker is None and reader.continues(previous, outer_start):
            speaker, explicit = previous[1], previous[1] is not None
        previous = (outer_end, speaker)
        for part_start, part_end in pending:
            out.append(Mention(kind="quote", text=text[part_start:part_end], start=part_start, end=part_end, speaker=speaker))
        pending = []
        if len(_WORD.findall(text, start, end)) < MIN_WORDS and not explicit:
            continue
        out.append(Mention(kind="quote", text=text[start:end], start=start, end=end, speaker=speaker))
    for part_start, part_end in pending:
        out.append(Mention(kind="quote", text=text[part_start:part_end], start=part_start, end=part_end))
    return tuple(sorted(out, key=lambda m: m.start))


def _quote_spans(text: str) -> list[tuple[int, int, int, int]]:
    """(outer start, outer end, inner start, inner end) of every quote, double quotes first."""
    spans: list[tuple[int, int, int, int]] = []
    for m in _DOUBLE.finditer(text):
        group = m.lastgroup or "a"
        spans.append((m.start(), m.end(), m.start(group), m.end(group)))
    spans.sort()
    for m in _OPEN_PARAGRAPH.finditer(text):
        if not _overlaps(spans, m.start(), m.end()):
            bisect.insort(spans, (m.start(), m.end(), m.start("a"), m.end("a")))
    singles = []
    for m in _SINGLE.finditer(text):
        group = m.lastgroup or "a"
        if not _overlaps(spans, m.start(), m.end()):
            singles.append((m.start(), m.end(), m.start(group), m.end(group)))
    return sorted(spans + singles)


def _overlaps(spans: list[tuple[int, int, int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps a span of a sorted list of disjoint spans."""
    i = bisect.bisect_left(spans, (end,))
    return i > 0 and spans[i - 1][1] > start


def _inside(spans: list[tuple[int, int, int, int]], pos: int) -> bool:
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    lead = _LEADING.match(text, start, end)
    if lead:
        start = lead.end()
    trail = _TRAILING.search(text, start, end)
    if trail:
        end = trail.start()
    return start, end


class _Attribution:
    """Finds the speaker of a quote among the names of its text."""

    def __init__(self, text: str, names: list[Mention]) -> None:
        self.text = text
        self.names = sorted(names, key=lambda m: m.start)
        self.starts = [m.start for m in self.names]
        self.people = [m for m in self.names if m.role == "person"]
        self.people_starts = [m.start for m in self.people]

    def speaker(self, start: int, end: int) -> tuple[str | None, bool]:
        """(canonical speaker or None, whether a speech verb attributes the quote)."""
        found = self._after(end)
        if found[1]:
            return found
        return self._before(start)

    def continues(self, previous: tuple[int, str | None], start: int) -> bool:
        """Whether a quote goes on from the one before it in the same paragraph, with only
        that quote's attribution between them ("“We are doing all we can,” said Mr Duffy. “But …”")."""
        previous_end, speaker = previous
        if previous_end < 0 or speaker is None or start - previous_end > 80:
            return False
        if "\n" in self.text[previous_end:start]:
            return False
        return all(m.canonical == speaker for m in self._names_between(previous_end, start))

    def _after(self, end: int) -> tuple[str | None, bool]:
        text = self.text
        stop = _sentence_end(text, end)
        line_break = text.find("\n", end, stop)
        if line_break >= 0 and (text[end:line_break].strip() or text[end - 2 : end - 1] != ","):
            stop = line_break  # the next line attributes only a quote that ends in a comma
        patterns = _after_patterns()
        pronoun = patterns["pronoun"].match(text, end, stop)
        if pronoun:
            return self._latest_person(end), True
        verb = patterns["verb_first"].match(text, end, stop)
        if verb:
            name = self._name_at(verb.end(), stop)
            if name is not None:
                return name.canonical, True
        lead = patterns["lead"].match(text, end, stop)
        name = self._name_at(lead.end() if lead else end, stop)
        if name is not None and patterns["verb_after_name"].match(text, self._name_end(name), stop):
            return name.canonical, True
        return None, False

    def _before(self, start: int) -> tuple[str | None, bool]:
        text = self.text
        begin = _sentence_start(text, start)
        verbs = list(_verbs().finditer(scan.lowered(text), begin, start))
        if not verbs:
            return None, False
        verb = verbs[-1]
        subjects = [
            m for m in self._names_between(begin, verb.start()) if not self._possessive(m) and not self._governed(m)
        ]
        people = [m for m in subjects if m.role != "organisation"]
        if subjects:
            return (people or subjects)[-1].canonical, True
        pronoun = _PRONOUN.search(text, begin, verb.start())
        if pronoun is not None:
            return self._latest_person(pronoun.start()), True
        name = self._name_at(verb.end(), start)
        if name is not None:
            return name.canonical, True
        return None, False

    def _names_between(self, begin: int, end: int) -> list[Mention]:
        lo = bisect.bisect_left(self.starts, begin)
        hi = bisect.bisect_left(self.starts, end)
        return [m for m in self.names[lo:hi] if m.end <= end]

    def _name_at(self, pos: int, stop: int) -> Mention | None:
        """The longest name that starts at `pos` (after blanks and an honorific: "Mr Duffy"), if any."""
        while pos < stop and self.text[pos] in " \t\n,":
            pos += 1
        honorific = _honorific().match(self.text, pos, stop)
        if honorific:
            pos = honorific.end()
        lo = bisect.bisect_left(self.starts, pos)
        hi = bisect.bisect_right(self.starts, pos)
        if lo == hi:
            return None
        return max(self.names[lo:hi], key=lambda m: m.end)

    def _name_end(self, name: Mention) -> int:
        """The end of a name with its title: "Kremlin spokesman Dmitry Peskov" ends after "Peskov"."""
        lo = bisect.bisect_left(self.starts, name.start)
        hi = bisect.bisect_left(self.starts, name.end)
        return max([m.end for m in self.names[lo:hi]] + [name.end])

    def _latest_person(self, pos: int) -> str | None:
        i = bisect.bisect_left(self.people_starts, pos) - 1
        return self.people[i].canonical if i >= 0 else None

    def _possessive(self, m: Mention) -> bool:
        return self.text[m.end : m.end + 2] in ("’s", "'s", "‘s") or self.text[m.end : m.end + 1] in ("’", "'")

    def _governed(self, m: Mention) -> bool:
        """A name after a preposition ("responded to Trump") is not the one speaking."""
        return _PREPOSITION_BEFORE.search(self.text, max(0, m.start - 20), m.start) is not None


def _sentence_start(text: str, pos: int) -> int:
    begin = max(0, pos - 400)
    last = begin
    for m in _SENTENCE_END.finditer(text, begin, pos):
        last = m.end()
    return last


def _sentence_end(text: str, pos: int) -> int:
    stop = min(len(text), pos + 200)
    m = _SENTENCE_END.search(text, pos, stop)
    return m.end() if m else stop
