"""The shape of a name run: its words, titles and parts, and which lines are headings.

Pure functions of the words and of the knowledge base they are read by,
cached: the same run reads the same way wherever it appears.
"""

from __future__ import annotations

import functools
import re

from ...caches import bounded
from ...knowledge import KnowledgeBase, name_key
from . import lexicon as lex

__all__ = [
    "LowercaseWords",
    "Token",
    "Title",
    "patterns",
    "title_last_words",
    "heading_spans",
    "segments",
    "layout",
    "chunks",
    "given_name_first",
]

Token = tuple[str, int, int]  # word, start, end
Title = tuple[int, int, str]  # first word, past the last word, role

_TOKEN = re.compile(r"\S+")
_LINE = re.compile(r"[^\n]+")
# A label opening a line: title-case words up to a colon ("Security Concerns:", "Question:").
_LABEL = re.compile(
    r"\s*(?:[-*•]\s*)?(?:(?:[A-Z0-9][^\s:.!?]*|of|and|in|on|for|the|a|to)[ \t]+){0,5}[A-Z0-9][^\s:.!?]*:(?=\s)"
)
_LOWER_COMPOUND = re.compile(r"-[a-z]")


class LowercaseWords:
    """The words a text writes in lower case ("officials", "offer"): `word in words` asks whether one is.

    A capitalised word that the text also writes in lower case is an ordinary
    word at the start of a sentence or in a title-case heading, not a name.
    Only a few dozen words are asked about per text, so each is looked up
    when asked (and remembered) rather than collecting every word up front:
    a word counts when it occurs whole, not after a letter or digit and not
    before another lowercase letter ("data" is not in "metadata" or "database").
    """

    __slots__ = ("_text", "_known")

    def __init__(self, text: str) -> None:
        self._text = text
        self._known: dict[str, bool] = {}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        found = self._known.get(word)
        if found is None:
            found = self._known[word] = self._occurs(word)
        return found

    def _occurs(self, word: str) -> bool:
        if not (word.isascii() and word.isalpha() and word.islower()):
            return False  # only runs of a-z count as the text's lowercase words
        text, n = self._text, len(word)
        at = text.find(word)
        while at >= 0:
            before = text[at - 1] if at else " "
            after = text[at + n : at + n + 1]
            if not (before.isalnum() or before == "_" or "a" <= after <= "z"):  # "" (the end) is not in a-z
                return True
            at = text.find(word, at + 1)
        return False


def heading_spans(text: str, vocab: LowercaseWords | frozenset[str]) -> list[tuple[int, int]]:
    """Spans of headings, captions, table rows and line-opening labels, in order."""
    spans = []
    for line in _LINE.finditer(text):
        if is_heading(line.group().strip(), vocab):
            spans.append((line.start(), line.end()))
            continue
        label = _LABEL.match(line.group())
        if label:
            spans.append((line.start(), line.start() + label.end()))
    return spans


@functools.cache
def patterns() -> dict[str, re.Pattern[str]]:
    """Context patterns: a title before a name, an appositive title after it, "administration" after it."""
    up = lex.UPPER
    titles = lex.title_pattern()
    qualifier = rf"[{up}][\w.'’-]*(?:[ \t]+[{up}][\w.'’-]*)*"
    nouns = "|".join(sorted(lex.office_nouns()))
    person = "|".join(re.escape(n) for n in sorted(lex.person_nouns(), key=len, reverse=True))
    return {
        # "Kremlin spokesman " before a name
        "title_before": re.compile(rf"(?:(?P<qual>{qualifier})[ \t]+)?(?P<title>(?i:{titles})),?[ \t]+$"),
        # ", the Russian President" after a name
        "title_after": re.compile(
            rf",[ \t]+(?:(?i:the|a|an)[ \t]+)?(?:(?P<qual>{qualifier})[ \t]+)?(?P<title>(?i:{titles}))\b"
        ),
        "office_noun_after": re.compile(rf"(?:['’‘]s)?[ \t]+(?i:{nouns})\b"),
        # ", the women's winner," after a name: a noun only a person is, closing the apposition; or ", 67,": an age
        "person_after": re.compile(
            rf",[ \t]+(?:(?i:the|a|an)[ \t]+(?:[a-z][\w'’-]*[ \t]+){{0,2}}(?:{person})(?=[ \t]*[,.;])|\d{{1,3}},(?!\d))"
        ),
    }


@functools.cache
def title_last_words() -> frozenset[str]:
    """The last word of every title: a cheap test before the title patterns."""
    return frozenset(t[-1] for t in lex.titles())


@functools.cache
def max_title_length() -> int:
    return max(len(t) for t in lex.titles())


def is_heading(line: str, vocab: LowercaseWords | frozenset[str]) -> bool:
    """A heading, caption line, label or table row: read only for names known elsewhere.

    A line is one when it is marked up as one, has no closing punctuation, or
    is in title case with ordinary words capitalised ("Offers Valuable Rare
    Earth Minerals"), where `vocab` holds the text's lowercase words.
    """
    if line.startswith("#") or "|" in line:
        return True
    if line.count(" ") >= 25:
        return False
    words = line.split()
    if len(words) > 25:
        return False
    last = line.rstrip("*_ ")[-1:]
    if last not in ".!?:;\"”’)…" and len(words) <= 20:
        return True
    long_words = [w for w in words if len(w) > 3]
    capitalised = [w for w in long_words if w[0].isupper()]
    if len(long_words) < 3 or len(capitalised) < 0.7 * len(long_words):
        return False
    return sum(1 for w in capitalised[1:] if w.lower().strip(".,;:!?") in vocab) >= 2


