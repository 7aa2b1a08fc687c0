"""Sentences whose subject is "He" or "She": claims that stand for the person named before.

"Ana Ruiz landed in Geneva. She attended the summit" tells of Ana Ruiz: a
sentence that opens with "He" or "She" is read as if it named the first
person the last sentence naming one names. One that opens its document
stands for anyone (`ANYONE`): whoever the other source names.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Iterator

from ..model import Claim, Mention
from ..text import sentences
from .base import Context

__all__ = ["ANYONE", "is_named", "pronoun_claims"]

# "He attended the summit": a sentence whose doer is a pronoun.
_PRONOUN_DOER = re.compile(r"\s*(?:He|She)\b")
_PRONOUN = re.compile(r"(?:He|She)\b")  # a text without one has no sentence that opens with one
ANYONE = ""  # the doer of a pronoun that opens its document: whoever the other source names


def is_named(c: Claim) -> bool:
    m = c.mention
    return m.kind == "entity" and not m.office and m.role != "nationality" and bool(m.canonical)


def pronoun_claims(ctx: Context) -> Iterator[Claim]:
    """Sentences that open with "He" or "She", as claims whose name is the pronoun, standing for the first
    person named by the last sentence before it that names one ("Tom Hale arrived. He attended the summit"),
    or for anyone (`ANYONE`) when it opens its document; a claim of the sentence lends it its context and
    time, and a sentence with none has neither."""
    persons: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    carriers: dict[tuple[str, int], Claim] = {}
    for c in ctx.claims:
        if is_named(c) and c.mention.role in ("person", None):
            persons[c.doc].append((c.sentence.start, c.start, c.mention.canonical))
        carriers.setdefault((c.doc, c.sentence.start), c)
    for doc, document in ctx.documents.items():
        if not _PRONOUN.search(document.text):
            continue  # not split into sentences for nothing
        for sentence in sentences(document.text):
            opening = _PRONOUN_DOER.match(sentence.text)
            if opening is None:
                continue
            start = sentence.start
            firsts = {at: name for at, _, name in reversed(sorted(persons[doc])) if at < start}
            if firsts:
                referent = firsts[max(firsts)]
            elif document.text[:start].strip():
                continue  # the pronoun goes back to someone this reader did not name
            else:
                referent = ANYONE
            word = opening.group().strip()
            pronoun = Mention(
                kind="entity", text=word, start=start + opening.end() - len(word), end=start + opening.end(),
                canonical=referent, role="person",
            )
            carrier = carriers.get((doc, start))
            if carrier is not None:  # the sentence's own claim lends its context and time
                yield dataclasses.replace(carrier, mention=pronoun)
            else:  # "She is a nurse.": a sentence with no claim of its own, and no context to compare
                yield Claim(doc=doc, mention=pronoun, sentence=sentence, published=document.published)
