"""Nationalities: "X is an American actor" → the country behind the demonym.

A demonym is read as a nationality only where something is described by it
("is a 1980 American film", "was an English-Swedish painter"): a demonym
elsewhere ("the American delegation") qualifies a name and is left to the
entity reader. Each demonym of a hyphenated run names its own country, so
"English-Swedish" gives the mention the canonical "Sweden+United Kingdom".
"""

from __future__ import annotations

import datetime as dt
import re

from ...knowledge import KnowledgeBase, builtin
from ...model import Mention

__all__ = ["DESCRIBED_AS", "find"]

DESCRIBED_AS = re.compile(
    r"\b(?:is|was|are|were)\s+(?:not\s+)?(?:(?:an?|the|only|solely|purely)\s+)*(?:(?:\d{4}|former|retired|"
    r"professional|famous|well-known|renowned|leading|prominent|popular)\s+)*"
    r"(?P<demonym>[A-Z][a-z]+(?:-[A-Z][a-z]+)*)\b"
)


def find(text: str, published: dt.date | None = None, knowledge: KnowledgeBase | None = None) -> list[Mention]:
    """Every demonym that describes what a clause is about, as an entity mention of role "nationality".

    Demonyms are those of `knowledge` (default: the built-in knowledge base).
    """
    kb = knowledge if knowledge is not None else builtin()
    out = []
    for found in DESCRIBED_AS.finditer(text):
        if found.group().split()[1:2] == ["not"]:
            continue
        words = found.group("demonym").split("-")
        countries = [kb.country_of_demonym(w) for w in words]
        if any(c is None for c in countries):
            continue
        start, end = found.span("demonym")
        out.append(
            Mention(kind="entity", text=found.group("demonym"), start=start, end=end,
                    canonical="+".join(sorted(set(countries))), role="nationality")
        )
    return out