@bounded(maxsize=8192)
def segments(run: str, kb: KnowledgeBase) -> tuple[tuple[Token, ...], ...]:
    """The words of a run (offsets into the run), cut at capitalised function and calendar words
    ("Ukraine February", "U.S. This") and after an adjective compound ("Russian-occupied" → "Russian"),
    unless the whole run is a known name ("Theresa May") or the word is part of a title ("Airman First
    Class")."""
    tokens = [(t.group(), t.start(), t.end()) for t in _TOKEN.finditer(run)]
    if kb.canonical_name(run):
        return (tuple(tokens),)
    in_title = {k for i, j, _ in titles_in(tuple(t[0].lower() for t in tokens)) for k in range(i, j)}
    segments: list[list[Token]] = [[]]
    for k, (word, start, end) in enumerate(tokens):
        if (
            word[0].isupper() and word.lower() in lex.run_breakers() and not (len(word) > 1 and word.isupper())
            and k not in in_title
            and not given_name_first(word, tokens[k + 1 : k + 2])
        ):
            segments.append([])
            continue
        lowered = _LOWER_COMPOUND.search(word)
        if lowered and name_key(word) not in lex.given_names():  # "Jae-won Park" is a name, "Russian-occupied" not
            segments[-1].append((word[: lowered.start()], start, start + lowered.start()))
            segments.append([])
            continue
        segments[-1].append((word, start, end))
    return tuple(tuple(s) for s in segments if s)


def given_name_first(word: str, following: list[Token]) -> bool:
    """A calendar word that is also a given name, before a name's next word: "Jan Pekar" (not "Jan 5")."""
    return (
        bool(following) and name_key(word) in lex.given_names()
        and following[0][0][0].isupper() and following[0][0].lower() not in lex.run_breakers()
    )


@bounded(maxsize=8192)
def layout(words: tuple[str, ...], kb: KnowledgeBase) -> tuple[tuple[Title, ...], bool]:
    """The titles among the words of a run, and whether the whole run is a known name."""
    known = kb.canonical_name(" ".join(words)) is not None
    return titles_in(tuple(w.lower() for w in words)), known


@bounded(maxsize=8192)
def chunks(words: tuple[str, ...], kb: KnowledgeBase) -> tuple[tuple[int, int, Title | None], ...]:
    """The parts of a run (first, past-last, its last title), cut at "of"/"for"/"the" unless
    they link a title or an organisation ("Secretary of State", "Bank of England"); never at "&"
    ("Marks & Spencer")."""
    titles = titles_in(tuple(w.lower() for w in words))
    if kb.canonical_name(" ".join(words)):
        ranges = [(0, len(words))]
    else:
        inside_title = {k for i, j, _ in titles for k in range(i, j)}
        title_ends = {j for _, j, _ in titles}
        heads = lex.cue_words()["organisation head"] | lex.cue_words()["place head"]
        ranges = []
        start = 0
        linked = False
        for k, word in enumerate(words):
            if word == "&" and not _known_either_side(words, start, k, kb):
                continue  # "Marks & Spencer": one firm's name; "Trump & Biden" are two
            if word.lower() not in lex.CONNECTORS or k in inside_title:
                linked = False
                continue
            if linked or k in title_ends or (k > start and words[k - 1].lower() in heads):
                linked = True
                continue
            if k > start:
                ranges.append((start, k))
            start = k + 1
        if start < len(words):
            ranges.append((start, len(words)))
    out = []
    for lo, hi in ranges:
        inside = [t for t in titles if lo <= t[0] and t[1] <= hi]
        out.append((lo, hi, inside[-1] if inside else None))
    return tuple(out)


def _known_either_side(words: tuple[str, ...], start: int, k: int, kb: KnowledgeBase) -> bool:
    """Whether the words before the ampersand at `k` (from `start`) or after it are a name known on its own, or
    what follows opens with a given name: then the ampersand joins two names, as "and" would."""
    after = words[k + 1 :]
    return bool(
        kb.canonical_name(" ".join(words[start:k]))
        or (after and (kb.canonical_name(" ".join(after)) or name_key(after[0]) in lex.given_names()))
    )


@bounded(maxsize=8192)
def titles_in(words: tuple[str, ...]) -> tuple[Title, ...]:
    """(first, past-last, role) of every title among lowercase words, longest match first."""
    table = lex.titles()
    longest = max_title_length()
    spans = []
    i = 0
    while i < len(words):
        for size in range(min(longest, len(words) - i), 0, -1):
            role = table.get(tuple(words[i : i + size]))
            if role is not None and words[i] not in lex.CONNECTORS:
                spans.append((i, i + size, role))
                i += size
                break
        else:
            i += 1
    return tuple(spans)
