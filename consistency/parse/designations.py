"""Designations: the code a flight goes by and the make and model of a craft.

"Norvia flight NV 2283, an Embraer E190" names one craft twice over: by the
code of its flight ("NV 2283", after a label of data/designations.csv:
"flight", "flight number") and by its make and model ("Airbus A320", a
maker of the same file followed by a model written with a digit: "Boeing
737", "ATR 72", "Embraer E190", "Boeing 737 MAX 8"). Each is an entity
mention: role "code" with the code in capitals without blanks as its
canonical ("NV2283"), role "model" with the maker and model as written, its
blanks made single ("Boeing 737 MAX 8").
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from ..data import rows
from ..model import Mention

__all__ = ["find", "CODE", "MODEL"]

CODE = "code"
MODEL = "model"

# An airline's two or three characters (letters, or a letter and a digit: "4U") and the number, or the number alone.
_CODE = r"(?P<code>(?:[A-Z]{2,3}|[A-Z]\d|\d[A-Z])?[ -]?\d{1,4}[A-Z]?)(?![\w-])"
# A model holds a digit; capitals or numbers may follow it: "737 MAX 8", "A320neo", "An-26", "Q400".
_MODEL = (
    r"(?P<model>(?:[A-Z]{1,3}|[A-Z][a-z])?-?\d{1,4}(?:-\d{1,4})?[a-z]{0,3}(?:[ -](?:[A-Z]{2,}|\d{1,4})(?![\w-]))*)"
    r"(?![\w-]|[,.]\d)"  # not a figure: "Saab 2,000 jobs"
)
_YEAR = re.compile(r"(?:19|20)\d\d")  # "Boeing 2024": a year, not a model


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    def alternatives(role: str) -> str:
        words = sorted((r["word"] for r in rows("designations.csv") if r["role"] == role), key=len, reverse=True)
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)

    labels = re.compile(rf"\b(?i:{alternatives(CODE)})\s+{_CODE}")  # "flight BT 417", "Flight 370"
    makers = re.compile(rf"(?<![\w-])(?P<maker>{alternatives(MODEL)})\s+{_MODEL}")  # case as written
    return labels, makers


def find(text: str, published: dt.date | None = None) -> list[Mention]:
    """Every flight code and craft model in `text`, in reading order (kind "entity")."""
    labels, makers = _patterns()
    out = []
    for m in labels.finditer(text):
        code = m.group("code")
        if code.isdigit() and not _names_a_flight(text, m):
            continue
        canonical = re.sub(r"[ -]", "", code).upper()
        out.append(Mention(kind="entity", text=code, start=m.start("code"), end=m.end("code"), canonical=canonical, role=CODE))
    for m in makers.finditer(text):
        if _YEAR.fullmatch(m.group("model")):
            continue
        written = text[m.start() : m.end()]
        out.append(
            Mention(kind="entity", text=written, start=m.start(), end=m.end(), canonical=" ".join(written.split()), role=MODEL)
        )
    return sorted(out, key=lambda x: (x.start, x.end))


def _names_a_flight(text: str, m: re.Match[str]) -> bool:
    """Whether a number alone after the label is the flight's code: the label capitalised ("Flight 370"),
    spelled as a number ("flight number 5342") or after the airline's name ("Germanwings flight 9525"), and not
    "a flight 20 minutes late"."""
    label = text[m.start() : m.start("code")].split()
    if label[0][0].isupper() or len(label) > 1:
        return True
    before = text[max(0, m.start() - 30) : m.start()].split()
    return bool(before) and before[-1][:1].isupper()
