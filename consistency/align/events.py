"""The event a bearing or a time of day is given for: "the quake struck 72 km southwest of Marrakesh at 11:11 pm".

A figure's frame says what it measures; a bearing says where something
happened and a time of day when. Two bearings, or two times, are compared
only when they are given for the same event, read from the clause that leads
to the mention:

- an event word in the mention's own clause: "The quake hit 44 miles
  southwest of Marrakesh", "the earthquake that occurred late on Friday night";
- a clause with no subject of its own ("struck at 11.11pm", "some 72 km")
  takes the event of a clause before it that ends with the event or places
  it: "The earthquake, measuring 7 on the Richter scale, struck at 11.11pm",
  "with its epicentre in the small town of Ighil, some 72 km southwest";
- an event right after a day in the possessive: "Friday night's devastating
  earthquake".

A clause that names a subject of its own ("the king announced on Saturday
evening", "a resident of Essaouira, 200 km west of Marrakech") speaks of that
subject, and gives no event. The event words are those of the figure frames
(data/frame_words.csv, role "event").
"""

from __future__ import annotations

import re
from functools import cache

from ..model import Mention, Sentence
from .frames import event_words

__all__ = ["event_of"]

_STEPS_BACK = 3  # clauses before the mention's own that may still hold its subject ("The quake, which ..., struck at")
_STRONG_BREAK = re.compile(r"[;—–\[\]]|[.:]\s")
_COMMA = re.compile(r",\s+")
# A clause that opens with a name, a determiner or a pronoun has a subject of its own.
_OWN_SUBJECT = re.compile(
    r"^\W*(?:[A-Z]|(?:the|a|an|its|their|his|her|this|that|these|those|it|they|he|she|we|you|our|my)\b)"
)
# After the event word, nothing, or a place it is in: "its epicentre in the town of Ighil", "the quake struck near Tiksit".
_PLACED = re.compile(r"^[\W\d]*(?:(?:[\w'’-]+\s+){0,2}?(?:in|at|near|around|outside)\b.*)?$", re.DOTALL)
# A clause set in between a subject and its verb: ", measuring 7 on the Richter scale,", ", which was felt widely,".
_INSERTED = re.compile(r"^\s*(?:[a-z]+(?:ing|ed|en)|felt|which|who|whose|where|as|according)\b")
_POSSESSIVE = re.compile(r"^['’]s\s+(?P<words>(?:[\w.-]+\s+){0,3}[\w-]+)")


@cache
def _event_word() -> re.Pattern[str]:
    words = sorted(event_words(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, words)) + r")(?![\w-])", re.IGNORECASE)


def _last_event(text: str) -> re.Match[str] | None:
    found = None
    for found in _event_word().finditer(text):  # noqa: B007  (the last one is wanted)
        pass
    return found


def _named(match: re.Match[str]) -> str:
    return event_words()[match.group(1).lower()]


def event_of(sentence: Sentence, m: Mention) -> str | None:
    """The event (as data/frame_words.csv names it: "quake", "crash") that mention `m` is given for, if any."""
    rel = sentence.start
    lead = sentence.text[: m.start - rel]
    breaks = list(_STRONG_BREAK.finditer(lead))
    if breaks:
        lead = lead[breaks[-1].end() :]
    clauses = _COMMA.split(lead)
    own = clauses[-1]
    found = _last_event(own)
    if found is not None:
        return _named(found)
    after = _POSSESSIVE.match(sentence.text[m.end - rel :])
    found = _last_event(after["words"]) if after else None
    if found is not None:
        return _named(found)
    if _OWN_SUBJECT.match(own) and own.strip():
        return None
    for clause in reversed(clauses[:-1][-_STEPS_BACK:]):
        found = _last_event(clause)
        if found is not None and _PLACED.match(clause[found.end() :]):
            return _named(found)
        if not _INSERTED.match(clause):
            return None  # "rescuers reached the village of Imlil, 60 km south": the bearing is the village's
    return None
