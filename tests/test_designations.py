"""A flight's code and a craft's make and model, read as names (parse/designations.py)."""

from __future__ import annotations

import pytest

import consistency

# (text, [(text, role, canonical)]) of the designations read
# fmt: off
DESIGNATIONS = [
    ("Norvia flight NV 2283 diverted to Brest.", [("NV 2283", "code", "NV2283")]),
    ("Germanwings flight 4U9525 crashed in the Alps.", [("4U9525", "code", "4U9525")]),
    ("The search for Flight 370 resumed.", [("370", "code", "370")]),
    ("Germanwings flight 9525 crashed in the Alps.", [("9525", "code", "9525")]),
    ("The pilot of flight number 5342 radioed the tower.", [("5342", "code", "5342")]),
    ("Ostral flight OS 58, an Embraer E190, landed.", [("OS 58", "code", "OS58"), ("Embraer E190", "model", "Embraer E190")]),
    ("The Boeing 737 MAX 8 was grounded.", [("Boeing 737 MAX 8", "model", "Boeing 737 MAX 8")]),
    ("An ATR 72-600 turboprop skidded off the runway.", [("ATR 72-600", "model", "ATR 72-600")]),
    ("The Antonov An-26 crashed on approach.", [("Antonov An-26", "model", "Antonov An-26")]),
    # no designation: a count after "flight", a year or a figure after a maker
    ("The flight was delayed; a flight 20 minutes late missed its slot.", []),
    ("Boeing 2024 results disappointed investors.", []),
    ("Saab 2,000 jobs are at risk.", []),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), DESIGNATIONS)
def test_designations_are_read(text, expected):
    found = [(m.text, m.role, m.canonical) for m in consistency.mentions(text) if m.role in ("code", "model")]
    assert found == expected


def test_a_designation_keeps_its_span():
    text = "Baltair flight BT 417, an Airbus A320, overshot the runway."
    for m in consistency.mentions(text):
        if m.role in ("code", "model"):
            assert text[m.start : m.end] == m.text
