"""A sentence that speaks of its subject without naming it: by a pronoun or by the kind of thing it is.

"It was written by Siva Reddy" and "The show is hosted by comedian Rita
Vale" name no subject; nor does "Played by actress Maria Lenz, the character
was created by Tom Hale", whose subject is "the character", not Tom Hale. The
kind words are data (data/kind_nouns.csv: "film", "movie" and "documentary"
are one kind). A sentence that speaks of a thing by its kind is not of a thing
the other sentence gives another kind: "The film was directed by Tom Reyes" is
not of "the play Night Ferry".
"""

from __future__ import annotations

import re
from functools import cache

from ..data import rows
from ..terms import WORD

__all__ = ["OPENS_WITH_PRONOUN", "PRONOUN", "kind_of_opening", "kinds", "stand_in", "subject_start"]

PRONOUN = ""  # what `stand_in` gives for a subject said by a pronoun: no kind
# a sentence that opens with a pronoun speaks of a subject it does not name: "It was written by Siva Reddy"
OPENS_WITH_PRONOUN = re.compile(r"\s*(?:It|He|She|They|Its|His|Her|Their)\b")
# "Portrayed by actress Maria Lenz, the character ...": a phrase of a participle and its doer before the subject
_LEADING_DOER = r"(?:[A-Z][a-z]+(?:ed|en|wn)\s+by\s+[^,;:()]{1,60},\s+)?"
_KIND = re.compile(rf"\s*{_LEADING_DOER}(?:[Tt]he|[Tt]his)\s+(?P<kind>[a-z]+)\b(?!['’])")
# "At Leeds Crown Court on Friday, he was jailed": a place that opens the sentence, a time perhaps, then the pronoun
_VENUE_THEN_PRONOUN = re.compile(
    r"\s*(?:At|In)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*)*"
    r"(?:\s+(?:yesterday|today|tonight|(?:on|last|this|earlier)\s+[\w-]+))?,?\s+(?:it|he|she|they)\b"
)
# "Before joining the bank she spent nine years", "After the vote, they said": a clause of time before the subject,
# then the pronoun that is the subject (a clause of one word at least, so "When they arrived, Tom Hale said" is of
# Tom Hale)
_CLAUSE_THEN_PRONOUN = re.compile(
    r"\s*(?:Before|After|Since|Until|While|When|Once|Having)\s+[^,;:()]{1,60}?(?:,\s*|\s+)(?=(?:it|he|she|they)\b)"
)
# "His brother Karl Dunne was jailed", "Its maker, Halden, said": the possessive's noun is named, and is the subject
_OWNED_NAMED = re.compile(r"\s*(?:His|Her|Its|Their)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,?\s+[A-Z]")
_OPENING_WORDS = 4  # words before the first name that can hold the kind of the thing named: "The Welsh folk band"


@cache
def kinds() -> dict[str, str]:
    """Kind noun → the kind it names (data/kind_nouns.csv): "movie" → "film"."""
    return {row["word"]: row["kind"] or row["word"] for row in rows("kind_nouns.csv")}


def stand_in(text: str) -> str | None:
    """How a sentence speaks of its subject without naming it: `PRONOUN` for "It was written by Siva Reddy" (also
    after a place that opens it: "At Leeds Crown Court he was jailed"; "His brother Karl Dunne was jailed" names
    its subject; and after a clause of time: "Before joining the bank she spent"), the
    kind for "The show is hosted by Rita Vale" ("show") or "Played by actress Maria Lenz, the character was
    created by Tom Hale" ("character"); None when the sentence names its subject or speaks of it otherwise
    ("The show's host, Rita Vale, ..." is of a host)."""
    if (OPENS_WITH_PRONOUN.match(text) and not _OWNED_NAMED.match(text)) or _VENUE_THEN_PRONOUN.match(text):
        return PRONOUN
    if _CLAUSE_THEN_PRONOUN.match(text):
        return PRONOUN  # "Before joining the bank she spent nine years there"
    found = _KIND.match(text)
    return kinds().get(found["kind"]) if found else None


def kind_of_opening(text: str) -> str | None:
    """The kind a sentence gives the thing it names first, in the words before that name: "The play Night
    Ferry was directed by Sara Quinn" → "play"; None when it gives none ("Night Ferry was directed by ...")."""
    for i, w in enumerate(WORD.finditer(text)):
        word = w.group()
        if i >= _OPENING_WORDS or (word[0].isupper() and i > 0):
            return None
        kind = kinds().get(word.lower())
        if kind is not None:
            return kind
    return None


def subject_start(text: str) -> int:
    """Where a sentence's subject begins: after a clause of time that comes before a pronoun ("Before joining the
    bank she spent nine years" → at "she"), else at its start."""
    found = _CLAUSE_THEN_PRONOUN.match(text)
    return found.end() if found else 0
